package org.parcours.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shipped questionnaire's README says what its files hold: its inventory is the one written from the YAML, and
 * the counts its prose gives (questions, recommendations, content tests, recommendations per kind) are the loaded
 * ones. After a change to the content, regenerate the inventory with
 * {@code ./mvnw -B -o test -Dtest=ReadmeInventoryTest -Dreadme.update=true} and read the diff.
 */
class ReadmeInventoryTest {

    private static final Path FOLDER = Path.of("questionnaires/communs-numeriques");
    private static final Path README = FOLDER.resolve("README.md");
    private static final Pattern COUNT = Pattern.compile(
            "(\\d+) (questions|recommendations|recommandations|content tests|tests de contenu|teams)\\b");
    private static final Pattern KIND_ROW = Pattern.compile("(?m)^\\| `([a-z]+)`(?: \\([^)]*\\))? \\| (\\d+) \\|");

    @Test
    void the_inventory_is_the_one_written_from_the_files() throws Exception {
        Questionnaire q = QuestionnaireLoader.load(FOLDER);
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(ReadmeInventory.START);
        int end = readme.indexOf(ReadmeInventory.END);
        assertThat(start).as("the README has the inventory's start marker").isNotNegative();
        assertThat(end).as("the README has the inventory's end marker after it").isGreaterThan(start);
        String written = readme.substring(start, end + ReadmeInventory.END.length());
        String expected = new ReadmeInventory(q).markdown();
        if (Boolean.getBoolean("readme.update") && !written.equals(expected)) {
            write(readme.replace(written, expected));
            written = expected;
        }
        assertThat(written).as("the README's inventory: regenerate it with -Dreadme.update=true, then read the diff")
                .isEqualTo(expected);
    }

    @Test
    void the_counts_the_readme_gives_are_those_of_the_files() throws Exception {
        Questionnaire q = QuestionnaireLoader.load(FOLDER);
        String prose = prose(Files.readString(README, StandardCharsets.UTF_8));
        Matcher m = COUNT.matcher(prose);
        int counts = 0;
        while (m.find()) {
            counts++;
            int expected = switch (m.group(2)) {
                case "questions" -> q.questions().size();
                case "recommendations", "recommandations" -> q.recommendations().size();
                default -> q.tests().size();
            };
            assertThat(Integer.parseInt(m.group(1))).as("“%s” in the README", m.group()).isEqualTo(expected);
        }
        Matcher row = KIND_ROW.matcher(prose);
        int kinds = 0;
        while (row.find()) {
            kinds++;
            String kind = row.group(1);
            long expected = q.recommendations().stream().filter(r -> r.kind().id().equals(kind)).count();
            assertThat(Long.parseLong(row.group(2))).as("the count of kind %s in the README's table", kind)
                    .isEqualTo(expected);
        }
        assertThat(counts).as("counts found in the README").isGreaterThanOrEqualTo(6);
        assertThat(kinds).as("kinds in the README's table").isEqualTo(RecommendationKind.values().length);
    }

    /** The README without its changelog (which tells past counts) and without the generated inventory. */
    private static String prose(String readme) {
        String withoutChangelog = readme.replaceAll("(?s)## Changelog.*?(?=\\n## )", "");
        int start = withoutChangelog.indexOf(ReadmeInventory.START);
        int end = withoutChangelog.indexOf(ReadmeInventory.END);
        return start < 0 || end < start ? withoutChangelog
                : withoutChangelog.substring(0, start) + withoutChangelog.substring(end);
    }

    private static void write(String readme) throws IOException {
        Files.writeString(README, readme, StandardCharsets.UTF_8);
    }
}
