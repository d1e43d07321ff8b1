package org.frontdoor.strategy.stream;

import java.util.HashSet;
import java.util.Set;

import org.apache.kafka.streams.state.KeyValueStore;
import org.frontdoor.strategy.cases.CaseStatus;
import org.frontdoor.strategy.cases.StrategyCase;

/**
 * Secondary keys of the cases, so that finding a contact's cases or the open cases reads only
 * those cases. Keys are {@code contact|<contactId>|<caseId>} and {@code status|<status>|<caseId>}.
 */
final class CaseLookup {

    private static final String CONTACT = "contact|";
    private static final String STATUS = "status|";

    private CaseLookup() {
    }

    static String contactPrefix(String contactId) {
        return CONTACT + contactId + "|";
    }

    static String statusPrefix(CaseStatus status) {
        return STATUS + status.name() + "|";
    }

    static void update(KeyValueStore<String, String> store, StrategyCase before, StrategyCase after) {
        Set<String> old = keysOf(before);
        Set<String> now = keysOf(after);
        old.stream().filter(key -> !now.contains(key)).forEach(store::delete);
        now.stream().filter(key -> !old.contains(key)).forEach(key -> store.put(key, after.caseId()));
    }

    private static Set<String> keysOf(StrategyCase strategyCase) {
        Set<String> keys = new HashSet<>();
        if (strategyCase != null) {
            keys.add(contactPrefix(strategyCase.contactId()) + strategyCase.caseId());
            keys.add(statusPrefix(strategyCase.status()) + strategyCase.caseId());
        }
        return keys;
    }
}
