package org.parcours.cluster;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * HAProxy in front of the nodes, configured as docs/deployment.md says: cookie affinity ({@value #COOKIE} names the
 * node a browser is pinned to), health checks on {@code /actuator/health}, and a request whose node is down sent to
 * another one ({@code option redispatch}).
 */
final class Balancer implements AutoCloseable {

    static final Path HAPROXY = Path.of(System.getenv().getOrDefault("PARCOURS_HAPROXY", "/usr/sbin/haproxy"));
    static final String COOKIE = "PARCOURS_NODE";

    final int port;
    private final Process process;
    private final Path log;

    private Balancer(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static Balancer start(Path folder, List<ParcoursNode> nodes) throws IOException, InterruptedException {
        int port = ParcoursNode.freePort();
        StringBuilder config = new StringBuilder("""
                global
                    maxconn 4096
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    option redispatch
                    retries 2
                frontend parcours
                    bind 127.0.0.1:%d
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    option httpchk GET /actuator/health
                    http-check expect status 200
                    cookie %s insert indirect nocache httponly
                """.formatted(port, COOKIE));
        for (ParcoursNode node : nodes) {
            config.append("    server %s 127.0.0.1:%d check inter 1s fall 2 rise 2 cookie %s%n"
                    .formatted(node.name, node.port, node.name));
        }
        Path file = folder.resolve("haproxy.cfg");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        Path log = folder.resolve("haproxy.log");
        Process process = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Balancer balancer = new Balancer(port, process, log);
        balancer.awaitListening();
        return balancer;
    }

    private void awaitListening() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) throw new AssertionError("HAProxy stopped: " + Files.readString(log));
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("HAProxy not listening on " + port + ": " + Files.readString(log));
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
