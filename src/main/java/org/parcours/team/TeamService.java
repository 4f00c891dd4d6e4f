package org.parcours.team;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.micrometer.core.instrument.Metrics;
import org.parcours.assessment.AnswerCodec;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.ResumeToken;
import org.parcours.assessment.SoloAssessment;
import org.parcours.engine.AnswerProblem;
import org.parcours.engine.AnswerValue;
import org.parcours.engine.Engine;
import org.parcours.questionnaire.Questionnaire;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only way into team diagnostics. Every answer goes through {@link Engine#check} before it is stored; every
 * change names the version of that answer it was made on, and a change made on an older version is a
 * {@link TeamSaveOutcome.Conflict} carrying the other's value and author, never a silent overwrite; changes of
 * different answers never conflict. Each change also counts one more {@link #revision} of the team, which every
 * node polls: the database is the truth.
 */
@Service
public class TeamService {

    /** Longest display name a member may choose. */
    public static final int DISPLAY_NAME_MAX = 60;
    /** Longest one-line reason for an answer. */
    public static final int REASON_MAX = 300;
    /**
     * Team diagnostics started, fresh or from a solo assessment (their rows are not assessments). Not
     * {@code .created}: Prometheus keeps the suffix {@code _created} for timestamps and drops it from a name.
     */
    private static final String TEAMS_STARTED = "parcours.teams.started";

    private final AssessmentService assessments;
    private final TeamStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int maxMembers;

    TeamService(AssessmentService assessments, TeamStore store, TransactionTemplate transactions, Clock clock,
                @Value("${parcours.team.max-members:50}") int maxMembers) {
        if (maxMembers < 1 || maxMembers > 1000) {
            throw new IllegalArgumentException("parcours.team.max-members must be between 1 and 1000, not "
                    + maxMembers);
        }
        this.assessments = assessments;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.maxMembers = maxMembers;
    }

    /** How many members a new team may hold ({@code parcours.team.max-members}, 50 unless configured). */
    public int maxMembers() {
        return maxMembers;
    }

    /**
     * Creates a team diagnostic of the current version of a questionnaire.
     *
     * @throws IllegalArgumentException for an unknown questionnaire or a team name that is too long
     */
    public TeamCreated create(String questionnaireId, TeamMode mode, boolean named, String teamName, String locale) {
        Questionnaire questionnaire = assessments.questionnaires().stream()
                .filter(q -> q.id().equals(questionnaireId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown questionnaire " + questionnaireId));
        Optional<String> name = Names.clean(teamName, org.parcours.assessment.TeamName.MAX_LENGTH, "team name");
        long snapshotId = assessments.snapshotId(questionnaire);
        TeamCreated created = transactions.execute(status -> insert(snapshotId, mode, named, name, locale,
                Optional.empty(), Optional.empty()));
        Metrics.counter(TEAMS_STARTED).increment();
        return created;
    }

    /**
     * Turns a solo assessment into a team diagnostic, keeping its answers: they become the atelier's shared answers,
     * or the answers of the first member in regards croisés (whose link comes back). The solo link keeps its own
     * copy as it was.
     *
     * @return empty for an unknown resume link
     * @throws IllegalStateException when this assessment already became a team's
     */
    public Optional<TeamCreated> fromSolo(ResumeToken token, TeamMode mode, boolean named) {
        Optional<SoloAssessment> solo = assessments.solo(token);
        if (solo.isEmpty()) return Optional.empty();
        try {
            TeamCreated created = transactions.execute(status -> insert(solo.get().snapshotId(), mode, named,
                    solo.get().teamName(), solo.get().locale(), Optional.of(solo.get().id()), solo));
            Metrics.counter(TEAMS_STARTED).increment();
            return Optional.of(created);
        } catch (DataIntegrityViolationException twice) {
            throw new IllegalStateException("this assessment is already a team diagnostic");
        }
    }

    private TeamCreated insert(long snapshotId, TeamMode mode, boolean named, Optional<String> name, String locale,
                               Optional<Long> fromAssessment, Optional<SoloAssessment> solo) {
        TeamLink facilitator = TeamLink.random();
        TeamLink invitation = TeamLink.random();
        Instant now = clock.instant();
        long id = store.insertTeam(facilitator.hash(), invitation.hash(), snapshotId, mode, named, name, locale,
                maxMembers, fromAssessment, now);
        Optional<TeamLink> first = Optional.empty();
        if (solo.isPresent()) {
            Map<String, AnswerValue> answers = solo.get().answers().asMap();
            if (mode == TeamMode.ATELIER) {
                answers.forEach((q, v) -> store.insertTeamAnswer(id, TeamStore.SHARED, q, AnswerCodec.encode(v),
                        Optional.empty(), now));
            } else {
                TeamLink member = TeamLink.random();
                long memberId = store.insertMember(id, member.hash(), Optional.empty(), now);
                answers.forEach((q, v) -> store.insertMemberAnswer(memberId, q, AnswerCodec.encode(v), null, 1, now));
                first = Optional.of(member);
            }
        }
        return new TeamCreated(facilitator, invitation, first, load(store.teamById(id).orElseThrow()));
    }

    /** The facilitator's page this link opens, if any. A malformed link never reaches the database. */
    public Optional<TeamView.Facilitator> facilitator(String linkText) {
        return TeamLink.parse(linkText).flatMap(link -> transactions.execute(status ->
                store.teamByFacilitator(link.hash()).map(team -> new TeamView.Facilitator(load(team)))));
    }

    /**
     * A member's page this personal link opens, if any; a revoked member's link opens nothing. Counts as the
     * member being seen.
     */
    public Optional<TeamView.AsMember> member(String linkText) {
        return TeamLink.parse(linkText).flatMap(link -> transactions.execute(status -> {
            Optional<TeamStore.MemberKey> key = store.memberByLink(link.hash());
            if (key.isEmpty()) return Optional.<TeamView.AsMember>empty();
            TeamState team = load(store.teamById(key.get().teamId()).orElseThrow());
            return team.members().stream().filter(m -> m.id() == key.get().memberId() && m.active()).findFirst()
                    .map(me -> new TeamView.AsMember(team, me, editable(team, me)));
        }));
    }

    /** Whether an invitation link opens a team that can still be joined (for the join page). */
    public Optional<TeamState> invitation(String linkText) {
        return TeamLink.parse(linkText).flatMap(link -> transactions.execute(status ->
                store.teamByInvitation(link.hash()).map(this::load)));
    }

    /**
     * Joins a team by its invitation link. The team's row is locked while members are counted, so that joins at the
     * same moment never exceed the cap.
     *
     * @throws IllegalArgumentException for a display name longer than {@value #DISPLAY_NAME_MAX} characters
     */
    public JoinOutcome join(String invitationText, String displayName) {
        Optional<String> name = Names.clean(displayName, DISPLAY_NAME_MAX, "display name");
        Optional<TeamLink> invitation = TeamLink.parse(invitationText);
        if (invitation.isEmpty()) return new JoinOutcome.NotFound();
        return transactions.execute(status -> {
            Optional<TeamStore.TeamRow> found = store.teamByInvitation(invitation.get().hash());
            if (found.isEmpty()) return new JoinOutcome.NotFound();
            TeamStore.TeamRow team = found.get();
            if (team.closedAt().isPresent()) return new JoinOutcome.Closed();
            store.bump(team.id());
            if (store.activeMembers(team.id()) >= team.maxMembers()) return new JoinOutcome.Full(team.maxMembers());
            TeamLink link = TeamLink.random();
            long memberId = store.insertMember(team.id(), link.hash(), name, clock.instant());
            TeamState state = load(store.teamById(team.id()).orElseThrow());
            Member me = state.members().stream().filter(m -> m.id() == memberId).findFirst().orElseThrow();
            return new JoinOutcome.Joined(link, me, state);
        });
    }

    /** Revokes a member: their link opens nothing any more, and their answers leave the comparison. */
    public boolean revoke(TeamLink facilitator, int memberNumber) {
        return asFacilitator(facilitator, team -> store.revoke(team.id(), memberNumber, clock.instant()));
    }

    /** A new invitation link; the former one opens nothing any more. Members already in keep their links. */
    public Optional<TeamLink> renewInvitation(TeamLink facilitator) {
        TeamLink renewed = TeamLink.random();
        return asFacilitator(facilitator, team -> {
            store.renewInvitation(team.id(), renewed.hash());
            return true;
        }) ? Optional.of(renewed) : Optional.empty();
    }

    /** Opens the comparison of the members' own answers (regards croisés) to the whole team. */
    public boolean openComparison(TeamLink facilitator) {
        return asFacilitator(facilitator, team -> {
            if (team.mode() != TeamMode.REGARDS_CROISES) return false;
            store.openComparison(team.id());
            return true;
        });
    }

    /** Closes the team: its answers no longer change and nobody joins; the report stays. */
    public boolean close(TeamLink facilitator) {
        return asFacilitator(facilitator, team -> {
            store.close(team.id(), clock.instant());
            return true;
        });
    }

    /**
     * Erases the team diagnostic for good, from its facilitator's link: the team, its members and all their answers;
     * the members' pages find it gone. False when the link opens no team (erased already, say).
     */
    public boolean erase(TeamLink facilitator) {
        return Boolean.TRUE.equals(transactions.execute(status -> store.teamByFacilitator(facilitator.hash())
                .map(team -> store.delete(team.id())).orElse(false)));
    }

    /**
     * Claims the team's next round for the facilitator: the day its answers last changed (the date of the round
     * being closed) the first time, empty after or for an unknown link, so that a team diagnostic is taken again
     * once. {@link #releaseNextRound} gives the claim back when the round could not be started.
     */
    public Optional<Instant> claimNextRound(TeamLink facilitator) {
        Instant now = clock.instant();
        return transactions.execute(status -> store.teamByFacilitator(facilitator.hash())
                .filter(team -> store.claimNextRound(team.id(), now))
                .map(team -> store.lastAnswerChange(team.id()).orElse(now)));
    }

    public void releaseNextRound(TeamLink facilitator) {
        transactions.executeWithoutResult(status -> store.teamByFacilitator(facilitator.hash())
                .ifPresent(team -> store.releaseNextRound(team.id())));
    }

    private boolean asFacilitator(TeamLink facilitator, java.util.function.Predicate<TeamStore.TeamRow> change) {
        return Boolean.TRUE.equals(transactions.execute(status -> store.teamByFacilitator(facilitator.hash())
                .filter(team -> {
                    store.bump(team.id());
                    return change.test(team);
                }).isPresent()));
    }

    /** A member says they have finished answering alone (or not any more). */
    public boolean finished(TeamLink member, boolean done) {
        return asMember(member, (team, id) -> store.finished(id, done, clock.instant()), true);
    }

    /**
     * The page a member is on, and that they are there now (presence). Not an edit: it moves no version and never
     * conflicts, and it does not count as a revision.
     */
    public boolean seen(TeamLink member, String phaseId, int part) {
        return asMember(member, (team, id) -> store.seen(id, Optional.ofNullable(phaseId), Math.max(1, part),
                clock.instant()), false);
    }

    /**
     * A member's one-line reason for their own answer (regards croisés), shown with the comparison; blank removes it.
     *
     * @throws IllegalArgumentException when it is longer than {@value #REASON_MAX} characters
     */
    public boolean reason(TeamLink member, String questionId, String text) {
        Optional<String> reason = Names.clean(text, REASON_MAX, "reason");
        return asMember(member, (team, id) -> {
            if (team.mode() != TeamMode.REGARDS_CROISES || team.closedAt().isPresent()) {
                throw new IllegalStateException("no reason to give here");
            }
            store.reason(id, questionId, reason.orElse(null), clock.instant());
        }, true);
    }

    private boolean asMember(TeamLink member, java.util.function.BiConsumer<TeamStore.TeamRow, Long> change,
                             boolean counts) {
        return Boolean.TRUE.equals(transactions.execute(status -> store.memberByLink(member.hash())
                .filter(key -> store.members(key.teamId()).stream()
                        .anyMatch(m -> m.id() == key.memberId() && m.active()))
                .map(key -> {
                    TeamStore.TeamRow team = store.teamById(key.teamId()).orElseThrow();
                    change.accept(team, key.memberId());
                    if (counts) store.bump(team.id());
                    return true;
                }).orElse(false)));
    }

    /** The team's revision as stored now: one cheap read, what every page polls. -1 once the team is gone. */
    public long revision(TeamState team) {
        return store.revision(team.id());
    }

    /**
     * Saves one answer after the engine has checked it. A member changes the shared set (atelier) or their own
     * (regards croisés); the facilitator changes the shared set (atelier) or the agreed set (regards croisés).
     * {@code seenVersion} is the version of this answer the page showed.
     */
    public TeamSaveOutcome answer(TeamLink link, String questionId, long seenVersion, AnswerValue value) {
        return change(link, questionId, seenVersion, Optional.of(value));
    }

    /** Clears one answer, on the same terms as {@link #answer}. */
    public TeamSaveOutcome clear(TeamLink link, String questionId, long seenVersion) {
        return change(link, questionId, seenVersion, Optional.empty());
    }

    // A TransactionTemplate rather than @Transactional: a concurrent first answer to the same question fails at
    // its insert (duplicate key) or, on H2, at a lock given up; either must become a Conflict here.
    private TeamSaveOutcome change(TeamLink link, String questionId, long seen, Optional<AnswerValue> value) {
        try {
            return transactions.execute(status -> {
                Optional<Writer> writer = writer(link);
                if (writer.isEmpty()) return new TeamSaveOutcome.NotFound();
                Writer w = writer.get();
                if (w.team().closedAt().isPresent()) return new TeamSaveOutcome.Closed();
                Questionnaire questionnaire = assessments.questionnaireOfSnapshot(w.team().snapshotId());
                List<AnswerProblem> problems = value.map(v -> Engine.check(questionnaire, questionId, v))
                        .orElse(List.of());
                if (!problems.isEmpty()) {
                    Metrics.counter("parcours.answers.refused").increment();
                    return new TeamSaveOutcome.Refused(problems);
                }
                return w.write(questionnaire, questionId, seen, value.map(AnswerCodec::encode).orElse(null));
            });
        } catch (ConcurrencyFailureException | DataIntegrityViolationException overtaken) {
            return transactions.execute(status -> writer(link).<TeamSaveOutcome>map(w ->
                    w.conflict(assessments.questionnaireOfSnapshot(w.team().snapshotId()), questionId))
                    .orElse(new TeamSaveOutcome.NotFound()));
        }
    }

    /** Who writes which set: a member's own set, the shared set, or the agreed set. */
    private Optional<Writer> writer(TeamLink link) {
        Optional<TeamStore.TeamRow> asFacilitator = store.teamByFacilitator(link.hash());
        if (asFacilitator.isPresent()) {
            TeamStore.TeamRow team = asFacilitator.get();
            return Optional.of(new Writer(team, Optional.empty(),
                    team.mode() == TeamMode.ATELIER ? TeamStore.SHARED : TeamStore.AGREED));
        }
        return store.memberByLink(link.hash())
                .filter(key -> store.members(key.teamId()).stream()
                        .anyMatch(m -> m.id() == key.memberId() && m.active()))
                .map(key -> {
                    TeamStore.TeamRow team = store.teamById(key.teamId()).orElseThrow();
                    return new Writer(team, Optional.of(key.memberId()),
                            team.mode() == TeamMode.ATELIER ? TeamStore.SHARED : null);
                });
    }

    /** One writer of one answer set; {@code set} is null for a member's own answers. */
    private final class Writer {
        private final TeamStore.TeamRow team;
        private final Optional<Long> member;
        private final String set;

        Writer(TeamStore.TeamRow team, Optional<Long> member, String set) {
            this.team = team;
            this.member = member;
            this.set = set;
        }

        TeamStore.TeamRow team() {
            return team;
        }

        TeamSaveOutcome write(Questionnaire questionnaire, String questionId, long seen, String json) {
            Optional<TeamStore.AnswerRow> row = read(questionId);
            if (row.map(TeamStore.AnswerRow::version).orElse(0L) != seen) return conflict(questionnaire, questionId);
            Instant now = clock.instant();
            if (row.isPresent()) {
                boolean updated = set == null
                        ? store.updateMemberAnswer(member.orElseThrow(), questionId, json, seen, now)
                        : store.updateTeamAnswer(team.id(), set, questionId, json, seen, member, now);
                if (!updated) return conflict(questionnaire, questionId);
            } else if (json != null) {
                if (set == null) store.insertMemberAnswer(member.orElseThrow(), questionId, json, null, 1, now);
                else store.insertTeamAnswer(team.id(), set, questionId, json, member, now);
            }
            long revision = store.bump(team.id());
            return new TeamSaveOutcome.Saved(answers(questionnaire), revision);
        }

        TeamSaveOutcome.Conflict conflict(Questionnaire questionnaire, String questionId) {
            AnswerSet now = answers(questionnaire);
            return new TeamSaveOutcome.Conflict(questionId, now.answers().get(questionId),
                    now.mark(questionId).orElse(new AnswerMark(0, clock.instant(), Optional.empty())), now);
        }

        private Optional<TeamStore.AnswerRow> read(String questionId) {
            return set == null ? store.memberAnswer(member.orElseThrow(), questionId)
                    : store.teamAnswer(team.id(), set, questionId);
        }

        private AnswerSet answers(Questionnaire questionnaire) {
            Map<Long, Integer> numbers = numbers(store.members(team.id()));
            List<TeamStore.AnswerRow> rows = set == null
                    ? store.memberAnswers(team.id()).getOrDefault(member.orElseThrow(), List.of())
                    : store.teamAnswers(team.id(), set);
            return set(questionnaire, rows, numbers);
        }
    }

    private TeamState load(TeamStore.TeamRow team) {
        Questionnaire questionnaire = assessments.questionnaireOfSnapshot(team.snapshotId());
        List<Member> members = store.members(team.id());
        Map<Long, Integer> numbers = numbers(members);
        String teamSet = team.mode() == TeamMode.ATELIER ? TeamStore.SHARED : TeamStore.AGREED;
        AnswerSet teamAnswers = set(questionnaire, store.teamAnswers(team.id(), teamSet), numbers);
        Map<Long, AnswerSet> byMember = new HashMap<>();
        store.memberAnswers(team.id()).forEach((id, rows) -> byMember.put(id, set(questionnaire, rows, numbers)));
        return new TeamState(team.id(), team.mode(), team.named(), team.teamName(), team.locale(), questionnaire,
                team.maxMembers(), team.comparisonOpen(), team.closedAt(), team.revision(), members, teamAnswers,
                byMember);
    }

    /** What a member's page edits: the shared set in an atelier, their own answers in regards croisés. */
    private static AnswerSet editable(TeamState team, Member me) {
        return team.mode() == TeamMode.ATELIER ? team.teamAnswers() : team.ownAnswers(me);
    }

    private static Map<Long, Integer> numbers(List<Member> members) {
        Map<Long, Integer> numbers = new HashMap<>();
        members.forEach(m -> numbers.put(m.id(), m.number()));
        return numbers;
    }

    private static AnswerSet set(Questionnaire questionnaire, List<TeamStore.AnswerRow> rows,
                                 Map<Long, Integer> numbers) {
        Map<String, String> json = new LinkedHashMap<>();
        Map<String, AnswerMark> marks = new HashMap<>();
        Map<String, String> reasons = new HashMap<>();
        for (TeamStore.AnswerRow row : rows) {
            row.json().ifPresent(j -> json.put(row.questionId(), j));
            row.reason().ifPresent(r -> reasons.put(row.questionId(), r));
            marks.put(row.questionId(), new AnswerMark(row.version(), row.updatedAt(),
                    row.updatedBy().map(numbers::get)));
        }
        return new AnswerSet(AnswerCodec.decode(questionnaire, json), marks, reasons);
    }
}
