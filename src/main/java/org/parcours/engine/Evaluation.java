package org.parcours.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parcours.questionnaire.Component;
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
    private final List<Component> components;
    private final List<RankedRecommendation> recommendations;
    private final List<ExcludedRecommendation> excluded;
    /** Made when first asked: the walk never needs it. */
    private volatile List<PlannedAction> plan;
    private final Speedboat speedboat;

    Evaluation(Questionnaire questionnaire, Answers answers, Set<String> visible,
               Map<String, List<AnswerProblem>> problems, Progress progress, Map<String, Progress> progressByPhase,
               List<String> missingRequired, Map<String, DimensionScore> scores, List<Component> components,
               List<RankedRecommendation> recommendations, List<ExcludedRecommendation> excluded,
               Speedboat speedboat) {
        this.questionnaire = questionnaire;
        this.answers = answers;
        this.visible = visible;
        this.problems = problems;
        this.progress = progress;
        this.progressByPhase = progressByPhase;
        this.missingRequired = missingRequired;
        this.scores = scores;
        this.components = components;
        this.recommendations = recommendations;
        this.excluded = excluded;
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

    /** The components present in the answers' resource, in the questionnaire's order. */
    public List<Component> components() { return components; }

    /** Every eligible recommendation, in catalogue order. */
    public List<RankedRecommendation> recommendations() { return recommendations; }

    public Optional<RankedRecommendation> recommendation(String id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The eligible recommendations of a kind: ranking by ranking (those without a component first, then each
     * component in the questionnaire's order), rank 1 first in each.
     */
    public List<RankedRecommendation> ranked(RecommendationKind kind) {
        return recommendations.stream().filter(r -> r.recommendation().kind() == kind)
                .sorted(Comparator.comparingInt((RankedRecommendation r) ->
                                questionnaire.componentOrder(r.recommendation().component()))
                        .thenComparingInt(RankedRecommendation::rank)).toList();
    }

    /** One ranking: the eligible recommendations of a kind for a component (empty: those without one), rank 1 first. */
    public List<RankedRecommendation> ranked(RecommendationKind kind, Optional<String> component) {
        return recommendations.stream()
                .filter(r -> r.recommendation().kind() == kind && r.recommendation().component().equals(component))
                .sorted(Comparator.comparingInt(RankedRecommendation::rank)).toList();
    }

    /** The ranking of a kind for a component id. */
    public List<RankedRecommendation> ranked(RecommendationKind kind, String componentId) {
        return ranked(kind, Optional.of(componentId));
    }

    /** Every recommendation in scope but not eligible (a {@code requires} failed), in catalogue order. */
    public List<ExcludedRecommendation> excluded() { return excluded; }

    /**
     * The recommended actions as a plan ({@link ActionPlan}): numbered, each in its horizon, each after the
     * actions it must follow.
     */
    public List<PlannedAction> plan() {
        List<PlannedAction> p = plan;
        if (p == null) {
            p = ActionPlan.of(ranked(RecommendationKind.ACTION));
            plan = p;
        }
        return p;
    }

    /** The excluded recommendations of a kind, in catalogue order. */
    public List<ExcludedRecommendation> excluded(RecommendationKind kind) {
        return excluded.stream().filter(x -> x.recommendation().kind() == kind).toList();
    }

    /** Why a recommendation is excluded, if it is. */
    public Optional<ExcludedRecommendation> exclusion(String id) {
        return excluded.stream().filter(x -> x.id().equals(id)).findFirst();
    }

    public Speedboat speedboat() { return speedboat; }
}
