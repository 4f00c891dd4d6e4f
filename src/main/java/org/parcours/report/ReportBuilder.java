package org.parcours.report;

import org.parcours.markup.RichText;
import org.parcours.markup.Markdown;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import org.parcours.engine.Comparison;
import org.parcours.engine.DimensionScore;
import org.parcours.engine.Evaluation;
import org.parcours.questionnaire.Dimension;
import org.parcours.questionnaire.Phase;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.RecommendationKind;

/**
 * Builds the {@link Report} from an evaluation, in one locale. Stateless and thread-safe; it computes nothing the
 * engine has not decided (scores, ranks, reasons), it only selects, orders and resolves texts.
 */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    /**
     * @param locale the report's language; one the questionnaire does not have gives its default locale
     */
    public static Report build(Evaluation evaluation, String locale, ReportContext context) {
        return build(evaluation, Optional.empty(), locale, context);
    }

    /**
     * A team's report: built from the team's agreed answers, with the section where the members' own answers
     * differ.
     *
     * @param agreed     the evaluation of the team's agreed answers
     * @param comparison the members' own answers compared, against the same questionnaire
     */
    public static Report build(Evaluation agreed, Comparison comparison, String locale, ReportContext context) {
        if (!agreed.questionnaire().contentHash().equals(comparison.questionnaire().contentHash())) {
            throw new IllegalArgumentException("the agreed answers and the comparison are of different questionnaires");
        }
        return build(agreed, Optional.of(comparison), locale, context);
    }

    /** The comparison alone, before the team has agreed: each question's spread and the proposed answers. */
    public static ComparisonReport comparison(Comparison comparison, String locale, LocalDate date) {
        Questionnaire q = comparison.questionnaire();
        String lang = q.locales().contains(locale) ? locale : q.defaultLocale();
        ReportLabels labels = ReportLabels.of(lang);
        return new ComparisonReport(q.id(), q.version(), q.contentHash(), q.title().in(lang), lang, date, labels,
                new Divergences(q, lang, labels).of(comparison, Optional.empty()));
    }

    private static Report build(Evaluation evaluation, Optional<Comparison> comparison, String locale,
                                ReportContext context) {
        Questionnaire questionnaire = evaluation.questionnaire();
        String lang = questionnaire.locales().contains(locale) ? locale : questionnaire.defaultLocale();
        ReportLabels labels = ReportLabels.of(lang);
        QuestionRefs questions = new QuestionRefs(questionnaire, lang);
        ItemResolver items = new ItemResolver(lang, labels, questions);

        Map<String, ReportItem> byId = new LinkedHashMap<>();
        evaluation.recommendations().forEach(r -> byId.put(r.id(), items.of(r)));
        List<Score> scores = evaluation.scores().values().stream().map(s -> score(s, lang, labels)).toList();

        List<OptionSection> options = OptionSections.of(evaluation, lang, labels, byId, items);
        SpeedboatNotes speedboat = SpeedboatNotes.of(evaluation, lang, questions);
        List<PlanGroup> plan = Plans.of(evaluation, labels, byId);
        List<PhaseSection> phases = phases(evaluation, lang, scores, byId);
        List<ReportItem> recommendations = byRanking(evaluation, byId);
        ProgressInput progress = context.progress();
        Histories.Current now = new Histories.Current(questionnaire, context, phases, recommendations,
                plan.stream().flatMap(g -> g.items().stream()).toList());
        return new Report(questionnaire.id(), questionnaire.version(), questionnaire.contentHash(),
                questionnaire.title().in(lang), lang,
                context.team(), context.date(), evaluation.progress(), scores,
                phases, options,
                Pitches.of(evaluation, labels, byId), speedboat,
                Resources.of(byId.values()), new AnswerTexts(lang, labels, questions).of(evaluation),
                recommendations, labels, questions.refs(evaluation.missingRequired()), context.edition(),
                Summaries.of(plan, options, speedboat,
                        Targets.gaps(questionnaire, phases, progress.targetLevels(), lang, labels)),
                plan, About.of(questionnaire.metadata().license(), questionnaire.metadata().authors()),
                comparison.map(c -> new Divergences(questionnaire, lang, labels).of(c, Optional.of(evaluation))),
                Histories.of(now, progress.previous(), past(progress.previous(), lang), lang, labels),
                context.tracking());
    }

    /** Each earlier round's own report, against its own questionnaire version, complete so that nothing is cut. */
    private static List<Report> past(List<PreviousRound> previous, String locale) {
        return previous.stream().map(r -> build(r.evaluation(), Optional.empty(), locale,
                ReportContext.on(r.date()).withEdition(Edition.COMPLETE))).toList();
    }

    private static Score score(DimensionScore s, String locale, ReportLabels labels) {
        Dimension d = s.dimension();
        if (s.percent().isEmpty() || s.band().isEmpty()) {
            return new Score(d.id(), d.title().in(locale), s.percent(), labels.get("label.none"),
                    Optional.empty(), labels.get("score.absent"), List.of(), false);
        }
        double percent = s.percent().getAsDouble();
        return new Score(d.id(), d.title().in(locale), s.percent(), Formats.percent(percent, locale),
                s.band().map(b -> new Score.Level(b.level(), b.label().in(locale))),
                s.message().orElse(s.band().get().message()).in(locale),
                s.caps().stream().map(c -> new Score.Cap(c.atMost(), c.because().in(locale))).toList(), s.capped());
    }

    /** Every eligible recommendation by kind, then ranking by ranking (component order), rank 1 first. */
    private static List<ReportItem> byRanking(Evaluation evaluation, Map<String, ReportItem> byId) {
        return Arrays.stream(RecommendationKind.values()).flatMap(kind -> evaluation.ranked(kind).stream())
                .map(r -> byId.get(r.id())).toList();
    }

    private static List<PhaseSection> phases(Evaluation evaluation, String locale, List<Score> scores,
                                             Map<String, ReportItem> byId) {
        List<PhaseSection> phases = new ArrayList<>();
        for (Phase phase : evaluation.questionnaire().phases()) {
            List<ReportItem> actions = evaluation.ranked(RecommendationKind.ACTION).stream()
                    .filter(r -> r.recommended() && r.recommendation().phase().equals(phase.id()))
                    .map(r -> byId.get(r.id())).toList();
            phases.add(new PhaseSection(phase.id(), phase.title().in(locale),
                    phase.intro().map(i -> Markdown.render(i.in(locale))).orElse(RichText.EMPTY),
                    scoreOf(evaluation.questionnaire(), phase, scores), evaluation.progress(phase.id()), actions));
        }
        return phases;
    }

    /** The score of the dimension that names this phase, or else of the dimension with the phase's id. */
    private static Optional<Score> scoreOf(Questionnaire questionnaire, Phase phase, List<Score> scores) {
        return Targets.dimensionOf(questionnaire, phase).map(Dimension::id)
                .flatMap(id -> scores.stream().filter(s -> s.dimensionId().equals(id)).findFirst());
    }
}
