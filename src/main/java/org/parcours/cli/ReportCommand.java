package org.parcours.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.parcours.engine.Answers;
import org.parcours.engine.Engine;
import org.parcours.export.ExportFormat;
import org.parcours.export.ReportExporter;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireException;
import org.parcours.questionnaire.YamlData;
import org.parcours.report.Report;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;

/** {@code report}: evaluates an answers file and writes the report in any export format. */
final class ReportCommand {

    /** How a report becomes bytes: {@link ReportExporter#write}, unless a test makes it fail. */
    @FunctionalInterface
    interface Writer {
        void write(Report report, ExportFormat format, OutputStream out) throws IOException;
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Writer writer;

    ReportCommand(PrintStream out, PrintStream err) {
        this(out, err, ReportExporter::write);
    }

    ReportCommand(PrintStream out, PrintStream err, Writer writer) {
        this.out = out;
        this.err = err;
        this.writer = writer;
    }

    int run(String[] args) {
        Map<String, String> options = new HashMap<>();
        String folder = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else if (folder == null && !args[i].startsWith("--")) {
                folder = args[i];
            } else {
                return usage("unexpected argument '" + args[i] + "'");
            }
        }
        if (folder == null || !options.containsKey("answers")) return usage("a folder and --answers are required");
        String name = options.getOrDefault("format", "json");
        Optional<ExportFormat> format = ExportFormat.named(name);
        if (format.isEmpty()) {
            err.println("parcours: unknown format '" + name + "': json | xlsx | pdf | html");
            return 2;
        }
        Optional<ReportContext> context = context(options);
        if (context.isEmpty()) return 2;
        Optional<Questionnaire> q = ValidateCommand.load(folder, err, err);
        if (q.isEmpty()) return 1;
        return report(q.get(), options, format.get(), context.get());
    }

    /** The report's date (today, or {@code --date} for a reproducible file) and team ({@code --team}). */
    private Optional<ReportContext> context(Map<String, String> options) {
        ReportContext context;
        try {
            context = options.containsKey("date") ? ReportContext.on(LocalDate.parse(options.get("date")))
                    : ReportContext.of(Clock.systemDefaultZone());
        } catch (DateTimeParseException e) {
            err.println("parcours: --date expects YYYY-MM-DD, not '" + options.get("date") + "'");
            return Optional.empty();
        }
        return Optional.of(options.containsKey("team") ? context.withTeam(options.get("team")) : context);
    }

    private int report(Questionnaire q, Map<String, String> options, ExportFormat format, ReportContext context) {
        String answersFile = options.get("answers");
        Map<String, Object> raw;
        try {
            raw = YamlData.readMap(answersFile, Files.readString(Path.of(answersFile), StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("parcours: cannot read " + answersFile + ": " + e.getMessage());
            return 2;
        } catch (QuestionnaireException e) {
            e.problems().forEach(err::println);
            return 2;
        }
        Answers.Parsed parsed = Answers.fromRaw(q, raw);
        if (!parsed.problems().isEmpty()) {
            parsed.problems().forEach(p -> err.println(answersFile + ": invalid answer to '" + p.questionId() + "': "
                    + p.message().in("en")));
            return 2;
        }
        String locale = options.getOrDefault("locale",
                raw.get("locale") instanceof String l ? l : q.defaultLocale());
        if (!q.locales().contains(locale)) {
            err.println("parcours: locale '" + locale + "' is not one of " + q.locales());
            return 2;
        }
        Report report = ReportBuilder.build(Engine.evaluate(q, parsed.answers()), locale, context);
        return write(report, format, options.get("out"));
    }

    /**
     * Sent whole or not at all: to standard output once built in memory, to a file through {@link OutputFile}.
     * A failure halfway leaves no partial output behind, and an earlier file of that name as it was.
     */
    private int write(Report report, ExportFormat format, String outFile) {
        try {
            if (outFile == null || outFile.equals("-")) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
                writer.write(report, format, bytes);
                out.write(bytes.toByteArray(), 0, bytes.size());
                out.flush();
                return 0;
            }
            OutputFile.write(Path.of(outFile), stream -> writer.write(report, format, stream));
        } catch (IOException e) {
            err.println("parcours: cannot write " + outFile + ": " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("parcours: could not produce the " + format.extension() + " report (" + e.getClass().getName()
                    + "); nothing written");
            return 1;
        }
        err.println("wrote " + outFile);
        return 0;
    }

    private int usage(String message) {
        err.println("parcours: " + message);
        err.println(Cli.USAGE);
        return 2;
    }
}
