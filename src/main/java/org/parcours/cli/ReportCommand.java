package org.parcours.cli;

import java.io.BufferedOutputStream;
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
import org.parcours.questionnaire.AnswersFile;
import org.parcours.report.Report;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;

/** {@code report}: evaluates an answers file and writes the report in any export format. */
final class ReportCommand {

    private final PrintStream out;
    private final PrintStream err;

    ReportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
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
            raw = AnswersFile.readMap(answersFile, Files.readString(Path.of(answersFile), StandardCharsets.UTF_8));
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

    private int write(Report report, ExportFormat format, String outFile) {
        if (outFile == null || outFile.equals("-")) {
            try {
                ReportExporter.write(report, format, out);
                return 0;
            } catch (IOException e) {
                err.println("parcours: cannot write the report: " + e.getMessage());
                return 2;
            }
        }
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(Path.of(outFile)))) {
            ReportExporter.write(report, format, file);
        } catch (IOException e) {
            err.println("parcours: cannot write " + outFile + ": " + e.getMessage());
            return 2;
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
