package org.parcours.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.questionnaire.Questionnaire;

/**
 * The immutable result of {@link Engine#compare}: several members' answers to one questionnaire, side by side.
 *
 * <p>Each member's answers are evaluated alone first; an answer counts only where the engine takes it (a valid answer
 * to a question visible to that member). Questions nobody answered, and text questions (free words have no distance),
 * are left out.
 *
 * <p><b>Divergence index</b>, from 0 (everyone who answered gave the same answer) to 1 (as far apart as the question
 * allows), the same reading for every kind of question: the mean disagreement over every pair of members who
 * answered, so that it does not depend on who is taken as the reference.
 * <ul>
 * <li>single and boolean: a pair disagrees (1) or not (0), so the index is the share of pairs that gave different
 *     answers — the chance that two members picked at random differ;</li>
 * <li>multiple: a pair's disagreement is the share of the options chosen by either that only one chose (Jaccard
 *     distance; two empty choices agree);</li>
 * <li>scale, and number with both bounds: a pair's disagreement is their gap divided by the question's range
 *     (|a − b| ÷ (max − min));</li>
 * <li>number without both bounds: their gap relative to their size, |a − b| ÷ (|a| + |b|) (two zeros agree): 1 000 €
 *     and 3 000 € give 0.5, 0 and anything else 1.</li>
 * </ul>
 * With fewer than two answers the index is 0. Two members at the two ends of a scale, or on two different options,
 * give 1; three on one option and one on another give 0.5 (3 pairs of 6 differ).
 *
 * <p><b>Proposed agreed answer</b>: the mode of single and boolean questions (a tie goes to the option listed first,
 * and to « no »); the median of numbers; the median of a scale rounded to a whole value, a half rounded down (a split
 * team starts from the more cautious standing); on a multiple question the options chosen by more than half of those
 * who answered (none: no proposal). A proposal is an ordinary answer the engine accepts; the team changes it at will.
 */
public final class Comparison {

    private final Questionnaire questionnaire;
    private final int members;
    private final List<QuestionSpread> questions;
    private final List<ScoreSpread> scores;

    Comparison(Questionnaire questionnaire, int members, List<QuestionSpread> questions, List<ScoreSpread> scores) {
        this.questionnaire = questionnaire;
        this.members = members;
        this.questions = List.copyOf(questions);
        this.scores = List.copyOf(scores);
    }

    public Questionnaire questionnaire() { return questionnaire; }

    /** How many answer sets were compared. */
    public int members() { return members; }

    /** Every compared question, the most divergent first; equal indexes keep the questionnaire's order. */
    public List<QuestionSpread> questions() { return questions; }

    /** The compared questions where at least two members differ, the most divergent first. */
    public List<QuestionSpread> divergent() {
        return questions.stream().filter(QuestionSpread::diverges).toList();
    }

    public Optional<QuestionSpread> question(String questionId) {
        return questions.stream().filter(q -> q.question().id().equals(questionId)).findFirst();
    }

    /** The members' scores, one spread per dimension, in dimension order. */
    public List<ScoreSpread> scores() { return scores; }

    /** The proposed agreed answers, as one answer set: a starting point for the team's agreed answers. */
    public Answers proposal() {
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        questionnaire.questions().forEach(q -> question(q.id()).flatMap(QuestionSpread::proposal)
                .ifPresent(v -> values.put(q.id(), v)));
        return Answers.of(values);
    }
}
