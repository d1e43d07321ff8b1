package org.frontdoor.intake.fuzz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Random submissions that break no rule, with every optional field sometimes there and sometimes
 * not: the starting point each malformation breaks. Their personal values are recorded in the draft.
 */
final class ValidSubmissions {

    static final List<String> CHANNELS = List.of("PHONE", "EMAIL", "PORTAL", "IN_PERSON", "OUT_OF_HOURS");
    static final List<String> CENSUS_CODES = List.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F",
            "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");
    static final List<String> CONSENTS = List.of("GIVEN", "NOT_GIVEN", "NOT_SOUGHT");
    static final List<String> DASH_RISKS = List.of("STANDARD", "MEDIUM", "HIGH");
    static final List<String> POLICE_KINDS = List.of("DOMESTIC_ABUSE_INCIDENT", "PUBLIC_PROTECTION_NOTICE",
            "SAFEGUARDING_CONCERN");
    static final List<String> INDICATOR_CODES = List.of("INJURY", "DOMESTIC_ABUSE", "NEGLECT", "SEXUAL_ABUSE",
            "PARENTAL_MENTAL_HEALTH", "SCHOOL_ATTENDANCE", "EMOTIONAL_WELLBEING", "ONLINE_SAFETY", "UNIVERSAL_ADVICE");
    /** Dates the service's own messages show as examples: a personal date must not be one of them. */
    private static final Set<LocalDate> EXAMPLE_DATES = Set.of(LocalDate.of(2019, 4, 2), LocalDate.of(2026, 11, 20));

    private ValidSubmissions() {
    }

    static void fill(Draft draft) {
        Map<String, Object> body = draft.body;
        boolean incident = false;
        if (draft.target == Target.CONTACT) {
            if (draft.random.nextBoolean()) {
                body.put("receivedAt", draft.now.minusSeconds(draft.between(3_600, 30 * 86_400)).toString());
            }
            body.put("channel", draft.pick(CHANNELS));
            body.put("referralSource", draft.pick(CENSUS_CODES));
        } else {
            body.put("partnerReference", "REF-" + draft.letters(draft.between(1, 30)));
            String kind = draft.target == Target.POLICE_NOTIFICATION ? draft.pick(POLICE_KINDS) : "SAFEGUARDING_CONCERN";
            body.put("kind", kind);
            incident = kind.equals("DOMESTIC_ABUSE_INCIDENT");
            if (incident) {
                body.put("dashRisk", draft.pick(DASH_RISKS));
            }
        }
        if (draft.random.nextBoolean()) {
            body.put("referrer", referrer(draft));
        }
        List<Object> children = new ArrayList<>();
        int childCount = draft.between(1, 4);
        for (int i = 0; i < childCount; i++) {
            children.add(child(draft));
        }
        body.put("children", children);
        if (draft.random.nextInt(4) > 0) {
            body.put("indicators", indicators(draft, childCount, incident));
        }
        if (draft.random.nextBoolean()) {
            body.put("immediateRisk", draft.random.nextBoolean());
        }
        body.put("consent", draft.pick(CONSENTS));
        if (draft.random.nextBoolean()) {
            body.put("summary", summary(draft, draft.between(1, 40)));
        }
    }

    static Map<String, Object> child(Draft draft) {
        Map<String, Object> child = new LinkedHashMap<>();
        if (draft.random.nextBoolean()) {
            child.put("localId", "LA-" + draft.between(1000, 99_999_999));
            draft.personal((String) child.get("localId"));
        }
        if (draft.random.nextBoolean()) {
            String nhsNumber = NhsNumbers.valid(draft.random);
            child.put("nhsNumber", draft.random.nextBoolean() ? nhsNumber
                    : nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6));
            draft.personal(nhsNumber);
        }
        child.put("firstName", draft.personalText(draft.between(3, 12)));
        child.put("lastName", draft.personalText(draft.between(3, 12)));
        switch (draft.random.nextInt(3)) {
            case 0 -> child.put("dateOfBirth", personalDate(draft, draft.today.minusDays(draft.between(0, 17 * 365))));
            case 1 -> child.put("expectedDateOfBirth", personalDate(draft, draft.today.plusDays(draft.between(1, 240))));
            default -> {
                // Neither date: the child's age is not known.
            }
        }
        if (draft.random.nextBoolean()) {
            child.put("sex", draft.pick(List.of("M", "F", "U")));
        }
        if (draft.random.nextBoolean()) {
            child.put("notIndependentlyMobile", draft.random.nextBoolean());
        }
        return child;
    }

    private static String personalDate(Draft draft, LocalDate date) {
        LocalDate usable = EXAMPLE_DATES.contains(date) ? date.minusDays(1) : date;
        draft.personal(usable.toString());
        return usable.toString();
    }

    private static List<Object> indicators(Draft draft, int childCount, boolean domesticAbuseIncident) {
        List<Object> indicators = new ArrayList<>();
        int count = draft.between(0, 4);
        for (int i = 0; i < count; i++) {
            String code = draft.pick(INDICATOR_CODES);
            if (domesticAbuseIncident && code.equals("DOMESTIC_ABUSE")) {
                code = "NEGLECT";
            }
            Map<String, Object> indicator = new LinkedHashMap<>();
            indicator.put("code", code);
            if (code.equals("INJURY") && draft.random.nextBoolean()) {
                indicator.put("explained", draft.random.nextBoolean());
            }
            if (code.equals("DOMESTIC_ABUSE") && draft.random.nextBoolean()) {
                indicator.put("dashRisk", draft.pick(DASH_RISKS));
            }
            if (draft.random.nextBoolean()) {
                List<Integer> some = new ArrayList<>();
                for (int child = 0; child < childCount; child++) {
                    if (some.isEmpty() || draft.random.nextBoolean()) {
                        some.add(child);
                    }
                }
                indicator.put("children", some);
            }
            indicators.add(indicator);
        }
        return indicators;
    }

    private static Map<String, Object> referrer(Draft draft) {
        Map<String, Object> referrer = new LinkedHashMap<>();
        if (draft.random.nextBoolean()) {
            referrer.put("name", draft.personalText(draft.between(3, 30)));
        }
        if (draft.random.nextBoolean()) {
            referrer.put("organisation", "Hill Primary");
        }
        if (draft.random.nextBoolean()) {
            referrer.put("role", "DSL");
        }
        if (draft.random.nextBoolean()) {
            String phone = "01" + draft.between(100_000_000, 999_999_999);
            referrer.put("phone", phone);
            draft.personal(phone);
        }
        if (draft.random.nextBoolean()) {
            String email = "zq" + draft.letters(draft.between(3, 20)) + "@example.org";
            referrer.put("email", email);
            draft.personal(email);
        }
        return referrer;
    }

    /** Words of letters only, so the text never holds JSON punctuation that malformations look for. */
    static String summary(Draft draft, int words) {
        StringBuilder text = new StringBuilder("Zq");
        for (int i = 0; i < words; i++) {
            text.append(' ').append(draft.letters(draft.between(1, 12)));
        }
        draft.personal(text.toString());
        return text.toString();
    }
}
