package org.parcours.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parcours.engine.AnswerProblem;
import org.parcours.engine.AnswerValue;
import org.parcours.engine.Answers;
import org.parcours.engine.Engine;
import org.parcours.questionnaire.Questionnaire;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The boundary between the interface and the stored assessments. Every change names the version it was made
 * on; a change made on an older version is a {@link SaveOutcome.Conflict}, never a silent overwrite. Every answer
 * goes through {@link Engine#check} before it is stored: the browser is never trusted.
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

    AssessmentService(QuestionnaireCatalog catalog, AssessmentRepository assessments, AnswerRepository answers,
                      SnapshotRepository snapshotRows, Snapshots snapshots, TransactionTemplate transactions,
                      Clock clock) {
        this.catalog = catalog;
        this.assessments = assessments;
        this.answers = answers;
        this.snapshotRows = snapshotRows;
        this.snapshots = snapshots;
        this.transactions = transactions;
        this.clock = clock;
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
        ResumeToken token = ResumeToken.random();
        Instant now = clock.instant();
        long snapshotId = snapshots.idOf(questionnaire, now);
        return transactions.execute(status -> {
            QuestionnaireSnapshot snapshot = snapshotRows.getReferenceById(snapshotId);
            Assessment assessment = assessments.saveAndFlush(new Assessment(token.hash(), snapshot,
                    questionnaire.version(), name.orElse(null), locale, now));
            return state(token, assessment, questionnaire, Answers.empty());
        });
    }

    /** The assessment this token opens, if any. A malformed token never reaches the database. */
    public Optional<AssessmentState> open(String tokenText) {
        return ResumeToken.parse(tokenText).flatMap(token -> transactions.execute(status ->
                assessments.findByTokenHash(token.hash()).map(assessment -> load(token, assessment))));
    }

    /** Saves one answer after the engine has checked it. */
    public SaveOutcome answer(ResumeToken token, long seenVersion, String questionId, AnswerValue value) {
        return change(token, seenVersion, (assessment, questionnaire) -> {
            List<AnswerProblem> problems = Engine.check(questionnaire, questionId, value);
            if (!problems.isEmpty()) {
                return new SaveOutcome.Refused(problems);
            }
            Instant now = clock.instant();
            String json = AnswerCodec.encode(value);
            answers.findById(new AnswerRow.Key(assessment.id(), questionId)).ifPresentOrElse(
                    row -> row.replace(json, now),
                    () -> answers.save(new AnswerRow(assessment.id(), questionId, json, now)));
            assessment.touch(now);
            return null;
        });
    }

    /** Removes one answer (the team cleared the field). */
    public SaveOutcome clear(ResumeToken token, long seenVersion, String questionId) {
        return change(token, seenVersion, (assessment, questionnaire) -> {
            answers.deleteById(new AnswerRow.Key(assessment.id(), questionId));
            assessment.touch(clock.instant());
            return null;
        });
    }

    /** Remembers the page the team is on (a phase, and its part when long), so the resume link reopens it. */
    public SaveOutcome moveTo(ResumeToken token, long seenVersion, String phaseId, int part) {
        return change(token, seenVersion, (assessment, questionnaire) -> {
            if (questionnaire.phase(phaseId).isEmpty() || part < 1) {
                throw new IllegalArgumentException("unknown page " + phaseId + "/" + part);
            }
            assessment.moveTo(phaseId, part, clock.instant());
            return null;
        });
    }

    private interface Change {
        /** Applies the change, or returns the outcome that stops it (e.g. a refusal); null to go on. */
        SaveOutcome apply(Assessment assessment, Questionnaire questionnaire);
    }

    private SaveOutcome change(ResumeToken token, long seenVersion, Change change) {
        try {
            return transactions.execute(status -> {
                Optional<Assessment> found = assessments.findByTokenHash(token.hash());
                if (found.isEmpty() || found.get().version() != seenVersion) {
                    return new SaveOutcome.Conflict();
                }
                Assessment assessment = found.get();
                Questionnaire questionnaire = questionnaireOf(assessment);
                SaveOutcome stopped = change.apply(assessment, questionnaire);
                if (stopped != null) {
                    status.setRollbackOnly();
                    return stopped;
                }
                assessments.saveAndFlush(assessment);
                return new SaveOutcome.Saved(load(token, assessment, questionnaire));
            });
        } catch (ObjectOptimisticLockingFailureException overtaken) {
            return new SaveOutcome.Conflict();
        }
    }

    private AssessmentState load(ResumeToken token, Assessment assessment) {
        return load(token, assessment, questionnaireOf(assessment));
    }

    private AssessmentState load(ResumeToken token, Assessment assessment, Questionnaire questionnaire) {
        Answers stored = AnswerCodec.decode(questionnaire, answers.findByAssessmentId(assessment.id()));
        return state(token, assessment, questionnaire, stored);
    }

    private Questionnaire questionnaireOf(Assessment assessment) {
        QuestionnaireSnapshot snapshot = assessment.snapshot();
        return catalog.version(snapshot.questionnaireId(), snapshot.contentHash(), snapshot::files);
    }

    private static AssessmentState state(ResumeToken token, Assessment assessment, Questionnaire questionnaire,
                                         Answers answers) {
        return new AssessmentState(token, questionnaire, answers, Engine.evaluate(questionnaire, answers),
                assessment.version(), assessment.teamName(), assessment.currentPhase(), assessment.currentPart(),
                assessment.updatedAt());
    }
}
