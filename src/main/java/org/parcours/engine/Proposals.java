package org.parcours.engine;

import java.util.List;
import java.util.Optional;
import org.parcours.questionnaire.Option;
import org.parcours.questionnaire.Question;

/** The agreed answer proposed from several members' answers ({@link Comparison} states the rules). */
final class Proposals {

    private Proposals() {
    }

    static Optional<AnswerValue> of(Question q, List<AnswerValue> values, Optional<NumberRange> range) {
        return switch (q.type()) {
            case SINGLE -> mode(q, values);
            case BOOLEAN -> {
                long yes = values.stream().filter(new AnswerValue.Bool(true)::equals).count();
                yield Optional.of(new AnswerValue.Bool(yes > values.size() - yes));
            }
            case SCALE -> range.map(r -> new AnswerValue.Number(Math.ceil(r.median() - 0.5)));
            case NUMBER -> range.map(r -> new AnswerValue.Number(r.median()));
            case MULTIPLE -> majority(q, values);
            case TEXT -> Optional.empty();
        };
    }

    /** The option most chosen; a tie goes to the one listed first. */
    private static Optional<AnswerValue> mode(Question q, List<AnswerValue> values) {
        Option best = null;
        long bestCount = 0;
        for (Option o : q.options()) {
            long count = values.stream().filter(new AnswerValue.Choice(o.id())::equals).count();
            if (count > bestCount) {
                best = o;
                bestCount = count;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new AnswerValue.Choice(best.id()));
    }

    /** The options chosen by more than half of the members who answered, in the question's order. */
    private static Optional<AnswerValue> majority(Question q, List<AnswerValue> values) {
        List<String> chosen = q.options().stream().map(Option::id)
                .filter(id -> 2 * values.stream().filter(v -> DivergenceIndex.keys(v).contains(id)).count()
                        > values.size())
                .toList();
        return chosen.isEmpty() ? Optional.empty() : Optional.of(new AnswerValue.Choices(chosen));
    }
}
