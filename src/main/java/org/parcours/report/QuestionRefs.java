package org.parcours.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Questionnaire;

/** Turns question ids into references with their label in the report's locale, in questionnaire order. */
final class QuestionRefs {

    private final Questionnaire questionnaire;
    private final String locale;

    QuestionRefs(Questionnaire questionnaire, String locale) {
        this.questionnaire = questionnaire;
        this.locale = locale;
    }

    QuestionRef ref(Question q) {
        return new QuestionRef(q.id(), q.phaseId(), q.label().in(locale));
    }

    Optional<QuestionRef> ref(String questionId) {
        return questionnaire.question(questionId).map(this::ref);
    }

    /** An option's label in the report's locale (its id if the option is unknown). */
    String optionLabel(Question q, String optionId) {
        return q.option(optionId).map(o -> o.label().in(locale)).orElse(optionId);
    }

    /** The known questions among {@code ids}, in the order they are asked. */
    List<QuestionRef> refs(Collection<String> ids) {
        return questionnaire.questions().stream().filter(q -> ids.contains(q.id())).map(this::ref).toList();
    }
}
