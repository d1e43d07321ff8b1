package org.frontdoor.triage.rules;

/** The four levels of the English continuum of need (domain section 4). */
public enum ThresholdLevel {
    UNIVERSAL(1),
    ADDITIONAL(2),
    COMPLEX(3),
    ACUTE(4);

    private final int number;

    ThresholdLevel(int number) {
        this.number = number;
    }

    /** The level as staff and the events know it, 1 to 4. */
    public int number() {
        return number;
    }

    public static ThresholdLevel of(int number) {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A threshold level is 1 to 4, not " + number);
        }
        return values()[number - 1];
    }

    /** This level raised by some levels, never above ACUTE. */
    ThresholdLevel raisedBy(int levels) {
        return of(Math.min(ACUTE.number, number + levels));
    }
}
