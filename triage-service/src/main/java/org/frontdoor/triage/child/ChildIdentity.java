package org.frontdoor.triage.child;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

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
 * <p>Identifiers are never kept as they are: each is a keyed hash (HMAC-SHA256), so the identity
 * index and the child reference, which travel in events, alerts and URLs, reveal no NHS number
 * or name. A child seen for the first time takes a reference made from its strongest identifier;
 * every identifier it brings that the index does not know yet is then linked to that reference,
 * so a later contact naming the child by another identifier finds the same history.
 */
@Component
public class ChildIdentity {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    ChildIdentity(ChildIdentityProperties properties) {
        this.key = new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), HMAC);
    }

    /** Who a child is, and the identifiers the index should learn from this sighting. */
    public record Resolution(String childRef, List<String> newIdentifiers) {

        public Resolution {
            newIdentifiers = List.copyOf(newIdentifiers);
        }
    }

    /**
     * @param knownChild the identity index: the child reference an identifier hash is linked to, or null
     */
    public Resolution resolve(ContactReceived contact, int childIndex, Function<String, String> knownChild) {
        List<String> identifiers = identifiers(contact.getChildren().get(childIndex));
        if (identifiers.isEmpty()) {
            return new Resolution(reference(hash("contact:" + contact.getContactId() + ":" + childIndex)), List.of());
        }
        for (String identifier : identifiers) {
            String childRef = knownChild.apply(identifier);
            if (childRef != null) {
                return new Resolution(childRef, identifiers.stream().filter(other -> knownChild.apply(other) == null).toList());
            }
        }
        return new Resolution(reference(identifiers.get(0)), identifiers);
    }

    /** The child's identifiers, strongest first, each as a keyed hash. */
    List<String> identifiers(ContactChild child) {
        List<String> identifiers = new ArrayList<>(3);
        if (present(child.getLocalId())) {
            identifiers.add(hash("la:" + child.getLocalId().strip().toUpperCase(Locale.ROOT)));
        }
        if (present(child.getNhsNumber())) {
            identifiers.add(hash("nhs:" + child.getNhsNumber().replaceAll("\\s", "")));
        }
        LocalDate born = child.getDateOfBirth();
        if (born != null) {
            identifiers.add(hash("person:" + normalised(child.getFirstName()) + "|" + normalised(child.getLastName()) + "|" + born));
        }
        return identifiers;
    }

    private static String reference(String identifierHash) {
        return UUID.nameUUIDFromBytes(HexFormat.of().parseHex(identifierHash)).toString();
    }

    private String hash(String identifier) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8)));
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
