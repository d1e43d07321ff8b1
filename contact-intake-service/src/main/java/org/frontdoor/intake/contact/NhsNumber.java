package org.frontdoor.intake.contact;

import java.util.Optional;

/**
 * A child's NHS number: ten digits whose last is a modulus-11 check digit over the first nine
 * (weights 10 down to 2). Staff often type it in the printed 3-3-4 groups, so spaces are ignored.
 */
public record NhsNumber(String digits) {

    private static final int LENGTH = 10;

    public NhsNumber {
        if (!hasValidCheckDigit(digits)) {
            throw new IllegalArgumentException("Not a valid NHS number");
        }
    }

    public static Optional<NhsNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.replace(" ", "");
        return hasValidCheckDigit(digits) ? Optional.of(new NhsNumber(digits)) : Optional.empty();
    }

    private static boolean hasValidCheckDigit(String digits) {
        if (digits == null || digits.length() != LENGTH || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (digits.charAt(i) - '0') * (LENGTH - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        // A computed check digit of 10 means no valid NHS number starts with these nine digits.
        return check != 10 && check == digits.charAt(LENGTH - 1) - '0';
    }
}
