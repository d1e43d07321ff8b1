package org.frontdoor.notification.webhook;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A webhook URL this service may deliver to (see {@link WebhookDestinations}): checked when a
 * manager subscribes, so a refused URL is a 400 naming the field rather than a delivery that
 * fails later.
 */
@Documented
@Constraint(validatedBy = AllowedWebhookDestinationValidator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedWebhookDestination {

    String message() default WebhookDestinations.NOT_A_URL;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
