package org.frontdoor.benchmarks;

/**
 * The contacts the benchmarks submit: one child each, a distinct child every time (so each is a
 * first contact and the history stores grow as they would), and a mix of indicators that sends
 * children down every route, including the strategy meetings that open section 47 cases.
 */
final class SampleContacts {

    private static final String[] INDICATORS = {
            "{\"code\": \"INJURY\", \"explained\": false}",
            "{\"code\": \"DOMESTIC_ABUSE\", \"dashRisk\": \"MEDIUM\"}",
            "{\"code\": \"NEGLECT\"}",
            "{\"code\": \"SCHOOL_ATTENDANCE\"}",
            "{\"code\": \"UNIVERSAL_ADVICE\"}"};

    private final String run;

    SampleContacts(String run) {
        this.run = run;
    }

    String contact(int n) {
        return """
                {"channel": "PHONE", "referralSource": "2A",
                 "referrer": {"name": "A Teacher", "organisation": "Hill Primary", "role": "DSL"},
                 "children": [{"localId": "BENCH-%s-%d", "firstName": "Child", "lastName": "Bench%d",
                               "dateOfBirth": "2016-05-01", "sex": "U"}],
                 "indicators": [%s],
                 "immediateRisk": false, "consent": "GIVEN", "summary": "Benchmark contact"}
                """.formatted(run, n, n, INDICATORS[n % INDICATORS.length]);
    }
}
