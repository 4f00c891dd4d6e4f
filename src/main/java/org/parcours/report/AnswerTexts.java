package org.parcours.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.parcours.engine.AnswerValue;
import org.parcours.engine.Evaluation;
import org.parcours.questionnaire.Phase;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.QuestionType;

/**
 * The answers appendix: each visible question holding a valid answer, shown as the team would read it.
 * Answers to hidden questions, and answers the engine refused, are left out.
 */
final class AnswerTexts {

    private final String locale;
    private final ReportLabels labels;
    private final QuestionRefs questions;

    AnswerTexts(String locale, ReportLabels labels, QuestionRefs questions) {
        this.locale = locale;
        this.labels = labels;
        this.questions = questions;
    }

    List<AnswerLine> of(Evaluation evaluation) {
        List<AnswerLine> lines = new ArrayList<>();
        for (Phase phase : evaluation.questionnaire().phases()) {
            for (Question q : phase.questions()) {
                if (!evaluation.isVisible(q.id()) || !evaluation.problems(q.id()).isEmpty()) continue;
                evaluation.answers().get(q.id()).ifPresent(value -> lines.add(new AnswerLine(phase.id(),
                        phase.title().in(locale), questions.ref(q), shown(q, value))));
            }
        }
        return lines;
    }

    /** One answer in words: option labels, numbers with their unit, yes/no, text exactly as typed. */
    String shown(Question q, AnswerValue value) {
        return switch (value) {
            case AnswerValue.Choice c -> questions.optionLabel(q, c.option());
            case AnswerValue.Choices c -> c.options().stream().map(id -> questions.optionLabel(q, id))
                    .collect(Collectors.joining(labels.get("label.list_separator")));
            case AnswerValue.Number n -> number(q, n.value());
            case AnswerValue.Bool b -> labels.get(b.value() ? "label.yes" : "label.no");
            case AnswerValue.Text t -> t.text();
        };
    }

    private String number(Question q, double value) {
        String shown = Formats.number(value, locale);
        if (q.type() == QuestionType.SCALE && q.max().isPresent()) {
            return shown + " / " + Formats.number(q.max().getAsDouble(), locale);
        }
        return q.unit().map(u -> shown + "\u00A0" + u.in(locale)).orElse(shown);
    }
}
