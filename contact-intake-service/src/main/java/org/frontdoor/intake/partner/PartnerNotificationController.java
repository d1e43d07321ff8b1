package org.frontdoor.intake.partner;

import java.net.URI;

import org.frontdoor.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Partner agencies' systems send notifications here and follow them, each agency only its own. */
@RestController
@RequestMapping(PartnerNotificationController.NOTIFICATIONS)
public class PartnerNotificationController {

    public static final String NOTIFICATIONS = "/api/v1/partner-notifications";

    private final PartnerNotifications notifications;
    private final PartnerAgencies agencies;

    public PartnerNotificationController(PartnerNotifications notifications, PartnerAgencies agencies) {
        this.notifications = notifications;
        this.agencies = agencies;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<PartnerNotificationAccepted> receive(@RequestBody PartnerNotificationRequest notification,
                                                               Authentication caller) {
        PartnerNotificationAccepted accepted = notifications.receive(notification, agencyOf(caller),
                Caller.of(caller).orElseThrow().subject());
        return ResponseEntity.created(URI.create(NOTIFICATIONS + "/" + accepted.notificationId())).body(accepted);
    }

    @GetMapping(path = "/{notificationId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public PartnerNotificationStatus status(@PathVariable String notificationId, Authentication caller) {
        return notifications.status(notificationId, agencyOf(caller));
    }

    private PartnerAgency agencyOf(Authentication caller) {
        // The access rules (RegisteredPartner) let only registered agencies' partners get this far.
        return agencies.of(caller).orElseThrow();
    }
}
