package org.parcours.report;

import org.parcours.markup.RichText;
import org.parcours.markup.Markdown;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportLabelsTest {

    @Test
    void every_label_exists_in_french_and_in_english() {
        assertThat(ReportLabels.of("fr").keys()).isEqualTo(ReportLabels.of("en").keys()).isNotEmpty();
    }

    @Test
    void no_label_is_blank_and_apostrophes_come_out_single() {
        for (String locale : ReportLabels.LOCALES) {
            ReportLabels labels = ReportLabels.of(locale);
            labels.keys().forEach(k -> assertThat(labels.get(k)).as(locale + " " + k).isNotBlank().doesNotContain("''"));
        }
        assertThat(ReportLabels.of("fr").get("sheet.plan")).isEqualTo("Plan d'action");
    }

    @Test
    void markdown_is_rendered_without_raw_html_or_script_links() {
        RichText text = Markdown.render("**Bold** <script>alert(1)</script> [x](javascript:alert(1))");

        assertThat(text.html()).contains("<strong>Bold</strong>").contains("&lt;script&gt;")
                .doesNotContain("<script").doesNotContain("javascript:");
        assertThat(text.markdown()).startsWith("**Bold**");
    }

    @Test
    void a_markdown_link_tells_the_browser_to_send_no_referrer_and_no_opener() {
        RichText text = Markdown.render("See [the guide](https://example.org/guide) and <https://example.org>.");

        assertThat(text.html()).contains(
                "<a rel=\"noopener noreferrer\" href=\"https://example.org/guide\">the guide</a>",
                "<a rel=\"noopener noreferrer\" href=\"https://example.org\">https://example.org</a>");
    }
}
