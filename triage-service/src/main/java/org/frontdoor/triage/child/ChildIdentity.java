package org.frontdoor.triage.child;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.frontdoor.events.ContactChild;
import org.frontdoor.events.ContactReceived;
import org.springframework.stereotype.Component;

/**
 * Recognises the same child across contacts (domain section 4.2): by the LA person id, else the
 * NHS number, else normalised first name, last name and date of birth. A child with none of
 * those is known only within its own contact.
 *
 * <p>The strongest identifier present decides the child reference. A child first seen with only a
 * name and date of birth and later with an NHS number is therefore two histories until the LA
 * links them; matching across identifier kinds needs an identity index and is future work.
 */
@Component
public class ChildIdentity {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    ChildIdentity(ChildIdentityProperties properties) {
        this.key = new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), HMAC);
    }

    public String childRef(ContactReceived contact, int childIndex) {
        return reference(identifier(contact, childIndex));
    }

    static String identifier(ContactReceived contact, int childIndex) {
        ContactChild child = contact.getChildren().get(childIndex);
        if (present(child.getLocalId())) {
            return "la:" + child.getLocalId().strip().toUpperCase(Locale.ROOT);
        }
        if (present(child.getNhsNumber())) {
            return "nhs:" + child.getNhsNumber().replaceAll("\\s", "");
        }
        LocalDate born = child.getDateOfBirth();
        if (born != null) {
            return "person:" + normalised(child.getFirstName()) + "|" + normalised(child.getLastName()) + "|" + born;
        }
        return "contact:" + contact.getContactId() + ":" + childIndex;
    }

    private String reference(String identifier) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return UUID.nameUUIDFromBytes(mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8))).toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JRE", e);
        }
    }

    /** Case, accents, spaces, hyphens and apostrophes do not make a different child. */
    static String normalised(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
