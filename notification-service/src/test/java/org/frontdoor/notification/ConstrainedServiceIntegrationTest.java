package org.frontdoor.notification;

import org.frontdoor.notification.kafka.StreamsState;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The service in a context of its own, for what no other test may see: a subscription limit a
 * test reaches (3 per manager), and store reads a test can make fail to stage an outage.
 */
@TestPropertySource(properties = "frontdoor.notifications.subscriptions.max-per-manager=3")
abstract class ConstrainedServiceIntegrationTest extends ServiceIntegrationTest {

    @MockitoSpyBean
    StreamsState state;
}
