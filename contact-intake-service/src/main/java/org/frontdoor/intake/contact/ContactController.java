package org.frontdoor.intake.contact;

import java.net.URI;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.frontdoor.intake.idempotency.IdempotencyKey;
import org.frontdoor.security.AuditFacts;
import org.frontdoor.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Front-door staff submit contacts here. */
@RestController
@RequestMapping(ContactController.CONTACTS)
public class ContactController {

    public static final String CONTACTS = "/api/v1/contacts";

    private final ContactIntake intake;

    public ContactController(ContactIntake intake) {
        this.intake = intake;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ContactAccepted> receive(
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @RequestBody ContactRequest contact, Authentication caller, HttpServletRequest request) {
        Optional<IdempotencyKey> key = Optional.ofNullable(idempotencyKey).map(IdempotencyKey::new);
        // The access rules let only a caller with a valid token this far.
        ContactAccepted accepted = intake.receive(contact, key, Caller.of(caller).orElseThrow().subject());
        if (contact.lateEntryReason() != null) {
            // Accepted with a reason is accepted as a late entry: a reason is refused otherwise. The audit
            // trail shows that it was late, never the reason, which is free text and may name the child.
            AuditFacts.add(request, "lateEntry", "true");
        }
        return ResponseEntity.created(URI.create(CONTACTS + "/" + accepted.contactId())).body(accepted);
    }
}
