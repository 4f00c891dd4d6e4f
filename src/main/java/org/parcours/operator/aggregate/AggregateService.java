package org.parcours.operator.aggregate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.assessment.AssessmentEvaluations;
import org.parcours.questionnaire.Dimension;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.RecommendationKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Computes the figures of one questionnaire version: the engine evaluates every assessment (one at a time,
 * {@link AssessmentEvaluations}), the counts are gathered ({@link Tallies}), then the threshold applies to each
 * group ({@link Section#of}). Feedback on recommendations is counted in SQL: it is anonymous already.
 */
@Service
public class AggregateService {

    private final AssessmentEvaluations evaluations;
    private final AnonymityThreshold threshold;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AggregateService(AssessmentEvaluations evaluations, AnonymityThreshold threshold, JdbcTemplate jdbc, Clock clock) {
        this.evaluations = evaluations;
        this.threshold = threshold;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public int threshold() {
        return threshold.k();
    }

    public Aggregates compute(String questionnaireId, String version, String locale) {
        Tallies tallies = new Tallies();
        evaluations.forEach(questionnaireId, version, evaluated -> tallies.add(evaluated.evaluation()));
        int k = threshold.k();
        if (tallies.assessments < k || tallies.questionnaire == null) {
            return new Aggregates(questionnaireId, version, tallies.questionnaire == null ? questionnaireId
                    : tallies.questionnaire.title().in(locale), locale, k, clock.instant(), tallies.assessments,
                    Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(), 0);
        }
        Questionnaire questionnaire = tallies.questionnaire;
        List<Section> levels = new ArrayList<>();
        for (Dimension dimension : questionnaire.dimensions()) {
            Map<String, Integer> counts = tallies.levels.getOrDefault(dimension.id(), Map.of());
            int population = tallies.scored.getOrDefault(dimension.id(), 0);
            if (population < k) continue;
            levels.add(Section.of("levels." + dimension.id(), dimension.title().in(locale), population,
                    ordered(dimension, counts), level -> bandLabel(dimension, level, locale), k));
        }
        List<Section> first = new ArrayList<>();
        for (RecommendationKind kind : RecommendationKind.values()) {
            int population = tallies.withFirst.getOrDefault(kind, 0);
            if (population < k) continue;
            first.add(Section.of("first." + kind.id(), kind.id(), population, tallies.first.get(kind),
                    id -> questionnaire.recommendation(id).map(r -> r.title().in(locale)).orElse(id), k));
        }
        Optional<Section> brakes = speedboat("brakes", tallies.brakes, tallies.assessments, questionnaire, locale, k);
        Optional<Section> levers = speedboat("levers", tallies.levers, tallies.assessments, questionnaire, locale, k);
        FeedbackFigures feedback = FeedbackFigures.read(jdbc, questionnaireId, version, k,
                id -> questionnaire.recommendation(id).map(r -> r.title().in(locale)).orElse(id));
        return new Aggregates(questionnaireId, version, questionnaire.title().in(locale), locale, k, clock.instant(),
                tallies.assessments, Optional.of(tallies.finished), levels, first, brakes, levers, feedback.lines(),
                feedback.others());
    }

    /** Levels in the questionnaire's order (lowest band first), not by count. */
    private static Map<String, Integer> ordered(Dimension dimension, Map<String, Integer> counts) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        dimension.bands().forEach(band -> ordered.put(band.level(), counts.getOrDefault(band.level(), 0)));
        return ordered;
    }

    private static String bandLabel(Dimension dimension, String level, String locale) {
        return dimension.bands().stream().filter(band -> band.level().equals(level)).findFirst()
                .map(band -> band.label().in(locale)).orElse(level);
    }

    private static Optional<Section> speedboat(String id, Map<String, Integer> counts, int population,
                                               Questionnaire questionnaire, String locale, int k) {
        if (counts.isEmpty()) return Optional.empty();
        return Optional.of(Section.of(id, id, population, counts, key -> optionLabel(questionnaire, key, locale), k));
    }

    private static String optionLabel(Questionnaire questionnaire, String key, String locale) {
        int dot = key.indexOf('.');
        Optional<Question> question = questionnaire.question(key.substring(0, dot));
        return question.flatMap(q -> q.option(key.substring(dot + 1))
                .map(option -> q.label().in(locale) + " — " + option.label().in(locale))).orElse(key);
    }
}
