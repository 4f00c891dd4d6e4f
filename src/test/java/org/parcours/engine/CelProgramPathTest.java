package org.parcours.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireLoader;

/**
 * Conditions run directly when they can and as CEL programs otherwise. Here every expression of each
 * questionnaire is rewritten into an equivalent one that only CEL runs ({@code [true].exists(x, x) && (…)}),
 * and both versions must evaluate the same on random answers: visibility, problems, progress, scores with their
 * caps and messages, components, recommendations with their ranks, fit, reasons and arguments against, the
 * excluded ones with their reasons, and the speed boat.
 */
class CelProgramPathTest {

    private static final Pattern EXPRESSION = Pattern.compile("^(\\s*(?:- )?(?:visible_if|when|if): )\"([^\"]*)\"\\s*$",
            Pattern.MULTILINE);

    static Stream<Path> questionnaires() {
        return Questionnaires.all().stream();
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path p : paths.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }

    private static String viaCel(String yaml) {
        Matcher m = EXPRESSION.matcher(yaml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(
                    m.group(1) + "\"[true].exists(x, x) && (" + m.group(2) + ")\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** What a score is made of; bands and caps compare by what they say (their conditions are other objects). */
    private static List<Object> score(DimensionScore s) {
        return List.of(s.percent(), s.band().map(b -> b.level()), s.earned(), s.attainable(), s.capped(), s.message(),
                s.caps().stream().map(c -> List.of(c.atMost(), c.because())).toList());
    }

    private static List<Object> ranked(RankedRecommendation r) {
        return List.of(r.id(), r.rank(), r.fit(), r.reasons(), r.against(), r.recommended());
    }

    @ParameterizedTest
    @MethodSource("questionnaires")
    void cel_programs_and_direct_evaluation_agree(Path folder) throws Exception {
        String name = folder.getFileName().toString();
        Map<String, String> files = files(folder);
        Map<String, String> rewritten = new TreeMap<>();
        files.forEach((file, text) -> rewritten.put(file, viaCel(text)));
        assertThat(rewritten).as("some expression was rewritten").isNotEqualTo(files);
        Questionnaire direct = QuestionnaireLoader.load(name, files);
        Questionnaire cel = QuestionnaireLoader.load(name, rewritten);
        Random random = new Random(11);
        for (int run = 0; run < 200; run++) {
            Answers answers = RandomAnswersPropertyTest.randomAnswers(direct, random);
            Evaluation a = Engine.evaluate(direct, answers);
            Evaluation b = Engine.evaluate(cel, answers);
            assertThat(b.visibleQuestions()).containsExactlyElementsOf(a.visibleQuestions());
            assertThat(b.problems()).isEqualTo(a.problems());
            assertThat(b.progress()).isEqualTo(a.progress());
            assertThat(b.scores().values().stream().map(CelProgramPathTest::score))
                    .containsExactlyElementsOf(a.scores().values().stream().map(CelProgramPathTest::score).toList());
            assertThat(b.recommendations().stream().map(CelProgramPathTest::ranked))
                    .containsExactlyElementsOf(a.recommendations().stream().map(CelProgramPathTest::ranked).toList());
            assertThat(b.excluded().stream().map(x -> List.of(x.id(), x.reasons(), x.questions())))
                    .containsExactlyElementsOf(a.excluded().stream()
                            .map(x -> List.of(x.id(), x.reasons(), x.questions())).toList());
            assertThat(b.components().stream().map(c -> c.id())).containsExactlyElementsOf(
                    a.components().stream().map(c -> c.id()).toList());
            assertThat(b.speedboat()).isEqualTo(a.speedboat());
        }
    }
}
