package org.parcours.engine;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Starts the JMH benchmarks from Surefire, so that they run on the build's JDK toolchain. Its name keeps it
 * out of ordinary test runs; the {@code bench} profile selects it: {@code ./mvnw -B -Pbench clean test}.
 */
class EngineBenchmarkRun {

    @Test
    void run_benchmarks() throws Exception {
        String folder = System.getProperty("parcours.bench.questionnaire", "questionnaires/communs-numeriques");
        new Runner(new OptionsBuilder()
                .include(EngineBenchmark.class.getSimpleName())
                .jvmArgsAppend("-Dparcours.bench.questionnaire=" + folder)
                .build()).run();
    }
}
