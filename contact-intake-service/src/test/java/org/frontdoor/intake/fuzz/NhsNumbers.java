package org.frontdoor.intake.fuzz;

import java.util.Random;

/** NHS numbers for generated requests: valid ones, and ones whose check digit is wrong. */
final class NhsNumbers {

    private NhsNumbers() {
    }

    static String valid(Random random) {
        while (true) {
            String nine = nineDigits(random);
            int check = checkDigit(nine);
            if (check != 10) {
                return nine + check;
            }
        }
    }

    /** Ten digits whose last is not the check digit of the first nine (or whose first nine have none). */
    static String wrongCheckDigit(Random random) {
        String nine = nineDigits(random);
        int check = checkDigit(nine);
        int wrong = check == 10 ? random.nextInt(10) : (check + 1 + random.nextInt(9)) % 10;
        return nine + wrong;
    }

    private static String nineDigits(Random random) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private static int checkDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }
}
