package org.parcours.report;

import org.parcours.markup.RichText;
import java.util.List;
import java.util.Optional;
import org.parcours.questionnaire.RecommendationKind;

/**
 * One eligible recommendation, resolved to the report's locale: its rank in its kind and component (1 = best),
 * total fit, whether it is recommended (fit above 0), texts, effort, links, the reasons that held for it and the
 * arguments against it (« Points de vigilance »: criteria with a negative weight that held).
 * {@code effort}, {@code persona} and {@code component} are stable ids; the matching {@code …Label} is the text to
 * show. {@code paysFor} and {@code eligibility} are set for funding, {@code persona} for dissemination.
 * {@code lead} is the summary's first paragraph, what a short edition shows. {@code fitWord} and {@code fitLabel}
 * say the fit in words (« très adapté »…), which is what a team reads.
 */
public record ReportItem(String id, RecommendationKind kind, String phaseId, int rank, int fit, boolean recommended,
                         String title, RichText summary, RichText lead, List<String> pros, List<String> cons,
                         String effort, String effortLabel, List<Link> examples, List<Link> sources,
                         List<Why> reasons, List<Why> against, List<String> paysFor, Optional<String> eligibility,
                         Optional<String> persona, Optional<String> personaLabel, Optional<String> component,
                         FitWord fitWord, String fitLabel) {

    public ReportItem {
        pros = List.copyOf(pros);
        cons = List.copyOf(cons);
        examples = List.copyOf(examples);
        sources = List.copyOf(sources);
        reasons = List.copyOf(reasons);
        against = List.copyOf(against);
        paysFor = List.copyOf(paysFor);
    }

    /** Every question read by the criteria that held, for then against, without repeats, in reason order. */
    public List<QuestionRef> questions() {
        return java.util.stream.Stream.concat(reasons.stream(), against.stream())
                .flatMap(r -> r.questions().stream()).distinct().toList();
    }
}
