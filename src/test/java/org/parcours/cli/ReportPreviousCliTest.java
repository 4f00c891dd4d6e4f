package org.parcours.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code parcours report --previous}: earlier rounds give the report its « Votre progression ». */
class ReportPreviousCliTest {

    private static final String MINI = "src/test/resources/questionnaires/mini";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private String write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private JsonNode history() {
        return JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8)).get("history");
    }

    private String now() throws Exception {
        return write("now.yaml", "resource_type: software\ncode_public: true\nmaintainers: 5\n");
    }

    @Test
    void earlier_rounds_of_the_same_version_are_read_oldest_first_by_their_date() throws Exception {
        String first = write("r1.yaml", "date: 2025-11-02\nresource_type: data\nmaintainers: 1\n");
        String second = write("r2.yaml", "date: '2026-05-20'\nversion: 1.0.0\nresource_type: data\nmaintainers: 3\n");

        assertThat(run("report", MINI, "--answers", now(), "--previous", second, first, "--date", "2026-12-02"))
                .isZero();

        JsonNode history = history();
        assertThat(history.get("rounds").get(0).get("date").asString()).isEqualTo("2025-11-02");
        assertThat(history.get("rounds").get(1).get("date").asString()).isEqualTo("2026-05-20");
        assertThat(history.get("rounds").get(2).get("current").asBoolean()).isTrue();
        assertThat(history.get("phases").get("identify").get("percent").toString()).isEqualTo("[50.0,50.0,100.0]");
        assertThat(history.get("phases").get("identify").get("trend").asString()).isEqualTo("gained");
    }

    @Test
    void a_round_of_an_older_version_is_carried_over_and_what_was_not_carried_is_said() throws Exception {
        String old = write("old.yaml", "date: 2025-06-01\nversion: 0.9.0\nresource_type: data\n"
                + "funding_needs: [maintenance, hosting]\nlegacy_question: yes\nmaintainers: 2\n");

        assertThat(run("report", MINI, "--answers", now(), "--previous", old, "--locale", "en")).isZero();

        JsonNode round = history().get("rounds").get(0);
        assertThat(round.get("version").asString()).isEqualTo("1.0.0");
        assertThat(round.get("notCarried").toString()).contains("legacy_question", "hosting");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(old + ": version 0.9.0 → 1.0.0: not carried over: "
                + "legacy_question", "not carried over: funding_needs: This version has no option “hosting”");
    }

    @Test
    void a_wrong_answer_in_a_round_of_the_current_version_stops_the_command_at_its_place() throws Exception {
        String wrong = write("wrong.yaml", "date: 2025-06-01\nresource_type: nothing\n");

        assertThat(run("report", MINI, "--answers", now(), "--previous", wrong)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(wrong + ":2:16", "invalid answer to 'resource_type'");
        assertThat(out.size()).isZero();
    }

    @Test
    void a_date_that_is_not_a_date_is_refused_with_its_place() throws Exception {
        String wrong = write("wrong.yaml", "date: soon\nresource_type: data\n");

        assertThat(run("report", MINI, "--answers", now(), "--previous", wrong)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(wrong + ":1:7", "date expects YYYY-MM-DD");
    }
}
