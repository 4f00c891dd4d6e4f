package org.parcours.operator;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code parcours admin create-user NAME --role ADMIN|OPERATOR} and {@code parcours admin hash-password}: operator
 * accounts from the command line, the password read without echo ({@link PasswordInput}). Creating an account
 * starts the application without its web server, on the same configuration, so the account lands in the database
 * the server uses; with the embedded H2 file, stop the server first (H2 lets one process open the file).
 * Exit codes as the other commands: 0 done, 1 internal error, 2 bad usage or input.
 */
public final class AdminCommand {

    static final String USAGE = "admin create-user NAME --role ADMIN|OPERATOR | admin hash-password";

    /** A refusal whose message is the one line the operator reads (exit code 2). */
    static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message, null, false, false);
        }
    }

    private AdminCommand() {
    }

    public static boolean handles(String[] args) {
        return args != null && args.length > 0 && "admin".equals(args[0]);
    }

    /**
     * Runs the command. {@code properties} are added to the application's configuration (the tests' database);
     * the password comes from {@code console} when there is one, else from {@code in}.
     */
    public static int run(Class<?> application, String[] args, Console console, InputStream in, PrintStream out,
            PrintStream err, Map<String, Object> properties) {
        try {
            List<String> rest = List.of(args).subList(1, args.length);
            if (rest.isEmpty()) throw new Refusal("admin needs a subcommand; usage: " + USAGE);
            PasswordInput passwords = new PasswordInput(console, in);
            return switch (rest.getFirst()) {
                case "create-user" -> createUser(application, rest.subList(1, rest.size()), passwords, out,
                        properties);
                case "hash-password" -> hashPassword(rest.subList(1, rest.size()), passwords, out);
                default -> throw new Refusal("unknown admin subcommand '" + rest.getFirst() + "'; usage: " + USAGE);
            };
        } catch (Refusal | IllegalArgumentException refused) {
            err.println("parcours: " + refused.getMessage());
            return 2;
        } catch (RuntimeException failed) {
            err.println("parcours: " + explain(failed));
            return 1;
        }
    }

    private static int createUser(Class<?> application, List<String> args, PasswordInput passwords, PrintStream out,
            Map<String, Object> properties) {
        String name = null;
        OperatorRole role = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--role") || arg.startsWith("--role=")) {
                String value = arg.equals("--role") ? (i + 1 < args.size() ? args.get(++i) : null)
                        : arg.substring("--role=".length());
                if (value == null) throw new Refusal("--role needs a value, ADMIN or OPERATOR");
                if (role != null) throw new Refusal("--role is given twice");
                role = OperatorRole.parse(value).orElseThrow(() -> new Refusal(
                        "--role '" + value + "' is neither ADMIN nor OPERATOR"));
            } else if (arg.startsWith("--")) {
                throw new Refusal("unknown option '" + arg + "'; usage: " + USAGE);
            } else if (name != null) {
                throw new Refusal("one name only, '" + name + "' was given already; usage: " + USAGE);
            } else {
                name = arg;
            }
        }
        if (name == null) throw new Refusal("create-user needs the operator's name; usage: " + USAGE);
        if (role == null) throw new Refusal("create-user needs --role ADMIN or --role OPERATOR");
        final String account = name;
        AccountRules.nameProblem(account).ifPresent(problem -> {
            throw new Refusal(problem);
        });
        String password = passwords.read(account);
        AccountRules.passwordProblem(password).ifPresent(problem -> {
            throw new Refusal(problem);
        });
        try (ConfigurableApplicationContext context = withoutWebServer(application, properties)) {
            context.getBean(OperatorAccounts.class).create(account, password, role);
            context.getBean(AuditLog.class).record("command line (" + System.getProperty("user.name", "?") + ")",
                    AuditAction.ACCOUNT_CREATED, OperatorAccounts.normalized(account) + " " + role.name(), null);
        }
        out.println("operator '" + OperatorAccounts.normalized(account) + "' created with role " + role.name());
        return 0;
    }

    private static int hashPassword(List<String> args, PasswordInput passwords, PrintStream out) {
        if (!args.isEmpty()) throw new Refusal("hash-password takes no argument; usage: " + USAGE);
        String password = passwords.read("the configuration");
        AccountRules.passwordProblem(password).ifPresent(problem -> {
            throw new Refusal(problem);
        });
        out.println(new BCryptPasswordEncoder().encode(password));
        return 0;
    }

    private static ConfigurableApplicationContext withoutWebServer(Class<?> application,
            Map<String, Object> properties) {
        // Vaadin's configuration needs a web application context: none here, and no page is served.
        Map<String, Object> quiet = new HashMap<>(Map.of("logging.level.root", "WARN",
                "logging.level.org.parcours", "WARN", "spring.main.log-startup-info", "false",
                "spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"));
        // Given as arguments, they come before the configuration files (defaults would come after).
        String[] overrides = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(application).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .properties(quiet).run(overrides);
    }

    /** A database another process holds is the common case (H2 file of a running server): say so plainly. */
    private static String explain(RuntimeException failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == 90020) {
                return "the database is in use by another process (a running Parcours server?): stop it and try "
                        + "again, or create the account while it runs with PostgreSQL";
            }
        }
        String message = failed.getMessage() == null ? "" : ": " + failed.getMessage().lines().findFirst().orElse("");
        return "internal error (" + failed.getClass().getName() + message + ")";
    }
}
