package org.parcours.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parcours.engine.Answers;
import org.parcours.engine.Engine;
import org.parcours.export.json.JsonWriter;
import org.parcours.questionnaire.ContentTest;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireException;
import org.parcours.questionnaire.QuestionnaireLoader;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;

/**
 * The report JSON of every content test's answers (plus "no answers"), in French and English, compared with the
 * files under {@code src/test/resources/golden/<questionnaire>/}. After an intended change, regenerate them with
 * {@code ./mvnw -B test -Dtest=GoldenJsonTest -Dgolden.update=true} and review the diff.
 */
class GoldenJsonTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final List<Path> FOLDERS = List.of(Path.of("src/test/resources/questionnaires/mini"),
            Path.of("src/test/resources/questionnaires-2.0/extended"), Path.of("questionnaires/communs-numeriques"));

    static Stream<Arguments> scenarios() throws QuestionnaireException {
        List<Arguments> all = new ArrayList<>();
        for (Path folder : FOLDERS) {
            Questionnaire q = QuestionnaireLoader.load(folder);
            all.add(Arguments.of(q, "no answers", Map.of()));
            for (ContentTest test : q.tests()) all.add(Arguments.of(q, test.name(), test.answers()));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("scenarios")
    void the_report_json_of_a_scenario_matches_its_golden_file(Questionnaire q, String name, Map<String, ?> raw)
            throws IOException {
        Answers answers = Answers.fromRaw(q, raw).answers();
        for (String locale : q.locales()) {
            String json = JsonWriter.write(ReportBuilder.build(Engine.evaluate(q, answers), locale,
                    ReportContext.on(Reports.DATE)));
            Path file = GOLDEN.resolve(q.id()).resolve(ExportFileName.slug(name) + "." + locale + ".json");
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, json, StandardCharsets.UTF_8);
            }
            assertThat(file).as("no golden file for this scenario: generate it with -Dgolden.update=true, then "
                    + "review it").exists();
            assertThat(json).as(file.toString()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }
    }
}
