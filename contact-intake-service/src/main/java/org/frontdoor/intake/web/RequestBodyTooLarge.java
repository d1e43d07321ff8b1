package org.frontdoor.intake.web;

import java.io.IOException;

/**
 * The request body is over the configured limit. An IOException because it is raised while the
 * body is read; the JSON reader passes it on as the cause of an unreadable message.
 */
public class RequestBodyTooLarge extends IOException {

    public RequestBodyTooLarge(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }
}
