package org.parcours.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parcours.questionnaire.Option;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.QuestionType;
import org.parcours.questionnaire.Questionnaire;

/** The rules one answer must follow, whatever the question's visibility. */
final class AnswerChecker {

    private AnswerChecker() {
    }

    static List<AnswerProblem> check(Questionnaire questionnaire, String questionId, AnswerValue value) {
        return questionnaire.question(questionId)
                .map(q -> check(q, value))
                .orElseGet(() -> List.of(problem(questionId, ProblemCode.UNKNOWN_QUESTION, questionId)));
    }

    static List<AnswerProblem> check(Question q, AnswerValue value) {
        return switch (value) {
            case AnswerValue.Choice c when q.type() == QuestionType.SINGLE -> checkOption(q, c.option());
            case AnswerValue.Choices c when q.type() == QuestionType.MULTIPLE -> checkOptions(q, c.options());
            case AnswerValue.Number n when q.type() == QuestionType.SCALE || q.type() == QuestionType.NUMBER ->
                    checkNumber(q, n.value());
            case AnswerValue.Bool b when q.type() == QuestionType.BOOLEAN -> List.of();
            case AnswerValue.Text t when q.type() == QuestionType.TEXT -> checkText(q, t.text());
            default -> List.of(new AnswerProblem(q.id(), ProblemCode.WRONG_TYPE, Messages.wrongType(q.type())));
        };
    }

    private static List<AnswerProblem> checkOption(Question q, String option) {
        return q.option(option).isPresent() ? List.of()
                : List.of(problem(q.id(), ProblemCode.UNKNOWN_OPTION, option));
    }

    private static List<AnswerProblem> checkOptions(Question q, List<String> options) {
        List<AnswerProblem> problems = new ArrayList<>(0);
        Set<String> seen = new HashSet<>();
        for (String id : options) {
            if (!seen.add(id)) {
                problems.add(problem(q.id(), ProblemCode.DUPLICATE_OPTION, id));
                continue;
            }
            Optional<Option> o = q.option(id);
            if (o.isEmpty()) {
                problems.add(problem(q.id(), ProblemCode.UNKNOWN_OPTION, id));
            } else if (o.get().exclusive() && options.size() > 1) {
                problems.add(problem(q.id(), ProblemCode.EXCLUSIVE_COMBINED, id));
            }
        }
        return problems;
    }

    private static List<AnswerProblem> checkNumber(Question q, double v) {
        String shown = Messages.number(v);
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return List.of(new AnswerProblem(q.id(), ProblemCode.WRONG_TYPE, Messages.wrongType(q.type())));
        }
        if (q.type() == QuestionType.SCALE && v != Math.rint(v)) {
            return List.of(problem(q.id(), ProblemCode.NOT_AN_INTEGER, shown));
        }
        boolean low = q.min().isPresent() && v < q.min().getAsDouble();
        boolean high = q.max().isPresent() && v > q.max().getAsDouble();
        if (!low && !high) return List.of();
        if (q.min().isPresent() && q.max().isPresent()) {
            return List.of(new AnswerProblem(q.id(), ProblemCode.OUT_OF_RANGE, Messages.text("OUT_OF_RANGE", shown,
                    Messages.number(q.min().getAsDouble()), Messages.number(q.max().getAsDouble()))));
        }
        return List.of(low
                ? new AnswerProblem(q.id(), ProblemCode.OUT_OF_RANGE,
                        Messages.text("BELOW_MIN", shown, Messages.number(q.min().getAsDouble())))
                : new AnswerProblem(q.id(), ProblemCode.OUT_OF_RANGE,
                        Messages.text("ABOVE_MAX", shown, Messages.number(q.max().getAsDouble()))));
    }

    private static List<AnswerProblem> checkText(Question q, String text) {
        int length = text.codePointCount(0, text.length());
        return length <= q.maxLength() ? List.of()
                : List.of(problem(q.id(), ProblemCode.TOO_LONG, Integer.toString(q.maxLength()),
                        Integer.toString(length)));
    }

    private static AnswerProblem problem(String questionId, ProblemCode code, String... args) {
        return new AnswerProblem(questionId, code, Messages.text(code.name(), (Object[]) args));
    }
}
