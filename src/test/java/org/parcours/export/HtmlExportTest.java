package org.parcours.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parcours.report.Edition;
import org.parcours.report.OptionGroup;
import org.parcours.report.OptionSection;
import org.parcours.report.Report;
import org.parcours.report.ReportItem;

class HtmlExportTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    private static String html(String locale, String team, String vision) throws Exception {
        String html = new String(Reports.bytes(Reports.mini(locale, team, vision), ExportFormat.HTML),
                StandardCharsets.UTF_8);
        Path target = Path.of("target", "export-samples");
        Files.createDirectories(target);
        Files.writeString(target.resolve("mini-" + locale + ".html"), html);
        return html;
    }

    @Test
    void is_one_standalone_page_in_the_report_s_language_with_the_sections_of_its_edition() throws Exception {
        Document page = Jsoup.parse(html("fr", "Mairie", "Vision"));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("main section > h2").eachText()).containsExactly("Synthèse", "Votre plan d'action",
                "Où vous en êtes", "Gouvernance, structures, licences, financements et réseaux",
                "Argumentaires de diffusion", "Le speed boat", "À propos de ce rapport");
        assertThat(page.select("nav a").eachAttr("href")).containsExactly("#summary", "#plan", "#standing",
                "#options", "#pitches", "#speedboat", "#about");
        Document complete = Jsoup.parse(new String(Reports.bytes(Reports.mini("fr", "Mairie", "Vision", Edition.COMPLETE),
                ExportFormat.HTML), StandardCharsets.UTF_8));
        assertThat(complete.select("main section > h2").eachText()).containsSubsequence("Le speed boat",
                "Ressources et exemples", "Annexe : vos réponses", "À propos de ce rapport");
        assertThat(page.select("style")).hasSize(1);
        assertThat(page.select("svg[role=img]")).hasSize(2);
        assertThat(page.select("figure figcaption")).hasSize(2);
    }

    @Test
    void loads_nothing_from_outside_and_links_only_to_sources_and_the_licence() throws Exception {
        Document page = Jsoup.parse(new String(Reports.bytes(Reports.mini("en", "Team", "Vision", Edition.COMPLETE),
                ExportFormat.HTML), StandardCharsets.UTF_8));

        assertThat(page.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(page.select("[src]")).isEmpty();
        for (Element link : page.select("[href]")) {
            assertThat(link.tagName()).isEqualTo("a");
            assertThat(link.attr("href")).matches("#.+|https://.+");
        }
        assertThat(page.select("a[href^=https]").eachAttr("href")).contains("https://example.org/s",
                "https://creativecommons.org/licenses/by-sa/4.0/");
    }

    @Test
    void a_typed_script_stays_inert_text() throws Exception {
        String html = html("en", SCRIPT, SCRIPT);
        Document page = Jsoup.parse(html);

        assertThat(html).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("p.island").text()).isEqualTo(SCRIPT);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Mini — " + SCRIPT);
    }

    @Test
    void shows_the_best_recommended_options_of_a_ranking_and_each_other_one_as_one_line_with_its_fit_in_words()
            throws Exception {
        Report report = Reports.shipped("en");
        OptionSection kind = report.options().stream().filter(s -> s.groups().stream()
                .anyMatch(g -> g.items().size() > OptionSection.OPEN_BY_DEFAULT)).findFirst().orElseThrow();
        OptionGroup ranking = kind.groups().stream().filter(g -> g.items().size() > OptionSection.OPEN_BY_DEFAULT)
                .findFirst().orElseThrow();
        boolean perComponent = kind.perComponent();
        ReportItem first = ranking.items().getFirst();
        ReportItem fourth = ranking.items().get(OptionSection.OPEN_BY_DEFAULT);
        Document page = Jsoup.parse(new String(Reports.bytes(report, ExportFormat.HTML), StandardCharsets.UTF_8));

        assertThat(first.recommended()).isTrue();
        assertThat(page.getElementById("rec-" + first.id()).tagName()).isEqualTo(perComponent ? "h5" : "h4");
        Element line = page.getElementById("rec-" + fourth.id());
        assertThat(line.tagName()).isEqualTo("li");
        assertThat(line.children()).isEmpty();
        assertThat(line.text()).isEqualTo((OptionSection.OPEN_BY_DEFAULT + 1) + ". " + fourth.title() + " — Fit: "
                + fourth.fitLabel());
        assertThat(fourth.fitLabel()).isIn("very suitable", "suitable", "possible", "not very suitable");
        assertThat(Jsoup.parse(fourth.summary().html()).text()).isNotBlank();
        assertThat(page.text()).doesNotContain(Jsoup.parse(fourth.summary().html()).text());
    }

    @Test
    void shows_capped_levels_points_to_watch_rankings_per_component_and_the_options_not_eligible() {
        Document page = Jsoup.parse(new String(Reports.bytes(Reports.extended("fr", Edition.COMPLETE), ExportFormat.HTML),
                StandardCharsets.UTF_8));

        assertThat(page.select("p.capped").eachText()).containsExactly(
                "Niveau plafonné : Une seule personne détient les serveurs.", "Niveau plafonné : Elle le fait bénévolement.");
        assertThat(page.getElementById("kind-licence-software").text()).isEqualTo("Code");
        assertThat(page.getElementById("kind-licence-data").text()).isEqualTo("Données");
        assertThat(page.getElementById("rec-lic-eupl").tagName()).isEqualTo("h5");
        assertThat(page.getElementById("rec-fund-open").tagName()).isEqualTo("h4");
        Element mit = page.getElementById("rec-lic-mit").parent();
        assertThat(mit.select("p.label").eachText()).containsSubsequence("Pourquoi", "Points de vigilance");
        assertThat(mit.select("ul.against").text()).startsWith("Hors de la liste officielle des licences");
        Element excluded = page.selectFirst("details.excluded");
        assertThat(excluded.selectFirst("summary").text()).isEqualTo("Options non éligibles (1)");
        assertThat(excluded.select("li").eachText()).containsExactly(
                "Fonds écologique — Non éligible : ce fonds ne finance que la planification écologique.");
        assertThat(page.getElementById("kind-network").text()).isEqualTo("Qui peut vous aider");
    }

    @Test
    void the_pdf_of_format_2_content_renders() throws Exception {
        byte[] pdf = Reports.bytes(Reports.extended("en", Edition.COMPLETE), ExportFormat.PDF);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains("Level capped: One person holds the servers.", "Points to watch", "Who can help",
                            "Not eligible: this fund only finances ecological planning.");
        }
    }

    @Test
    void prints_on_a4_without_the_navigation_and_without_cutting_a_table_row_a_picture_or_an_item_s_facts()
            throws Exception {
        String html = html("en", "Team", "Vision");
        String print = html.substring(html.indexOf("@media print"), html.indexOf("}", html.indexOf("a {", html.indexOf("@media print"))));
        assertThat(print).contains("nav { display: none; }").contains("tr, figure, .facts { page-break-inside: avoid; }");
        assertThat(html).contains("@page { size: A4;");
    }
}
