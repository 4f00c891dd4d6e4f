package org.parcours.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfExportTest {

    private static PDDocument pdf(String locale, String team, String vision) throws IOException {
        byte[] bytes = Reports.bytes(Reports.mini(locale, team, vision), ExportFormat.PDF);
        Path target = Path.of("target", "export-samples");
        Files.createDirectories(target);
        Files.write(target.resolve("mini-" + locale + ".pdf"), bytes);
        return Loader.loadPDF(bytes);
    }

    @Test
    void is_tagged_with_title_and_language() throws IOException {
        try (PDDocument doc = pdf("fr", "Mairie de Saint-Jean", "Un commun vivant")) {
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Mini — Mairie de Saint-Jean");
            assertThat(doc.getDocumentInformation().getSubject()).isEqualTo("Votre rapport — Mini");
        }
    }

    @Test
    void has_a_bookmark_per_section_and_the_key_sections_in_its_text() throws IOException {
        try (PDDocument doc = pdf("en", "Team", "A living commons")) {
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            assertThat(outline).isNotNull();
            java.util.List<String> titles = new java.util.ArrayList<>();
            for (PDOutlineItem item : outline.children()) titles.add(item.getTitle());
            assertThat(titles).containsExactly("Summary", "Your action plan", "Where you stand",
                    "Governance, legal structures, licences, funding and networks", "Dissemination pitches",
                    "The speed boat", "About this report");
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Summary", "Your action plan", "Association", "A living commons",
                    "CC BY-SA 4.0");
        }
    }

    @Test
    void a_dollar_sign_or_a_backslash_in_the_vision_keeps_the_pdf_whole() throws IOException {
        for (String vision : new String[] {"Lever 50 k$ par an", "raise $1M", "C:\\communs\\$0"}) {
            try (PDDocument doc = pdf("fr", "Équipe $1", vision)) {
                assertThat(new PDFTextStripper().getText(doc)).as(vision).contains(vision);
            }
        }
    }
}
