package org.frontdoor.localstack;

import java.net.URI;

/**
 * The stack's identity provider (module {@code local-identity}): a real authorization server
 * that issues the demo clients' tokens, and the issuer every service trusts. It runs in its
 * own JVM like the services, from its runnable jar, and is UP before any service starts.
 */
final class LocalIdentity {

    static final String MODULE_NAME = "local-identity";
    static final int STANDARD_PORT = 9000;

    private LocalIdentity() {
    }

    /** The issuer URI: where the identity provider listens, exactly as its tokens name it and the services trust it. */
    static URI issuerOn(int port) {
        return URI.create("http://localhost:" + port);
    }
}
