package org.frontdoor.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeliveryLanesTest {

    private final DeliveryLanes lanes = new DeliveryLanes(new DeliveryProperties(6, Duration.ofSeconds(30), 3.0,
            Duration.ofMinutes(30), 1, 3, 1, 1));
    private final CountDownLatch receiverAnswers = new CountDownLatch(1);

    @BeforeEach
    void start() {
        lanes.start();
    }

    @AfterEach
    void stop() {
        receiverAnswers.countDown();
        lanes.stop();
    }

    @Test
    void aSubscriptionWhoseReceiverHangsHoldsUpNoOtherSubscription() throws Exception {
        CountDownLatch hanging = new CountDownLatch(1);
        CountDownLatch otherDelivered = new CountDownLatch(1);

        lanes.submit("slow", () -> {
            hanging.countDown();
            await(receiverAnswers);
        });
        assertThat(hanging.await(10, TimeUnit.SECONDS)).isTrue();
        lanes.submit("other", otherDelivered::countDown);

        assertThat(otherDelivered.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aDeliveryWaitsInItsSubscriptionsLaneAndRunsOnceTheLaneHasRoom() throws Exception {
        CountDownLatch second = new CountDownLatch(1);

        lanes.submit("slow", () -> await(receiverAnswers));
        assertThat(lanes.submit("slow", second::countDown)).isTrue();
        assertThat(second.await(200, TimeUnit.MILLISECONDS)).isFalse();
        receiverAnswers.countDown();

        assertThat(second.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFullLaneTakesNoMore() {
        lanes.submit("slow", () -> await(receiverAnswers));
        lanes.submit("slow", () -> { });

        assertThat(lanes.submit("slow", () -> { })).isFalse();
        assertThat(lanes.submit("other", () -> { })).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
