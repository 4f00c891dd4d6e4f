package org.parcours.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.engine.Evaluation;
import org.parcours.engine.RankedRecommendation;
import org.parcours.questionnaire.Persona;
import org.parcours.questionnaire.RecommendationKind;

/** Recommended dissemination pitches grouped by persona, in persona order; pitches naming no persona go last. */
final class Pitches {

    private Pitches() {
    }

    static List<PitchGroup> of(Evaluation evaluation, ReportLabels labels, Map<String, ReportItem> byId) {
        List<RankedRecommendation> recommended = evaluation.ranked(RecommendationKind.DISSEMINATION).stream()
                .filter(RankedRecommendation::recommended).toList();
        List<PitchGroup> groups = new ArrayList<>();
        for (Persona persona : Persona.values()) {
            add(groups, persona.id(), labels, recommended, byId, Optional.of(persona));
        }
        add(groups, "everyone", labels, recommended, byId, Optional.empty());
        return groups;
    }

    private static void add(List<PitchGroup> groups, String id, ReportLabels labels,
                            List<RankedRecommendation> recommended, Map<String, ReportItem> byId,
                            Optional<Persona> persona) {
        List<ReportItem> pitches = recommended.stream()
                .filter(r -> r.recommendation().persona().equals(persona)).map(r -> byId.get(r.id())).toList();
        if (!pitches.isEmpty()) groups.add(new PitchGroup(id, labels.get("persona." + id), pitches));
    }
}
