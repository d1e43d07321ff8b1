package org.frontdoor.metrics;

import java.util.Set;
import java.util.stream.Collectors;

/** What the services' scrape tests look for in a Prometheus scrape. */
public final class Scrapes {

    private Scrapes() {
    }

    /** The metric families the scrape declares (its {@code # TYPE} lines). */
    public static Set<String> families(String scrape) {
        return scrape.lines().filter(line -> line.startsWith("# TYPE "))
                .map(line -> line.split(" ")[2]).collect(Collectors.toSet());
    }

    /** A pattern for the records-lag gauge of the consumer whose client id matches {@code clientId} (a regex). */
    public static String lagOf(String clientId) {
        return "kafka_consumer_fetch_manager_records_lag_max\\{[^}]*client_id=\"" + clientId + "\"";
    }

    /** A pattern for a non-zero send count of a producer made by the named producer factory bean. */
    public static String sendsBy(String producerFactory) {
        return "kafka_producer_record_send_total\\{[^}]*spring_id=\"" + producerFactory + "\\.[^\"]+\"[^}]*} [1-9]";
    }
}
