package org.parcours.engine;

import java.util.List;
import java.util.Optional;
import org.parcours.questionnaire.Question;

/**
 * How the members' answers to one question are spread.
 *
 * @param question   the question
 * @param answered   how many members gave it a valid answer while it was visible to them (only those count)
 * @param counts     members per value: every option in the question's order (single, multiple), no then yes
 *                   (boolean), every whole value from min to max (scale); empty for numbers. On a multiple question a
 *                   member counts once for each option chosen
 * @param range      min, median and max (scale and number questions)
 * @param divergence the divergence index, 0 (all agree) to 1 ({@link Comparison} says how it is computed)
 * @param proposal   the agreed answer proposed to the team (mode or median), when one stands out
 */
public record QuestionSpread(Question question, int answered, List<ValueCount> counts, Optional<NumberRange> range,
                             double divergence, Optional<AnswerValue> proposal) {

    public QuestionSpread {
        counts = List.copyOf(counts);
    }

    /** Whether at least two members answered differently. */
    public boolean diverges() {
        return divergence > 0;
    }

    /** How many members gave this value (0 for a value nobody gave). */
    public int count(String value) {
        return counts.stream().filter(c -> c.value().equals(value)).mapToInt(ValueCount::count).sum();
    }
}
