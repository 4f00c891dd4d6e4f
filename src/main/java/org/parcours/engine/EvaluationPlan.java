package org.parcours.engine;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.parcours.questionnaire.Phase;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Questionnaire;

/**
 * What an evaluation needs to know about a questionnaire and which never changes: each question's index
 * in {@link Questionnaire#questions()} (the numbering conditions read by), its CEL default value, the
 * visibility order and each phase's questions as indexes. Computed once per questionnaire.
 */
final class EvaluationPlan {

    private static final Double ZERO = 0.0;
    private static final Map<Questionnaire, EvaluationPlan> PLANS = Collections.synchronizedMap(new WeakHashMap<>());

    final Question[] questions;
    final Map<String, Integer> index;
    final Object[] defaults;
    final int[] visibilityOrder;
    final String[] phaseIds;
    final int[][] phaseQuestions;

    private EvaluationPlan(Questionnaire questionnaire) {
        List<Question> all = questionnaire.questions();
        questions = all.toArray(new Question[0]);
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < questions.length; i++) byId.put(questions[i].id(), i);
        index = Collections.unmodifiableMap(byId); // a HashMap: Map.copyOf's probing was a third of an evaluation
        defaults = new Object[questions.length];
        for (int i = 0; i < questions.length; i++) defaults[i] = defaultValue(questions[i]);
        visibilityOrder = questionnaire.questionsInVisibilityOrder().stream().mapToInt(q -> index.get(q.id())).toArray();
        List<Phase> phases = questionnaire.phases();
        phaseIds = new String[phases.size()];
        phaseQuestions = new int[phases.size()][];
        for (int p = 0; p < phases.size(); p++) {
            phaseIds[p] = phases.get(p).id();
            phaseQuestions[p] = phases.get(p).questions().stream().mapToInt(q -> index.get(q.id())).toArray();
        }
    }

    static EvaluationPlan of(Questionnaire questionnaire) {
        return PLANS.computeIfAbsent(questionnaire, EvaluationPlan::new);
    }

    /** The value an expression reads for a hidden or unanswered question (contract §6). */
    static Object defaultValue(Question q) {
        return switch (q.type()) {
            case SINGLE, TEXT -> "";
            case MULTIPLE -> List.of();
            case SCALE, NUMBER -> ZERO;
            case BOOLEAN -> Boolean.FALSE;
        };
    }
}
