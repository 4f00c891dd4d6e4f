package org.parcours.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.parcours.engine.Answers;
import org.parcours.engine.Engine;
import org.parcours.engine.Evaluation;
import org.parcours.export.ExportFormat;
import org.parcours.export.ReportExporter;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.AnswersFile;
import org.parcours.report.Edition;
import org.parcours.report.PreviousRound;
import org.parcours.report.ProgressInput;
import org.parcours.report.Report;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;

/** {@code report}: evaluates an answers file and writes the report in any export format. */
final class ReportCommand {

    static final String USAGE = "parcours report <questionnaire-dir> --answers <file> [--locale fr|en] "
            + "[--format json|xlsx|ods|pdf|html] [--edition plan|complete] [--out <file>] [--team <name>] "
            + "[--date YYYY-MM-DD] [--previous <file>...]";

    private static final List<String> OPTIONS = List.of("answers", "locale", "format", "edition", "out", "team",
            "date", "previous");

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

    int run(List<String> args) {
        Options options = Options.parse(args, OPTIONS, List.of("previous"), "report", USAGE);
        if (options.arguments().size() != 1 || options.get("answers").isEmpty()) {
            throw new UsageException(options.arguments().size() > 1
                    ? "report takes one questionnaire folder, not " + options.arguments().size() + "; usage: " + USAGE
                    : "report needs a questionnaire folder and --answers <file>; usage: " + USAGE);
        }
        String name = options.get("format").orElse("json");
        ExportFormat format = ExportFormat.named(name)
                .orElseThrow(() -> new UsageException("unknown format '" + name + "': json | xlsx | ods | pdf | html"));
        ReportContext context = context(options);
        String answersFile = options.get("answers").get();
        Optional<Path> target = options.get("out").filter(o -> !o.equals("-")).map(o -> Output.target(o, List.of(answersFile)));
        String answersText = InputFile.read(answersFile);
        Optional<Questionnaire> q = ValidateCommand.load(options.arguments().getFirst(), err, err);
        if (q.isEmpty()) return 1;
        Optional<List<PreviousRound>> previous = new PreviousRounds(err).read(q.get(), options.list("previous"));
        if (previous.isEmpty()) return 2;
        context = context.withProgress(ProgressInput.NONE.withPrevious(previous.get()));
        return report(q.get(), answersFile, answersText, options, context)
                .map(report -> write(report, format, target)).orElse(2);
    }

    /** The report's date (today, or {@code --date} for a reproducible file) and team ({@code --team}). */
    static ReportContext context(Options options) {
        ReportContext context;
        try {
            context = options.get("date").isPresent() ? ReportContext.on(LocalDate.parse(options.get("date").get()))
                    : ReportContext.of(Clock.systemDefaultZone());
        } catch (DateTimeParseException e) {
            throw new UsageException("--date expects YYYY-MM-DD, not '" + options.get("date").get() + "'");
        }
        String edition = options.get("edition").orElse(Edition.PLAN.id());
        context = context.withEdition(Edition.of(edition).orElseThrow(() ->
                new UsageException("unknown edition '" + edition + "': plan | complete")));
        return options.get("team").map(context::withTeam).orElse(context);
    }

    private Optional<Report> report(Questionnaire q, String answersFile, String answersText, Options options,
                                    ReportContext context) {
        Optional<AnswersFile.Located> read = AnswersInput.read(answersFile, answersText, err);
        Optional<Answers> answers = read.flatMap(raw -> AnswersInput.checked(q, raw, err));
        if (answers.isEmpty()) return Optional.empty();
        AnswersFile.Located raw = read.get();
        String locale = options.get("locale")
                .orElse(raw.values().get("locale") instanceof String l ? l : q.defaultLocale());
        if (!q.locales().contains(locale)) {
            throw new UsageException("locale '" + locale + "' is not one of " + q.locales());
        }
        Evaluation evaluation = Engine.evaluate(q, answers.get());
        if (!evaluation.complete()) {
            err.println("incomplete: " + evaluation.missingRequired().size() + " required question(s) without a valid "
                    + "answer: " + String.join(", ", evaluation.missingRequired()));
        }
        return Optional.of(ReportBuilder.build(evaluation, locale, context));
    }

    private int write(Report report, ExportFormat format, Optional<Path> target) {
        return Output.write(out, err, target, format.extension() + " report",
                stream -> writer.write(report, format, stream));
    }
}
