package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A team walks the whole shipped questionnaire in Chromium, finding everything by role and accessible name only,
 * then reads its report and downloads it. axe-core checks the home page, a question page, the last phase and the
 * report. The log of the whole walk holds neither the resume token nor a typed answer.
 */
@ExtendWith(OutputCaptureExtension.class)
class WalkBrowserTest extends ChromiumTest {

    private static final int MAX_PASSES_PER_PHASE = 12;
    /** Typed into every text question: it must never reach the log. */
    private static final String TYPED = "Réponse-témoin 7f3a9c";

    @Test
    void a_team_walks_the_whole_diagnostic_reads_its_report_and_downloads_it(CapturedOutput log) throws IOException {
        try (BrowserContext context = newContext(new Browser.NewContextOptions()
                .setLocale("fr-FR").setAcceptDownloads(true))) {
            Page page = context.newPage();
            page.navigate(url("/"));
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Parcours").setLevel(1)).waitFor();
            Accessibility.assertNoSeriousViolations(page);

            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Nom de votre équipe ou de votre projet (facultatif)"))
                    .fill("Communauté de communes du Val <script>alert(1)</script>");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Commencer le diagnostic"))).click();
            page.waitForURL(Pattern.compile(".*/a/[A-Za-z0-9_-]{43}/identify$"));
            String token = page.url().replaceAll(".*/a/([A-Za-z0-9_-]{43})/.*", "$1");

            int pages = 0;
            boolean lastPhase = false;
            while (!lastPhase) {
                waitForPhase(page);
                if (pages == 0) {
                    assertThat(page.getByRole(AriaRole.PROGRESSBAR,
                            new Page.GetByRoleOptions().setName("Progression du diagnostic")).count()).isEqualTo(1);
                    Accessibility.assertNoSeriousViolations(page);
                }
                answerEveryVisibleQuestion(page);
                lastPhase = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voir mon rapport")).count() > 0;
                if (lastPhase) {
                    Accessibility.assertNoSeriousViolations(page);
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voir mon rapport")).click();
                } else {
                    String before = page.url();
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer")).click();
                    page.waitForURL(url -> !url.equals(before));
                }
                pages++;
            }
            assertThat(pages).as("pages walked, long phases being cut into parts").isGreaterThan(5);

            page.waitForURL(Pattern.compile(".*/report$"));
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Votre rapport")).setLevel(1)).waitFor();
            page.locator("section#plan").waitFor();
            assertThat(page.getByRole(AriaRole.MAIN).textContent()).contains("<script>alert(1)</script>")
                    .contains("Votre plan d'action");
            assertThat(page.getByRole(AriaRole.IMG).count()).isGreaterThanOrEqualTo(2);
            Accessibility.assertNoSeriousViolations(page);

            Path workbook = download(page, "Tableur (XLSX)");
            assertThat(workbook.getFileName().toString()).matches("parcours-communs-numeriques-communaute-de-communes.*\\.xlsx");
            try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook opened = new XSSFWorkbook(in)) {
                assertThat(opened.getSheetName(0)).isEqualTo("Sommaire");
                assertThat(opened.getNumberOfSheets()).isEqualTo(6);
            }
            Path pdf = download(page, "PDF");
            assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile("^Complète"))).check();
            page.locator("section#answers").waitFor();
            assertThat(page.getByRole(AriaRole.MAIN).textContent()).contains(TYPED);
            assertThat(log.getAll()).as("the log of the whole walk").doesNotContain(token).doesNotContain(TYPED)
                    .doesNotContain("\tat ");
        }
    }

    private static void waitForPhase(Page page) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Étapes du diagnostic")).waitFor();
        page.getByRole(AriaRole.LINK).and(page.locator("[aria-current=step]")).waitFor();
    }

    /** Answers, by role only, every visible question still unanswered, until none is left (branches may open more). */
    private static void answerEveryVisibleQuestion(Page page) {
        for (int pass = 0; pass < MAX_PASSES_PER_PHASE; pass++) {
            boolean answered = false;
            for (Locator group : page.getByRole(AriaRole.RADIOGROUP).all()) {
                if (group.isVisible() && group.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setChecked(true)).count() == 0) {
                    group.getByRole(AriaRole.RADIO).first().check();
                    answered = true;
                }
            }
            for (Locator group : page.getByRole(AriaRole.GROUP).all()) {
                Locator boxes = group.getByRole(AriaRole.CHECKBOX);
                if (group.isVisible() && boxes.count() > 0
                        && group.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setChecked(true)).count() == 0) {
                    boxes.first().check();
                    answered = true;
                }
            }
            for (Locator text : page.locator("vaadin-text-area textarea").all()) {
                if (text.isVisible() && text.inputValue().isEmpty()) {
                    text.fill(TYPED);
                    text.press("Tab");
                    answered = true;
                }
            }
            for (Locator number : page.locator("input[inputmode=decimal]").all()) {
                if (number.isVisible() && number.inputValue().isEmpty()) {
                    number.fill("3");
                    number.press("Tab");
                    answered = true;
                }
            }
            if (!answered) {
                return;
            }
            ChromiumTest.waitForServer(page);
        }
    }

    private static Path download(Page page, String linkName) {
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(linkName).setExact(true)).click());
        Path target = Path.of("target", "browser-downloads", download.suggestedFilename());
        download.saveAs(target);
        return target;
    }
}
