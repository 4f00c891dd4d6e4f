package org.parcours.report;

import org.parcours.markup.RichText;
import java.util.List;
import java.util.Optional;
import org.parcours.questionnaire.RecommendationKind;

/**
 * One eligible recommendation, resolved to the report's locale: its rank in its kind (1 = best), total fit,
 * whether it is recommended (fit above 0), texts, effort, links, and the reasons that held.
 * {@code effort} and {@code persona} are stable ids; the matching {@code …Label} is the text to show.
 * {@code paysFor} and {@code eligibility} are set for funding, {@code persona} for dissemination.
 */
public record ReportItem(String id, RecommendationKind kind, String phaseId, int rank, int fit, boolean recommended,
                         String title, RichText summary, List<String> pros, List<String> cons,
                         String effort, String effortLabel, List<Link> examples, List<Link> sources,
                         List<Why> reasons, List<String> paysFor, Optional<String> eligibility,
                         Optional<String> persona, Optional<String> personaLabel) {

    public ReportItem {
        pros = List.copyOf(pros);
        cons = List.copyOf(cons);
        examples = List.copyOf(examples);
        sources = List.copyOf(sources);
        reasons = List.copyOf(reasons);
        paysFor = List.copyOf(paysFor);
    }

    /** Every question read by the reasons that held, without repeats, in reason order. */
    public List<QuestionRef> questions() {
        return reasons.stream().flatMap(r -> r.questions().stream()).distinct().toList();
    }
}
