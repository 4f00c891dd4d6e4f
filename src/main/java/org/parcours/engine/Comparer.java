package org.parcours.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.parcours.questionnaire.Dimension;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.QuestionType;
import org.parcours.questionnaire.Questionnaire;

/** Computes a {@link Comparison}: each member evaluated alone, then every question's spread, index and proposal. */
final class Comparer {

    private final Questionnaire questionnaire;
    private final List<Evaluation> evaluations;

    Comparer(Questionnaire questionnaire, List<Answers> members) {
        this.questionnaire = questionnaire;
        this.evaluations = members.stream().map(a -> Engine.evaluate(questionnaire, a)).toList();
    }

    Comparison run() {
        List<QuestionSpread> spreads = new ArrayList<>();
        for (Question q : questionnaire.questions()) {
            if (q.type() == QuestionType.TEXT) continue;
            List<AnswerValue> taken = taken(q);
            if (!taken.isEmpty()) spreads.add(spread(q, taken));
        }
        // A stable sort: equal indexes stay in questionnaire order.
        spreads.sort(Comparator.comparingDouble(QuestionSpread::divergence).reversed());
        List<ScoreSpread> scores = questionnaire.dimensions().stream().map(this::scores).toList();
        return new Comparison(questionnaire, evaluations.size(), spreads, scores);
    }

    /** The answers the engine takes: valid, to a question visible to the member who gave it. */
    private List<AnswerValue> taken(Question q) {
        List<AnswerValue> values = new ArrayList<>();
        for (Evaluation e : evaluations) {
            if (!e.isVisible(q.id()) || !e.problems(q.id()).isEmpty()) continue;
            e.answers().get(q.id()).ifPresent(values::add);
        }
        return values;
    }

    private static QuestionSpread spread(Question q, List<AnswerValue> values) {
        Optional<NumberRange> range = q.type() == QuestionType.SCALE || q.type() == QuestionType.NUMBER
                ? Optional.of(NumberRange.of(numbers(values))) : Optional.empty();
        Optional<AnswerValue> proposal = Proposals.of(q, values, range)
                .filter(v -> AnswerChecker.check(q, v).isEmpty());
        return new QuestionSpread(q, values.size(), counts(q, values), range, DivergenceIndex.of(q, values), proposal);
    }

    private static List<ValueCount> counts(Question q, List<AnswerValue> values) {
        List<String> keys = switch (q.type()) {
            case SINGLE, MULTIPLE -> q.options().stream().map(o -> o.id()).toList();
            case BOOLEAN -> List.of("false", "true");
            case SCALE -> IntStream.rangeClosed((int) q.min().getAsDouble(), (int) q.max().getAsDouble())
                    .mapToObj(Integer::toString).toList();
            case NUMBER, TEXT -> List.of();
        };
        return keys.stream().map(k -> new ValueCount(k,
                (int) values.stream().filter(v -> DivergenceIndex.keys(v).contains(k)).count())).toList();
    }

    static List<Double> numbers(List<AnswerValue> values) {
        return values.stream().map(v -> ((AnswerValue.Number) v).value()).toList();
    }

    private ScoreSpread scores(Dimension d) {
        List<Double> percents = new ArrayList<>();
        evaluations.forEach(e -> e.score(d.id()).percent().ifPresent(percents::add));
        return new ScoreSpread(d, percents.size(),
                percents.isEmpty() ? Optional.empty() : Optional.of(NumberRange.of(percents)));
    }
}
