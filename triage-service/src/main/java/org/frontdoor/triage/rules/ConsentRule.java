package org.frontdoor.triage.rules;

import java.util.Map;

import org.frontdoor.events.Consent;
import org.frontdoor.events.Route;

/**
 * Rule 6: early help is offered only with the family's consent; MASH and strategy meetings go
 * ahead without it, and the decision records that consent was overridden.
 *
 * @param notGiven the reason for each consent value other than GIVEN when early help cannot go ahead
 * @param overridden the reason for each consent value other than GIVEN when the route goes ahead without it
 */
record ConsentRule(Map<Consent, Reason> notGiven, Map<Consent, Reason> overridden) {

    record Result(Assessment assessment, boolean consentOverridden) {
    }

    ConsentRule {
        notGiven = Map.copyOf(notGiven);
        overridden = Map.copyOf(overridden);
    }

    Result apply(Assessment assessment, Consent consent) {
        if (consent == Consent.GIVEN) {
            return new Result(assessment, false);
        }
        return switch (assessment.route()) {
            // The level stays: the need is recorded even though the family declined the help.
            case EARLY_HELP -> new Result(
                    assessment.then(assessment.level(), Route.NO_FURTHER_ACTION, notGiven.get(consent)), false);
            case MASH, STRATEGY_MEETING -> new Result(
                    assessment.then(assessment.level(), assessment.route(), overridden.get(consent)), true);
            case NO_FURTHER_ACTION -> new Result(assessment, false);
        };
    }
}
