package org.parcours.tracker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parcours.assessment.AssessmentState;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.RecommendationKind;
import org.parcours.report.ActionTracking;
import org.parcours.report.Tracking;
import org.parcours.team.TeamState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The boundary between the pages and the tracked actions. Every change names the version of that action it was
 * made on; a change made on an older version is a {@link TrackerOutcome.Conflict}, never a silent overwrite, and
 * changes of different actions never conflict (the answers' rules, {@code assessment.AssessmentService}). Every
 * field a change moves is a line of the action's history.
 */
@Service
public class TrackerService {

    private final TrackerStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TrackerService(TrackerStore store, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The assessment's tracked actions, its tracker revision and its plan sheet's reference. */
    public Tracking tracking(long assessmentId) {
        PlanOwner owner = PlanOwner.assessment(assessmentId);
        return Objects.requireNonNull(transactions.execute(status -> new Tracking(store.actions(owner),
                store.revision(owner), store.createdAt(owner).map(created -> reference(assessmentId, created)))));
    }

    /**
     * A team diagnostic's tracked actions and its tracker revision. Its plan sheet has no reference: the import of
     * an edited sheet is for a solo assessment's report.
     */
    public Tracking tracking(TeamState team) {
        PlanOwner owner = PlanOwner.team(team.id());
        return Objects.requireNonNull(transactions.execute(status -> new Tracking(store.actions(owner),
                store.revision(owner), Optional.empty())));
    }

    /** Changes one action of a team diagnostic's plan, on the terms of {@link #change(AssessmentState, String,
     * long, ActionChange, Optional)}: a member's page or the facilitator's, as in an atelier. */
    public TrackerOutcome change(TeamState team, String actionId, long seenVersion, ActionChange change,
                                 Optional<String> by) {
        return change(team.questionnaire(), PlanOwner.team(team.id()), actionId, seenVersion, change, by);
    }

    /** Every change of one action of a team diagnostic's plan, oldest first. */
    public List<TrackedChange> history(TeamState team, String actionId) {
        return transactions.execute(status -> store.history(PlanOwner.team(team.id()), actionId));
    }

    /** Carries a team diagnostic's tracked actions and their history over to the round that follows it. */
    public boolean copy(TeamState team, long toAssessmentId) {
        return Boolean.TRUE.equals(transactions.execute(status -> store.copy(PlanOwner.team(team.id()),
                PlanOwner.assessment(toAssessmentId))));
    }

    /**
     * Changes one action of the plan. {@code seenVersion} is the version of this action the caller showed
     * ({@link ActionTracking#version()}, 0 while untracked): if it changed since, nothing is stored and the
     * outcome holds what it now is. {@code by} is the name a member gave, if any (the history says « un membre »
     * otherwise).
     */
    public TrackerOutcome change(AssessmentState state, String actionId, long seenVersion, ActionChange change,
                                 Optional<String> by) {
        return change(state.questionnaire(), PlanOwner.assessment(state.id()), actionId, seenVersion, change, by);
    }

    private TrackerOutcome change(Questionnaire questionnaire, PlanOwner owner, String actionId, long seenVersion,
                                  ActionChange change, Optional<String> by) {
        Optional<String> name = by.flatMap(ActionChange::clean);
        List<TrackerProblem> problems = problems(questionnaire, actionId, change, name);
        if (!problems.isEmpty()) return new TrackerOutcome.Refused(problems);
        try {
            return Objects.requireNonNull(transactions.execute(status ->
                    store(owner, actionId, seenVersion, change, name)));
        } catch (DataIntegrityViolationException overtaken) {
            // A first change of this action made at the same moment inserted its row: this one came second.
            return conflict(owner, actionId);
        }
    }

    /**
     * The problems of a change, none when it may be stored: what the plan-sheet import checks for every row before
     * it writes any.
     */
    public static List<TrackerProblem> problems(Questionnaire questionnaire, String actionId, ActionChange change,
                                                Optional<String> by) {
        List<TrackerProblem> problems = new ArrayList<>();
        boolean known = questionnaire.recommendation(actionId).map(r -> r.kind() == RecommendationKind.ACTION)
                .orElse(false);
        if (!known) problems.add(TrackerProblem.UNKNOWN_ACTION);
        if (change.owner().map(o -> ActionChange.length(o) > ActionChange.MAX_OWNER).orElse(false)) {
            problems.add(TrackerProblem.OWNER_TOO_LONG);
        }
        if (change.note().map(n -> ActionChange.length(n) > ActionChange.MAX_NOTE).orElse(false)) {
            problems.add(TrackerProblem.NOTE_TOO_LONG);
        }
        if (by.map(n -> ActionChange.length(n) > ActionChange.MAX_NAME).orElse(false)) {
            problems.add(TrackerProblem.NAME_TOO_LONG);
        }
        if (change.due().map(d -> d.isBefore(ActionChange.EARLIEST_DUE) || d.isAfter(ActionChange.LATEST_DUE))
                .orElse(false)) {
            problems.add(TrackerProblem.DUE_OUT_OF_RANGE);
        }
        return problems;
    }

    private TrackerOutcome store(PlanOwner owner, String actionId, long seenVersion, ActionChange change,
                                 Optional<String> by) {
        if (store.createdAt(owner).isEmpty()) return new TrackerOutcome.NotFound();
        ActionTracking before = store.action(owner, actionId).orElse(ActionTracking.UNTRACKED);
        if (before.version() != seenVersion) return new TrackerOutcome.Conflict(actionId, before);
        ActionTracking after = new ActionTracking(change.status(), change.owner(), change.due(), change.note(),
                seenVersion + 1);
        if (after.sameValues(before)) return new TrackerOutcome.Saved(actionId, before);
        Instant now = clock.instant();
        if (seenVersion == 0) {
            store.insert(owner, actionId, change, now);
        } else if (!store.update(owner, actionId, seenVersion, change, now)) {
            return new TrackerOutcome.Conflict(actionId,
                    store.action(owner, actionId).orElse(ActionTracking.UNTRACKED));
        }
        keepHistory(owner, actionId, before, after, by, now);
        return new TrackerOutcome.Saved(actionId, after);
    }

    private void keepHistory(PlanOwner owner, String actionId, ActionTracking before, ActionTracking after,
                             Optional<String> by, Instant now) {
        if (before.version() == 0 || before.status() != after.status()) {
            store.history(owner, actionId, by, TrackedField.STATUS,
                    before.version() == 0 ? Optional.empty() : Optional.of(before.status().id()),
                    Optional.of(after.status().id()), now);
        }
        if (!before.owner().equals(after.owner())) {
            store.history(owner, actionId, by, TrackedField.OWNER, before.owner(), after.owner(), now);
        }
        if (!before.due().equals(after.due())) {
            store.history(owner, actionId, by, TrackedField.DUE, before.due().map(LocalDate::toString),
                    after.due().map(LocalDate::toString), now);
        }
        if (!before.note().equals(after.note())) {
            store.history(owner, actionId, by, TrackedField.NOTE, before.note(), after.note(), now);
        }
    }

    private TrackerOutcome conflict(PlanOwner owner, String actionId) {
        return transactions.execute(status -> store.createdAt(owner).isEmpty()
                ? new TrackerOutcome.NotFound()
                : new TrackerOutcome.Conflict(actionId,
                        store.action(owner, actionId).orElse(ActionTracking.UNTRACKED)));
    }

    /** Every change of one action, oldest first. */
    public List<TrackedChange> history(long assessmentId, String actionId) {
        return transactions.execute(status -> store.history(PlanOwner.assessment(assessmentId), actionId));
    }

    /** The tracked actions due before today (the server's clock) that are neither done nor given up. */
    public List<String> overdue(long assessmentId) {
        LocalDate today = LocalDate.now(clock);
        return tracking(assessmentId).actions().entrySet().stream().filter(e -> e.getValue().overdue(today))
                .map(java.util.Map.Entry::getKey).sorted().toList();
    }

    /**
     * The actions done now that became done at or after {@code since} (the last round, say), earliest first.
     * An action done, reopened and done again counts from its last time.
     */
    public List<DoneAction> doneSince(long assessmentId, Instant since) {
        return transactions.execute(status -> store.doneSince(PlanOwner.assessment(assessmentId), since));
    }

    /**
     * Carries the tracked actions, their versions and their history over to a new round's assessment. Does
     * nothing (false) when the new one tracks actions already, so that running it twice copies once.
     */
    public boolean copy(long fromAssessmentId, long toAssessmentId) {
        return Boolean.TRUE.equals(transactions.execute(status -> store.copy(PlanOwner.assessment(fromAssessmentId),
                PlanOwner.assessment(toAssessmentId))));
    }

    /**
     * The plan sheet's reference of an assessment: derived from its id and creation time, so that it names one
     * diagnostic without revealing its resume link or its id, and survives a renewed link.
     */
    static String reference(long assessmentId, Instant createdAt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("parcours plan sheet " + assessmentId
                    + " " + createdAt.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
            return "P-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", impossible);
        }
    }
}
