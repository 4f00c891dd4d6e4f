package org.parcours.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.questionnaire.Band;
import org.parcours.questionnaire.Dimension;
import org.parcours.questionnaire.Phase;
import org.parcours.questionnaire.Questionnaire;

/**
 * The team's target level per phase, checked against the questionnaire and turned into the synthesis' gaps. A
 * phase's levels are the bands of the dimension scored for it, lowest first.
 */
public final class Targets {

    private Targets() {
    }

    /**
     * What is wrong with targets given by phase id, one sentence each naming the phase and the level; empty when
     * every target names a scored phase and one of its levels.
     */
    public static List<String> problems(Questionnaire questionnaire, Map<String, String> targets) {
        List<String> problems = new ArrayList<>();
        targets.forEach((phaseId, level) -> {
            Optional<Phase> phase = questionnaire.phases().stream().filter(p -> p.id().equals(phaseId)).findFirst();
            Optional<Dimension> dimension = phase.flatMap(p -> dimensionOf(questionnaire, p));
            if (phase.isEmpty()) {
                problems.add("target of phase '" + phaseId + "': " + questionnaire.id() + " "
                        + questionnaire.version() + " has no such phase");
            } else if (dimension.isEmpty()) {
                problems.add("target of phase '" + phaseId + "': no score, hence no level, is given for this phase");
            } else if (dimension.get().bandIndex(level) < 0) {
                problems.add("target of phase '" + phaseId + "': no level '" + level + "' (its levels: "
                        + String.join(", ", dimension.get().bands().stream().map(Band::level).toList()) + ")");
            }
        });
        return problems;
    }

    /** The levels a phase can reach, lowest first: empty when no dimension is scored for it. */
    public static List<Band> levels(Questionnaire questionnaire, String phaseId) {
        return questionnaire.phases().stream().filter(p -> p.id().equals(phaseId)).findFirst()
                .flatMap(p -> dimensionOf(questionnaire, p)).map(Dimension::bands).orElse(List.of());
    }

    /** The dimension that names this phase, or else the dimension with the phase's id. */
    static Optional<Dimension> dimensionOf(Questionnaire questionnaire, Phase phase) {
        return questionnaire.dimensions().stream().filter(d -> d.phase().map(phase.id()::equals).orElse(false))
                .findFirst()
                .or(() -> questionnaire.dimension(phase.id()).filter(d -> d.phase().isEmpty()));
    }

    /** The gap of each phase with a target, in phase order. */
    static List<TargetGap> gaps(Questionnaire questionnaire, List<PhaseSection> phases, Map<String, String> targets,
                                String locale, ReportLabels labels) {
        List<String> problems = problems(questionnaire, targets);
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        List<TargetGap> gaps = new ArrayList<>();
        for (Phase phase : questionnaire.phases()) {
            String level = targets.get(phase.id());
            if (level == null) continue;
            Dimension dimension = dimensionOf(questionnaire, phase).orElseThrow();
            PhaseSection section = phases.stream().filter(s -> s.id().equals(phase.id())).findFirst().orElseThrow();
            Optional<Score.Level> current = section.score().flatMap(Score::level);
            int target = dimension.bandIndex(level);
            int gap = Math.max(0, target - current.map(l -> dimension.bandIndex(l.id())).orElse(-1));
            gaps.add(new TargetGap(phase.id(), section.title(),
                    new Score.Level(level, dimension.bands().get(target).label().in(locale)), current, gap,
                    gap == 0 ? labels.get("target.reached") : labels.format("target.gap", gap)));
        }
        return gaps;
    }
}
