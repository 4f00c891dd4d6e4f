package org.parcours.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireLoader;

/** Every questionnaire loads and its content tests pass: authors' tests are part of the build. */
class ContentTestsTest {

    static Stream<Path> questionnaires() {
        return Questionnaires.all().stream();
    }

    @ParameterizedTest
    @MethodSource("questionnaires")
    void content_tests_pass(Path folder) throws Exception {
        Questionnaire q = QuestionnaireLoader.load(folder);
        assertThat(ContentTestRunner.run(q)).allSatisfy(o ->
                assertThat(o.failures()).as("content test '%s' of %s", o.test().name(), folder).isEmpty());
    }
}
