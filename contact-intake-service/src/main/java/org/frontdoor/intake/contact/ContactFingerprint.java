package org.frontdoor.intake.contact;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * The SHA-256 of a contact's canonical form, recorded with its Idempotency-Key so that a replay can
 * be told apart from a different contact sent under the same key.
 *
 * <p>The canonical form is the contact's meaning, not its bytes: field order, whitespace, a default
 * written out or left out ({@code "immediateRisk": false}), the time zone of {@code receivedAt} and
 * spaces in an NHS number do not change it. Nor does {@code lateEntryReason}: why a contact is
 * recorded late is not what it says, and a contact sent again after it has become late must give a
 * reason it did not need the first time. It is spelt out field by field here, independent of the
 * request classes, because fingerprints are compared across restarts and releases: change it only
 * knowingly.
 */
public final class ContactFingerprint {

    private static final JsonMapper CANONICAL_JSON = JsonMapper.builder().build();

    private ContactFingerprint() {
    }

    /** Fingerprint of a contact that has passed validation. */
    public static String of(ContactRequest contact) {
        try {
            byte[] canonical = CANONICAL_JSON.writeValueAsBytes(canonicalForm(contact));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    private static Map<String, Object> canonicalForm(ContactRequest contact) {
        Map<String, Object> form = new TreeMap<>();
        putIfPresent(form, "receivedAt", contact.receivedAt() == null ? null : contact.receivedAt().toString());
        form.put("channel", contact.channel());
        form.put("referralSource", contact.referralSource());
        if (contact.referrer() != null) {
            Map<String, Object> referrer = new TreeMap<>();
            putIfPresent(referrer, "name", contact.referrer().name());
            putIfPresent(referrer, "organisation", contact.referrer().organisation());
            putIfPresent(referrer, "role", contact.referrer().role());
            putIfPresent(referrer, "phone", contact.referrer().phone());
            putIfPresent(referrer, "email", contact.referrer().email());
            form.put("referrer", referrer);
        }
        form.put("children", contact.children().stream().map(ContactFingerprint::canonicalForm).toList());
        form.put("indicators", contact.indicatorsOrNone().stream().map(ContactFingerprint::canonicalForm).toList());
        form.put("immediateRisk", contact.isImmediateRisk());
        form.put("consent", contact.consent());
        putIfPresent(form, "summary", contact.summary());
        return form;
    }

    private static Map<String, Object> canonicalForm(ChildRequest child) {
        Map<String, Object> form = new TreeMap<>();
        putIfPresent(form, "localId", child.localId());
        putIfPresent(form, "nhsNumber", NhsNumber.parse(child.nhsNumber()).map(NhsNumber::digits).orElse(null));
        form.put("firstName", child.firstName());
        form.put("lastName", child.lastName());
        putIfPresent(form, "dateOfBirth", child.dateOfBirth() == null ? null : child.dateOfBirth().toString());
        putIfPresent(form, "expectedDateOfBirth",
                child.expectedDateOfBirth() == null ? null : child.expectedDateOfBirth().toString());
        form.put("sex", child.sexOrUnknown());
        form.put("notIndependentlyMobile", child.isNotIndependentlyMobile());
        return form;
    }

    private static Map<String, Object> canonicalForm(IndicatorRequest indicator) {
        Map<String, Object> form = new TreeMap<>();
        form.put("code", indicator.code());
        if (indicator.children() != null) {
            List<Integer> children = new ArrayList<>(indicator.children());
            children.sort(null);
            form.put("children", children);
        }
        form.put("parameters", new TreeMap<>(indicator.parameters()));
        return form;
    }

    private static void putIfPresent(Map<String, Object> form, String name, Object value) {
        if (value != null) {
            form.put(name, value);
        }
    }
}
