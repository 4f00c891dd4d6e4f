package org.parcours.ui.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.engine.Answers;
import org.parcours.engine.Engine;
import org.parcours.engine.Evaluation;
import org.parcours.questionnaire.Phase;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireException;
import org.parcours.questionnaire.QuestionnaireLoader;

class WalkPositionTest {

    private final Questionnaire shipped = load();

    @Test
    void a_long_phase_is_cut_into_balanced_parts_of_at_most_five_questions_in_order() {
        for (Phase phase : shipped.phases()) {
            List<List<Question>> parts = WalkPosition.parts(phase);
            assertThat(parts).allSatisfy(part -> assertThat(part).hasSizeBetween(1, WalkPosition.MAX_QUESTIONS_PER_PART));
            assertThat(parts.stream().flatMap(List::stream).toList()).isEqualTo(phase.questions());
            int largest = parts.stream().mapToInt(List::size).max().orElseThrow();
            int smallest = parts.stream().mapToInt(List::size).min().orElseThrow();
            assertThat(largest - smallest).as(phase.id()).isLessThanOrEqualTo(largest == smallest ? 0 : 2);
        }
    }

    @Test
    void next_and_back_walk_every_page_with_a_visible_question_from_the_first_to_the_last() {
        Evaluation evaluation = Engine.evaluate(shipped, Answers.empty());
        WalkPosition first = new WalkPosition(shipped.phases().getFirst(), 1);

        WalkPosition page = first;
        int pages = 1;
        while (page.next(evaluation).isPresent()) {
            WalkPosition next = page.next(evaluation).orElseThrow();
            assertThat(next.previous(evaluation)).contains(page);
            assertThat(next.questions()).anyMatch(q -> evaluation.isVisible(q.id()));
            page = next;
            pages++;
        }

        assertThat(first.previous(evaluation)).isEmpty();
        assertThat(page.phase().id()).isEqualTo("disseminate");
        assertThat(pages).isGreaterThan(shipped.phases().size());
    }

    @Test
    void a_question_leads_to_the_part_that_holds_it() {
        Question last = shipped.phases().getFirst().questions().getLast();

        WalkPosition position = WalkPosition.of(shipped, last.id()).orElseThrow();

        assertThat(position.questions()).contains(last);
        assertThat(position.part()).isEqualTo(position.partCount());
        assertThat(WalkPosition.of(shipped, "no_such_question")).isEmpty();
    }

    private static Questionnaire load() {
        try {
            return QuestionnaireLoader.load(Path.of("questionnaires/communs-numeriques"));
        } catch (QuestionnaireException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
