package org.parcours.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parcours.questionnaire.Bindings;
import org.parcours.questionnaire.Component;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Questionnaire;

/**
 * One evaluation run. Order matters and follows the data: checks, visibility (in the questionnaire's
 * visibility order, so a question's condition only reads questions already decided), progress, scores (with
 * their caps and messages, which read answers), components, then recommendations (which may read scores) and the
 * speed boat. Questions are held in arrays indexed
 * as in {@link Questionnaire#questions()}, the numbering conditions read by.
 */
final class Evaluator implements Bindings {

    private final Questionnaire questionnaire;
    private final Answers answers;
    private final EvaluationPlan plan;
    /** Valid answers by question index (null: no valid answer). */
    private final AnswerValue[] valid;
    private final boolean[] visible;
    /** What expressions read, by question index, filled as visibility is decided. */
    private final Object[] cel;
    private final Map<String, List<AnswerProblem>> problems = new LinkedHashMap<>();
    private Map<String, Double> celScores = Map.of();

    Evaluator(Questionnaire questionnaire, Answers answers) {
        this.questionnaire = questionnaire;
        this.answers = answers;
        this.plan = EvaluationPlan.of(questionnaire);
        int n = plan.questions.length;
        this.valid = new AnswerValue[n];
        this.visible = new boolean[n];
        this.cel = new Object[n];
    }

    Evaluation run() {
        checkAnswers();
        decideVisibility();
        Set<String> visibleInOrder = new LinkedHashSet<>();
        for (int i = 0; i < plan.questions.length; i++) {
            if (visible[i]) visibleInOrder.add(plan.questions[i].id());
        }
        AnswerValue[] used = new AnswerValue[valid.length]; // what scores and the speed boat count
        for (int i = 0; i < used.length; i++) {
            if (visible[i]) used[i] = valid[i];
        }
        Map<String, DimensionScore> scores = Scorer.scores(plan, used, this);
        Map<String, Double> cel = new HashMap<>();
        scores.forEach((id, s) -> cel.put(id, s.asCelValue()));
        celScores = Collections.unmodifiableMap(cel);
        boolean[] present = new boolean[plan.components.size()];
        List<Component> components = new ArrayList<>(present.length);
        for (int c = 0; c < present.length; c++) {
            Component component = plan.components.get(c);
            present[c] = component.condition().isEmpty() || component.condition().get().test(this);
            if (present[c]) components.add(component);
        }
        Ranker.Result ranking = Ranker.rank(plan, this, present);
        Speedboat speedboat = SpeedboatCollector.of(questionnaire, used, plan.index);
        Map<String, Progress> byPhase = progressByPhase();
        Progress overall = byPhase.values().stream()
                .reduce(new Progress(0, 0), (a, b) -> new Progress(a.answered() + b.answered(), a.visible() + b.visible()));
        return new Evaluation(questionnaire, answers, Collections.unmodifiableSet(visibleInOrder),
                Collections.unmodifiableMap(problems), overall, byPhase, missingRequired(), scores,
                Collections.unmodifiableList(components), ranking.ranked(), ranking.excluded(), speedboat);
    }

    private void checkAnswers() {
        answers.asMap().forEach((id, value) -> {
            Integer i = plan.index.get(id);
            List<AnswerProblem> found = i == null ? AnswerChecker.check(questionnaire, id, value)
                    : AnswerChecker.check(plan.questions[i], value);
            if (found.isEmpty() && i != null) {
                valid[i] = value;
            } else {
                problems.put(id, found);
            }
        });
    }

    /** Hidden questions cost nothing more: they read as their default and their answer is not converted. */
    private void decideVisibility() {
        for (int i : plan.visibilityOrder) {
            Question q = plan.questions[i];
            boolean shown = q.visibleIf().isEmpty() || q.visibleIf().get().test(this);
            visible[i] = shown;
            cel[i] = shown && valid[i] != null ? celValue(valid[i]) : plan.defaults[i];
        }
    }

    private static Object celValue(AnswerValue answer) {
        return switch (answer) {
            case AnswerValue.Choice c -> c.option();
            case AnswerValue.Choices c -> c.options();
            case AnswerValue.Number n -> n.value();
            case AnswerValue.Bool b -> b.value();
            case AnswerValue.Text t -> t.text();
        };
    }

    /** Progress over the given question indexes. */
    private Progress progress(int[] indexes) {
        int shown = 0;
        int answered = 0;
        for (int i : indexes) {
            if (visible[i]) {
                shown++;
                if (valid[i] != null) answered++;
            }
        }
        return new Progress(answered, shown);
    }

    private Map<String, Progress> progressByPhase() {
        Map<String, Progress> byPhase = new LinkedHashMap<>();
        for (int p = 0; p < plan.phaseIds.length; p++) {
            byPhase.put(plan.phaseIds[p], progress(plan.phaseQuestions[p]));
        }
        return Collections.unmodifiableMap(byPhase);
    }

    /** Visible required questions without a valid answer, in questionnaire order. */
    private List<String> missingRequired() {
        List<String> missing = new ArrayList<>(0);
        for (int i : plan.required) {
            if (visible[i] && valid[i] == null) missing.add(plan.questions[i].id());
        }
        return Collections.unmodifiableList(missing);
    }

    @Override
    public Object value(int index) {
        Object v = cel[index];
        return v != null ? v : plan.defaults[index]; // not decided yet: reads as hidden
    }

    @Override
    public boolean answered(int index) {
        return visible[index] && valid[index] != null;
    }

    @Override
    public Map<String, Double> scores() {
        return celScores;
    }
}
