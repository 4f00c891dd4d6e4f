package org.parcours.ui.walk;

import java.util.List;
import org.parcours.questionnaire.Question;
import org.parcours.ui.component.LightOption;

/** A question's options as the options of a light group: each by its id, labelled in the page's language. */
final class Choices {

    private Choices() {
    }

    static List<LightOption> of(Question question, String locale) {
        return question.options().stream().map(option -> new LightOption(option.id(), option.label().in(locale)))
                .toList();
    }
}
