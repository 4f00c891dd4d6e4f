package org.parcours.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Questionnaire;

/** Turns answers read from YAML/JSON into typed answers, reporting what does not fit. */
final class RawAnswers {

    /** Keys an answers file may hold besides question ids (contract §9). */
    static final Set<String> METADATA_KEYS = Set.of("questionnaire", "version", "locale", "date");

    private RawAnswers() {
    }

    static Answers.Parsed convert(Questionnaire questionnaire, Map<String, ?> raw) {
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        List<AnswerProblem> problems = new ArrayList<>();
        raw.forEach((id, value) -> {
            if (METADATA_KEYS.contains(id) || value == null) return;
            Optional<Question> question = questionnaire.question(id);
            if (question.isEmpty()) {
                problems.addAll(AnswerChecker.check(questionnaire, id, new AnswerValue.Text("")));
                return;
            }
            Optional<AnswerValue> typed = typed(question.get(), value);
            if (typed.isEmpty()) {
                problems.add(new AnswerProblem(id, ProblemCode.WRONG_TYPE, Messages.wrongType(question.get().type())));
                return;
            }
            values.put(id, typed.get());
            problems.addAll(AnswerChecker.check(question.get(), typed.get()));
        });
        return new Answers.Parsed(Answers.of(values), problems);
    }

    static Optional<AnswerValue> typed(Question q, Object value) {
        return switch (q.type()) {
            case SINGLE -> value instanceof String s ? Optional.of(new AnswerValue.Choice(s)) : Optional.empty();
            case MULTIPLE -> choices(value);
            case SCALE, NUMBER -> value instanceof java.lang.Number n
                    ? Optional.of(new AnswerValue.Number(n.doubleValue())) : Optional.empty();
            case BOOLEAN -> value instanceof Boolean b ? Optional.of(new AnswerValue.Bool(b)) : Optional.empty();
            case TEXT -> value instanceof String s ? Optional.of(new AnswerValue.Text(s)) : Optional.empty();
        };
    }

    private static Optional<AnswerValue> choices(Object value) {
        if (value instanceof String s) return Optional.of(new AnswerValue.Choices(List.of(s)));
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            return Optional.empty();
        }
        return Optional.of(new AnswerValue.Choices(list.stream().map(String.class::cast).toList()));
    }
}
