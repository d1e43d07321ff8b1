package org.frontdoor.notification.webhook;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Created by Spring's validator factory, which hands it the configured destinations. */
class AllowedWebhookDestinationValidator implements ConstraintValidator<AllowedWebhookDestination, String> {

    private final WebhookDestinations destinations;

    AllowedWebhookDestinationValidator(WebhookDestinations destinations) {
        this.destinations = destinations;
    }

    @Override
    public boolean isValid(String url, ConstraintValidatorContext context) {
        if (url == null || url.isBlank()) {
            // @NotBlank reports a missing URL.
            return true;
        }
        Optional<String> refusal = destinations.refusalOf(url);
        if (refusal.isEmpty()) {
            return true;
        }
        // The reason is one of WebhookDestinations' fixed sentences: no request text reaches the template.
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(refusal.get()).addConstraintViolation();
        return false;
    }
}
