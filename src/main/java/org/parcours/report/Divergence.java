package org.parcours.report;

import java.util.List;
import java.util.Optional;
import org.parcours.engine.AnswerValue;
import org.parcours.engine.NumberRange;

/**
 * « Là où vos regards divergent »: the members' answers compared by the engine ({@code Engine.compare}), resolved to
 * the report's locale.
 *
 * @param members   how many answer sets were compared
 * @param questions every compared question, the most divergent first
 * @param scores    each dimension's spread of member scores, in dimension order
 */
public record Divergence(int members, List<Line> questions, List<ScoreRange> scores) {

    public Divergence {
        questions = List.copyOf(questions);
        scores = List.copyOf(scores);
    }

    /** The questions where at least two members differ, the most divergent first: what the section lists. */
    public List<Line> divergent() {
        return questions.stream().filter(q -> q.index() > 0).toList();
    }

    /**
     * One compared question.
     *
     * @param phaseTitle its phase, in the report's locale
     * @param index      the divergence index, 0 to 1
     * @param indexText  the index as a percent ("67 %")
     * @param answered   how many members answered it
     * @param counts     members per option, yes/no or scale value (a scale's values nobody gave left out)
     * @param numbers    min, median and max on scales and numbers
     * @param range      the same in words: "min 1 · médiane 3 · max 5"
     * @param proposed   the engine's proposed agreed answer
     * @param agreed     the team's agreed answer, when the team has set it (a team report)
     */
    public record Line(QuestionRef question, String phaseTitle, double index, String indexText, int answered,
                       List<Count> counts, Optional<NumberRange> numbers, Optional<String> range, Optional<Shown> proposed,
                       Optional<Shown> agreed) {

        public Line {
            counts = List.copyOf(counts);
        }

        /** The counts in one line: "Logiciel : 2 · Données : 1". */
        public String countsText(ReportLabels labels) {
            return String.join(" · ", counts.stream().map(c -> labels.format("label.count", c.label(), c.count()))
                    .toList());
        }
    }

    /**
     * How many members gave one value: its stable id as in answers files (option id, {@code true}/{@code false},
     * scale value) and its label as the report shows answers.
     */
    public record Count(String value, String label, int count) {
    }

    /** An answer, as stored and in words. */
    public record Shown(AnswerValue value, String text) {
    }

    /** A dimension's member scores: how many members have one, and the lowest, median and highest. */
    public record ScoreRange(String dimensionId, String title, int scored, Optional<NumberRange> range,
                             Optional<String> rangeText) {
    }
}
