package org.frontdoor.intake.partner;

/** The agency already sent a different notification under this partnerReference. */
public class PartnerReferenceReused extends RuntimeException {

    public PartnerReferenceReused() {
        super("The partnerReference was already used for a different notification");
    }
}
