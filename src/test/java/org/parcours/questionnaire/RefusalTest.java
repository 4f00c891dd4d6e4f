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

    @Test
    void all_problems_are_reported_at_once() {
        Map<String, String> files = mini();
        files.put("questionnaire.yaml", files.get("questionnaire.yaml").replace("max_length: 50", "max_lenght: 50")
                .replace("id: mini", "id: maxi"));
        assertThat(refuse(files)).hasSizeGreaterThanOrEqualTo(2);
    }
}
