package org.parcours.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One test per refusal of the loader: each breaks the valid "mini" fixture in one place and checks the
 * message and where it points (file:line:column).
 */
class RefusalTest {

    private static final Path MINI = Path.of("src/test/resources/questionnaires/mini");

    private static Map<String, String> mini() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(MINI)) {
            for (Path p : paths.toList()) files.put(p.getFileName().toString(), Files.readString(p));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /** Loads mini with {@code from} replaced by {@code to} in {@code file}, expecting a refusal. */
    private static List<Problem> refuse(String file, String from, String to) {
        Map<String, String> files = mini();
        assertThat(files.get(file)).as("fixture text to replace").contains(from);
        files.put(file, files.get(file).replace(from, to));
        return refuse(files);
    }

    private static List<Problem> refuse(Map<String, String> files) {
        QuestionnaireException e = catchThrowableOfType(QuestionnaireException.class,
                () -> QuestionnaireLoader.load("mini", files));
        assertThat(e).as("expected a refusal").isNotNull();
        return e.problems();
    }

    private static void assertProblem(List<Problem> problems, String where, String message) {
        assertThat(problems).extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).startsWith(where).contains(message));
    }

    @Test
    void the_fixture_itself_loads() throws Exception {
        Questionnaire q = QuestionnaireLoader.load("mini", mini());
        assertThat(q.questions()).hasSize(6);
        assertThat(q.contentHash()).hasSize(64).isEqualTo(QuestionnaireLoader.load(MINI).contentHash());
        assertThat(q.sourceFiles()).containsKeys("catalogue.yaml", "questionnaire.yaml", "tests.yaml");
    }

    @Test
    void yaml_syntax_error() {
        assertProblem(refuse("questionnaire.yaml", "title: {fr: \"Mini\", en: \"Mini\"}", "title: {fr: \"Mini\", en: "),
                "mini/questionnaire.yaml:", "YAML syntax error");
    }

    @Test
    void unknown_key_suggests_the_closest() {
        assertProblem(refuse("questionnaire.yaml", "        max_length: 50", "        max_lenght: 50"),
                "mini/questionnaire.yaml:74:9", "unknown key 'max_lenght' in question (did you mean 'max_length'?)");
    }

    @Test
    void duplicate_question_id() {
        assertProblem(refuse("questionnaire.yaml", "      - id: vision", "      - id: budget"),
                "mini/questionnaire.yaml:71:13", "duplicate question id 'budget'");
    }

    @Test
    void duplicate_option_id() {
        assertProblem(refuse("questionnaire.yaml", "{id: data,", "{id: software,"),
                "mini/questionnaire.yaml:37:18", "duplicate option id 'software'");
    }

    @Test
    void duplicate_dimension_id() {
        assertProblem(refuse("questionnaire.yaml", "  - id: empty", "  - id: sustain"),
                "mini/questionnaire.yaml:24:9", "duplicate dimension id 'sustain'");
    }

    @Test
    void duplicate_recommendation_id() {
        assertProblem(refuse("catalogue.yaml", "  - id: gov-nothing", "  - id: gov-committee"),
                "mini/catalogue.yaml:25:9", "duplicate recommendation id 'gov-committee'");
    }

    @Test
    void bad_id_format() {
        assertProblem(refuse("questionnaire.yaml", "      - id: resource_type", "      - id: Resource-Type"),
                "mini/questionnaire.yaml:32:13", "id 'Resource-Type' has the wrong format");
    }

    @Test
    void id_differs_from_folder_name() {
        assertProblem(refuse("questionnaire.yaml", "id: mini", "id: maxi"),
                "mini/questionnaire.yaml:1:5", "must equal the folder name 'mini'");
    }

    @Test
    void top_level_key_in_two_files() {
        Map<String, String> files = mini();
        files.put("extra.yaml", "license: MIT\n");
        assertProblem(refuse(files), "mini/questionnaire.yaml:7:1",
                "top-level key 'license' is already defined in mini/extra.yaml:1:1");
    }

    @Test
    void missing_translation() {
        assertProblem(refuse("questionnaire.yaml", "label: {fr: Vision, en: Vision}", "label: {fr: Vision}"),
                "mini/questionnaire.yaml:73:16", "missing translation 'en' for label in question");
    }

    @Test
    void overlapping_bands() {
        assertProblem(refuse("questionnaire.yaml", "{up_to: 66, level: developing", "{up_to: 20, level: developing"),
                "mini/questionnaire.yaml:17:17", "bands overlap");
    }

    @Test
    void bands_not_ending_at_100() {
        assertProblem(refuse("questionnaire.yaml", "{up_to: 100, level: solid", "{up_to: 90, level: solid"),
                "mini/questionnaire.yaml:23:17", "the last band must end at 100");
    }

    @Test
    void points_for_unknown_dimension() {
        assertProblem(refuse("questionnaire.yaml", "points: {identify: 4}}", "points: {identity: 4}}"),
                "mini/questionnaire.yaml:36:74", "points for unknown dimension 'identity' (did you mean 'identify'?)");
    }

    @Test
    void choice_question_without_options() {
        assertProblem(refuse("questionnaire.yaml", "        type: boolean\n", "        type: single\n"),
                "mini/questionnaire.yaml:40:9", "a single question needs options");
    }

    @Test
    void expression_that_does_not_parse() {
        assertProblem(refuse("questionnaire.yaml", "visible_if: \"resource_type == 'software'\"",
                "visible_if: \"resource_type == \""), "mini/questionnaire.yaml:43:39", "visible_if: mismatched input '<EOF>'");
    }

    @Test
    void expression_that_does_not_type_check() {
        assertProblem(refuse("questionnaire.yaml", "visible_if: \"resource_type == 'software'\"",
                "visible_if: \"resource_type == 3.0\""), "mini/questionnaire.yaml:43:36", "visible_if: found no matching overload for '_==_' applied to '(string, double)'");
    }

    @Test
    void an_expression_that_could_cost_too_much_is_refused_where_it_is_written() {
        String hundred = "[" + "1, ".repeat(99) + "1]";
        String body = "a + b == 3 && a * b != 7 && a - b != 5 && a != b + 9 && b != a + 11";
        assertProblem(refuse("catalogue.yaml", "when: \"resource_type != ''\"", "when: \"" + hundred + ".exists(a, "
                + hundred + ".exists(b, " + body + "))\""), "mini/catalogue.yaml:39:11",
                "when: this expression could take up to");
    }

    @Test
    void expression_naming_an_unknown_question() {
        assertProblem(refuse("questionnaire.yaml", "visible_if: \"resource_type == 'software'\"",
                "visible_if: \"resource_typ == 'software'\""), "mini/questionnaire.yaml:43:22",
                "visible_if: unknown question 'resource_typ' (did you mean 'resource_type'?)");
    }

    @Test
    void answered_of_an_unknown_question() {
        assertProblem(refuse("questionnaire.yaml", "answered('maintainers')", "answered('maintainer')"),
                "mini/questionnaire.yaml:70:31", "unknown question 'maintainer' in answered() (did you mean 'maintainers'?)");
    }

    @Test
    void score_inside_visible_if() {
        assertProblem(refuse("questionnaire.yaml", "visible_if: \"resource_type == 'software'\"",
                "visible_if: \"score.identify > 50.0\""), "mini/questionnaire.yaml:43:22", "visible_if: 'score' cannot be used here");
    }

    @Test
    void unknown_dimension_in_score() {
        assertProblem(refuse("catalogue.yaml", "score.sustain >= 0.0", "score.sustian >= 0.0"),
                "mini/catalogue.yaml:", "unknown dimension 'sustian' in score.sustian (did you mean 'sustain'?)");
    }

    @Test
    void cyclic_visibility() {
        assertProblem(refuse("questionnaire.yaml", "answered('maintainers') && maintainers >= 3", "budget > 0.0 || code_public")
                .stream().map(p -> new Problem(p.file(), p.line(), p.column(), p.message())).toList(),
                "mini/questionnaire.yaml:70:21", "visibility forms a cycle: budget → budget");
    }

    @Test
    void content_test_naming_an_unknown_question() {
        assertProblem(refuse("tests.yaml", "visible: [code_public, budget]", "visible: [code_publik, budget]"),
                "mini/tests.yaml:5:17", "expect.visible names an unknown question 'code_publik' (did you mean 'code_public'?)");
    }

    @Test
    void content_test_answering_an_unknown_question() {
        assertProblem(refuse("tests.yaml", "{resource_type: software,", "{resource: software,"),
                "mini/tests.yaml:3:15", "test answers an unknown question 'resource'");
    }

    @Test
    void content_test_naming_an_unknown_recommendation() {
        assertProblem(refuse("tests.yaml", "not_recommended: [gov-nothing]", "not_recommended: [gov-none]"),
                "mini/tests.yaml:9:25", "unknown recommendation 'gov-none'");
    }

    @Test
    void speedboat_island_must_be_a_text_question() {
        assertProblem(refuse("questionnaire.yaml", "speedboat: {island: vision}", "speedboat: {island: budget}"),
                "mini/questionnaire.yaml:10:21", "speedboat.island must name a text question");
    }

    @Test
    void persona_only_for_dissemination() {
        assertProblem(refuse("catalogue.yaml", "    kind: governance\n    phase: sustain\n    title: {fr: Comité",
                "    kind: governance\n    persona: mayor\n    phase: sustain\n    title: {fr: Comité"),
                "mini/catalogue.yaml:17:14", "persona is only for kind: dissemination");
    }

    // Content format 2.0: each new key refused at its place.

    private static final String SOLID = "      - {up_to: 100, level: solid, label: {fr: Solide, en: Solid}, message: {fr: m, en: m}}\n";
    private static final String COMPONENTS = "components:\n  - {id: software, title: {fr: Code, en: Code}, "
            + "if: \"resource_type == 'software'\"}\n";
    private static final String COMMITTEE = "    kind: governance\n    phase: sustain\n    title: {fr: Comité";

    private static List<Problem> refuseCap(String cap) {
        return refuse("questionnaire.yaml", SOLID, SOLID + "    caps:\n      - " + cap + "\n");
    }

    /** The catalogue with components declared (at its end: top-level keys merge across files) and a change. */
    private static List<Problem> refuseWithComponents(String file, String from, String to) {
        Map<String, String> files = mini();
        files.put("catalogue.yaml", files.get("catalogue.yaml") + COMPONENTS);
        assertThat(files.get(file)).as("fixture text to replace").contains(from);
        files.put(file, files.get(file).replace(from, to));
        return refuse(files);
    }

    @Test
    void cap_naming_an_unknown_level() {
        assertProblem(refuseCap("{if: \"maintainers == 1.0\", at_most: fragil, because: {fr: x, en: x}}"),
                "mini/questionnaire.yaml:25:45", "cap at_most 'fragil' is not a level of 'sustain': one of "
                        + "[fragile, solid] (did you mean 'fragile'?)");
    }

    @Test
    void cap_on_the_last_band_caps_nothing() {
        assertProblem(refuseCap("{if: \"maintainers == 1.0\", at_most: solid, because: {fr: x, en: x}}"),
                "mini/questionnaire.yaml:25:45", "cap at_most 'solid' is the last band of 'sustain': it caps nothing");
    }

    @Test
    void cap_reading_score() {
        assertProblem(refuseCap("{if: \"score.sustain < 10.0\", at_most: fragile, because: {fr: x, en: x}}"),
                "mini/questionnaire.yaml:25:15", "if: 'score' cannot be used here");
    }

    @Test
    void cap_naming_an_unknown_question() {
        assertProblem(refuseCap("{if: \"maintainer == 1.0\", at_most: fragile, because: {fr: x, en: x}}"),
                "mini/questionnaire.yaml:25:15", "if: unknown question 'maintainer' (did you mean 'maintainers'?)");
    }

    @Test
    void cap_without_its_reason() {
        assertProblem(refuseCap("{if: \"maintainers == 1.0\", at_most: fragile}"),
                "mini/questionnaire.yaml:25:9", "cap misses the required key 'because'");
    }

    @Test
    void message_variant_reading_score() {
        assertProblem(refuse("questionnaire.yaml", SOLID, SOLID.replace("message: {fr: m, en: m}}",
                        "message: {fr: m, en: m}, variants: [{if: \"score.sustain > 1.0\", message: {fr: v, en: v}}]}")),
                "mini/questionnaire.yaml:23:", "if: 'score' cannot be used here");
    }

    @Test
    void component_not_declared() {
        assertProblem(refuse("catalogue.yaml", COMMITTEE, COMMITTEE.replace("    phase:", "    component: software\n    phase:")),
                "mini/catalogue.yaml:17:16", "component 'software' is not declared in components: declare it");
    }

    @Test
    void component_misspelt() {
        assertProblem(refuseWithComponents("catalogue.yaml", COMMITTEE,
                        COMMITTEE.replace("    phase:", "    component: sofware\n    phase:")),
                "mini/catalogue.yaml:17:16", "component 'sofware' is not declared in components [software] "
                        + "(did you mean 'software'?)");
    }

    @Test
    void component_on_a_kind_not_ranked_per_component() {
        assertProblem(refuseWithComponents("catalogue.yaml", "    kind: dissemination\n",
                        "    kind: dissemination\n    component: software\n"),
                "mini/catalogue.yaml:49:16", "component is only for the kinds the report ranks as options");
    }

    @Test
    void duplicate_component_id() {
        assertProblem(refuseWithComponents("catalogue.yaml", COMPONENTS, COMPONENTS + COMPONENTS.substring(12)),
                "mini/catalogue.yaml:59:10", "duplicate component id 'software'");
    }

    @Test
    void component_condition_reading_score() {
        assertProblem(refuseWithComponents("catalogue.yaml", "if: \"resource_type == 'software'\"}",
                        "if: \"score.identify > 1.0\"}"), "mini/catalogue.yaml:58:", "if: 'score' cannot be used here");
    }

    /** The fund of mini with {@code requires: <list>} on line 40. */
    private static List<Problem> refuseRequires(String list) {
        String when = "    when: \"resource_type != ''\"\n";
        return refuse("catalogue.yaml", when, when + "    requires: " + list + "\n");
    }

    @Test
    void requirement_naming_an_unknown_question() {
        assertProblem(refuseRequires("[{if: \"ecologic\", otherwise: {fr: x, en: x}}]"),
                "mini/catalogue.yaml:40:22", "if: unknown question 'ecologic'");
    }

    @Test
    void requirement_without_its_reason() {
        assertProblem(refuseRequires("[{if: \"code_public\"}]"),
                "mini/catalogue.yaml:40:16", "requirement misses the required key 'otherwise'");
    }

    @Test
    void malformed_checked_on() {
        assertProblem(refuse("catalogue.yaml", "    pays_for: [maintenance]\n",
                        "    pays_for: [maintenance]\n    checked_on: \"2026-13-01\"\n"),
                "mini/catalogue.yaml:38:17", "checked_on must be a date written YYYY-MM-DD in quotes");
    }

    @Test
    void localised_source_title_missing_a_translation() {
        assertProblem(refuse("catalogue.yaml", "{title: Source,", "{title: {fr: Source},"),
                "mini/catalogue.yaml:55:23", "missing translation 'en' for title in source");
    }

    private static final String ACTIONS = """
              - id: act-a
                kind: action
                phase: sustain
                title: {fr: A, en: A}
                summary: {fr: A, en: A}
                effort: low
                after: [%s]
              - id: act-b
                kind: action
                phase: sustain
                title: {fr: B, en: B}
                summary: {fr: B, en: B}
                effort: low
                after: [%s]
            """;

    private static List<Problem> refuseActions(String afterA, String afterB) {
        return refuse("catalogue.yaml", "recommendations:\n", "recommendations:\n" + ACTIONS.formatted(afterA, afterB));
    }

    @Test
    void after_naming_an_unknown_action() {
        assertProblem(refuseActions("act-c", ""), "mini/catalogue.yaml:8:13",
                "after names an unknown action 'act-c' (did you mean 'act-a'?)");
    }

    @Test
    void after_naming_a_recommendation_that_is_not_an_action() {
        assertProblem(refuseActions("gov-committee", ""), "mini/catalogue.yaml:8:13",
                "after names 'gov-committee', which is a governance recommendation: after lists actions only");
    }

    @Test
    void after_on_a_recommendation_that_is_not_an_action() {
        assertProblem(refuse("catalogue.yaml", COMMITTEE, COMMITTEE.replace("    phase:", "    after: []\n    phase:")),
                "mini/catalogue.yaml:17:12", "after is only for kind: action");
    }

    @Test
    void actions_after_each_other_form_a_cycle() {
        assertProblem(refuseActions("act-b", "act-a"), "mini/catalogue.yaml:8:12",
                "actions form a cycle: act-a → act-b → act-a (each comes after the next): break it");
    }

    /** Mini's first content test with one more expectation, written on its own line (line 10). */
    private static List<Problem> refuseExpectation(String line) {
        return refuse("tests.yaml", "      not_recommended: [gov-nothing]\n",
                "      not_recommended: [gov-nothing]\n      " + line + "\n");
    }

    @Test
    void content_test_excluding_a_recommendation_without_requires() {
        assertProblem(refuseExpectation("excluded: [gov-nothing]"),
                "mini/tests.yaml:10:18", "expect.excluded names 'gov-nothing', which has no requires");
    }

    @Test
    void content_test_excluding_an_unknown_recommendation() {
        assertProblem(refuseExpectation("excluded: {gov-nothin: \"x\"}"),
                "mini/tests.yaml:10:18", "expect.excluded names an unknown recommendation 'gov-nothin'");
    }

    @Test
    void content_test_expecting_arguments_against_where_none_can_hold() {
        assertProblem(refuseExpectation("against: {gov-committee: [x]}"),
                "mini/tests.yaml:10:17", "expect.against names 'gov-committee', which has no fit criterion with a "
                        + "negative weight");
    }

    @Test
    void content_test_expecting_arguments_against_an_unknown_recommendation() {
        assertProblem(refuseExpectation("against: {fund-low-scor: [x]}"), "mini/tests.yaml:10:17",
                "expect.against names an unknown recommendation 'fund-low-scor' (did you mean 'fund-low-score'?)");
    }

    @Test
    void content_test_expecting_complete_with_a_value_that_is_not_true_or_false() {
        assertProblem(refuseExpectation("complete: \"yes\""), "mini/tests.yaml:10:17",
                "complete must be true or false, not a text");
    }

    @Test
    void content_test_expecting_a_cap_on_a_dimension_without_caps() {
        List<Problem> problems = refuseExpectation("capped: [sustain, sustainn]");
        assertProblem(problems, "mini/tests.yaml:10:16", "expect.capped names 'sustain', which has no caps");
        assertProblem(problems, "mini/tests.yaml:10:25", "expect.capped names an unknown dimension 'sustainn'");
    }

    @Test
    void content_test_expecting_the_message_of_an_unknown_dimension() {
        assertProblem(refuseExpectation("message: {sustainn: m}"),
                "mini/tests.yaml:10:17", "expect.message names an unknown dimension 'sustainn'");
    }

    @Test
    void content_test_top_of_an_unknown_component() {
        assertProblem(refuse("tests.yaml", "top: {governance: gov-association}",
                        "top: {governance/software: gov-association}"),
                "mini/tests.yaml:10:13", "expect.top: unknown component 'software' in 'governance/software'");
    }

    @Test
    void content_test_top_of_a_kind_whose_recommendation_ranks_per_component() {
        assertProblem(refuseTopPerComponent(), "mini/tests.yaml:10:25", "expect.top.governance names 'gov-committee', which ranks in "
                        + "governance/software: write that key instead");
    }

    private static List<Problem> refuseTopPerComponent() {
        Map<String, String> files = mini();
        files.put("catalogue.yaml", files.get("catalogue.yaml").replace(COMMITTEE,
                COMMITTEE.replace("    phase:", "    component: software\n    phase:")) + COMPONENTS);
        files.put("tests.yaml", files.get("tests.yaml").replace("top: {governance: gov-association}",
                "top: {governance: gov-committee}"));
        return refuse(files);
    }

    @Test
    void all_problems_are_reported_at_once() {
        Map<String, String> files = mini();
        files.put("questionnaire.yaml", files.get("questionnaire.yaml").replace("max_length: 50", "max_lenght: 50")
                .replace("id: mini", "id: maxi"));
        assertThat(refuse(files)).hasSizeGreaterThanOrEqualTo(2);
    }
}
