package org.parcours.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parcours.questionnaire.Problem;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireLoader;

/** Every questionnaire loads and its content tests pass: authors' tests are part of the build. */
class ContentTestsTest {

    static Stream<Path> questionnaires() {
        return Questionnaires.all().stream();
    }

    static Stream<Path> shipped() {
        return Questionnaires.shipped().stream();
    }

    @ParameterizedTest
    @MethodSource("questionnaires")
    void content_tests_pass(Path folder) throws Exception {
        Questionnaire q = QuestionnaireLoader.load(folder);
        assertThat(ContentTestRunner.run(q)).allSatisfy(o ->
                assertThat(o.failures()).as("content test '%s' of %s", o.test().name(), folder).isEmpty());
    }

    /** A shipped test is a realistic team: its report is complete, unless the test says it means otherwise. */
    @ParameterizedTest
    @MethodSource("shipped")
    void shipped_content_tests_answer_every_visible_required_question(Path folder) throws Exception {
        assertThat(ContentTestRunner.incompleteTests(QuestionnaireLoader.load(folder)))
                .extracting(Problem::asWarning).isEmpty();
    }
}
