package org.parcours.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parcours.engine.Progress;

/**
 * The personalised report, immutable and resolved to one locale: every output renders this and nothing else.
 *
 * @param questionnaireId      stable id of the questionnaire
 * @param questionnaireVersion its version
 * @param contentHash          the hash of the exact questionnaire text the answers were given against
 * @param title                the questionnaire's title in {@code locale}
 * @param locale               the report's language ("fr" or "en")
 * @param team                 the team or project name as typed (user text), when given
 * @param date                 the date printed on the report
 * @param progress             answered and visible questions
 * @param scores               every dimension, in questionnaire order
 * @param phases               every phase, with its score and its next steps
 * @param options              ranked governance, legal, licence, funding, network and dissemination options, per
 *                             component, with the excluded ones
 * @param pitches              recommended dissemination pitches grouped by persona
 * @param speedboat            the speed boat
 * @param resources            sources and examples of the recommended items, once each
 * @param answers              the appendix: every visible answered question
 * @param recommendations      every eligible recommendation by kind, then ranking by ranking (those without a
 *                             component, then each component in order), rank 1 first: what the JSON export lists
 * @param labels               the report's fixed texts in {@code locale}
 * @param missingRequired      the visible required questions still without a valid answer: the assessment is
 *                             incomplete unless this is empty
 * @param edition              how much the report holds: the plan, or the complete report
 * @param summary              the one-page synthesis
 * @param plan                 the recommended actions, numbered, by horizon
 * @param about                the report's own licence and authors
 * @param divergence           in a team's report, where the members' own answers differ; the report is then built
 *                             from the team's agreed answers
 * @param history              « Votre progression », when the team has taken the diagnostic before
 * @param tracking             the team's follow-up of the plan's actions (status, owner, due date, note)
 */
public record Report(String questionnaireId, String questionnaireVersion, String contentHash, String title,
                     String locale, Optional<String> team, LocalDate date, Progress progress, List<Score> scores,
                     List<PhaseSection> phases, List<OptionSection> options, List<PitchGroup> pitches,
                     SpeedboatNotes speedboat, List<Resource> resources, List<AnswerLine> answers,
                     List<ReportItem> recommendations, ReportLabels labels, List<QuestionRef> missingRequired,
                     Edition edition, Summary summary, List<PlanGroup> plan, About about,
                     Optional<Divergence> divergence, Optional<ReportHistory> history, Tracking tracking) {

    public Report {
        scores = List.copyOf(scores);
        phases = List.copyOf(phases);
        options = List.copyOf(options);
        pitches = List.copyOf(pitches);
        resources = List.copyOf(resources);
        answers = List.copyOf(answers);
        recommendations = List.copyOf(recommendations);
        missingRequired = List.copyOf(missingRequired);
        plan = List.copyOf(plan);
    }

    /** The sections this report's edition holds, in order. */
    public List<ReportSection> sections() {
        return ReportSection.of(edition).stream().filter(s -> s.appliesTo(this)).toList();
    }

    /** Every action of the plan, in plan order. */
    public List<PlanItem> planItems() {
        return plan.stream().flatMap(g -> g.items().stream()).toList();
    }

    /** How the team follows this action of the plan. */
    public ActionTracking trackingOf(PlanItem item) {
        return tracking.of(item.action().id());
    }

    /** Whether this action of the plan is due before the report's date and neither done nor given up. */
    public boolean overdue(PlanItem item) {
        return trackingOf(item).overdue(date);
    }

    /** Whether every visible required question holds a valid answer. */
    public boolean complete() {
        return missingRequired.isEmpty();
    }

    /** "Incomplete: N required questions…", or empty when complete. */
    public Optional<String> incompleteNotice() {
        return complete() ? Optional.empty()
                : Optional.of(labels.format("report.incomplete", missingRequired.size()));
    }

    /** The report's date as people of its language write it ("2 décembre 2026", "December 2, 2026"). */
    public String dateText() {
        return Formats.longDate(date, locale);
    }

    /** Another date, as people of the report's language write it (a due date). */
    public String dateText(LocalDate other) {
        return Formats.longDate(other, locale);
    }

    /** A label of the report's fixed texts; shorthand for {@code labels().get(key)}. */
    public String label(String key) {
        return labels.get(key);
    }
}
