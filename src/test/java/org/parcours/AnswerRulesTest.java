package org.parcours;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.SaveOutcome;
import org.parcours.cli.Cli;
import org.parcours.engine.AnswerValue;
import org.parcours.engine.Answers;
import org.parcours.engine.ContentTestRunner;
import org.parcours.questionnaire.AnswersFile;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireException;
import org.parcours.questionnaire.QuestionnaireLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One set of answer rules: every shape of answer is accepted or refused alike by an answers file (the command
 * line's {@code report}), a content test ({@code validate} and {@code test}), and the web app (what the service
 * stores, read back from the database).
 */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class AnswerRulesTest {

    private static final Path MINI = Path.of("src/test/resources/questionnaires/mini");

    /** Question, the value as YAML writes it, and whether the rules accept it. */
    private record Shape(String question, String yaml, boolean accepted) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape("resource_type", "software", true),
            new Shape("resource_type", "sofware", false),
            new Shape("resource_type", "[software]", false),
            new Shape("resource_type", "3", false),
            new Shape("funding_needs", "maintenance", true),
            new Shape("funding_needs", "[maintenance, build]", true),
            new Shape("funding_needs", "[none, build]", false),
            new Shape("funding_needs", "[build, build]", false),
            new Shape("funding_needs", "[nope]", false),
            new Shape("maintainers", "3", true),
            new Shape("maintainers", "3.0", true),
            new Shape("maintainers", "3.5", false),
            new Shape("maintainers", "7", false),
            new Shape("maintainers", "'3'", false),
            new Shape("code_public", "true", true),
            new Shape("code_public", "yes", false),
            new Shape("vision", "Un commun vivant", true),
            new Shape("vision", "'" + "x".repeat(51) + "'", false),
            new Shape("vision", "5", false),
            new Shape("no_such_question", "1", false));

    @Autowired
    private AssessmentService service;

    @TempDir
    private Path dir;

    @Test
    void each_shape_of_answer_is_accepted_or_refused_alike_on_every_path() throws Exception {
        Questionnaire mini = QuestionnaireLoader.load(MINI);
        for (Shape shape : SHAPES) {
            String line = shape.question() + ": " + shape.yaml() + "\n";
            String answers = shape.question().equals("resource_type") ? line : "resource_type: software\n" + line;

            assertThat(reportAccepts(answers)).as("answers file, %s", shape).isEqualTo(shape.accepted());
            assertThat(contentTestAccepts(shape)).as("content test, %s", shape).isEqualTo(shape.accepted());
            assertThat(webAppAccepts(mini, shape)).as("web app, %s", shape).isEqualTo(shape.accepted());
        }
    }

    private boolean reportAccepts(String answers) throws IOException {
        Path file = Files.writeString(dir.resolve("answers.yaml"), answers);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        int exit = Cli.run(new String[] {"report", MINI.toString(), "--answers", file.toString(), "--format", "json",
            "--out", dir.resolve("report.json").toString()}, quiet, quiet);
        assertThat(exit).isIn(0, 2);
        return exit == 0;
    }

    private boolean contentTestAccepts(Shape shape) throws Exception {
        Path folder = dir.resolve("mini");
        Files.createDirectories(folder);
        for (Path p : Files.list(MINI).toList()) Files.copy(p, folder.resolve(p.getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(folder.resolve("tests.yaml"), "tests:\n  - name: one shape\n    answers:\n      "
                + shape.question() + ": " + shape.yaml() + "\n");
        Questionnaire q;
        try {
            q = QuestionnaireLoader.load(folder);
        } catch (QuestionnaireException unknownQuestion) {
            return false; // a content test naming a question the questionnaire lacks does not load
        }
        return ContentTestRunner.answerProblems(q, q.tests().getFirst()).isEmpty();
    }

    /** What the browser can send is a typed value: the one the file's value converts to, if any. */
    private boolean webAppAccepts(Questionnaire mini, Shape shape) throws Exception {
        Map<String, Object> raw = AnswersFile.readMap("shape.yaml",
                shape.question() + ": " + shape.yaml() + "\n");
        Optional<AnswerValue> typed = Answers.fromRaw(mini, raw).answers().get(shape.question());
        if (typed.isEmpty()) return false;
        AssessmentState state = service.start("mini", null, "fr");
        SaveOutcome outcome = service.answer(state.token(), shape.question(), 0, typed.get());
        if (!(outcome instanceof SaveOutcome.Saved)) return false;
        AssessmentState reopened = service.open(state.token().value()).orElseThrow();
        assertThat(reopened.answers().get(shape.question())).as("read back, %s", shape).isEqualTo(typed);
        return true;
    }
}
