package org.parcours.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireLoader;

/** The benchmark's generated questionnaire is valid, and a large questionnaire evaluates. */
class GeneratedQuestionnaireTest {

    @Test
    void a_thousand_questions_with_300_conditions_load_and_evaluate() throws Exception {
        Questionnaire q = QuestionnaireLoader.load("generated", GeneratedQuestionnaire.files(1000, 300));
        assertThat(q.questions()).hasSize(1000);
        assertThat(q.questions().stream().filter(x -> x.visibleIf().isPresent())).hasSize(300);
        Evaluation e = Engine.evaluate(q, RandomAnswersPropertyTest.randomAnswers(q, new Random(3)));
        assertThat(e.visibleQuestions()).hasSizeBetween(700, 1000);
    }
}
