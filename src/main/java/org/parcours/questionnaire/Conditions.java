package org.parcours.questionnaire;

import java.util.ArrayList;
import java.util.List;

/** Every compiled expression of a questionnaire's parts, wherever it is written. */
public final class Conditions {

    private Conditions() {
    }

    /**
     * visible_if of the questions, caps and message variants of the dimensions, the components' {@code if}, and
     * the recommendations' when, requires and fit: in that order, repeats included.
     */
    public static List<Condition> of(List<Question> questions, List<Dimension> dimensions,
                                     List<Component> components, List<Recommendation> recommendations) {
        List<Condition> all = new ArrayList<>();
        questions.forEach(q -> q.visibleIf().ifPresent(all::add));
        for (Dimension d : dimensions) {
            d.caps().stream().map(Cap::condition).forEach(all::add);
            for (Band b : d.bands()) b.variants().stream().map(MessageVariant::condition).forEach(all::add);
        }
        components.forEach(c -> c.condition().ifPresent(all::add));
        for (Recommendation r : recommendations) {
            r.when().ifPresent(all::add);
            r.requires().stream().map(Requirement::condition).forEach(all::add);
            r.fit().stream().map(FitCriterion::condition).forEach(all::add);
        }
        return List.copyOf(all);
    }
}
