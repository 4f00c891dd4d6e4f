package org.parcours.engine;

import java.util.List;

/** The lowest, middle and highest of several numbers; the median of an even count is the mean of the two middle ones. */
public record NumberRange(double min, double median, double max) {

    /** The range of a non-empty list of numbers. */
    static NumberRange of(List<Double> values) {
        if (values.isEmpty()) throw new IllegalArgumentException("no value");
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new NumberRange(sorted.getFirst(), median, sorted.getLast());
    }
}
