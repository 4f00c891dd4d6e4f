package org.parcours.operator.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parcours.assessment.AssessmentEvaluations.Evaluated;
import org.parcours.engine.AnswerValue;
import org.parcours.engine.DimensionScore;
import org.parcours.engine.Evaluation;
import org.parcours.engine.RankedRecommendation;
import org.parcours.questionnaire.Dimension;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.Recommendation;

/**
 * The columns of one questionnaire version and an assessment's row under them, as the engine evaluated it: the
 * facts, then one column per question (the answer as stored: option ids, number, text), per dimension its score
 * and level, per recommendation its rank (empty when not eligible). Column names are the questionnaire's ids,
 * stable across languages, so that a study's scripts keep working.
 */
record BulkRows(Questionnaire questionnaire) {

    static final List<String> FACTS = List.of("assessment", "started_at", "changed_at", "team", "finished",
            "answered", "visible");

    List<String> header() {
        List<String> columns = new ArrayList<>(FACTS);
        questionnaire.questions().forEach(question -> columns.add("answer." + question.id()));
        for (Dimension dimension : questionnaire.dimensions()) {
            columns.add("score." + dimension.id());
            columns.add("level." + dimension.id());
        }
        questionnaire.recommendations().forEach(r -> columns.add("rank." + r.id()));
        return columns;
    }

    List<Object> row(Evaluated assessment) {
        Evaluation evaluation = assessment.evaluation();
        List<Object> row = new ArrayList<>(FACTS.size() + questionnaire.questions().size() * 2);
        row.add((double) assessment.assessmentId());
        row.add(assessment.createdAt().toString());
        row.add(assessment.updatedAt().toString());
        row.add(assessment.teamName().orElse(null));
        row.add(evaluation.complete() ? "yes" : "no");
        row.add((double) evaluation.progress().answered());
        row.add((double) evaluation.progress().visible());
        for (Question question : questionnaire.questions()) {
            row.add(evaluation.answers().get(question.id()).map(BulkRows::text).orElse(null));
        }
        for (Dimension dimension : questionnaire.dimensions()) {
            DimensionScore score = evaluation.scores().get(dimension.id());
            row.add(score == null || score.percent().isEmpty() ? null
                    : Math.round(score.percent().getAsDouble() * 10) / 10.0);
            row.add(score == null ? null : score.band().map(band -> band.level()).orElse(null));
        }
        Map<String, Integer> ranks = new HashMap<>();
        for (RankedRecommendation ranked : evaluation.recommendations()) ranks.putIfAbsent(ranked.id(), ranked.rank());
        for (Recommendation recommendation : questionnaire.recommendations()) {
            Integer rank = ranks.get(recommendation.id());
            row.add(rank == null ? null : (double) rank);
        }
        return row;
    }

    private static Object text(AnswerValue value) {
        return switch (value) {
            case AnswerValue.Choice choice -> choice.option();
            case AnswerValue.Choices choices -> String.join(";", choices.options());
            case AnswerValue.Number number -> number.value();
            case AnswerValue.Bool bool -> bool.value() ? "true" : "false";
            case AnswerValue.Text text -> text.text();
        };
    }
}
