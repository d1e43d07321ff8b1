package org.frontdoor.intake.fuzz;

import static org.frontdoor.intake.fuzz.Malformation.ANY;
import static org.frontdoor.intake.fuzz.Malformation.CONTACTS;
import static org.frontdoor.intake.fuzz.Malformation.NOTIFICATIONS;
import static org.frontdoor.intake.fuzz.Malformation.POLICE;
import static org.frontdoor.intake.fuzz.Malformation.SCHOOL;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontdoor.intake.IntakeIntegrationTest;

/**
 * Every way the fuzz test breaks a request. Each is certain to make any valid request invalid: the
 * comment or the name of each says which rule of the contract it breaks.
 */
final class Malformations {

    private static final String NESTED = "__NESTED__";

    /** JSON values that are not text (null aside: an absent optional text is valid). */
    private static final List<Object> NOT_TEXT = List.of(7, -1, 2.5, true, false, List.of(), List.of("zz"), Map.of(),
            Map.of("k", "v"));
    private static final List<Object> NOT_BOOLEAN = List.of("true", "false", 1, 0, List.of(), Map.of(), "yes");
    private static final List<Object> NOT_A_DATE = List.of(true, 20190401, List.of(), List.of(2019, 4, 1), Map.of(),
            "2019-4-1", "01/04/2019", "2019-02-30", "2019-13-01", " 2019-04-01", "2019-04-01T00:00:00Z", "", "yesterday");
    private static final List<Object> NOT_A_TIME = List.of(0, 1763630100, 1.5, true, List.of(), Map.of(), "2026-11-20",
            "2026-11-20T09:15:00", "2026-11-20 09:15:00Z", "yesterday", "");
    private static final List<Object> NOT_A_LIST = List.of("zz", 1, true, Map.of(), Map.of("0", 0));
    private static final List<Object> NOT_AN_OBJECT = List.of("zz", "", 1, true, List.of(), List.of("zz"));
    private static final List<Object> NOT_AN_INDEX = List.of("0", true, 0.5, 1.0, List.of(), Map.of());
    /** Byte sequences that are never UTF-8, whatever follows them (the names after them start with ASCII). */
    private static final List<byte[]> NOT_UTF8 = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE},
            new byte[] {(byte) 0x80}, new byte[] {(byte) 0xBF}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98});

    static final List<Malformation> ALL = List.of(
            // ---- JSON that is not JSON
            new Malformation("cut short", ANY, d -> {
                // A proper prefix of an object lacks at least its closing brace.
                byte[] whole = d.bytes();
                d.raw(Arrays.copyOf(whole, d.random.nextInt(whole.length)));
            }),
            new Malformation("trailing garbage", ANY,
                    d -> d.raw(d.json() + d.pick(List.of("x", "{}", "[]", "1", "null", "\"zz\"", ",", "}", "]")))),
            new Malformation("not an object", ANY,
                    d -> d.raw(d.pick(List.of("[]", "[" + d.json() + "]", "\"zz\"", "42", "true", "null", "[null]")))),
            new Malformation("unquoted field name", ANY, d -> {
                String name = anyTopLevelName(d);
                d.raw(d.json().replaceFirst(Pattern.quote("\"" + name + "\":"), Matcher.quoteReplacement(name + ":")));
            }),
            new Malformation("single-quoted field name", ANY, d -> {
                String name = anyTopLevelName(d);
                d.raw(d.json().replaceFirst(Pattern.quote("\"" + name + "\":"), Matcher.quoteReplacement("'" + name + "':")));
            }),
            new Malformation("comment", ANY, d -> d.raw("{/* note */" + d.json().substring(1))),
            new Malformation("trailing comma", ANY, d -> {
                String json = d.json();
                d.raw(json.substring(0, json.length() - 1) + ",}");
            }),
            new Malformation("missing comma", ANY, d -> {
                // Generated text holds no quotes or commas, so every ," is between two fields.
                String json = d.json();
                List<Integer> boundaries = new ArrayList<>();
                for (int at = json.indexOf(",\""); at >= 0; at = json.indexOf(",\"", at + 1)) {
                    boundaries.add(at);
                }
                int at = d.pick(boundaries);
                d.raw(json.substring(0, at) + " " + json.substring(at + 1));
            }),
            new Malformation("bare word", ANY, d -> d.raw("{\"immediateRisk\":"
                    + d.pick(List.of("yes", "NaN", "Infinity", "-Infinity", "tru", "True", "undefined", "'x'")) + ","
                    + d.json().substring(1))),
            new Malformation("field given twice", ANY, d -> {
                String name = anyTopLevelName(d);
                d.raw("{" + Draft.toJson(name) + ":" + Draft.toJson(d.body.get(name)) + "," + d.json().substring(1));
            }),
            new Malformation("empty body", ANY, d -> d.raw(new byte[0])),
            new Malformation("invalid UTF-8", ANY, d -> {
                byte[] json = d.bytes();
                byte[] marker = "\"firstName\":\"".getBytes(StandardCharsets.US_ASCII);
                int at = indexOf(json, marker) + marker.length;
                byte[] broken = d.pick(NOT_UTF8);
                byte[] result = new byte[json.length + broken.length];
                System.arraycopy(json, 0, result, 0, at);
                System.arraycopy(broken, 0, result, at, broken.length);
                System.arraycopy(json, at, result, at + broken.length, json.length - at);
                d.raw(result);
            }),
            new Malformation("deep nesting in an unknown field", ANY, d -> nested(d, body -> body.put("zzdeep", NESTED))),
            new Malformation("deep nesting for text", ANY, d -> nested(d, body -> body.put("summary", NESTED))),
            new Malformation("deep nesting in an indicator parameter", ANY, d -> {
                // No indicator takes a parameter called zzdeep.
                d.anyIndicator().put("zzdeep", NESTED);
                nested(d, body -> { });
            }),

            // ---- fields of the wrong JSON type
            new Malformation("text of another JSON type", ANY, d -> d.pick(textFields(d)).accept(d, d.pick(NOT_TEXT))),
            new Malformation("true or false of another JSON type", ANY, d -> {
                Object value = d.pick(NOT_BOOLEAN);
                if (d.random.nextBoolean()) {
                    d.body.put("immediateRisk", value);
                } else {
                    d.child(d.anyChild()).put("notIndependentlyMobile", value);
                }
            }),
            new Malformation("date not in ISO form", ANY, d ->
                    d.child(d.anyChild()).put(d.pick(List.of("dateOfBirth", "expectedDateOfBirth")), d.pick(NOT_A_DATE))),
            new Malformation("time not in ISO form", CONTACTS, d -> d.body.put("receivedAt", d.pick(NOT_A_TIME))),
            new Malformation("list of another JSON type", ANY, d -> {
                Object value = d.pick(NOT_A_LIST);
                switch (d.random.nextInt(3)) {
                    case 0 -> d.body.put("children", value);
                    case 1 -> d.body.put("indicators", value);
                    default -> d.anyIndicator().put("children", value);
                }
            }),
            new Malformation("object of another JSON type", ANY, d -> {
                Object value = d.pick(NOT_AN_OBJECT);
                switch (d.random.nextInt(3)) {
                    case 0 -> d.body.put("referrer", value);
                    case 1 -> d.children().set(d.anyChild(), value);
                    default -> {
                        d.anyIndicator();
                        d.indicators().set(d.random.nextInt(d.indicators().size()), value);
                    }
                }
            }),
            new Malformation("child index of another JSON type", ANY,
                    d -> d.anyIndicator().put("children", List.of(d.pick(NOT_AN_INDEX)))),
            new Malformation("required field null", ANY, d -> {
                List<Runnable> nulls = new ArrayList<>(List.of(
                        () -> d.body.put("consent", null),
                        () -> d.body.put("children", null),
                        () -> d.child(d.anyChild()).put(d.pick(List.of("firstName", "lastName")), null),
                        () -> d.children().set(d.anyChild(), null),
                        () -> d.anyIndicator().put("code", null),
                        () -> {
                            d.anyIndicator();
                            d.indicators().set(d.random.nextInt(d.indicators().size()), null);
                        }));
                if (d.target == Target.CONTACT) {
                    nulls.add(() -> d.body.put("channel", null));
                    nulls.add(() -> d.body.put("referralSource", null));
                } else {
                    nulls.add(() -> d.body.put("partnerReference", null));
                    nulls.add(() -> d.body.put("kind", null));
                }
                d.pick(nulls).run();
            }),

            // ---- fields the contract does not have
            new Malformation("unknown field", ANY, d -> d.body.put(d.pick(unknownTopLevelNames(d)),
                    d.pick(List.of("zz", 1, true, List.of(), Map.of())))),
            new Malformation("unknown field of a child", ANY, d -> d.child(d.anyChild()).put(
                    d.pick(List.of("middleName", "NHSNumber", "dob", "FirstName", "zz" + d.letters(5))), "zz")),
            new Malformation("unknown field of the referrer", ANY, d -> d.referrer().put(
                    d.pick(List.of("address", "Name", "zz" + d.letters(5))), "zz")),
            new Malformation("parameter the indicator does not take", ANY, d -> {
                Map<String, Object> indicator = d.anyIndicator();
                List<String> names = new ArrayList<>(List.of("zz" + d.letters(4), "severity", "Explained", "DashRisk"));
                if (!"INJURY".equals(indicator.get("code"))) {
                    names.add("explained");
                }
                if (!"DOMESTIC_ABUSE".equals(indicator.get("code"))) {
                    names.add("dashRisk");
                }
                indicator.put(d.pick(names), d.pick(List.of(true, "HIGH", 1)));
            }),

            // ---- values the contract does not allow
            new Malformation("channel not of the contract", CONTACTS, d -> d.body.put("channel",
                    d.pick(List.of("FAX", "phone", "", " ", "PHONE ", "Phone", "POST", "zz" + d.letters(3))))),
            new Malformation("census code that does not exist", CONTACTS, d -> d.body.put("referralSource",
                    d.pick(List.of("0", "11", "1E", "2C", "3G", "5E", "2a", "6 ", " 6", "police", "", "2A2", "12", "6A")))),
            new Malformation("consent not of the contract", ANY, d -> d.body.put("consent",
                    d.pick(List.of("YES", "given", "", "GIVEN_", "NOT-GIVEN", " NOT_SOUGHT")))),
            new Malformation("sex not of the contract", ANY, d -> d.child(d.anyChild()).put("sex",
                    d.pick(List.of("X", "f", "", "Female", "MALE", "?")))),
            new Malformation("indicator code not in the catalogue", ANY, d -> d.anyIndicator().put("code",
                    d.pick(List.of("WORRIED", "neglect", "", " NEGLECT", "NEGLECT ", "DOMESTIC-ABUSE", "ZZ" + d.letters(4))))),
            new Malformation("indicator parameter value not of its kind", ANY, d -> {
                Map<String, Object> indicator = new LinkedHashMap<>();
                if (d.random.nextBoolean()) {
                    indicator.put("code", "INJURY");
                    indicator.put("explained", d.pick(List.of("no", "true", 1, 0, "")));
                } else {
                    // A DOMESTIC_ABUSE indicator is also refused beside an incident.
                    indicator.put("code", "DOMESTIC_ABUSE");
                    indicator.put("dashRisk", d.pick(List.of("EXTREME", "high", "", 1, true)));
                }
                d.indicators().add(indicator);
            }),
            new Malformation("invalid NHS number", ANY, d -> {
                String valid = NhsNumbers.valid(d.random);
                String invalid = d.pick(List.of(NhsNumbers.wrongCheckDigit(d.random), valid.substring(0, 9),
                        valid + d.random.nextInt(10), valid.substring(0, 8) + "AB",
                        valid.substring(0, 3) + "-" + valid.substring(3, 6) + "-" + valid.substring(6), "", "   "));
                d.child(d.anyChild()).put("nhsNumber", invalid);
                d.personal(invalid.strip());
            }),
            new Malformation("date of birth in the future", ANY,
                    d -> bornOn(d, d.today.plusDays(d.between(2, 3000)).toString())),
            new Malformation("date of birth more than 25 years ago", ANY,
                    d -> bornOn(d, d.today.minusYears(25).minusDays(d.between(2, 5000)).toString())),
            new Malformation("expected date of birth implausible", ANY, d -> {
                Map<String, Object> child = d.child(d.anyChild());
                child.remove("dateOfBirth");
                String expected = (d.random.nextBoolean()
                        ? d.today.plusMonths(10).plusDays(d.between(2, 1000))
                        : d.today.minusMonths(3).minusDays(d.between(2, 1000))).toString();
                child.put("expectedDateOfBirth", expected);
                d.personal(expected);
            }),
            new Malformation("born and unborn", ANY, d -> {
                Map<String, Object> child = d.child(d.anyChild());
                child.put("dateOfBirth", d.today.minusDays(d.between(2, 3000)).toString());
                child.put("expectedDateOfBirth", d.today.plusDays(d.between(2, 200)).toString());
            }),
            new Malformation("expected date of birth more than a month past", ANY, d -> {
                // Received now, so that the expected date is more than a month before the contact too.
                d.body.remove("receivedAt");
                Map<String, Object> child = d.child(d.anyChild());
                child.remove("dateOfBirth");
                String expected = d.today.minusMonths(1).minusDays(d.between(2, 1000)).toString();
                child.put("expectedDateOfBirth", expected);
                d.personal(expected);
            }),
            new Malformation("born after the contact was received", CONTACTS, d -> {
                d.body.put("receivedAt", d.now.minusSeconds(d.between(10, 29) * 86_400L).toString());
                bornOn(d, d.today.minusDays(d.between(0, 5)).toString());
            }),
            new Malformation("late entry without the reason it is late", CONTACTS, d -> {
                d.body.put("receivedAt", longerAgoThanTheLateEntryWindow(d));
                d.body.remove("lateEntryReason");
            }),
            new Malformation("late entry reason on a contact that is not late", CONTACTS,
                    d -> d.body.put("lateEntryReason", d.personalText(d.between(3, 40)))),
            new Malformation("late entry reason over 500 characters", CONTACTS, d -> {
                d.body.put("receivedAt", longerAgoThanTheLateEntryWindow(d));
                d.body.put("lateEntryReason", d.personalText(d.between(501, 5_000)));
            }),
            new Malformation("received in the future", CONTACTS,
                    d -> d.body.put("receivedAt", d.now.plusSeconds(d.between(3_600, 365 * 86_400)).toString())),
            new Malformation("notification kind the agency may not send", NOTIFICATIONS, d -> {
                List<String> kinds = new ArrayList<>(List.of("BURGLARY", "domestic_abuse_incident", "", "SAFEGUARDING"));
                if (d.target == Target.SCHOOL_NOTIFICATION) {
                    kinds.addAll(List.of("DOMESTIC_ABUSE_INCIDENT", "PUBLIC_PROTECTION_NOTICE"));
                }
                d.body.put("kind", d.pick(kinds));
            }),
            new Malformation("incident without a valid DASH risk", POLICE, d -> {
                d.body.put("kind", "DOMESTIC_ABUSE_INCIDENT");
                String risk = d.pick(List.of("EXTREME", "high", "", "LOW", " HIGH", "none"));
                if (risk.equals("none")) {
                    d.body.remove("dashRisk");
                } else {
                    d.body.put("dashRisk", risk);
                }
            }),
            new Malformation("DASH risk on a notification that is not an incident", NOTIFICATIONS, d -> {
                d.body.put("kind", d.target == Target.POLICE_NOTIFICATION
                        ? d.pick(List.of("PUBLIC_PROTECTION_NOTICE", "SAFEGUARDING_CONCERN")) : "SAFEGUARDING_CONCERN");
                d.body.put("dashRisk", d.pick(ValidSubmissions.DASH_RISKS));
            }),
            new Malformation("domestic abuse indicator beside an incident", POLICE, d -> {
                d.body.put("kind", "DOMESTIC_ABUSE_INCIDENT");
                d.body.put("dashRisk", d.pick(ValidSubmissions.DASH_RISKS));
                d.indicators().add(new LinkedHashMap<>(Map.of("code", "DOMESTIC_ABUSE")));
            }),
            new Malformation("a school sends a police notification", SCHOOL, d -> {
                d.body.put("kind", d.pick(List.of("DOMESTIC_ABUSE_INCIDENT", "PUBLIC_PROTECTION_NOTICE")));
                d.body.put("dashRisk", "HIGH");
            }),

            // ---- sizes out of range
            new Malformation("no children", ANY, d -> d.body.put("children", new ArrayList<>())),
            new Malformation("more than 20 children", ANY, d -> {
                while (d.children().size() <= 20 || d.random.nextInt(3) == 0 && d.children().size() < 30) {
                    d.children().add(ValidSubmissions.child(d));
                }
            }),
            new Malformation("more than 50 indicators", ANY, d -> {
                int count = d.between(51, 70) - d.indicators().size();
                for (int i = 0; i < count; i++) {
                    d.indicators().add(Map.of("code", "NEGLECT"));
                }
            }),
            new Malformation("summary over 20,000 characters", ANY,
                    d -> d.body.put("summary", d.personalText(d.between(20_001, 120_000)))),
            new Malformation("name over 100 characters", ANY, d -> d.child(d.anyChild())
                    .put(d.pick(List.of("firstName", "lastName")), d.personalText(d.between(101, 5_000)))),
            new Malformation("blank or missing name", ANY, d -> {
                Map<String, Object> child = d.child(d.anyChild());
                String name = d.pick(List.of("firstName", "lastName"));
                String blank = d.pick(List.of("", " ", "   ", "\t", "missing"));
                if (blank.equals("missing")) {
                    child.remove(name);
                } else {
                    child.put(name, blank);
                }
            }),
            new Malformation("local id over 50 characters or blank", ANY, d -> {
                String localId = d.random.nextBoolean() ? "LA-" + d.letters(d.between(48, 300)) : d.pick(List.of("", " ", "  "));
                d.child(d.anyChild()).put("localId", localId);
            }),
            new Malformation("referrer detail over its limit or malformed", ANY, d -> {
                Map<String, Object> referrer = d.referrer();
                switch (d.random.nextInt(5)) {
                    case 0 -> referrer.put("name", d.personalText(d.between(201, 3_000)));
                    case 1 -> referrer.put("organisation", "O" + d.letters(d.between(200, 3_000)));
                    case 2 -> referrer.put("role", "R" + d.letters(d.between(100, 3_000)));
                    case 3 -> {
                        String phone = d.pick(List.of("0".repeat(d.between(31, 200)), "call the office", "0147 x 2"));
                        referrer.put("phone", phone);
                        d.personal(phone);
                    }
                    default -> {
                        String email = d.pick(List.of("zq" + d.letters(d.between(250, 1_000)) + "@example.org",
                                "zq" + d.letters(6), "zq" + d.letters(6) + "@example", "zq " + d.letters(6) + "@example.org"));
                        referrer.put("email", email);
                        d.personal(email);
                    }
                }
            }),
            new Malformation("partner reference missing, blank, too long or not printable ASCII", NOTIFICATIONS, d -> {
                String reference = d.pick(List.of("missing", "", "   ", "R".repeat(d.between(101, 2_000)), "RÉF-1",
                        "REF\u00001", "REF\n1", "REF\u001f1", "\u2603"));
                if (reference.equals("missing")) {
                    d.body.remove("partnerReference");
                } else {
                    d.body.put("partnerReference", reference);
                }
            }),
            new Malformation("Idempotency-Key over 100 characters", CONTACTS,
                    d -> d.headers.put("Idempotency-Key", "k".repeat(d.between(101, 2_000)))),
            new Malformation("child index out of range, repeated or empty", ANY, d -> {
                int children = d.children().size();
                List<Integer> indexes = d.pick(List.of(List.of(children + d.between(0, 5)), List.of(-d.between(1, 5)),
                        List.of(0, 0), List.of(), List.of(0, children)));
                d.anyIndicator().put("children", indexes);
            }),
            new Malformation("required field missing", ANY, d -> {
                List<String> required = new ArrayList<>(List.of("consent", "children"));
                required.addAll(d.target == Target.CONTACT ? List.of("channel", "referralSource")
                        : List.of("partnerReference", "kind"));
                d.body.remove(d.pick(required));
            }),

            // ---- requests that are not for these endpoints at all
            new Malformation("Content-Type not JSON", ANY, d -> d.contentType = d.pick(Arrays.asList(null, "text/plain",
                    "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=zz",
                    "application/octet-stream", "application/jsonx", "text/json", "application/vnd.api+json",
                    "application/json-patch+json"))),
            new Malformation("body over 256 KB", ANY, 1,
                    d -> d.body.put("summary", d.personalText(d.between(262_200, 300_000)))),
            new Malformation("method the endpoint does not have", ANY,
                    d -> d.method = d.pick(List.of("PUT", "PATCH", "DELETE"))),
            new Malformation("id that was never recorded", ANY, d -> {
                d.method = "GET";
                d.path += "/" + OddIds.any(d);
            }),
            new Malformation("another's id", NOTIFICATIONS, d -> {
                d.method = "GET";
                d.path += "/" + d.pick(d.target == Target.SCHOOL_NOTIFICATION
                        ? List.of(d.othersIds.staffContact(), d.othersIds.policeNotification())
                        : List.of(d.othersIds.staffContact()));
            }));

    private Malformations() {
    }

    /** Total weight, for a weighted choice. */
    static int totalWeight() {
        return ALL.stream().mapToInt(Malformation::weight).sum();
    }

    static Malformation pick(Draft d, int totalWeight) {
        int point = d.random.nextInt(totalWeight);
        for (Malformation malformation : ALL) {
            point -= malformation.weight();
            if (point < 0) {
                return malformation;
            }
        }
        throw new IllegalStateException("Weights do not add up");
    }

    private static String anyTopLevelName(Draft d) {
        return d.pick(new ArrayList<>(d.body.keySet()));
    }

    private static List<String> unknownTopLevelNames(Draft d) {
        List<String> names = new ArrayList<>(List.of("agency", "Consent", "CHILDREN", "zz" + d.letters(6)));
        names.addAll(d.target == Target.CONTACT ? List.of("partnerReference", "kind", "dashRisk", "contactId")
                : List.of("referralSource", "channel", "receivedAt", "notificationId", "lateEntryReason"));
        return names;
    }

    private static List<BiConsumer<Draft, Object>> textFields(Draft d) {
        List<BiConsumer<Draft, Object>> fields = new ArrayList<>(List.of(
                (draft, value) -> draft.body.put("consent", value),
                (draft, value) -> draft.body.put("summary", value),
                (draft, value) -> draft.child(draft.anyChild()).put(
                        draft.pick(List.of("localId", "nhsNumber", "firstName", "lastName", "sex")), value),
                (draft, value) -> draft.referrer().put(
                        draft.pick(List.of("name", "organisation", "role", "phone", "email")), value),
                (draft, value) -> draft.anyIndicator().put("code", value)));
        if (d.target == Target.CONTACT) {
            fields.add((draft, value) -> draft.body.put(draft.pick(List.of("channel", "referralSource", "lateEntryReason")),
                    value));
        } else {
            fields.add((draft, value) -> draft.body.put(draft.pick(List.of("partnerReference", "kind", "dashRisk")), value));
        }
        return fields;
    }

    /** Further back than the late-entry window the shared test context runs with. */
    private static String longerAgoThanTheLateEntryWindow(Draft d) {
        return d.now.minus(IntakeIntegrationTest.LATE_ENTRY_WINDOW).minusSeconds(d.between(1, 3000) * 86_400L).toString();
    }

    private static void bornOn(Draft d, String date) {
        Map<String, Object> child = d.child(d.anyChild());
        child.remove("expectedDateOfBirth");
        child.put("dateOfBirth", date);
        d.personal(date);
    }

    /** Replaces the placeholder the change puts in the body with nesting too deep for any field. */
    private static void nested(Draft d, java.util.function.Consumer<Map<String, Object>> change) {
        change.accept(d.body);
        int depth = d.between(2, 5_000);
        String nesting = d.random.nextBoolean()
                ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        d.raw(d.json().replace("\"" + NESTED + "\"", nesting));
    }

    private static int indexOf(byte[] bytes, byte[] marker) {
        outer:
        for (int i = 0; i <= bytes.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (bytes[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("Every generated body names a child");
    }
}
