package org.parcours.report;

import org.parcours.markup.Markdown;
import org.parcours.markup.RichText;
import java.util.List;
import org.parcours.engine.ExcludedRecommendation;
import org.parcours.engine.RankedRecommendation;
import org.parcours.engine.Reason;
import org.parcours.questionnaire.LocalizedText;
import org.parcours.questionnaire.Recommendation;

/** Resolves ranked and excluded recommendations to report items in one locale. */
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
        List<Why> reasons = whys(ranked.reasons());
        return new ReportItem(r.id(), r.kind(), r.phase(), ranked.rank(), ranked.fit(), ranked.recommended(),
                r.title().in(locale), Markdown.render(r.summary().in(locale)), lead(r.summary().in(locale)),
                texts(r.pros()), texts(r.cons()),
                r.effort().id(), labels.get("effort." + r.effort().id()),
                r.examples().stream().map(e -> new Link(e.name().in(locale), e.url(),
                        e.note().map(n -> n.in(locale)).orElse(""))).toList(),
                r.sources().stream().map(s -> new Link(s.title().in(locale), s.url(), "")).toList(),
                reasons, whys(ranked.against()),
                r.paysFor().stream().map(p -> labels.get("pays_for." + p.id())).toList(),
                r.eligibility().map(e -> e.in(locale)),
                r.persona().map(p -> p.id()),
                r.persona().map(p -> labels.get("persona." + p.id())),
                r.component(), FitWord.of(ranked.fit()), labels.get(FitWord.of(ranked.fit()).key()));
    }

    ExcludedItem of(ExcludedRecommendation excluded) {
        Recommendation r = excluded.recommendation();
        return new ExcludedItem(r.id(), r.kind(), r.component(), r.title().in(locale), texts(excluded.reasons()),
                questions.refs(excluded.questions()));
    }

    /** The first paragraph of a Markdown text, rendered. */
    private static RichText lead(String markdown) {
        String first = markdown.strip().split("\\n\\s*\\n", 2)[0];
        return Markdown.render(first);
    }

    private List<Why> whys(List<Reason> reasons) {
        return reasons.stream().map(reason -> new Why(reason.because().in(locale), reason.weight(),
                questions.refs(reason.questions()))).toList();
    }

    private List<String> texts(List<LocalizedText> texts) {
        return texts.stream().map(t -> t.in(locale)).toList();
    }
}
