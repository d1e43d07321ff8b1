package org.frontdoor.intake.contact;

/** Who made the contact; every field is optional (a contact may be anonymous). */
public record ReferrerRequest(String name, String organisation, String role, String phone, String email) {
}
