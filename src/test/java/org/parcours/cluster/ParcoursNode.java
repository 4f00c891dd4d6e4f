package org.parcours.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Parcours node: the packaged jar ({@code target/parcours.jar}) in its own JVM on a free port, on the given
 * PostgreSQL database, its output in a log file the tests read. Killed with SIGKILL when asked to, like a machine
 * that dies.
 */
final class ParcoursNode implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("parcours.jar", "target/parcours.jar"));

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private ParcoursNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts a node named {@code name} on {@code database} (a JDBC address; its ApplicationName is the node's name,
     * so that PostgreSQL's pg_stat_activity tells the nodes apart), with extra Spring properties.
     */
    static ParcoursNode start(String name, ClusterDatabase database, Path folder, Map<String, String> properties,
            List<String> jvmOptions) throws IOException {
        int port = freePort();
        Path data = Files.createDirectories(folder.resolve(name));
        Path log = data.resolve("console.log");
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("SPRING_DATASOURCE_URL", database.url() + "?ApplicationName=parcours-" + name);
        env.put("SPRING_DATASOURCE_USERNAME", database.user());
        env.put("SPRING_DATASOURCE_PASSWORD", database.password());
        env.put("PORT", Integer.toString(port));
        env.put("SERVER_ADDRESS", "127.0.0.1");
        env.put("PARCOURS_DATA_DIR", data.toString());
        env.put("PARCOURS_NODE_NAME", name);
        return new ParcoursNode(name, port, log, builder.start());
    }

    /** Waits until {@code /actuator/health} says UP; fails with the end of the node's log if it never does. */
    void awaitUp(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("node " + name + " stopped while starting:\n" + tail());
            }
            if (up()) return;
            Thread.sleep(500);
        }
        throw new AssertionError("node " + name + " not up after " + timeout + ":\n" + tail());
    }

    private boolean up() throws InterruptedException {
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException notYet) {
            return false;
        }
    }

    /** SIGKILL: no shutdown hook, no session saved, no connection closed politely. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    long pid() {
        return process.pid();
    }

    /** The lines the node wrote so far. */
    List<String> lines() throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    String tail() throws IOException {
        List<String> lines = lines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) kill();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
