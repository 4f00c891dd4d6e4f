package org.parcours.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parcours.engine.CarryOver.NotCarried;
import org.parcours.engine.CarryOver.Reason;
import org.parcours.questionnaire.Questionnaire;

/** Answers of one questionnaire version carried over to the next, by question id and option id. */
class CarryOverTest {

    /** Version 1: a type, needs, a count of maintainers, a mission statement, a budget and an old question. */
    private static final Questionnaire V1 = version(
            single("kind", "software", "data"), multiple("needs", "maintenance", "build", "hosting"),
            question("maintainers", "scale", "min: 1, max: 10"), question("mission", "text", null),
            question("budget", "number", null), question("legacy", "boolean", null));

    /** Version 2: « data » and « hosting » gone, the scale shorter, the mission shorter, budget a yes/no, legacy gone. */
    private static final Questionnaire V2 = version(
            single("kind", "software", "content"), multiple("needs", "maintenance", "build"),
            question("maintainers", "scale", "min: 1, max: 5"), question("mission", "text", "max_length: 10"),
            question("budget", "boolean", null), question("newcomer", "boolean", null));

    private static Questionnaire version(String... questions) {
        return Scenario.of("""
                dimensions:
                  - id: d
                    title: {fr: D, en: D}
                    bands:
                      - {up_to: 100, level: any, label: {fr: Tout, en: Any}, message: {fr: m, en: m}}
                phases:
                  - id: p
                    title: {fr: P, en: P}
                    questions:
                """ + String.join("", questions)).questionnaire();
    }

    private static String question(String id, String type, String rules) {
        return "      - {id: %s, type: %s, label: {fr: %s, en: %s}%s}\n"
                .formatted(id, type, id, id, rules == null ? "" : ", " + rules);
    }

    private static String single(String id, String... options) {
        return withOptions(question(id, "single", null), options);
    }

    private static String multiple(String id, String... options) {
        return withOptions(question(id, "multiple", null), options);
    }

    private static String withOptions(String question, String... options) {
        StringBuilder yaml = new StringBuilder(question.substring(0, question.length() - 2)).append(", options: [");
        for (String o : options) yaml.append("{id: %s, label: {fr: %s, en: %s}}, ".formatted(o, o, o));
        return yaml.append("]}\n").toString();
    }

    @Test
    void answers_the_newer_version_still_accepts_are_carried_as_they_are() {
        Answers before = Answers.empty().with("kind", AnswerValue.of("software"))
                .with("needs", AnswerValue.of(List.of("maintenance", "build")))
                .with("maintainers", AnswerValue.of(4)).with("mission", AnswerValue.text("Partager"));

        CarryOver carried = CarryOver.of(V1, before, V2);

        assertThat(carried.carried()).isEqualTo(before);
        assertThat(carried.complete()).isTrue();
    }

    @Test
    void an_answer_to_a_removed_question_is_listed_not_dropped() {
        CarryOver carried = CarryOver.of(V1, Answers.empty().with("legacy", AnswerValue.of(true)), V2);

        assertThat(carried.carried().size()).isZero();
        assertThat(carried.notCarried()).singleElement().satisfies(n -> {
            assertThat(n.questionId()).isEqualTo("legacy");
            assertThat(n.reason()).isEqualTo(Reason.QUESTION_REMOVED);
            assertThat(n.value()).isEqualTo(AnswerValue.of(true));
            assertThat(n.message().in("fr")).contains("« legacy »");
            assertThat(n.message().in("en")).contains("“legacy”");
        });
    }

    @Test
    void a_removed_option_of_a_single_choice_leaves_the_question_unanswered() {
        CarryOver carried = CarryOver.of(V1, Answers.empty().with("kind", AnswerValue.of("data")), V2);

        assertThat(carried.carried().get("kind")).isEmpty();
        assertThat(carried.notCarried()).extracting(NotCarried::questionId, NotCarried::option, NotCarried::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kind", Optional.of("data"),
                        Reason.OPTION_REMOVED));
    }

    @Test
    void a_removed_option_of_a_multiple_choice_goes_and_the_others_stay() {
        CarryOver carried = CarryOver.of(V1,
                Answers.empty().with("needs", AnswerValue.of(List.of("hosting", "maintenance"))), V2);

        assertThat(carried.carried().get("needs")).contains(AnswerValue.of(List.of("maintenance")));
        assertThat(carried.notCarried()).singleElement().satisfies(n -> {
            assertThat(n.option()).contains("hosting");
            assertThat(n.reason()).isEqualTo(Reason.OPTION_REMOVED);
            assertThat(n.value()).isEqualTo(AnswerValue.of(List.of("hosting", "maintenance")));
        });
    }

    @Test
    void an_answer_whose_question_changed_type_is_listed() {
        CarryOver carried = CarryOver.of(V1, Answers.empty().with("budget", AnswerValue.of(12000)), V2);

        assertThat(carried.carried().get("budget")).isEmpty();
        assertThat(carried.notCarried()).extracting(NotCarried::reason).containsExactly(Reason.TYPE_CHANGED);
    }

    @Test
    void an_answer_the_newer_rules_refuse_is_listed_with_the_rule_it_breaks() {
        CarryOver carried = CarryOver.of(V1, Answers.empty().with("maintainers", AnswerValue.of(8))
                .with("mission", AnswerValue.text("Partager le code")), V2);

        assertThat(carried.carried().size()).isZero();
        assertThat(carried.notCarried()).extracting(NotCarried::questionId, NotCarried::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("maintainers", Reason.INVALID),
                org.assertj.core.groups.Tuple.tuple("mission", Reason.INVALID));
        assertThat(carried.notCarried().getFirst().message().in("en")).contains("between 1 and 5");
    }

    @Test
    void carrying_over_to_the_same_version_changes_nothing() {
        Answers before = Answers.empty().with("kind", AnswerValue.of("data")).with("legacy", AnswerValue.of(false));

        assertThat(CarryOver.of(V1, before, V1)).isEqualTo(new CarryOver(before, List.of()));
    }
}
