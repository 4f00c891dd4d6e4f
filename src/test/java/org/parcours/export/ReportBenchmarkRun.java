package org.parcours.export;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Starts the report benchmarks from Surefire, on the build's JDK toolchain. Its name keeps it out of ordinary
 * test runs; the {@code bench} profile selects it: {@code ./mvnw -B -Pbench clean test -Dbench.test=ReportBenchmarkRun}.
 */
class ReportBenchmarkRun {

    @Test
    void run_benchmarks() throws Exception {
        String folder = System.getProperty("parcours.bench.questionnaire", "questionnaires/communs-numeriques");
        new Runner(new OptionsBuilder()
                .include(ReportBenchmark.class.getSimpleName())
                .jvmArgsAppend("-Dparcours.bench.questionnaire=" + folder)
                .build()).run();
    }
}
