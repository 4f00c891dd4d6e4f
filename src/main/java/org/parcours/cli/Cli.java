package org.parcours.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Entry point of the command line (contract §11). Exit codes: 0 fine, 1 problems, failed tests or an internal
 * error, 2 bad usage or input. A usage or input error is one line; so is an internal error, whose stack trace only
 * {@code --debug} (or {@code -Dparcours.debug=true}) prints.
 */
public final class Cli {

    static final List<String> COMMANDS = List.of("validate", "test", "report", "compare", "admin");

    /** A system property that prints the detail of internal errors, like {@code --debug}. */
    static final String DEBUG_PROPERTY = "parcours.debug";

    private Cli() {
    }

    /**
     * True when the first argument names a command, known or not: the web app must not start, even for a typo.
     * No argument, or a first argument that is an option ({@code --server.port=8081}), starts the web app.
     */
    public static boolean handles(String[] args) {
        return args != null && args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean debug = rest.removeIf("--debug"::equals) || Boolean.getBoolean(DEBUG_PROPERTY);
        return guarded(() -> dispatch(rest, out, err), err, debug);
    }

    private static int dispatch(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) throw new UsageException("no command; commands: " + String.join(", ", COMMANDS));
        List<String> rest = args.subList(1, args.size());
        return switch (args.getFirst()) {
            case "validate" -> new ValidateCommand(out, err).run(rest);
            case "test" -> new TestCommand(out, err).run(rest);
            case "report" -> new ReportCommand(out, err).run(rest);
            case "compare" -> new CompareCommand(out, err).run(rest);
            // Needs the configuration and the database: Application.main hands it to operator.AdminCommand.
            case "admin" -> throw new UsageException("admin runs from the application: java -jar parcours.jar admin …");
            default -> throw new UsageException("unknown command '" + args.getFirst() + "'; commands: "
                    + String.join(", ", COMMANDS));
        };
    }

    /**
     * Runs a command and turns whatever escapes it into one line and an exit code. Everything is caught, errors
     * included: the process ends right after, and a stack trace tells an author or an operator nothing they can act
     * on.
     */
    static int guarded(Callable<Integer> command, PrintStream err, boolean debug) {
        try {
            return command.call();
        } catch (UsageException e) {
            err.println("parcours: " + e.getMessage());
            return 2;
        } catch (Throwable e) {
            String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
            err.println("parcours: internal error (" + e.getClass().getName() + message + ")"
                    + (debug ? "" : "; run again with --debug for the details"));
            if (debug) e.printStackTrace(err);
            return 1;
        }
    }
}
