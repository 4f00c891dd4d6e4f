package org.parcours.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parcours.engine.Answers;
import org.parcours.engine.Comparison;
import org.parcours.engine.Engine;
import org.parcours.engine.Evaluation;
import org.parcours.export.ComparisonExporter;
import org.parcours.export.ExportFormat;
import org.parcours.export.ReportExporter;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.report.ComparisonReport;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;

/**
 * {@code compare}: several members' answers files side by side — each question's spread, divergence index and
 * proposed agreed answer, the most divergent first — and, with the team's agreed answers, the team's report with its
 * « Là où vos regards divergent » section.
 */
final class CompareCommand {

    static final String USAGE = "parcours compare <questionnaire-dir> --answers <file> <file>... [--agreed <file>] "
            + "[--locale fr|en] [--format json|xlsx|ods|html (pdf with --agreed)] [--edition plan|complete] "
            + "[--out <file>] [--team <name>] [--date YYYY-MM-DD]";

    private static final List<String> OPTIONS = List.of("answers", "agreed", "locale", "format", "edition", "out",
            "team", "date");

    /** A team holds at most this many members; more answers files are refused rather than compared slowly. */
    static final int MAX_MEMBERS = 50;

    private final PrintStream out;
    private final PrintStream err;

    CompareCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Options options = Options.parse(args, OPTIONS, List.of("answers"), "compare", USAGE);
        List<String> files = options.list("answers");
        checkArguments(options, files);
        Optional<String> agreedFile = options.get("agreed");
        ExportFormat format = format(options, agreedFile.isPresent());
        ReportContext context = ReportCommand.context(options);
        List<String> inputs = new ArrayList<>(files);
        agreedFile.ifPresent(inputs::add);
        Optional<Path> target = options.get("out").filter(o -> !o.equals("-")).map(o -> Output.target(o, inputs));
        List<String> texts = inputs.stream().map(InputFile::read).toList();
        Optional<Questionnaire> q = ValidateCommand.load(options.arguments().getFirst(), err, err);
        if (q.isEmpty()) return 1;
        List<Answers> members = new ArrayList<>();
        boolean refused = false;
        for (int i = 0; i < files.size(); i++) {
            Optional<Answers> answers = read(q.get(), files.get(i), texts.get(i));
            answers.ifPresent(members::add);
            refused |= answers.isEmpty();
        }
        Optional<Answers> agreed = agreedFile.flatMap(f -> read(q.get(), f, texts.getLast()));
        if (refused || agreedFile.isPresent() && agreed.isEmpty()) return 2;
        String locale = options.get("locale").orElse(q.get().defaultLocale());
        if (!q.get().locales().contains(locale)) {
            throw new UsageException("locale '" + locale + "' is not one of " + q.get().locales());
        }
        Comparison comparison = Engine.compare(q.get(), members);
        if (agreed.isEmpty()) {
            ComparisonReport report = ReportBuilder.comparison(comparison, locale, context.date());
            return Output.write(out, err, target, format.extension() + " comparison",
                    stream -> ComparisonExporter.write(report, format, stream));
        }
        Evaluation evaluation = Engine.evaluate(q.get(), agreed.get());
        if (!evaluation.complete()) {
            err.println("incomplete: " + evaluation.missingRequired().size() + " required question(s) without an agreed "
                    + "answer: " + String.join(", ", evaluation.missingRequired()));
        }
        var report = ReportBuilder.build(evaluation, comparison, locale, context);
        return Output.write(out, err, target, format.extension() + " report",
                stream -> ReportExporter.write(report, format, stream));
    }

    private static void checkArguments(Options options, List<String> files) {
        if (options.arguments().size() != 1 || files.isEmpty()) {
            throw new UsageException(options.arguments().size() > 1
                    ? "compare takes one questionnaire folder, not " + options.arguments().size()
                            + " (answers files follow --answers); usage: " + USAGE
                    : "compare needs a questionnaire folder and --answers <file> <file>...; usage: " + USAGE);
        }
        if (files.size() < 2) throw new UsageException("compare needs at least two answers files, not one");
        if (files.size() > MAX_MEMBERS) {
            throw new UsageException("compare takes at most " + MAX_MEMBERS + " answers files, not " + files.size());
        }
        Set<Path> seen = new HashSet<>();
        for (String file : files) {
            if (!seen.add(InputFile.path(file).toAbsolutePath().normalize())) {
                throw new UsageException(file + " is given twice in --answers");
            }
        }
    }

    private static ExportFormat format(Options options, boolean agreed) {
        String name = options.get("format").orElse("json");
        Optional<ExportFormat> format = ExportFormat.named(name);
        if (agreed && format.isPresent()) return format.get();
        if (format.isPresent() && ComparisonExporter.FORMATS.contains(format.get())) return format.get();
        throw new UsageException(format.isPresent()
                ? "the comparison alone is written as json | xlsx | ods | html; pdf needs --agreed <file>"
                : "unknown format '" + name + "': json | xlsx | ods | html" + (agreed ? " | pdf" : ""));
    }

    /** One answers file through the engine's rules; its problems are printed at their place. */
    private Optional<Answers> read(Questionnaire q, String file, String text) {
        return AnswersInput.read(file, text, err).flatMap(raw -> AnswersInput.checked(q, raw, err));
    }
}
