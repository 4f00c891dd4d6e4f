package org.parcours.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.parcours.engine.Engine;
import org.parcours.engine.Evaluation;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireException;
import org.parcours.questionnaire.QuestionnaireLoader;
import org.parcours.report.Report;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;

/**
 * JMH benchmarks of the report and its exports on the shipped questionnaire (docs/performance.md), warm:
 * report model + XLSX and + ODS (target under 100 ms), HTML, and PDF (target under 1 s), in the default (plan)
 * edition. Run with
 * {@code ./mvnw -B -Pbench clean test -Dbench.test=ReportBenchmarkRun}.
 */
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {

    @State(Scope.Benchmark)
    public static class Shipped {
        Evaluation evaluation;
        Report report;

        @Setup
        public void setUp() throws QuestionnaireException {
            Path folder = Path.of(System.getProperty("parcours.bench.questionnaire",
                    "questionnaires/communs-numeriques"));
            if (!Files.isDirectory(folder)) folder = Path.of("src/test/resources/questionnaires/mini");
            Questionnaire questionnaire = QuestionnaireLoader.load(folder);
            evaluation = Engine.evaluate(questionnaire, FullAnswers.of(questionnaire));
            report = ReportBuilder.build(evaluation, "fr", ReportContext.on(Reports.DATE).withTeam("Équipe"));
        }
    }

    @Benchmark
    public byte[] reportModelAndXlsx(Shipped s) throws IOException {
        Report report = ReportBuilder.build(s.evaluation, "fr", ReportContext.on(Reports.DATE).withTeam("Équipe"));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        ReportExporter.write(report, ExportFormat.XLSX, out);
        return out.toByteArray();
    }

    @Benchmark
    public byte[] reportModelAndOds(Shipped s) throws IOException {
        Report report = ReportBuilder.build(s.evaluation, "fr", ReportContext.on(Reports.DATE).withTeam("Équipe"));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        ReportExporter.write(report, ExportFormat.ODS, out);
        return out.toByteArray();
    }

    @Benchmark
    public byte[] html(Shipped s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        ReportExporter.write(s.report, ExportFormat.HTML, out);
        return out.toByteArray();
    }

    @Benchmark
    public byte[] pdf(Shipped s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        ReportExporter.write(s.report, ExportFormat.PDF, out);
        return out.toByteArray();
    }

    @Benchmark
    public Report reportModel(Shipped s) {
        return ReportBuilder.build(s.evaluation, "fr", ReportContext.on(Reports.DATE).withTeam("Équipe"));
    }
}
