package org.parcours.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.Application;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.NextRound;
import org.parcours.assessment.Round;
import org.parcours.assessment.SaveOutcome;
import org.parcours.engine.AnswerValue;
import org.parcours.engine.CarryOver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Round 1 answered on a questionnaire version, round 2 started after the server moved to a newer one that dropped
 * a question and an option: round 2 is on the newer version, what it can take is carried « à confirmer », what it
 * cannot is listed for the team with the older version's words, and round 1 stays readable on its own version.
 */
class RoundAcrossVersionsTest {

    private static final Path MINI = Path.of("src/test/resources/questionnaires/mini");

    @TempDir
    Path data;

    @Test
    void round_two_on_a_newer_version_carries_what_it_can_and_lists_a_removed_question_and_a_removed_option()
            throws Exception {
        Path older = copy("1.0.0", false);
        Path newer = copy("1.1.0", true);
        String token;
        try (ConfigurableApplicationContext first = start(older)) {
            AssessmentService service = first.getBean(AssessmentService.class);
            AssessmentState state = service.start("mini", "Association", "fr");
            state = answer(service, state, "resource_type", new AnswerValue.Choice("software"));
            state = answer(service, state, "code_public", new AnswerValue.Bool(true));
            state = answer(service, state, "funding_needs", new AnswerValue.Choices(List.of("maintenance", "build")));
            state = answer(service, state, "maintainers", new AnswerValue.Number(4));
            state = answer(service, state, "budget", new AnswerValue.Number(12000));
            assertThat(state.evaluation().complete()).isTrue();
            token = state.token().value();
        }

        try (ConfigurableApplicationContext second = start(newer)) {
            AssessmentService service = second.getBean(AssessmentService.class);
            RoundService rounds = second.getBean(RoundService.class);
            AssessmentState before = service.open(token).orElseThrow();
            assertThat(before.questionnaire().version()).isEqualTo("1.0.0");

            NextRound.Started started = (NextRound.Started) rounds.start(before.token(), true);
            AssessmentState now = service.open(token).orElseThrow();

            assertThat(now.questionnaire().version()).isEqualTo("1.1.0");
            assertThat(now.answers().get("funding_needs")).contains(new AnswerValue.Choices(List.of("maintenance")));
            assertThat(now.answers().get("code_public")).isEmpty();
            assertThat(now.round().toConfirm()).containsExactlyInAnyOrder("resource_type", "funding_needs",
                    "maintainers", "budget");
            assertThat(now.round().leftBehind()).extracting(Round.LeftBehind::questionId, Round.LeftBehind::reason)
                    .containsExactlyInAnyOrder(
                            tuple("code_public", CarryOver.Reason.QUESTION_REMOVED),
                            tuple("funding_needs", CarryOver.Reason.OPTION_REMOVED));
            assertThat(now.round().leftBehind()).extracting(left -> left.subject().in("fr"))
                    .containsExactlyInAnyOrder("Code public ?", "Besoins — Construction");
            assertThat(now.round().leftBehind()).extracting(left -> left.subject().in("en"))
                    .containsExactlyInAnyOrder("Public code?", "Needs — Build");
            assertThat(started.carryOver().notCarried()).hasSize(2);

            assertThat(rounds.earlier(now)).singleElement().satisfies(round -> {
                assertThat(round.questionnaire().version()).isEqualTo("1.0.0");
                assertThat(round.evaluation().answers().get("code_public")).contains(new AnswerValue.Bool(true));
            });
            assertThat(rounds.progress(now).previous()).hasSize(1);
        }
    }

    /** The mini fixture as a given version; the newer one without its question code_public nor option build. */
    private Path copy(String version, boolean withoutQuestionAndOption) throws Exception {
        Path folder = Files.createDirectories(data.resolve(version).resolve("mini"));
        String questionnaire = Files.readString(MINI.resolve("questionnaire.yaml"))
                .replace("version: 1.0.0", "version: " + version);
        String catalogue = Files.readString(MINI.resolve("catalogue.yaml"));
        if (withoutQuestionAndOption) {
            int question = questionnaire.indexOf("      - id: code_public");
            questionnaire = questionnaire.substring(0, question)
                    + questionnaire.substring(questionnaire.indexOf("      - id: funding_needs"));
            int option = questionnaire.indexOf("          - {id: build,");
            questionnaire = questionnaire.substring(0, option)
                    + questionnaire.substring(questionnaire.indexOf("          - {id: none,"));
            catalogue = catalogue.replace("\"!code_public\"", "\"resource_type == 'data'\"");
        }
        Files.writeString(folder.resolve("questionnaire.yaml"), questionnaire);
        Files.writeString(folder.resolve("catalogue.yaml"), catalogue);
        return folder.getParent();
    }

    private ConfigurableApplicationContext start(Path questionnaires) {
        return new SpringApplicationBuilder(Application.class)
                .run("--spring.datasource.url=jdbc:h2:file:" + data.resolve("parcours")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--parcours.questionnaires-dir=" + questionnaires, "--server.port=0");
    }

    private static AssessmentState answer(AssessmentService service, AssessmentState state, String question,
                                          AnswerValue value) {
        return ((SaveOutcome.Saved) service.answer(state.token(), question, state.versionOf(question), value)).state();
    }
}
