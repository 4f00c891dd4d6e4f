package org.parcours.launcher;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Starts Parcours on a JDK 21 or newer, whichever {@code java} ran the jar. */
public final class Launcher {

    static final int REQUIRED = 21;
    private static final String APPLICATION = "org.parcours.Application";
    private static final Pattern RELEASE_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() >= REQUIRED) {
            start(args);
            return;
        }
        Optional<Path> jdk = newestJdk(searchRoots());
        if (jdk.isEmpty()) {
            System.err.println("Parcours needs Java " + REQUIRED + " or newer; this is Java "
                    + Runtime.version().feature() + " and no JDK " + REQUIRED + "+ was found in the usual places"
                    + " (/usr/lib/jvm, /usr/java, /opt, ~/.sdkman, ~/.jdks). Install one, or run the jar with it.");
            System.exit(1);
        }
        System.exit(rerun(jdk.get(), args));
    }

    private static void start(String[] args) throws Exception {
        try {
            Class.forName(APPLICATION, true, Thread.currentThread().getContextClassLoader())
                    .getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException failure) {
            throw failure.getCause() instanceof Exception cause ? cause : failure;
        }
    }

    /** Runs this same jar with another JDK, sharing the console, and returns its exit code. */
    private static int rerun(Path jdk, String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(jdk.resolve("bin").resolve("java").toString()));
        if (version(jdk) >= 23) {
            // Protobuf (under CEL) still reads memory through sun.misc.Unsafe; allowed, it need not warn.
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-jar", System.getProperty("java.class.path")));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).inheritIO().start();
        // Stopping this process (kill, service manager) stops the server it started too.
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
        return child.waitFor();
    }

    /** The newest JDK of at least {@value #REQUIRED} among the folders below the roots, if any. */
    static Optional<Path> newestJdk(List<Path> roots) {
        Path best = null;
        int bestVersion = REQUIRED - 1;
        for (Path home : candidates(roots)) {
            int version = version(home);
            if (version > bestVersion && Files.isExecutable(home.resolve("bin").resolve("java"))) {
                best = home;
                bestVersion = version;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<Path> candidates(List<Path> roots) {
        List<Path> homes = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
                for (Path child : children) {
                    homes.add(child);
                    homes.add(child.resolve("Contents").resolve("Home"));
                }
            } catch (IOException unreadable) {
                // A folder we may not list holds no JDK we could use.
            }
        }
        return homes;
    }

    /** The feature version a JDK's {@code release} file declares, or 0. */
    static int version(Path home) {
        try {
            Matcher matcher = RELEASE_VERSION.matcher(Files.readString(home.resolve("release"), StandardCharsets.UTF_8));
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
        } catch (IOException | RuntimeException notAJdk) {
            return 0;
        }
    }

    private static List<Path> searchRoots() {
        Path user = Path.of(System.getProperty("user.home"));
        return List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java"), Path.of("/opt"),
                user.resolve(".sdkman/candidates/java"), user.resolve(".jdks"),
                Path.of("/Library/Java/JavaVirtualMachines"));
    }
}
