package org.parcours.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireException;
import org.parcours.questionnaire.QuestionnaireLoader;

/**
 * JMH benchmarks (docs/performance.md). Run with {@code ./mvnw -B -Pbench clean test}.
 * The shipped questionnaire is read from {@code -Dparcours.bench.questionnaire} (default
 * questionnaires/communs-numeriques, falling back to the mini fixture when absent).
 */
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {

    static Path shippedFolder() {
        Path p = Path.of(System.getProperty("parcours.bench.questionnaire", "questionnaires/communs-numeriques"));
        return Files.isDirectory(p) ? p : Path.of("src/test/resources/questionnaires/mini");
    }

    @State(Scope.Benchmark)
    public static class Shipped {
        Questionnaire questionnaire;
        Answers answers;

        @Setup
        public void setUp() throws QuestionnaireException {
            questionnaire = QuestionnaireLoader.load(shippedFolder());
            answers = RandomAnswersPropertyTest.randomAnswers(questionnaire, new Random(1));
        }
    }

    @State(Scope.Benchmark)
    public static class Generated {
        Questionnaire questionnaire;
        Answers answers;

        @Setup
        public void setUp() throws QuestionnaireException {
            questionnaire = QuestionnaireLoader.load("generated", GeneratedQuestionnaire.files(1000, 300));
            answers = RandomAnswersPropertyTest.randomAnswers(questionnaire, new Random(1));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Evaluation evaluateShipped(Shipped s) {
        return Engine.evaluate(s.questionnaire, s.answers);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Evaluation evaluateGenerated1000(Generated s) {
        return Engine.evaluate(s.questionnaire, s.answers);
    }

    /** Cold: each fork is a fresh JVM and measures its very first load + validate. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Questionnaire coldLoadShipped() throws QuestionnaireException {
        return QuestionnaireLoader.load(shippedFolder());
    }
}
