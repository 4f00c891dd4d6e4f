package org.parcours.questionnaire;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One entry of the catalogue. {@code when} absent means always in scope; {@code requires} must all hold for it to
 * be eligible (else it is excluded, with their {@code otherwise}); {@code component}, when set, names the
 * component it applies to, and it is in scope only while that component is present. {@code checkedOn} is when its
 * facts were last checked at their sources; {@code after} names the actions to do before this one.
 */
public record Recommendation(String id, RecommendationKind kind, String phase, Optional<Persona> persona,
                             LocalizedText title, LocalizedText summary, List<LocalizedText> pros,
                             List<LocalizedText> cons, Effort effort, List<Example> examples, List<Source> sources,
                             Optional<Condition> when, List<FitCriterion> fit, List<PaysFor> paysFor,
                             Optional<LocalizedText> eligibility, List<Requirement> requires,
                             Optional<String> component, Optional<LocalDate> checkedOn, List<String> after) {

    public Recommendation {
        pros = List.copyOf(pros);
        cons = List.copyOf(cons);
        examples = List.copyOf(examples);
        sources = List.copyOf(sources);
        fit = List.copyOf(fit);
        paysFor = List.copyOf(paysFor);
        requires = List.copyOf(requires);
        after = List.copyOf(after);
    }
}
