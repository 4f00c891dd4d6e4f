package org.parcours.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parcours.engine.ContentTestRunner;
import org.parcours.engine.ExpressionCosts;
import org.parcours.questionnaire.Problem;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireException;
import org.parcours.questionnaire.QuestionnaireLoader;

/**
 * {@code validate}: every problem as path:line:column: message (the loader's, then content-test answers that
 * break the engine's answer rules, then expressions too costly on the content tests' answers), or a one-line
 * summary per folder, after its warnings ({@code path:line:column: warning: message}), which fail the command
 * only with {@code --strict}. Dates are checked against today.
 */
final class ValidateCommand {

    static final String USAGE = "parcours validate [--strict] <questionnaire-dir>...";

    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** {@code --strict} among the arguments makes warnings fail the command too. */
    int run(List<String> args) {
        boolean strict = args.contains("--strict");
        List<String> folders = args.stream().filter(a -> !a.equals("--strict")).toList();
        int problems = 0;
        for (String folder : folders(folders, "validate", USAGE)) {
            problems += load(folder, out, err).map(q -> {
                List<Problem> warnings = warnings(q);
                warnings.forEach(w -> out.println(w.asWarning()));
                List<String> found = new ArrayList<>();
                q.tests().forEach(t -> found.addAll(ContentTestRunner.answerProblems(q, t)));
                ExpressionCosts.of(q).forEach(costly -> found.add(costly.toString()));
                found.forEach(out::println);
                if (!found.isEmpty()) {
                    err.println(folder + ": " + found.size() + (found.size() == 1 ? " problem" : " problems"));
                    return 1;
                }
                out.println(summary(folder, q, warnings.size()));
                return strict && !warnings.isEmpty() ? 1 : 0;
            }).orElse(1);
        }
        return problems == 0 ? 0 : 1;
    }

    /** The folders a command is given: at least one, and no option (these commands take none). */
    static List<String> folders(List<String> args, String command, String usage) {
        args.stream().filter(a -> a.startsWith("--")).findFirst().ifPresent(option -> {
            throw new UsageException("unknown option '" + option + "'; usage: " + usage);
        });
        if (args.isEmpty()) {
            throw new UsageException(command + " needs at least one questionnaire folder; usage: " + usage);
        }
        return args;
    }

    /** Loads a folder, printing its problems (to out: they are the command's result) when it fails. */
    static Optional<Questionnaire> load(String folder, PrintStream out, PrintStream err) {
        Path path;
        try {
            path = Path.of(folder.endsWith("/") && folder.length() > 1 ? folder.substring(0, folder.length() - 1)
                    : folder);
        } catch (InvalidPathException e) {
            throw new UsageException("'" + folder + "' is not a valid path");
        }
        if (!Files.isDirectory(path)) {
            out.println(folder + ":1:1: not a folder: give the questionnaire's folder, e.g. questionnaires/communs-numeriques");
            return Optional.empty();
        }
        try {
            return Optional.of(QuestionnaireLoader.load(path, QuestionnaireLoader.today()));
        } catch (QuestionnaireException e) {
            ProblemList.print(e.problems(), out);
            err.println(folder + ": " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"));
            return Optional.empty();
        }
    }

    /** The loader's warnings, then those about content tests that leave the diagnostic incomplete. */
    private static List<Problem> warnings(Questionnaire q) {
        List<Problem> warnings = new ArrayList<>(q.warnings());
        warnings.addAll(ContentTestRunner.incompleteTests(q));
        return warnings;
    }

    static String summary(String folder, Questionnaire q, int warnings) {
        return "ok " + folder + ": " + q.id() + " " + q.version() + ", " + q.phases().size() + " phases, "
                + q.questions().size() + " questions, " + q.dimensions().size() + " dimensions, "
                + q.recommendations().size() + " recommendations, " + q.tests().size() + " tests"
                + (warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warning" : " warnings"));
    }
}
