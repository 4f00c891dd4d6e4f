package org.parcours.questionnaire.cel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parcours.questionnaire.Bindings;
import org.parcours.questionnaire.Condition;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.QuestionType;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireLoader;

/**
 * The direct evaluator must decide exactly as the CEL program it replaces, on any bindings (edge values
 * such as -0.0, NaN, huge numbers and missing scores included).
 */
class DirectEvaluatorTest {

    private static final Map<String, QuestionType> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("kind", QuestionType.SINGLE);
        TYPES.put("needs", QuestionType.MULTIPLE);
        TYPES.put("maintainers", QuestionType.SCALE);
        TYPES.put("budget", QuestionType.NUMBER);
        TYPES.put("legal", QuestionType.BOOLEAN);
        TYPES.put("notes", QuestionType.TEXT);
    }

    private static final List<String> DIRECT = List.of(
            "kind == 'a'", "kind != 'a'", "kind == notes", "'a' in needs", "!('b' in needs)", "kind in needs",
            "kind in ['a', 'b']", "size(needs) >= 2", "needs.size() == 0", "size(needs) > 1 && !('c' in needs)",
            "maintainers >= 3.0", "maintainers >= 3", "maintainers == 0.0", "maintainers != 2.0", "budget < 0",
            "budget <= -0.0", "budget > 9007199254740992", "0 < budget", "budget == maintainers",
            "budget >= maintainers", "legal", "!legal", "legal == true", "legal != (kind == 'a')",
            "answered('kind')", "answered('budget') || budget > 5.0", "needs == ['a']", "needs == []",
            "[] == needs", "legal ? kind == 'a' : 'b' in needs", "score.fund < 40.0", "score.fund >= 40",
            "score.missing < 40.0 || legal", "legal || score.missing < 40.0", "score.missing < 40.0 && legal",
            "legal && score.missing < 40.0", "!(score.missing < 40.0) || kind == 'a'",
            "(score.missing > 1.0 ? legal : !legal) || true", "score.fund == -1.0", "size(needs) == 2", "budget == -0.0",
            "budget > 18446744073709551615.0 || true", "budget > 9007199254740993", "budget < -9223372036854775808",
            "size(needs) < 9223372036854775807");

    private static final List<String> PROGRAM = List.of(
            "needs.exists(n, n == 'a')", "size(kind) > 1", "budget + 1.0 > 2.0", "kind.startsWith('a')",
            "'fund' in score", "score['fund'] > 3.0", "has(score.fund)",
            "int(budget) > 2", "needs[0] == 'a'", "kind == 'a' || needs[3] == 'b'");

    private static final double[] NUMBERS = {0.0, -0.0, 1.0, 2.0, 3.0, 2.5, -4.0, 40.0, -1.0, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 9007199254740992.0, 9.3e18, -9.3e18, 1e300};
    private static final String[] STRINGS = {"", "a", "b", "c"};

    private record TestBindings(Object[] values, boolean[] answered, Map<String, Double> scores)
            implements Bindings {
        @Override
        public Object value(int index) {
            return values[index];
        }

        @Override
        public boolean answered(int index) {
            return answered[index];
        }
    }

    private static TestBindings random(List<QuestionType> types, Set<String> dimensions, Random random) {
        Object[] values = new Object[types.size()];
        boolean[] answered = new boolean[types.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (types.get(i)) {
                case SINGLE, TEXT -> STRINGS[random.nextInt(STRINGS.length)];
                case MULTIPLE -> {
                    List<String> list = new ArrayList<>();
                    for (String s : STRINGS) if (!s.isEmpty() && random.nextBoolean()) list.add(s);
                    yield List.copyOf(list);
                }
                case SCALE, NUMBER -> NUMBERS[random.nextInt(NUMBERS.length)];
                case BOOLEAN -> random.nextBoolean();
            };
            answered[i] = random.nextBoolean();
        }
        Map<String, Double> scores = new HashMap<>();
        for (String d : dimensions) {
            if (random.nextInt(5) > 0) scores.put(d, random.nextBoolean() ? -1.0 : NUMBERS[random.nextInt(NUMBERS.length)]);
        }
        return new TestBindings(values, answered, scores);
    }

    private static CelCondition compile(ConditionCompiler compiler, String text) {
        ConditionCompiler.Outcome outcome = compiler.compile(text, "when", true);
        assertThat(outcome).as(text).isInstanceOf(ConditionCompiler.Compiled.class);
        return (CelCondition) ((ConditionCompiler.Compiled) outcome).condition();
    }

    private static void assertSameDecisions(List<CelCondition> conditions, List<QuestionType> types,
                                            Set<String> dimensions, int runs) {
        Random random = new Random(7);
        for (int run = 0; run < runs; run++) {
            TestBindings b = random(types, dimensions, random);
            for (CelCondition c : conditions) {
                assertThat(c.test(b)).as("%s with %s %s", c, java.util.Arrays.toString(b.values()), b.scores())
                        .isEqualTo(c.runProgram(b));
            }
        }
    }

    @Test
    void direct_evaluation_decides_as_cel() {
        ConditionCompiler compiler = new ConditionCompiler(TYPES, Set.of("fund", "missing"));
        List<CelCondition> direct = DIRECT.stream().map(t -> compile(compiler, t)).toList();
        List<CelCondition> program = PROGRAM.stream().map(t -> compile(compiler, t)).toList();
        assertThat(direct).allSatisfy(c -> assertThat(c.isDirect()).as(c.source()).isTrue());
        assertThat(program).allSatisfy(c -> assertThat(c.isDirect()).as(c.source()).isFalse());
        List<CelCondition> all = new ArrayList<>(direct);
        all.addAll(program);
        assertSameDecisions(all, List.copyOf(TYPES.values()), Set.of("fund", "missing"), 3000);
    }

    @Test
    void the_conditions_of_a_questionnaire_include_every_key_of_format_2() throws Exception {
        Questionnaire q = QuestionnaireLoader.load(Path.of("src/test/resources/questionnaires-2.0/extended"));
        assertThat(q.conditions()).extracting(Condition::source).contains(
                "hosting == 'one_person' && !paid", "rules_by == 'founder'",
                "resource_type in ['data', 'mixed']", "ecological", "public_body");
    }

    @Test
    void every_condition_of_every_questionnaire_is_direct_and_decides_as_cel() throws Exception {
        List<Path> folders = new ArrayList<>();
        for (Path root : List.of(Path.of("questionnaires"), Path.of("src/test/resources/questionnaires"),
                Path.of("src/test/resources/questionnaires-2.0"))) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> paths = Files.list(root)) {
                paths.filter(Files::isDirectory).sorted().forEach(folders::add);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(folders).isNotEmpty();
        for (Path folder : folders) {
            Questionnaire q = QuestionnaireLoader.load(folder);
            // Every key: visible_if, caps, band variants, components, when, requires, fit.
            List<CelCondition> conditions = q.conditions().stream().map(c -> (CelCondition) c).toList();
            assertThat(conditions).as(folder.toString())
                    .allSatisfy(c -> assertThat(c.isDirect()).as(c.source()).isTrue());
            Set<String> dimensions = new java.util.HashSet<>();
            q.dimensions().forEach(d -> dimensions.add(d.id()));
            assertSameDecisions(conditions, q.questions().stream().map(Question::type).toList(), dimensions, 300);
        }
    }
}
