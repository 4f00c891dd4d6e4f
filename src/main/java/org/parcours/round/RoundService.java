package org.parcours.round;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.EarlierRound;
import org.parcours.assessment.NextRound;
import org.parcours.assessment.ResumeToken;
import org.parcours.engine.Answers;
import org.parcours.engine.Engine;
import org.parcours.report.PreviousRound;
import org.parcours.report.ProgressInput;
import org.parcours.report.Targets;
import org.parcours.team.TeamLink;
import org.parcours.team.TeamService;
import org.parcours.team.TeamState;
import org.parcours.team.TeamView;
import org.parcours.tracker.DoneAction;
import org.parcours.tracker.TrackerService;
import org.springframework.stereotype.Service;

/**
 * Rounds as the pages use them: taking the diagnostic again (with the previous round's tracked actions and targets),
 * the targets a team sets per phase, and what « Votre progression » reads of the earlier rounds.
 */
@Service
public class RoundService {

    private final AssessmentService assessments;
    private final TrackerService tracker;
    private final TargetStore targets;
    private final TeamService teams;
    private final Clock clock;

    RoundService(AssessmentService assessments, TrackerService tracker, TargetStore targets, TeamService teams,
                 Clock clock) {
        this.teams = teams;
        this.assessments = assessments;
        this.tracker = tracker;
        this.targets = targets;
        this.clock = clock;
    }

    /**
     * Starts the next round ({@link AssessmentService#nextRound}); the new round follows the same plan actions, with
     * their history, and aims at the same targets as the previous one until the team changes them.
     */
    public NextRound start(ResumeToken token, boolean prefill) {
        NextRound outcome = assessments.nextRound(token, prefill);
        if (outcome instanceof NextRound.Started started) {
            long next = started.state().id();
            tracker.copy(started.previousId(), next);
            targets.of(started.previousId()).forEach((phase, level) -> targets.set(next, phase, level,
                    clock.instant()));
        }
        return outcome;
    }

    /**
     * Takes a finished team diagnostic again, from its facilitator's link: the team's answers are kept as round 1
     * (read-only, dated the day they last changed, with the follow-up of its plan), and round 2 starts from them or blank, under a new resume link
     * (it may become a team diagnostic again). Once per team: a second request is told {@link NextRound.AlreadyTakenAgain}.
     */
    public NextRound startFromTeam(TeamLink facilitator, boolean prefill) {
        Optional<TeamState> team = teams.facilitator(facilitator.value()).map(TeamView.Facilitator::team);
        if (team.isEmpty()) return new NextRound.NotFound();
        Answers answers = team.get().teamAnswers().answers();
        if (!Engine.evaluate(team.get().questionnaire(), answers).complete()) return new NextRound.NotFinished();
        Optional<Instant> answeredAt = teams.claimNextRound(facilitator);
        if (answeredAt.isEmpty()) return new NextRound.AlreadyTakenAgain();
        try {
            AssessmentState first = assessments.keep(team.get().questionnaire(), answers, team.get().teamName(),
                    team.get().locale(), answeredAt.get());
            tracker.copy(team.get(), first.id());
            return start(first.token(), prefill);
        } catch (RuntimeException failed) {
            teams.releaseNextRound(facilitator);
            throw failed;
        }
    }

    /**
     * The targets of this round that its questionnaire version still offers (a newer version may have dropped a
     * phase's score or a level: such a target is not shown, and the team sets it again).
     */
    public Map<String, String> targets(AssessmentState state) {
        Map<String, String> valid = new LinkedHashMap<>();
        targets.of(state.id()).forEach((phase, level) -> {
            if (Targets.problems(state.questionnaire(), Map.of(phase, level)).isEmpty()) valid.put(phase, level);
        });
        return valid;
    }

    /**
     * Sets a phase's target, or clears it when {@code level} is empty. What is wrong (no such phase, no level for
     * it, no such level — a tampered request) is said and nothing is stored.
     */
    public List<String> setTarget(AssessmentState state, String phaseId, Optional<String> level) {
        if (level.isEmpty()) {
            targets.clear(state.id(), phaseId);
            return List.of();
        }
        List<String> problems = Targets.problems(state.questionnaire(), Map.of(phaseId, level.get()));
        if (problems.isEmpty()) targets.set(state.id(), phaseId, level.get(), clock.instant());
        return problems;
    }

    /** The earlier rounds of this one, oldest first: none for a first diagnostic. */
    public List<EarlierRound> earlier(AssessmentState state) {
        return assessments.earlierRounds(state);
    }

    /** The day a round was taken: its last change, in the server's time zone. */
    public LocalDate dateOf(EarlierRound round) {
        return LocalDate.ofInstant(round.answeredAt(), clock.getZone());
    }

    /** An earlier round as the report's progression reads it. */
    public PreviousRound previous(EarlierRound round) {
        return new PreviousRound(dateOf(round), round.evaluation());
    }

    /**
     * What the report's progression and the synthesis' targets read: the earlier rounds dated by their last change,
     * the targets, and the plan actions done since the last round was answered.
     */
    public ProgressInput progress(AssessmentState state) {
        List<EarlierRound> earlier = earlier(state);
        List<PreviousRound> previous = earlier.stream().map(this::previous).toList();
        Set<String> done = earlier.isEmpty() ? Set.of() : tracker.doneSince(state.id(),
                earlier.getLast().answeredAt()).stream().map(DoneAction::actionId).collect(Collectors.toSet());
        return new ProgressInput(previous, targets(state), done);
    }
}
