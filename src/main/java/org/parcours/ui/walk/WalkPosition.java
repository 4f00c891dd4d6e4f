package org.parcours.ui.walk;

import org.parcours.ui.Routes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parcours.engine.Evaluation;
import org.parcours.questionnaire.Phase;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Questionnaire;

/**
 * A page of the walk: a phase, and which part of it when the phase is long. A long phase is cut into parts of
 * at most {@value #MAX_QUESTIONS_PER_PART} questions, balanced, in question order, so that a page stays short on a
 * phone and light on the server. Parts whose questions are all hidden are skipped when moving on or back.
 *
 * @param part 1-based
 */
record WalkPosition(Phase phase, int part) {

    static final int MAX_QUESTIONS_PER_PART = 5;

    static List<List<Question>> parts(Phase phase) {
        List<Question> questions = phase.questions();
        int count = Math.max(1, (questions.size() + MAX_QUESTIONS_PER_PART - 1) / MAX_QUESTIONS_PER_PART);
        int size = (questions.size() + count - 1) / count;
        List<List<Question>> parts = new ArrayList<>();
        for (int from = 0; from < questions.size(); from += size) {
            parts.add(questions.subList(from, Math.min(questions.size(), from + size)));
        }
        return parts.isEmpty() ? List.of(List.of()) : parts;
    }

    /** The part of a phase that holds a question. */
    static Optional<WalkPosition> of(Questionnaire questionnaire, String questionId) {
        return questionnaire.question(questionId).flatMap(question -> questionnaire.phase(question.phaseId()))
                .map(phase -> {
                    List<List<Question>> parts = parts(phase);
                    for (int i = 0; i < parts.size(); i++) {
                        if (parts.get(i).stream().anyMatch(q -> q.id().equals(questionId))) {
                            return new WalkPosition(phase, i + 1);
                        }
                    }
                    return new WalkPosition(phase, 1);
                });
    }

    List<Question> questions() {
        return parts(phase).get(part - 1);
    }

    int partCount() {
        return parts(phase).size();
    }

    boolean exists() {
        return part >= 1 && part <= partCount();
    }

    /** The next page with a visible question, in this phase or the following ones; empty after the last. */
    Optional<WalkPosition> next(Evaluation evaluation) {
        List<WalkPosition> all = all(evaluation.questionnaire());
        for (int i = all.indexOf(this) + 1; i < all.size(); i++) {
            if (all.get(i).hasVisibleQuestion(evaluation)) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /** The previous page with a visible question; empty before the first. */
    Optional<WalkPosition> previous(Evaluation evaluation) {
        List<WalkPosition> all = all(evaluation.questionnaire());
        for (int i = all.indexOf(this) - 1; i >= 0; i--) {
            if (all.get(i).hasVisibleQuestion(evaluation)) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    String route(String token) {
        return route(phaseId -> Routes.phase(token, phaseId));
    }

    /** The page's address from the address of its phase's first page. */
    String route(java.util.function.Function<String, String> phaseRoute) {
        String first = phaseRoute.apply(phase.id());
        return part == 1 ? first : first + "/" + part;
    }

    private boolean hasVisibleQuestion(Evaluation evaluation) {
        return questions().stream().anyMatch(q -> evaluation.isVisible(q.id()));
    }

    private static List<WalkPosition> all(Questionnaire questionnaire) {
        List<WalkPosition> all = new ArrayList<>();
        for (Phase phase : questionnaire.phases()) {
            for (int part = 1; part <= parts(phase).size(); part++) {
                all.add(new WalkPosition(phase, part));
            }
        }
        return all;
    }
}
