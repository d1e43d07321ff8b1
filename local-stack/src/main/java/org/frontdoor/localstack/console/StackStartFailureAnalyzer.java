package org.frontdoor.localstack.console;

import org.frontdoor.localstack.StackStartFailure;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows why the stack did not start as a short report, without a stack trace to dig through. */
class StackStartFailureAnalyzer extends AbstractFailureAnalyzer<StackStartFailure> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StackStartFailure cause) {
        return new FailureAnalysis(cause.problem(), cause.action(), cause);
    }
}
