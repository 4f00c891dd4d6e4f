package org.parcours.questionnaire.yaml;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.parcours.questionnaire.Component;
import org.parcours.questionnaire.Condition;
import org.parcours.questionnaire.Conditions;
import org.parcours.questionnaire.Dimension;
import org.parcours.questionnaire.Option;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.QuestionType;
import org.parcours.questionnaire.Recommendation;

/**
 * Warns about options that change nothing: choosing them moves no score, puts nothing on the speed boat and no
 * expression tells them apart, so the team's answer is lost. An option changes something when it has points, or
 * belongs to a scored single question (its points, even 0, are a step of that question's scale), or has a
 * speed-boat mark, or is named (its id as a string literal) in an expression that reads its question. "Don't
 * know" and exclusive options are meant to change nothing.
 */
final class IdleOptions {

    private IdleOptions() {
    }

    static void warn(List<Question> questions, List<Dimension> dimensions, List<Component> components,
                     List<Recommendation> recommendations, BiFunction<String, String, YNode.Loc> placeOf,
                     Problems problems) {
        Map<String, Set<String>> named = named(Conditions.of(questions, dimensions, components, recommendations));
        for (Question q : questions) {
            if (!q.type().hasOptions()) continue;
            boolean scoredSingle = q.type() == QuestionType.SINGLE
                    && q.options().stream().anyMatch(o -> !o.points().isEmpty());
            for (Option o : q.options()) {
                if (o.dontKnow() || o.exclusive() || scoredSingle || o.speedboat().isPresent()) continue;
                if (o.points().values().stream().anyMatch(p -> p != 0)) continue;
                if (named.getOrDefault(q.id(), Set.of()).contains(o.id())) continue;
                problems.warn(placeOf.apply(q.id(), o.id()), "option '" + o.id() + "' of '" + q.id()
                        + "' changes nothing: it has no points, no speedboat mark, and no expression reading '"
                        + q.id() + "' names it; score it, place it on the speed boat, use it in a condition, "
                        + "or remove it");
            }
        }
    }

    /** The string literals of the expressions that read each question, by question id. */
    private static Map<String, Set<String>> named(List<Condition> conditions) {
        Map<String, Set<String>> named = new HashMap<>();
        for (Condition c : conditions) {
            for (String q : c.readsQuestions()) named.computeIfAbsent(q, k -> new HashSet<>()).addAll(c.stringLiterals());
        }
        return named;
    }
}
