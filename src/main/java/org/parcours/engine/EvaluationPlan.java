package org.parcours.engine;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.parcours.questionnaire.Component;
import org.parcours.questionnaire.Dimension;
import org.parcours.questionnaire.Phase;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.Recommendation;

/**
 * What an evaluation needs to know about a questionnaire and which never changes: each question's index
 * in {@link Questionnaire#questions()} (the numbering conditions read by), its CEL default value, the
 * visibility order, each phase's questions as indexes, what each scored question can attain per
 * dimension, and each recommendation's component as an index. Computed once per questionnaire: the one cache of the engine.
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
    final int[] required;
    final List<Dimension> dimensions;
    /** Indexes of the questions that can earn points in some dimension. */
    final int[] scored;
    /** {@code attainable[k][d]}: what question {@code scored[k]} can attain in dimension {@code d}. */
    final double[][] attainable;
    final List<Component> components;
    final List<Recommendation> recommendations;
    /** {@code componentOf[r]}: the index in {@code components} of recommendation r's component, or -1. */
    final int[] componentOf;

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
        required = indexes(Question::required);
        dimensions = questionnaire.dimensions();
        scored = indexes(q -> dimensions.stream().anyMatch(d -> Scorer.attainable(q, d.id()) > 0));
        attainable = new double[scored.length][dimensions.size()];
        for (int k = 0; k < scored.length; k++) {
            for (int d = 0; d < dimensions.size(); d++) {
                attainable[k][d] = Scorer.attainable(questions[scored[k]], dimensions.get(d).id());
            }
        }
        components = questionnaire.components();
        recommendations = questionnaire.recommendations();
        componentOf = recommendations.stream().mapToInt(r -> questionnaire.componentOrder(r.component())).toArray();
    }

    static EvaluationPlan of(Questionnaire questionnaire) {
        return PLANS.computeIfAbsent(questionnaire, EvaluationPlan::new);
    }

    private int[] indexes(Predicate<Question> which) {
        return IntStream.range(0, questions.length).filter(i -> which.test(questions[i])).toArray();
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
