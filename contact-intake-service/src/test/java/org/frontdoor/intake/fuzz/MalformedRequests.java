package org.frontdoor.intake.fuzz;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

/**
 * The fuzz test's requests: the n-th request depends on the seed and n only, so any one of them can
 * be made again, in any order, on any thread.
 */
final class MalformedRequests {

    private static final long SPREAD = 0x9E3779B97F4A7C15L;

    private final long seed;
    private final Draft.OthersIds othersIds;
    private final LocalDate today;
    private final Instant now;
    private final int totalWeight = Malformations.totalWeight();

    MalformedRequests(long seed, Draft.OthersIds othersIds, LocalDate today, Instant now) {
        this.seed = seed;
        this.othersIds = othersIds;
        this.today = today;
        this.now = now;
    }

    MalformedRequest generate(int index) {
        Random random = new Random(seed + index * SPREAD);
        Draft chooser = new Draft(random, Target.CONTACT, othersIds, today, now);
        Malformation malformation = Malformations.pick(chooser, totalWeight);
        Target target = chooser.pick(malformation.targets());
        Draft draft = new Draft(random, target, othersIds, today, now);
        ValidSubmissions.fill(draft);
        malformation.breakIt().accept(draft);
        boolean hasBody = !draft.method.equals("GET");
        return new MalformedRequest(index, malformation.name(), draft.method, draft.path, target,
                hasBody ? draft.contentType : null, hasBody ? draft.bytes() : null, draft.headers, draft.personal);
    }
}
