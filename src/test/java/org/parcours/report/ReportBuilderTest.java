package org.parcours.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.questionnaire.RecommendationKind;
import org.parcours.engine.Scenario;

class ReportBuilderTest {

    static final ReportContext CONTEXT = ReportContext.on(LocalDate.of(2026, 11, 21)).withTeam("Mairie de Saint-Jean");

    static Scenario softwareTeam() {
        return Scenario.load("mini").answer("resource_type", "software").answer("code_public", true)
                .answer("maintainers", 5).answer("funding_needs", List.of("maintenance", "build"))
                .answer("budget", 12000).answerText("vision", "Un commun vivant");
    }

    static Report report(Scenario scenario, String locale) {
        return ReportBuilder.build(scenario.evaluation(), locale, CONTEXT);
    }

    @Test
    void resolves_every_text_to_the_requested_locale() {
        Report fr = report(softwareTeam(), "fr");
        Report en = report(softwareTeam(), "en");

        assertThat(fr.locale()).isEqualTo("fr");
        assertThat(fr.phases()).extracting(PhaseSection::title).containsExactly("Identifier", "Pérenniser");
        assertThat(en.phases()).extracting(PhaseSection::title).containsExactly("Identify", "Sustain");
        assertThat(en.label("section.plan")).isEqualTo("Your action plan");
        assertThat(fr.options().getFirst().title()).isEqualTo("Gouvernance");
    }

    @Test
    void the_report_says_it_is_incomplete_and_names_the_required_questions_left() {
        Report complete = report(softwareTeam(), "fr");
        Report partial = report(Scenario.load("mini").answer("resource_type", "data"), "en");

        assertThat(complete.complete()).isTrue();
        assertThat(complete.incompleteNotice()).isEmpty();
        assertThat(partial.missingRequired()).extracting(QuestionRef::id).containsExactly("funding_needs", "maintainers");
        assertThat(partial.incompleteNotice()).contains(
                "Incomplete diagnostic: 2 required questions have no answer yet. The report rests on the answers given.");
    }

    @Test
    void an_unknown_locale_falls_back_to_the_questionnaire_default() {
        assertThat(report(softwareTeam(), "de").locale()).isEqualTo("fr");
    }

    @Test
    void carries_the_team_the_date_and_the_questionnaire() {
        Report report = report(softwareTeam(), "en");

        assertThat(report.team()).contains("Mairie de Saint-Jean");
        assertThat(report.date()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(report.questionnaireId()).isEqualTo("mini");
        assertThat(report.questionnaireVersion()).isEqualTo("1.0.0");
    }

    @Test
    void a_phase_shows_its_dimension_score_level_and_message() {
        PhaseSection identify = report(softwareTeam(), "en").phases().getFirst();

        Score score = identify.score().orElseThrow();
        assertThat(score.percent()).hasValue(100.0);
        assertThat(score.percentText()).isEqualTo("100%");
        assertThat(score.level()).contains(new Score.Level("established", "Established"));
        assertThat(score.message()).isEqualTo("m3");
    }

    @Test
    void an_absent_score_says_why_in_the_locale() {
        Report report = report(Scenario.load("mini"), "fr");

        Score identify = report.phases().getFirst().score().orElseThrow();
        assertThat(identify.percent()).isEmpty();
        assertThat(identify.level()).isEmpty();
        assertThat(identify.message()).isEqualTo("Pas encore assez de réponses pour calculer ce score.");
        assertThat(report.scores()).extracting(Score::dimensionId).containsExactly("identify", "sustain", "empty");
    }

    @Test
    void options_are_ranked_per_kind_with_reasons_and_the_questions_they_read() {
        Report report = report(softwareTeam(), "en");

        OptionSection governance = report.options().getFirst();
        assertThat(governance.kind()).isEqualTo(RecommendationKind.GOVERNANCE);
        assertThat(governance.items()).extracting(ReportItem::id)
                .containsExactly("gov-association", "gov-committee", "gov-nothing");
        ReportItem best = governance.items().getFirst();
        assertThat(best.rank()).isEqualTo(1);
        assertThat(best.fit()).isEqualTo(4);
        assertThat(best.recommended()).isTrue();
        assertThat(best.effortLabel()).isEqualTo("High");
        assertThat(best.reasons()).extracting(Why::because)
                .containsExactly("Several maintainers", "Maintenance to fund");
        assertThat(best.questions()).extracting(QuestionRef::label).containsExactly("Maintainers", "Needs");
    }

    @Test
    void funding_says_what_it_pays_for_and_who_is_eligible() {
        ReportItem fund = report(softwareTeam(), "fr").options().get(3).items().getFirst();

        assertThat(fund.paysFor()).containsExactly("Maintenance");
        assertThat(fund.eligibility()).contains("Tous");
    }

    @Test
    void pitches_are_grouped_by_persona_and_resources_collected_once() {
        Report report = report(Scenario.load("mini").answer("resource_type", "data"), "en");

        assertThat(report.options().stream().filter(o -> o.kind() == RecommendationKind.DISSEMINATION)
                .findFirst().orElseThrow().items()).extracting(ReportItem::id).containsExactly("diss-mayor");
        assertThat(report.resources()).isEmpty();
        assertThat(report.pitches()).isEmpty();
    }

    @Test
    void the_speed_boat_notes_name_their_question_and_the_island_is_the_team_s_text() {
        SpeedboatNotes boat = report(softwareTeam(), "en").speedboat();

        assertThat(boat.rocks()).extracting(SpeedboatNotes.Note::text).containsExactly("No maintenance");
        assertThat(boat.wind()).extracting(n -> n.question().label()).containsExactly("Needs");
        assertThat(boat.island()).contains("Un commun vivant");
    }

    @Test
    void the_appendix_shows_answers_in_words_and_leaves_hidden_ones_out() {
        Report report = report(softwareTeam().answer("resource_type", "data"), "fr");

        assertThat(report.answers()).extracting(a -> a.question().id(), AnswerLine::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("resource_type", "Données"),
                org.assertj.core.groups.Tuple.tuple("funding_needs", "Maintenance ; Construction"),
                org.assertj.core.groups.Tuple.tuple("maintainers", "5 / 5"),
                org.assertj.core.groups.Tuple.tuple("budget", "12\u202F000\u00A0€"),
                org.assertj.core.groups.Tuple.tuple("vision", "Un commun vivant"));
        assertThat(report(softwareTeam(), "en").answers()).extracting(AnswerLine::answer).contains("Yes");
    }
}
