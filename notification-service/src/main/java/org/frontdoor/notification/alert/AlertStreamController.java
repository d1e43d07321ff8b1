package org.frontdoor.notification.alert;

import java.time.Instant;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/v1/alerts")
class AlertStreamController {

    private final LiveAlertStream stream;

    AlertStreamController(LiveAlertStream stream) {
        this.stream = stream;
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestParam(required = false) Set<String> teams,
                      @RequestParam(required = false) Set<String> clocks,
                      @RequestParam(required = false) Set<String> kinds,
                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                      Authentication manager) {
        // The stream lasts as long as the token that opened it: an expired token, or a role taken
        // away, must not keep alerts flowing.
        Instant expiresAt = manager instanceof JwtAuthenticationToken token ? token.getToken().getExpiresAt() : null;
        return stream.connect(new AlertFilter(teams, clocks, kinds), lastEventId, expiresAt);
    }
}
