package org.parcours.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parcours.questionnaire.yaml.QuestionnaireReader;

/** Hostile files fail fast and cleanly, as problems, never as a stack trace or a hang. */
class HostileInputTest {

    private static String refusal(String text) {
        QuestionnaireException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> catchThrowableOfType(QuestionnaireException.class,
                        () -> QuestionnaireLoader.load("evil", Map.of("questionnaire.yaml", text))));
        assertThat(e).isNotNull();
        return e.problems().getFirst().toString();
    }

    @Test
    void alias_bomb_is_refused() {
        String bomb = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                """;
        assertThat(refusal(bomb)).startsWith("evil/questionnaire.yaml:2:").contains("aliases (*a) are not allowed");
    }

    @Test
    void huge_file_is_refused() {
        assertThat(refusal("x: \"" + "a".repeat(QuestionnaireReader.MAX_FILE_CHARS) + "\"\n"))
                .isEqualTo("evil/questionnaire.yaml:1:1: file is too large (1048582 characters); the limit is "
                        + "1048576 (1 MiB): split it into several files");
    }

    @Test
    void deep_nesting_is_refused() {
        String deep = "x: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        assertThat(refusal(deep)).startsWith("evil/questionnaire.yaml:1:").containsAnyOf("nesting", "depth");
    }

    @Test
    void empty_and_scalar_files_are_refused() {
        assertThat(refusal("")).isEqualTo("evil/questionnaire.yaml:1:1: file is empty");
        assertThat(refusal("just text\n")).contains("must be a map of top-level keys");
    }

    @Test
    void duplicate_keys_in_one_map_are_refused() {
        QuestionnaireException e = catchThrowableOfType(QuestionnaireException.class,
                () -> QuestionnaireLoader.load("evil", Map.of("questionnaire.yaml", "id: evil\nid: evil\n")));
        assertThat(e.problems()).extracting(Problem::toString).contains(
                "evil/questionnaire.yaml:2:1: key 'id' is defined twice in this map (first at line 1): keep only one");
    }

    @Test
    void answers_files_have_the_same_limits() {
        QuestionnaireException e = catchThrowableOfType(QuestionnaireException.class,
                () -> AnswersFile.readMap("answers.yaml", "a: &x 1\nb: *x\n"));
        assertThat(e.problems().getFirst().toString()).startsWith("answers.yaml:2:4").contains("not allowed");
    }
}
