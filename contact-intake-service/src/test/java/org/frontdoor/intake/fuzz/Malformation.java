package org.frontdoor.intake.fuzz;

import java.util.List;
import java.util.function.Consumer;

/**
 * One way of breaking a valid request so that it is certainly invalid, whatever valid request it
 * starts from.
 *
 * @param targets the endpoints it applies to
 * @param weight  how often it is chosen, relative to the others
 */
record Malformation(String name, List<Target> targets, int weight, Consumer<Draft> breakIt) {

    static final List<Target> ANY = List.of(Target.CONTACT, Target.POLICE_NOTIFICATION, Target.SCHOOL_NOTIFICATION);
    static final List<Target> CONTACTS = List.of(Target.CONTACT);
    static final List<Target> NOTIFICATIONS = List.of(Target.POLICE_NOTIFICATION, Target.SCHOOL_NOTIFICATION);
    static final List<Target> POLICE = List.of(Target.POLICE_NOTIFICATION);
    static final List<Target> SCHOOL = List.of(Target.SCHOOL_NOTIFICATION);

    private static final int USUAL_WEIGHT = 10;

    Malformation(String name, List<Target> targets, Consumer<Draft> breakIt) {
        this(name, targets, USUAL_WEIGHT, breakIt);
    }
}
