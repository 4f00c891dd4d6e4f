package org.parcours.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.RecommendationKind;

/** The immutable result of {@link Engine#evaluate}. */
public final class Evaluation {

    private final Questionnaire questionnaire;
    private final Answers answers;
    private final Set<String> visible;
    private final Map<String, List<AnswerProblem>> problems;
    private final Progress progress;
    private final Map<String, Progress> progressByPhase;
    private final List<String> missingRequired;
    private final Map<String, DimensionScore> scores;
    private final List<RankedRecommendation> recommendations;
    private final Speedboat speedboat;

    Evaluation(Questionnaire questionnaire, Answers answers, Set<String> visible,
               Map<String, List<AnswerProblem>> problems, Progress progress, Map<String, Progress> progressByPhase,
               List<String> missingRequired, Map<String, DimensionScore> scores, List<RankedRecommendation> recommendations, Speedboat speedboat) {
        this.questionnaire = questionnaire;
        this.answers = answers;
        this.visible = visible;
        this.problems = problems;
        this.progress = progress;
        this.progressByPhase = progressByPhase;
        this.missingRequired = missingRequired;
        this.scores = scores;
        this.recommendations = recommendations;
        this.speedboat = speedboat;
    }

    public Questionnaire questionnaire() { return questionnaire; }

    public Answers answers() { return answers; }

    public boolean isVisible(String questionId) { return visible.contains(questionId); }

    /** Visible question ids, in questionnaire order. */
    public Set<String> visibleQuestions() { return visible; }

    /** Problems per question id, only for questions that have some (hidden ones included). */
    public Map<String, List<AnswerProblem>> problems() { return problems; }

    public List<AnswerProblem> problems(String questionId) { return problems.getOrDefault(questionId, List.of()); }

    public Progress progress() { return progress; }

    /** Progress of one phase; (0, 0) for an unknown phase id. */
    public Progress progress(String phaseId) { return progressByPhase.getOrDefault(phaseId, new Progress(0, 0)); }

    /**
     * The visible required questions without a valid answer, in questionnaire order: what stands between
     * the team and a complete assessment.
     */
    public List<String> missingRequired() { return missingRequired; }

    /** Whether every visible required question holds a valid answer. */
    public boolean complete() { return missingRequired.isEmpty(); }

    /** Score of a dimension; an unknown id gives an exception, as it is a programming error. */
    public DimensionScore score(String dimensionId) {
        DimensionScore s = scores.get(dimensionId);
        if (s == null) throw new IllegalArgumentException("unknown dimension " + dimensionId);
        return s;
    }

    /** Scores in dimension order. */
    public Map<String, DimensionScore> scores() { return scores; }

    /** Every eligible recommendation, in catalogue order. */
    public List<RankedRecommendation> recommendations() { return recommendations; }

    public Optional<RankedRecommendation> recommendation(String id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The eligible recommendations of a kind, rank 1 first. */
    public List<RankedRecommendation> ranked(RecommendationKind kind) {
        return recommendations.stream().filter(r -> r.recommendation().kind() == kind)
                .sorted(Comparator.comparingInt(RankedRecommendation::rank)).toList();
    }

    public Speedboat speedboat() { return speedboat; }
}
