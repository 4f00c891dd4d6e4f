package org.parcours.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;

/** Entry point of the command line (contract §11). Exit codes: 0 fine, 1 problems or failed tests, 2 bad usage or input. */
public final class Cli {

    static final String USAGE = """
            usage:
              parcours validate [--strict] <questionnaire-dir>...
              parcours test     <questionnaire-dir>...
              parcours report   <questionnaire-dir> --answers <file> [--locale fr|en] --format json|xlsx|pdf|html
                                [--out <file>] [--team <name>] [--date YYYY-MM-DD]""";

    private static final Set<String> COMMANDS = Set.of("validate", "test", "report");

    private Cli() {
    }

    /** True when the arguments name a command of the command line (and the web app must not start). */
    public static boolean handles(String[] args) {
        return args != null && args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (!handles(args)) {
            err.println(USAGE);
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "validate" -> new ValidateCommand(out, err).run(rest);
            case "test" -> new TestCommand(out, err).run(rest);
            default -> new ReportCommand(out, err).run(rest);
        };
    }
}
