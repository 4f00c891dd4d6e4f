package org.parcours.questionnaire.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.parcours.questionnaire.Problem;

/** Collects every problem of a load, so authors see them all at once, and apart from them its warnings. */
final class Problems {

    private final List<Problem> list = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    /** Something questionable that does not stop the load. */
    void warn(YNode.Loc loc, String message) {
        warnings.add(loc.problem(message));
    }

    List<Problem> sortedWarnings() {
        List<Problem> copy = new ArrayList<>(warnings);
        Collections.sort(copy);
        return List.copyOf(copy);
    }

    void add(YNode.Loc loc, String message) {
        list.add(loc.problem(message));
    }

    void add(Problem problem) {
        list.add(problem);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        Collections.sort(copy);
        return List.copyOf(copy);
    }
}
