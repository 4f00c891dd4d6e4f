package org.parcours.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parcours.questionnaire.Bindings;
import org.parcours.questionnaire.Phase;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Questionnaire;

/**
 * One evaluation run. Order matters and follows the data: checks, visibility (in the questionnaire's
 * visibility order, so a question's condition only reads questions already decided), progress, scores,
 * then recommendations (which may read scores) and the speed boat.
 */
final class Evaluator implements Bindings {

    private static final Double ZERO = 0.0;

    private final Questionnaire questionnaire;
    private final Answers answers;
    private final Map<String, AnswerValue> valid = new HashMap<>();
    private final Map<String, List<AnswerProblem>> problems = new LinkedHashMap<>();
    private final Set<String> visible = new HashSet<>();
    private Map<String, Double> celScores = Map.of();

    Evaluator(Questionnaire questionnaire, Answers answers) {
        this.questionnaire = questionnaire;
        this.answers = answers;
    }

    Evaluation run() {
        checkAnswers();
        decideVisibility();
        Set<String> visibleInOrder = new LinkedHashSet<>();
        questionnaire.questions().forEach(q -> {
            if (visible.contains(q.id())) visibleInOrder.add(q.id());
        });
        Map<String, DimensionScore> scores = Scorer.scores(questionnaire, this::validVisibleAnswer);
        Map<String, Double> cel = new HashMap<>();
        scores.forEach((id, s) -> cel.put(id, s.asCelValue()));
        celScores = Collections.unmodifiableMap(cel);
        List<RankedRecommendation> recommendations = Ranker.rank(questionnaire, this);
        Speedboat speedboat = Speedboats.of(questionnaire, this::validVisibleAnswer);
        return new Evaluation(questionnaire, answers, Collections.unmodifiableSet(visibleInOrder),
                Collections.unmodifiableMap(problems), progress(questionnaire.questions()), progressByPhase(),
                scores, recommendations, speedboat);
    }

    private void checkAnswers() {
        answers.asMap().forEach((id, value) -> {
            List<AnswerProblem> found = AnswerChecker.check(questionnaire, id, value);
            if (found.isEmpty()) {
                valid.put(id, value);
            } else {
                problems.put(id, found);
            }
        });
    }

    private void decideVisibility() {
        for (Question q : questionnaire.questionsInVisibilityOrder()) {
            if (q.visibleIf().map(c -> c.test(this)).orElse(true)) {
                visible.add(q.id());
            }
        }
    }

    private Progress progress(List<Question> questions) {
        int shown = 0;
        int answered = 0;
        for (Question q : questions) {
            if (visible.contains(q.id())) {
                shown++;
                if (valid.containsKey(q.id())) answered++;
            }
        }
        return new Progress(answered, shown);
    }

    private Map<String, Progress> progressByPhase() {
        Map<String, Progress> byPhase = new LinkedHashMap<>();
        for (Phase phase : questionnaire.phases()) {
            byPhase.put(phase.id(), progress(phase.questions()));
        }
        return Collections.unmodifiableMap(byPhase);
    }

    /** The answer the engine uses: only a valid answer to a visible question counts. */
    AnswerValue validVisibleAnswer(String questionId) {
        return visible.contains(questionId) ? valid.get(questionId) : null;
    }

    @Override
    public Object value(String questionId) {
        AnswerValue answer = validVisibleAnswer(questionId);
        if (answer != null) {
            return switch (answer) {
                case AnswerValue.Choice c -> c.option();
                case AnswerValue.Choices c -> c.options();
                case AnswerValue.Number n -> n.value();
                case AnswerValue.Bool b -> b.value();
                case AnswerValue.Text t -> t.text();
            };
        }
        return questionnaire.question(questionId).map(q -> defaultValue(q)).orElse("");
    }

    private static Object defaultValue(Question q) {
        return switch (q.type()) {
            case SINGLE, TEXT -> "";
            case MULTIPLE -> List.of();
            case SCALE, NUMBER -> ZERO;
            case BOOLEAN -> Boolean.FALSE;
        };
    }

    @Override
    public boolean answered(String questionId) {
        return validVisibleAnswer(questionId) != null;
    }

    @Override
    public Map<String, Double> scores() {
        return celScores;
    }

}
