package org.parcours.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parcours.engine.Scenario;
import org.parcours.questionnaire.RecommendationKind;

/** What the report shows of content format 2.0, on the "extended" fixture. */
class FormatTwoReportTest {

    private static Report mixedPublicBodyHeldByOnePerson(String locale) {
        Scenario s = Scenario.load("extended").answer("resource_type", "mixed").answer("public_body", true)
                .answer("maintainers", 5).answer("hosting", "one_person").answer("paid", false)
                .answer("rules_by", "community").answer("ecological", false);
        return ReportBuilder.build(s.evaluation(), locale, ReportContext.on(LocalDate.of(2026, 12, 2)));
    }

    private static OptionSection section(Report report, RecommendationKind kind) {
        return report.options().stream().filter(o -> o.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void a_capped_score_carries_the_reasons_of_its_caps_and_the_shown_band_message() {
        Score score = mixedPublicBodyHeldByOnePerson("en").scores().getFirst();

        assertThat(score.capped()).isTrue();
        assertThat(score.level()).contains(new Score.Level("critical", "Critical"));
        assertThat(score.message()).isEqualTo("Critical.");
        assertThat(score.caps()).containsExactly(new Score.Cap("fragile", "One person holds the servers."),
                new Score.Cap("critical", "She does it unpaid."));
        assertThat(mixedPublicBodyHeldByOnePerson("fr").label("label.capped")).isEqualTo("Niveau plafonné : {0}");
    }

    @Test
    void options_of_a_kind_are_grouped_per_component_under_the_component_s_title() {
        OptionSection licences = section(mixedPublicBodyHeldByOnePerson("fr"), RecommendationKind.LICENCE);

        assertThat(licences.perComponent()).isTrue();
        assertThat(licences.groups()).extracting(OptionGroup::title).containsExactly("Code", "Données");
        assertThat(licences.groups().getFirst().items()).extracting(ReportItem::id, ReportItem::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lic-eupl", 1),
                        org.assertj.core.groups.Tuple.tuple("lic-mit", 2));
        assertThat(licences.groups().get(1).items()).extracting(ReportItem::component)
                .containsOnly(java.util.Optional.of("data"));
        assertThat(licences.items()).hasSize(4);
    }

    @Test
    void a_kind_without_components_is_one_group() {
        OptionSection funding = section(mixedPublicBodyHeldByOnePerson("fr"), RecommendationKind.FUNDING);

        assertThat(funding.perComponent()).isFalse();
        assertThat(funding.groups()).singleElement().satisfies(g -> assertThat(g.component()).isEmpty());
    }

    @Test
    void excluded_options_close_their_kind_with_why() {
        OptionSection funding = section(mixedPublicBodyHeldByOnePerson("fr"), RecommendationKind.FUNDING);

        assertThat(funding.excluded()).singleElement().satisfies(x -> {
            assertThat(x.id()).isEqualTo("fund-ecology");
            assertThat(x.title()).isEqualTo("Fonds écologique");
            assertThat(x.reasons()).containsExactly("ce fonds ne finance que la planification écologique.");
            assertThat(x.questions()).extracting(QuestionRef::id).containsExactly("ecological");
        });
        assertThat(funding.items()).extracting(ReportItem::id).doesNotContain("fund-ecology");
    }

    @Test
    void arguments_against_are_apart_from_the_reasons_for() {
        ReportItem mit = section(mixedPublicBodyHeldByOnePerson("en"), RecommendationKind.LICENCE).items().stream()
                .filter(i -> i.id().equals("lic-mit")).findFirst().orElseThrow();

        assertThat(mit.reasons()).extracting(Why::because).containsExactly("Simple");
        assertThat(mit.against()).extracting(Why::because).containsExactly("Not on the official list of licences");
        assertThat(mit.questions()).extracting(QuestionRef::id).containsExactly("public_body");
    }

    @Test
    void who_can_help_is_a_section_of_its_own() {
        Report fr = mixedPublicBodyHeldByOnePerson("fr");

        assertThat(section(fr, RecommendationKind.NETWORK).title()).isEqualTo("Qui peut vous aider");
        assertThat(section(mixedPublicBodyHeldByOnePerson("en"), RecommendationKind.NETWORK).title())
                .isEqualTo("Who can help");
        assertThat(section(fr, RecommendationKind.NETWORK).items()).extracting(ReportItem::id)
                .containsExactly("net-bluehats");
    }

    @Test
    void source_titles_and_example_names_are_in_the_report_s_language() {
        Report fr = mixedPublicBodyHeldByOnePerson("fr");
        Report en = mixedPublicBodyHeldByOnePerson("en");

        assertThat(fr.resources()).extracting(Resource::title).contains("Guide de l'EUPL (en anglais)",
                "Base Adresse Nationale");
        assertThat(en.resources()).extracting(Resource::title).contains("EUPL guide", "National Address Base");
    }
}
