package org.parcours.report;

import org.parcours.markup.Markdown;
import java.util.List;
import org.parcours.engine.RankedRecommendation;
import org.parcours.questionnaire.LocalizedText;
import org.parcours.questionnaire.Recommendation;

/** Resolves ranked recommendations to report items in one locale. */
final class ItemResolver {

    private final String locale;
    private final ReportLabels labels;
    private final QuestionRefs questions;

    ItemResolver(String locale, ReportLabels labels, QuestionRefs questions) {
        this.locale = locale;
        this.labels = labels;
        this.questions = questions;
    }

    ReportItem of(RankedRecommendation ranked) {
        Recommendation r = ranked.recommendation();
        List<Why> reasons = ranked.reasons().stream()
                .map(reason -> new Why(reason.because().in(locale), reason.weight(),
                        questions.refs(reason.questions())))
                .toList();
        return new ReportItem(r.id(), r.kind(), r.phase(), ranked.rank(), ranked.fit(), ranked.recommended(),
                r.title().in(locale), Markdown.render(r.summary().in(locale)), texts(r.pros()), texts(r.cons()),
                r.effort().id(), labels.get("effort." + r.effort().id()),
                r.examples().stream().map(e -> new Link(e.name(), e.url(),
                        e.note().map(n -> n.in(locale)).orElse(""))).toList(),
                r.sources().stream().map(s -> new Link(s.title(), s.url(), "")).toList(),
                reasons,
                r.paysFor().stream().map(p -> labels.get("pays_for." + p.id())).toList(),
                r.eligibility().map(e -> e.in(locale)),
                r.persona().map(p -> p.id()),
                r.persona().map(p -> labels.get("persona." + p.id())));
    }

    private List<String> texts(List<LocalizedText> texts) {
        return texts.stream().map(t -> t.in(locale)).toList();
    }
}
