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
 * so a later contact naming the child by another identifier finds the same history. A match on a
 * weaker identifier never joins two children whose LA ids or NHS numbers differ.
 */
@Component
public class ChildIdentity {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    ChildIdentity(ChildIdentityProperties properties) {
        this.key = new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), HMAC);
    }

    /** Who a child is, and what the identity index should learn from this sighting. */
    public record Resolution(String childRef, List<IndexEntry> learnt) {

        public Resolution {
            learnt = List.copyOf(learnt);
        }
    }

    /** One entry of the identity index: an identifier hash to a child, or a child to its identifier of one kind. */
    public record IndexEntry(String key, String value) {
    }

    private enum Kind {
        LA_ID, NHS_NUMBER, NAME_AND_BIRTH;

        /** Only an LA id and an NHS number belong to one child alone: two different ones mean two children. */
        boolean distinguishesChildren() {
            return this != NAME_AND_BIRTH;
        }
    }

    private record Identifier(Kind kind, String hash) {
    }

    /**
     * @param index the identity index: for an identifier hash, the child it belongs to; for
     *              {@code childRef:KIND}, that child's identifier of that kind; null when unknown
     */
    public Resolution resolve(ContactReceived contact, int childIndex, Function<String, String> index) {
        List<Identifier> identifiers = identifiers(contact.getChildren().get(childIndex));
        if (identifiers.isEmpty()) {
            return new Resolution(reference(hash("contact:" + contact.getContactId() + ":" + childIndex)), List.of());
        }
        for (Identifier identifier : identifiers) {
            String childRef = index.apply(identifier.hash());
            if (childRef != null && !contradicts(childRef, identifiers, index)) {
                return new Resolution(childRef, unknownEntries(childRef, identifiers, index));
            }
        }
        String childRef = reference(identifiers.get(0).hash());
        return new Resolution(childRef, unknownEntries(childRef, identifiers, index));
    }

    /** A child already known by another LA id or NHS number than this one is another child. */
    private static boolean contradicts(String childRef, List<Identifier> identifiers, Function<String, String> index) {
        return identifiers.stream().filter(identifier -> identifier.kind().distinguishesChildren()).anyMatch(identifier -> {
            String known = index.apply(childKey(childRef, identifier.kind()));
            return known != null && !known.equals(identifier.hash());
        });
    }

    /** What the index does not know yet; an entry it already holds is never taken over. */
    private static List<IndexEntry> unknownEntries(String childRef, List<Identifier> identifiers, Function<String, String> index) {
        List<IndexEntry> entries = new ArrayList<>();
        for (Identifier identifier : identifiers) {
            if (index.apply(identifier.hash()) == null) {
                entries.add(new IndexEntry(identifier.hash(), childRef));
            }
            if (identifier.kind().distinguishesChildren() && index.apply(childKey(childRef, identifier.kind())) == null) {
                entries.add(new IndexEntry(childKey(childRef, identifier.kind()), identifier.hash()));
            }
        }
        return entries;
    }

    private static String childKey(String childRef, Kind kind) {
        return childRef + ":" + kind;
    }

    /** The child's identifiers, strongest first, each as a keyed hash. */
    private List<Identifier> identifiers(ContactChild child) {
        List<Identifier> identifiers = new ArrayList<>(3);
        if (present(child.getLocalId())) {
            identifiers.add(new Identifier(Kind.LA_ID, hash("la:" + child.getLocalId().strip().toUpperCase(Locale.ROOT))));
        }
        if (present(child.getNhsNumber())) {
            identifiers.add(new Identifier(Kind.NHS_NUMBER, hash("nhs:" + child.getNhsNumber().replaceAll("\\s", ""))));
        }
        LocalDate born = child.getDateOfBirth();
        if (born != null) {
            identifiers.add(new Identifier(Kind.NAME_AND_BIRTH,
                    hash("person:" + normalised(child.getFirstName()) + "|" + normalised(child.getLastName()) + "|" + born)));
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

    /**
     * Case, accents, spaces, hyphens and apostrophes do not make a different child; digits do:
     * unnamed twins are recorded as "Baby 1" and "Baby 2" with one date of birth.
     */
    static String normalised(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[^\\p{L}\\p{Nd}]", "").toLowerCase(Locale.ROOT);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
