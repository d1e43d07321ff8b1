package org.frontdoor.strategy.web;

final class CaseNotFound extends RuntimeException {

    CaseNotFound() {
        super("There is no strategy case with this id.", null, false, false);
    }
}
