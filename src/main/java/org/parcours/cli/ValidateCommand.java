package org.parcours.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.parcours.engine.ContentTestRunner;
import org.parcours.questionnaire.Problem;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireException;
import org.parcours.questionnaire.QuestionnaireLoader;

/**
 * {@code validate}: every problem as path:line:column: message (the loader's, then content-test answers that
 * break the engine's answer rules), or a one-line summary per folder, after its warnings
 * ({@code path:line:column: warning: message}), which fail the command only with {@code --strict}. Dates are
 * checked against today.
 */
final class ValidateCommand {

    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** {@code --strict} among the arguments makes warnings fail the command too. */
    int run(String[] args) {
        boolean strict = Arrays.asList(args).contains("--strict");
        List<String> folders = Arrays.stream(args).filter(a -> !a.equals("--strict")).toList();
        if (folders.isEmpty()) {
            err.println(Cli.USAGE);
            return 2;
        }
        int problems = 0;
        for (String folder : folders) {
            problems += load(folder, out, err).map(q -> {
                q.warnings().forEach(w -> out.println(w.asWarning()));
                List<String> answers = q.tests().stream()
                        .flatMap(t -> ContentTestRunner.answerProblems(q, t).stream()).toList();
                answers.forEach(out::println);
                if (!answers.isEmpty()) {
                    err.println(folder + ": " + answers.size() + (answers.size() == 1 ? " problem" : " problems"));
                    return 1;
                }
                out.println(summary(folder, q));
                return strict && !q.warnings().isEmpty() ? 1 : 0;
            }).orElse(1);
        }
        return problems == 0 ? 0 : 1;
    }

    /** Loads a folder, printing its problems (to out: they are the command's result) when it fails. */
    static Optional<Questionnaire> load(String folder, PrintStream out, PrintStream err) {
        Path path = Path.of(folder.endsWith("/") && folder.length() > 1 ? folder.substring(0, folder.length() - 1)
                : folder);
        if (!Files.isDirectory(path)) {
            out.println(folder + ":1:1: not a folder: give the questionnaire's folder, e.g. questionnaires/communs-numeriques");
            return Optional.empty();
        }
        try {
            return Optional.of(QuestionnaireLoader.load(path, QuestionnaireLoader.today()));
        } catch (QuestionnaireException e) {
            e.problems().stream().map(Problem::toString).forEach(out::println);
            err.println(folder + ": " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"));
            return Optional.empty();
        }
    }

    static String summary(String folder, Questionnaire q) {
        return "ok " + folder + ": " + q.id() + " " + q.version() + ", " + q.phases().size() + " phases, "
                + q.questions().size() + " questions, " + q.dimensions().size() + " dimensions, "
                + q.recommendations().size() + " recommendations, " + q.tests().size() + " tests"
                + (q.warnings().isEmpty() ? "" : ", " + q.warnings().size()
                + (q.warnings().size() == 1 ? " warning" : " warnings"));
    }
}
