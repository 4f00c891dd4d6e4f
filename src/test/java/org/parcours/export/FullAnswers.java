package org.parcours.export;

import java.util.List;
import org.parcours.engine.AnswerValue;
import org.parcours.engine.Answers;
import org.parcours.questionnaire.Option;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Questionnaire;

/**
 * A deterministic, valid answer to every question (hidden ones too: the engine ignores them), so a benchmark
 * report carries many answers, speed-boat notes and recommendations: the first real option of a single question,
 * the first two combinable options of a multiple one, the top of a scale, yes, the lower bound or 10, and a text.
 */
final class FullAnswers {

    private FullAnswers() {
    }

    static Answers of(Questionnaire questionnaire) {
        Answers answers = Answers.empty();
        for (Question q : questionnaire.questions()) {
            List<String> options = q.options().stream().filter(o -> !o.dontKnow() && !o.exclusive())
                    .map(Option::id).toList();
            AnswerValue value = switch (q.type()) {
                case SINGLE -> new AnswerValue.Choice(options.isEmpty() ? q.options().getFirst().id() : options.getFirst());
                case MULTIPLE -> new AnswerValue.Choices(options.subList(0, Math.min(2, options.size())));
                case SCALE -> new AnswerValue.Number(q.max().orElse(1));
                case NUMBER -> new AnswerValue.Number(q.min().orElse(10));
                case BOOLEAN -> new AnswerValue.Bool(true);
                case TEXT -> new AnswerValue.Text("Un commun numérique utilisé par dix collectivités d'ici 2028.");
            };
            answers = answers.with(q.id(), value);
        }
        return answers;
    }
}
