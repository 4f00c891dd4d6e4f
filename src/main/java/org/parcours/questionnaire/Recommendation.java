package org.parcours.questionnaire;

import java.util.List;
import java.util.Optional;

/** One entry of the catalogue. {@code when} absent means always eligible. */
public record Recommendation(String id, RecommendationKind kind, String phase, Optional<Persona> persona,
                             LocalizedText title, LocalizedText summary, List<LocalizedText> pros,
                             List<LocalizedText> cons, Effort effort, List<Example> examples, List<Source> sources,
                             Optional<Condition> when, List<FitCriterion> fit, List<PaysFor> paysFor,
                             Optional<LocalizedText> eligibility) {

    public Recommendation {
        pros = List.copyOf(pros);
        cons = List.copyOf(cons);
        examples = List.copyOf(examples);
        sources = List.copyOf(sources);
        fit = List.copyOf(fit);
        paysFor = List.copyOf(paysFor);
    }
}
