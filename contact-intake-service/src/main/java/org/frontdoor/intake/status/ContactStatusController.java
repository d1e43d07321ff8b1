package org.frontdoor.intake.status;

import org.frontdoor.intake.contact.ContactController;
import org.frontdoor.intake.contact.RecentlyAccepted;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Anyone who submitted a contact can follow it here until triage has decided for every child. */
@RestController
public class ContactStatusController {

    private final ContactProgressStore progress;
    private final RecentlyAccepted recentlyAccepted;

    public ContactStatusController(ContactProgressStore progress, RecentlyAccepted recentlyAccepted) {
        this.progress = progress;
        this.recentlyAccepted = recentlyAccepted;
    }

    @GetMapping(path = ContactController.CONTACTS + "/{contactId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ContactStatusView status(@PathVariable String contactId) {
        return progress.find(contactId).map(ContactStatusView::of)
                .or(() -> recentlyAccepted.contact(contactId).map(RecentlyAccepted.JustAccepted::accepted)
                        .map(ContactStatusView::of))
                .orElseThrow(UnknownContact::new);
    }
}
