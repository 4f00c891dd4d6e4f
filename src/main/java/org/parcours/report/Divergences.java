package org.parcours.report;

import java.util.List;
import java.util.Optional;
import org.parcours.engine.AnswerValue;
import org.parcours.engine.Comparison;
import org.parcours.engine.Evaluation;
import org.parcours.engine.NumberRange;
import org.parcours.engine.QuestionSpread;
import org.parcours.engine.ScoreSpread;
import org.parcours.engine.ValueCount;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.QuestionType;
import org.parcours.questionnaire.Questionnaire;

/** Resolves the engine's {@link Comparison} to the report's locale; it orders and words, it computes nothing. */
final class Divergences {

    private final String locale;
    private final ReportLabels labels;
    private final QuestionRefs questions;
    private final AnswerTexts texts;

    Divergences(Questionnaire questionnaire, String locale, ReportLabels labels) {
        this.locale = locale;
        this.labels = labels;
        this.questions = new QuestionRefs(questionnaire, locale);
        this.texts = new AnswerTexts(locale, labels, questions);
    }

    /** @param agreed the evaluation of the team's agreed answers, in a team report */
    Divergence of(Comparison comparison, Optional<Evaluation> agreed) {
        Questionnaire q = comparison.questionnaire();
        List<Divergence.Line> lines = comparison.questions().stream().map(s -> line(q, s, agreed)).toList();
        List<Divergence.ScoreRange> scores = comparison.scores().stream().map(this::score).toList();
        return new Divergence(comparison.members(), lines, scores);
    }

    private Divergence.Line line(Questionnaire questionnaire, QuestionSpread s, Optional<Evaluation> agreed) {
        Question q = s.question();
        String phase = questionnaire.phase(q.phaseId()).map(p -> p.title().in(locale)).orElse(q.phaseId());
        List<Divergence.Count> counts = s.counts().stream()
                .filter(c -> q.type() != QuestionType.SCALE || c.count() > 0)
                .map(c -> new Divergence.Count(c.value(), countLabel(q, c), c.count())).toList();
        Optional<Divergence.Shown> agreedAnswer = agreed
                .filter(e -> e.isVisible(q.id()) && e.problems(q.id()).isEmpty())
                .flatMap(e -> e.answers().get(q.id())).map(v -> shown(q, v));
        return new Divergence.Line(questions.ref(q), phase, s.divergence(), Formats.percent(100 * s.divergence(),
                locale), s.answered(), counts, s.range(), s.range().map(r -> range(r, v -> texts.shown(q, new AnswerValue.Number(v)))),
                s.proposal().map(v -> shown(q, v)), agreedAnswer);
    }

    private Divergence.Shown shown(Question q, AnswerValue v) {
        return new Divergence.Shown(v, texts.shown(q, v));
    }

    private String countLabel(Question q, ValueCount c) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> questions.optionLabel(q, c.value());
            case BOOLEAN -> labels.get(Boolean.parseBoolean(c.value()) ? "label.yes" : "label.no");
            default -> c.value();
        };
    }

    private Divergence.ScoreRange score(ScoreSpread s) {
        return new Divergence.ScoreRange(s.dimension().id(), s.dimension().title().in(locale), s.scored(), s.range(),
                s.range().map(r -> range(r, v -> Formats.percent(v, locale))));
    }

    private String range(NumberRange r, java.util.function.DoubleFunction<String> shown) {
        return labels.format("label.range", shown.apply(r.min()), shown.apply(r.median()), shown.apply(r.max()));
    }
}
