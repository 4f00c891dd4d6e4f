package org.parcours.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.parcours.engine.ContentTestRunner;
import org.parcours.questionnaire.Questionnaire;

/**
 * {@code test}: runs content tests, one line per test, failures indented, a coverage line per folder, then
 * "N passed, N failed".
 */
final class TestCommand {

    static final String USAGE = "parcours test <questionnaire-dir>...";

    private final PrintStream out;
    private final PrintStream err;

    TestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> folders) {
        int passed = 0;
        int failed = 0;
        for (String folder : ValidateCommand.folders(folders, "test", USAGE)) {
            Optional<Questionnaire> q = ValidateCommand.load(folder, out, err);
            if (q.isEmpty()) {
                failed++;
                out.println("FAIL " + folder + ": the questionnaire does not load (problems above)");
                continue;
            }
            out.println(folder + " (" + q.get().tests().size() + " tests)");
            for (ContentTestRunner.Outcome o : ContentTestRunner.run(q.get())) {
                if (o.passed()) {
                    passed++;
                    out.println("  pass  " + o.test().name());
                } else {
                    failed++;
                    out.println("  FAIL  " + o.test().name() + "  (" + o.test().file() + ":" + o.test().line() + ")");
                    o.failures().forEach(f -> out.println("          - " + f));
                }
            }
            out.println(ContentTestRunner.coverage(q.get()));
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }
}
