package org.parcours.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Warnings do not stop a load: facts not dated or checked more than a year ago, and options that change nothing.
 * Each is placed at file:line:column, like a problem; today's date is given, so that the tests do not age.
 */
class WarningTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final String FUND = "    pays_for: [maintenance]\n";
    private static final String NEEDS = "          - {id: none, label: {fr: Aucun, en: None}, exclusive: true}\n";

    private static Map<String, String> mini() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(Path.of("src/test/resources/questionnaires/mini"))) {
            for (Path p : paths.toList()) files.put(p.getFileName().toString(), Files.readString(p));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private static List<String> warnings(String file, String from, String to) throws QuestionnaireException {
        Map<String, String> files = mini();
        assertThat(files.get(file)).as("fixture text to replace").contains(from);
        files.put(file, files.get(file).replace(from, to));
        return QuestionnaireLoader.load("mini", files, TODAY).warnings().stream().map(Problem::asWarning).toList();
    }

    private static List<String> dated(String date) throws QuestionnaireException {
        return warnings("catalogue.yaml", FUND, FUND + "    checked_on: \"" + date + "\"\n");
    }

    @Test
    void a_funding_legal_or_licence_recommendation_without_checked_on_is_warned_about_at_its_place()
            throws Exception {
        assertThat(QuestionnaireLoader.load("mini", mini(), TODAY).warnings()).extracting(Problem::asWarning)
                .containsExactly("mini/catalogue.yaml:31:5: warning: funding recommendation 'fund-low-score' has "
                        + "no checked_on: add checked_on: \"YYYY-MM-DD\", the day its facts were last checked at "
                        + "their sources");
    }

    @Test
    void a_date_less_than_a_year_old_is_fine_and_an_older_one_is_warned_about() throws Exception {
        assertThat(dated("2025-12-02")).isEmpty();
        assertThat(dated("2025-12-01")).containsExactly("mini/catalogue.yaml:38:17: warning: checked_on 2025-12-01 "
                + "is more than 12 months old (today is 2026-12-02): check 'fund-low-score' at its sources again "
                + "and update the date");
    }

    @Test
    void a_date_after_today_is_warned_about() throws Exception {
        assertThat(dated("2026-12-03")).singleElement().asString()
                .startsWith("mini/catalogue.yaml:38:17: warning: checked_on 2026-12-03 is after today (2026-12-02)");
    }

    @Test
    void the_model_holds_the_date() throws Exception {
        Map<String, String> files = mini();
        files.put("catalogue.yaml", files.get("catalogue.yaml").replace(FUND, FUND + "    checked_on: \"2026-11-30\"\n"));
        assertThat(QuestionnaireLoader.load("mini", files, TODAY).recommendation("fund-low-score").orElseThrow()
                .checkedOn()).contains(LocalDate.of(2026, 11, 30));
    }

    @Test
    void an_option_that_changes_nothing_is_warned_about_at_its_place() throws Exception {
        assertThat(warnings("questionnaire.yaml", NEEDS, "          - {id: support, label: {fr: S, en: S}}\n" + NEEDS))
                .contains("mini/questionnaire.yaml:53:13: warning: option 'support' of 'funding_needs' changes "
                        + "nothing: it has no points, no speedboat mark, and no expression reading 'funding_needs' "
                        + "names it; score it, place it on the speed boat, use it in a condition, or remove it");
    }

    @Test
    void an_option_named_by_an_expression_reading_its_question_changes_something() throws Exception {
        Map<String, String> files = mini();
        files.put("questionnaire.yaml", files.get("questionnaire.yaml")
                .replace(NEEDS, "          - {id: support, label: {fr: S, en: S}}\n" + NEEDS));
        files.put("catalogue.yaml", files.get("catalogue.yaml").replace("'maintenance' in funding_needs",
                "'maintenance' in funding_needs || 'support' in funding_needs"));
        assertThat(QuestionnaireLoader.load("mini", files, TODAY).warnings()).extracting(Problem::message)
                .noneMatch(m -> m.contains("changes nothing"));
    }

    @Test
    void the_zero_point_option_of_a_scored_single_question_and_exclusive_or_dont_know_options_change_something()
            throws Exception {
        // resource_type: dont_know; funding_needs: none (exclusive); a 0-point choice of a scored single question.
        assertThat(warnings("questionnaire.yaml", "{id: dont_know,", "{id: other, label: {fr: A, en: O}}\n"
                + "          - {id: dont_know,")).noneMatch(w -> w.contains("changes nothing"));
    }
}
