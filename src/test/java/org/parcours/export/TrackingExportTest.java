package org.parcours.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parcours.export.json.JsonWriter;
import org.parcours.report.Report;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The plan's follow-up (status, owner, due date, note, overdue) in the HTML, the PDF and the JSON. */
class TrackingExportTest {

    @Test
    void the_html_plan_shows_each_tracked_action_s_follow_up_and_says_overdue_in_words() throws Exception {
        Report report = Reports.tracked("fr");
        Document page = Jsoup.parse(new String(Reports.bytes(report, ExportFormat.HTML), StandardCharsets.UTF_8));

        Element first = page.getElementById("track-" + Reports.firstAction(report));
        assertThat(first).isNotNull();
        assertThat(first.select(".fact").eachText()).containsExactly("Statut : en cours", "Responsable : la DSI",
                "Échéance : 31 octobre 2026");
        assertThat(first.select(".overdue-flag").text()).isEqualTo("⚠ En retard");
        assertThat(first.select(".note").text()).isEqualTo("Note : Atelier le 12");
        assertThat(first.hasClass("overdue")).isTrue();
        Element second = page.getElementById("track-" + report.planItems().get(1).action().id());
        assertThat(second.select(".fact").first().text()).isEqualTo("Statut : fait");
        assertThat(second.select(".overdue-flag")).as("done is never overdue").isEmpty();
        assertThat(page.select("section#plan .tracking")).as("untracked actions show nothing in a file").hasSize(2);
    }

    @Test
    void the_pdf_carries_the_same_follow_up() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(Reports.bytes(Reports.tracked("en"), ExportFormat.PDF))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Status: in progress", "Owner: la DSI", "Due date: October 31, 2026",
                    "Overdue", "Note: Atelier le 12");
        }
    }

    @Test
    void the_json_plan_items_carry_status_owner_due_note_and_overdue() throws Exception {
        Report report = Reports.tracked("en");
        JsonNode plan = JsonMapper.builder().build().readTree(JsonWriter.write(report)).get("plan");

        JsonNode first = plan.get(0);
        assertThat(first.get("id").asString()).isEqualTo(Reports.firstAction(report));
        assertThat(first.get("status").asString()).isEqualTo("in_progress");
        assertThat(first.get("owner").asString()).isEqualTo("la DSI");
        assertThat(first.get("due").asString()).isEqualTo("2026-10-31");
        assertThat(first.get("note").asString()).isEqualTo("Atelier le 12");
        assertThat(first.get("overdue").asBoolean()).isTrue();
        assertThat(plan.get(1).get("status").asString()).isEqualTo("done");
        assertThat(plan.get(1).get("overdue").asBoolean()).isFalse();
        JsonNode untracked = plan.get(2);
        assertThat(untracked.get("status").asString()).isEqualTo("to_start");
        assertThat(untracked.get("owner").isNull()).isTrue();
        assertThat(untracked.get("due").isNull()).isTrue();
    }
}
