package org.parcours.operator.aggregate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * k: the fewest assessments any published figure may be computed over ({@code parcours.aggregates.threshold}, 5
 * by default as ODI Pathway recommends in production). Below 3 a figure can point at one team, so the start is
 * refused.
 */
@Component
public class AnonymityThreshold {

    static final int MINIMUM = 3;

    private final int k;

    AnonymityThreshold(@Value("${parcours.aggregates.threshold:5}") int k) {
        if (k < MINIMUM) {
            throw new IllegalStateException("parcours.aggregates.threshold is " + k + "; it may not be below "
                    + MINIMUM + ", or a figure could point at a single team");
        }
        this.k = k;
    }

    public int k() {
        return k;
    }
}
