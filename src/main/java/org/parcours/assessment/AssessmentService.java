package org.parcours.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parcours.engine.AnswerProblem;
import org.parcours.engine.AnswerValue;
import org.parcours.engine.Answers;
import org.parcours.engine.CarryOver;
import org.parcours.engine.Engine;
import org.parcours.questionnaire.Questionnaire;
import io.micrometer.core.instrument.Metrics;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The boundary between the interface and the stored assessments. Every change of an answer names the version of
 * that answer it was made on; a change made on an older version is a {@link SaveOutcome.Conflict}, never a silent
 * overwrite, and changes of different answers never conflict. Every answer goes through {@link Engine#check}
 * before it is stored: the browser is never trusted.
 */
@Service
public class AssessmentService {

    private final QuestionnaireCatalog catalog;
    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final SnapshotRepository snapshotRows;
    private final Snapshots snapshots;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RetentionSetting retention;
    private final LeftBehindRows leftBehind;
    private static final int START_ATTEMPTS = 3;

    AssessmentService(QuestionnaireCatalog catalog, AssessmentRepository assessments, AnswerRepository answers,
                      SnapshotRepository snapshotRows, Snapshots snapshots, TransactionTemplate transactions,
                      Clock clock, RetentionSetting retention, LeftBehindRows leftBehind) {
        this.leftBehind = leftBehind;
        this.catalog = catalog;
        this.assessments = assessments;
        this.answers = answers;
        this.snapshotRows = snapshotRows;
        this.snapshots = snapshots;
        this.transactions = transactions;
        this.clock = clock;
        this.retention = retention;
    }

    /** How long an assessment is kept after its last change, as in force now (the pages say it). */
    public Retention retention() {
        return retention.inForce();
    }

    /** The questionnaires a team can start. */
    public List<Questionnaire> questionnaires() {
        return catalog.all();
    }

    /**
     * Starts an assessment of the current version of a questionnaire.
     *
     * @throws IllegalArgumentException for an unknown questionnaire or a team name that is too long
     */
    public AssessmentState start(String questionnaireId, String teamName, String locale) {
        Questionnaire questionnaire = catalog.current(questionnaireId)
                .orElseThrow(() -> new IllegalArgumentException("unknown questionnaire " + questionnaireId));
        Optional<String> name = TeamName.clean(teamName);
        for (int attempt = 1; ; attempt++) {
            try {
                return startOn(questionnaire, name, locale);
            } catch (SnapshotErased | DataIntegrityViolationException snapshotErased) {
                // The last assessment on this snapshot was erased between its look-up and this insert, taking
                // the snapshot along: the next attempt stores it again.
                if (attempt == START_ATTEMPTS) throw snapshotErased;
            }
        }
    }

    private AssessmentState startOn(Questionnaire questionnaire, Optional<String> name, String locale) {
        ResumeToken token = ResumeToken.random();
        Instant now = clock.instant();
        long snapshotId = snapshots.idOf(questionnaire, now);
        return transactions.execute(status -> {
            QuestionnaireSnapshot snapshot = snapshotRows.findForStart(snapshotId).orElseThrow(SnapshotErased::new);
            Assessment assessment = assessments.saveAndFlush(new Assessment(token.hash(), snapshot,
                    questionnaire.version(), name.orElse(null), locale, now));
            countOnCommit("parcours.assessments.started");
            return recorded(state(token, assessment, questionnaire, Answers.empty(), Map.of(), now,
                    new Round(1, assessment.id(), Set.of(), List.of())), assessment);
        });
    }

    /**
     * Keeps answers given elsewhere (a team diagnostic's) as a finished assessment of their questionnaire version,
     * dated {@code answeredAt}, under a fresh resume link: the first round of a series that {@link #nextRound}
     * continues at once.
     */
    public AssessmentState keep(Questionnaire questionnaire, Answers given, Optional<String> teamName, String locale,
                                Instant answeredAt) {
        ResumeToken token = ResumeToken.random();
        long snapshotId = snapshots.idOf(questionnaire, clock.instant());
        return transactions.execute(status -> {
            QuestionnaireSnapshot snapshot = snapshotRows.findForStart(snapshotId).orElseThrow(SnapshotErased::new);
            Assessment assessment = assessments.saveAndFlush(new Assessment(token.hash(), snapshot,
                    questionnaire.version(), teamName.orElse(null), locale, answeredAt));
            given.asMap().forEach((questionId, value) -> answers.save(
                    new AnswerRow(assessment.id(), questionId, AnswerCodec.encode(value), answeredAt)));
            answers.flush();
            // Kept, not finished here: the diagnostic was answered elsewhere, and counted there.
            AssessmentState kept = load(token, assessment, questionnaire, answeredAt);
            keepProgress(assessment.id(), kept.evaluation());
            return kept;
        });
    }

    /**
     * Replaces the resume link of an assessment, say because it leaked: the old link stops working at once (only
     * the new token's hash is stored now) and the new one is returned. Empty when the old link opens nothing.
     */
    public Optional<ResumeToken> renewLink(ResumeToken current) {
        ResumeToken renewed = ResumeToken.random();
        int changed = Objects.requireNonNull(transactions.execute(status ->
                assessments.replaceToken(current.hash(), renewed.hash())));
        return changed == 1 ? Optional.of(renewed) : Optional.empty();
    }

    /** The assessment this token opens, if any. A malformed token never reaches the database. */
    public Optional<AssessmentState> open(String tokenText) {
        return ResumeToken.parse(tokenText).flatMap(token -> transactions.execute(status ->
                assessments.findByTokenHash(token.hash()).map(assessment -> load(token, assessment))));
    }

    /**
     * The assessment's own key, for the features that keep data about an assessment without its token (the
     * feedback on recommendations): it never leaves the server.
     */
    public Optional<Long> idOf(ResumeToken token) {
        return transactions.execute(status -> assessments.findByTokenHash(token.hash()).map(Assessment::id));
    }

    /**
     * Saves one answer after the engine has checked it. {@code seenVersion} is the version of this answer the
     * caller showed ({@link AssessmentState#versionOf}): if the answer changed since, nothing is stored and the
     * outcome says what it now is. Changes of other answers never conflict with this one.
     */
    public SaveOutcome answer(ResumeToken token, String questionId, long seenVersion, AnswerValue value) {
        return change(token, questionId, seenVersion, Optional.of(value));
    }

    /** Removes one answer (the team cleared the field), on the same terms as {@link #answer}. */
    public SaveOutcome clear(ResumeToken token, String questionId, long seenVersion) {
        return change(token, questionId, seenVersion, Optional.empty());
    }

    /**
     * Remembers the page the team is on (a phase, and its part when long), so the resume link reopens it. Not an
     * edit: it moves no version and never conflicts. False for an unknown page or assessment.
     */
    public boolean moveTo(ResumeToken token, String phaseId, int part) {
        return Boolean.TRUE.equals(transactions.execute(status -> assessments.findByTokenHash(token.hash())
                .filter(assessment -> part >= 1 && questionnaireOf(assessment).phase(phaseId).isPresent())
                .map(assessment -> assessments.moveTo(assessment.id(), phaseId, part) == 1)
                .orElse(false)));
    }

    /**
     * The id of the stored snapshot of this questionnaire's exact text, stored now if it was not yet: what a team
     * diagnostic is answered against.
     */
    public long snapshotId(Questionnaire questionnaire) {
        return snapshots.idOf(questionnaire, clock.instant());
    }

    /** The questionnaire of a stored snapshot, loaded once per content hash. */
    public Questionnaire questionnaireOfSnapshot(long snapshotId) {
        return transactions.execute(status -> {
            QuestionnaireSnapshot snapshot = snapshotRows.findById(snapshotId)
                    .orElseThrow(() -> new IllegalArgumentException("no questionnaire snapshot " + snapshotId));
            return catalog.version(snapshot.questionnaireId(), snapshot.contentHash(), snapshot::files);
        });
    }

    /** What a solo assessment hands over when it becomes a team's; empty for an unknown token. */
    public Optional<SoloAssessment> solo(ResumeToken token) {
        return transactions.execute(status -> assessments.findByTokenHash(token.hash()).map(assessment -> {
            AssessmentState state = load(token, assessment);
            return new SoloAssessment(assessment.id(), assessment.snapshot().id(), state.questionnaire(),
                    state.answers(), assessment.teamName(), assessment.locale());
        }));
    }

    /**
     * Takes a finished diagnostic again: a new round, dated now, on the questionnaire's current version, that the
     * resume link opens from now on. With {@code prefill} it starts from this round's answers, carried over by
     * question and option id, each « à confirmer » until saved again or confirmed, and what could not be carried is
     * kept for the team to read; without, it starts blank. This round stays as it is, read through the series.
     */
    public NextRound nextRound(ResumeToken token, boolean prefill) {
        for (int attempt = 1; ; attempt++) {
            try {
                return nextRoundOnce(token, prefill);
            } catch (SnapshotErased | DataIntegrityViolationException snapshotErased) {
                if (attempt == START_ATTEMPTS) throw snapshotErased;
            }
        }
    }

    private NextRound nextRoundOnce(ResumeToken token, boolean prefill) {
        Instant now = clock.instant();
        Optional<AssessmentState> before = open(token.value());
        if (before.isEmpty()) return new NextRound.NotFound();
        if (!before.get().evaluation().complete()) return new NextRound.NotFinished();
        Questionnaire from = before.get().questionnaire();
        Questionnaire current = catalog.current(from.id()).orElse(from);
        long snapshotId = snapshots.idOf(current, now);
        CarryOver carryOver = prefill ? CarryOver.of(from, before.get().answers(), current)
                : new CarryOver(Answers.empty(), List.of());
        return transactions.execute(status -> {
            Optional<Assessment> found = assessments.findByTokenHash(token.hash());
            if (found.isEmpty()) return new NextRound.NotFound();
            Assessment previous = found.get();
            if (previous.id() != before.get().id()) return new NextRound.AlreadyStarted(load(token, previous));
            QuestionnaireSnapshot snapshot = snapshotRows.findForStart(snapshotId).orElseThrow(SnapshotErased::new);
            long previousId = previous.id();
            Assessment next = previous.nextRound(token.hash(), snapshot, current.version(), now);
            // The link moves to the new round: the previous one's hash becomes one of a token nobody holds.
            assessments.foundSeries(previousId);
            if (assessments.replaceToken(token.hash(), ResumeToken.random().hash()) != 1) {
                status.setRollbackOnly();
                return open(token.value()).<NextRound>map(NextRound.AlreadyStarted::new)
                        .orElse(new NextRound.NotFound());
            }
            assessments.saveAndFlush(next);
            carryOver.carried().asMap().forEach((questionId, value) -> answers.save(
                    AnswerRow.carried(next.id(), questionId, AnswerCodec.encode(value), now)));
            answers.flush();
            leftBehind.keep(next.id(), from, carryOver.notCarried());
            countOnCommit("parcours.assessments.started");
            countOnCommit("parcours.rounds.started");
            return new NextRound.Started(recorded(load(token, next, current, now), next), previousId, carryOver);
        });
    }

    /**
     * The team says an answer carried over from the previous round still holds: it is no longer « à confirmer ».
     * On the same terms as {@link #answer}: {@code seenVersion} must be the answer's version as shown.
     */
    public SaveOutcome confirm(ResumeToken token, String questionId, long seenVersion) {
        try {
            return transactions.execute(status -> {
                Optional<Assessment> found = assessments.findByTokenHash(token.hash());
                if (found.isEmpty()) return new SaveOutcome.NotFound();
                Assessment assessment = found.get();
                Questionnaire questionnaire = questionnaireOf(assessment);
                Optional<AnswerRow> row = answers.findById(new AnswerRow.Key(assessment.id(), questionId));
                if (row.map(AnswerRow::version).orElse(0L) != seenVersion) {
                    return conflict(load(token, assessment, questionnaire, assessment.updatedAt()), questionId);
                }
                Instant now = clock.instant();
                row.filter(AnswerRow::toConfirm).ifPresent(r -> r.confirm(now));
                answers.flush();
                assessments.touch(assessment.id(), now);
                return new SaveOutcome.Saved(load(token, assessment, questionnaire, now));
            });
        } catch (ConcurrencyFailureException | DataIntegrityViolationException overtaken) {
            return open(token.value()).<SaveOutcome>map(state -> conflict(state, questionId))
                    .orElse(new SaveOutcome.NotFound());
        }
    }

    /** The rounds of this assessment's series before it, oldest first: none for a first diagnostic. */
    public List<EarlierRound> earlierRounds(AssessmentState state) {
        if (!state.round().repeated()) return List.of();
        return transactions.execute(status -> assessments.roundsBefore(state.round().series(),
                state.round().number()).stream().map(round -> {
                    Questionnaire questionnaire = questionnaireOf(round);
                    Answers stored = AnswerCodec.decode(questionnaire, answers.findByAssessmentId(round.id()));
                    return new EarlierRound(round.roundNumber(), round.updatedAt(), questionnaire,
                            Engine.evaluate(questionnaire, stored), round.teamName());
                }).toList());
    }

    // A TransactionTemplate rather than @Transactional: a concurrent change of the same answer fails at commit
    // (duplicate key, or the row's version moved on), and that failure must become a Conflict here, not an error.
    private SaveOutcome change(ResumeToken token, String questionId, long seenVersion, Optional<AnswerValue> value) {
        try {
            return transactions.execute(status -> {
                Optional<Assessment> found = assessments.findByTokenHash(token.hash());
                if (found.isEmpty()) return new SaveOutcome.NotFound();
                Assessment assessment = found.get();
                Questionnaire questionnaire = questionnaireOf(assessment);
                List<AnswerProblem> problems = value.map(v -> Engine.check(questionnaire, questionId, v))
                        .orElse(List.of());
                if (!problems.isEmpty()) {
                    Metrics.counter("parcours.answers.refused").increment();
                    return new SaveOutcome.Refused(problems);
                }
                Optional<AnswerRow> row = answers.findById(new AnswerRow.Key(assessment.id(), questionId));
                if (row.map(AnswerRow::version).orElse(0L) != seenVersion) {
                    return conflict(load(token, assessment, questionnaire, assessment.updatedAt()), questionId);
                }
                Instant now = clock.instant();
                String json = value.map(AnswerCodec::encode).orElse(null);
                row.ifPresentOrElse(r -> r.replace(json, now), () -> {
                    if (json != null) answers.save(new AnswerRow(assessment.id(), questionId, json, now));
                });
                answers.flush();
                assessments.touch(assessment.id(), now);
                return new SaveOutcome.Saved(recorded(load(token, assessment, questionnaire, now), assessment));
            });
        } catch (ConcurrencyFailureException | DataIntegrityViolationException overtaken) {
            return open(token.value()).<SaveOutcome>map(state -> conflict(state, questionId))
                    .orElse(new SaveOutcome.NotFound());
        }
    }

    /**
     * An assessment read by the operator console, by its id: read-only, no resume token involved.
     */
    public Optional<StoredAssessment> byId(long id) {
        return transactions.execute(status -> assessments.findById(id).map(assessment -> {
            Questionnaire questionnaire = questionnaireOf(assessment);
            Answers stored = AnswerCodec.decode(questionnaire, answers.findByAssessmentId(assessment.id()));
            return new StoredAssessment(assessment.id(), Engine.evaluate(questionnaire, stored),
                    assessment.teamName(), assessment.createdAt(), assessment.updatedAt());
        }));
    }

    /**
     * Computes and keeps the progress of assessments saved before it was kept (V42), a batch at a time; the
     * number done, 0 when none is left.
     */
    int recordMissingProgress() {
        List<Long> ids = assessments.withoutProgress();
        ids.forEach(id -> transactions.executeWithoutResult(status -> assessments.findById(id).ifPresent(assessment -> {
            Questionnaire questionnaire = questionnaireOf(assessment);
            Answers stored = AnswerCodec.decode(questionnaire, answers.findByAssessmentId(assessment.id()));
            keepProgress(assessment.id(), Engine.evaluate(questionnaire, stored));
        })));
        return ids.size();
    }

    /** Keeps the progress, and counts an assessment finished the moment it becomes so, not at each save after. */
    private AssessmentState recorded(AssessmentState state, Assessment assessment) {
        boolean wasComplete = Boolean.TRUE.equals(assessments.completeOf(assessment.id()));
        keepProgress(assessment.id(), state.evaluation());
        if (state.evaluation().complete() && !wasComplete) {
            countOnCommit("parcours.assessments.finished");
        }
        return state;
    }

    /**
     * Counts once the transaction commits: a start retried or an answer overtaken at commit (rolled back, then
     * saved again) would otherwise count twice.
     */
    private static void countOnCommit(String counter) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            Metrics.counter(counter).increment();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                Metrics.counter(counter).increment();
            }
        });
    }

    private void keepProgress(long id, org.parcours.engine.Evaluation evaluation) {
        assessments.progress(id, evaluation.progress().answered(), evaluation.progress().visible(),
                evaluation.complete());
    }

    /** The snapshot found a moment ago was erased since (with the last assessment that used it). */
    private static final class SnapshotErased extends RuntimeException {
        SnapshotErased() {
            super("questionnaire snapshot erased meanwhile", null, false, false);
        }
    }

    private static SaveOutcome.Conflict conflict(AssessmentState now, String questionId) {
        return new SaveOutcome.Conflict(questionId, now.answers().get(questionId), now.versionOf(questionId), now);
    }

    private AssessmentState load(ResumeToken token, Assessment assessment) {
        return load(token, assessment, questionnaireOf(assessment), assessment.updatedAt());
    }

    /** {@code updatedAt} is passed in: a change writes it by a plain update, which the loaded entity does not see. */
    private AssessmentState load(ResumeToken token, Assessment assessment, Questionnaire questionnaire,
                                 Instant updatedAt) {
        List<AnswerRow> rows = answers.findByAssessmentId(assessment.id());
        Map<String, Long> versions = new HashMap<>();
        rows.forEach(row -> versions.put(row.questionId(), row.version()));
        Answers stored = AnswerCodec.decode(questionnaire, rows);
        Set<String> toConfirm = rows.stream().filter(row -> row.toConfirm() && row.valueJson().isPresent())
                .map(AnswerRow::questionId).collect(Collectors.toSet());
        Round round = new Round(assessment.roundNumber(), assessment.series(), toConfirm,
                assessment.roundNumber() > 1 ? leftBehind.of(assessment.id()) : List.of());
        return state(token, assessment, questionnaire, stored, versions, updatedAt, round);
    }

    private Questionnaire questionnaireOf(Assessment assessment) {
        QuestionnaireSnapshot snapshot = assessment.snapshot();
        return catalog.version(snapshot.questionnaireId(), snapshot.contentHash(), snapshot::files);
    }

    private static AssessmentState state(ResumeToken token, Assessment assessment, Questionnaire questionnaire,
                                         Answers answers, Map<String, Long> versions, Instant updatedAt,
                                         Round round) {
        return new AssessmentState(token, questionnaire, answers, Engine.evaluate(questionnaire, answers), versions,
                assessment.teamName(), assessment.currentPhase(), assessment.currentPart(), updatedAt,
                assessment.id(), round);
    }
}
