package kiosque.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real OpenSearch node in a JVM of its own, with its data in a temporary folder that goes away on close.
 * The node's stdin is a pipe from us: if this JVM dies, however abruptly, the pipe closes and the node stops.
 */
public final class OpenSearchNodeProcess implements AutoCloseable {

    private final OpenSearchNodeSpec spec;
    private final Path home;
    private final Path log;
    private final Process process;
    private final OutputStream lifeline;
    private final Thread killOnExit;
    private final long launchedNanos = System.nanoTime();
    private final boolean deleteHomeOnClose;
    private volatile long healthyAfterMs = -1;

    private OpenSearchNodeProcess(OpenSearchNodeSpec spec, Path home, boolean deleteHomeOnClose, String classpath) throws IOException {
        this.spec = spec;
        this.home = home;
        this.deleteHomeOnClose = deleteHomeOnClose;
        this.log = home.resolve("node.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + spec.heapMb() + "m", "-Xmx" + spec.heapMb() + "m",
                "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
                "-Dlog4j2.disable.jmx=true", "-Dfile.encoding=UTF-8",
                "--enable-native-access=ALL-UNNAMED",
                "-cp", classpath, OpenSearchNodeBuild.MAIN_CLASS));
        command.addAll(spec.arguments(home.toString()));
        this.process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        this.lifeline = process.getOutputStream();
        this.killOnExit = new Thread(process::destroyForcibly, "kill-opensearch-" + spec.nodeName());
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Starts a node and waits until the cluster it belongs to is at least yellow. */
    public static OpenSearchNodeProcess start(OpenSearchNodeSpec spec, Duration timeout) {
        OpenSearchNodeProcess node = launch(spec, OpenSearchNodeBuild.inCheckout());
        try {
            node.awaitHealthy(timeout);
            return node;
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    /**
     * Starts a node without waiting: the nodes of a cluster must all be launched before any of them
     * can report health.
     */
    public static OpenSearchNodeProcess launch(OpenSearchNodeSpec spec, OpenSearchNodeBuild build) {
        String classpath = build.classpath();
        try {
            Path home = Files.createTempDirectory("kiosque-opensearch-" + spec.nodeName() + "-");
            return new OpenSearchNodeProcess(spec, home, true, classpath);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the OpenSearch node " + spec.nodeName(), e);
        }
    }

    /**
     * Starts a node on an existing folder (its data survives a restart), for tests where a node
     * is killed and comes back.
     */
    public static OpenSearchNodeProcess launchIn(Path home, OpenSearchNodeSpec spec, OpenSearchNodeBuild build) {
        String classpath = build.classpath();
        try {
            Files.createDirectories(home);
            return new OpenSearchNodeProcess(spec, home, false, classpath);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the OpenSearch node " + spec.nodeName() + " in " + home, e);
        }
    }

    /** Waits until _cluster/health reports yellow or green, and returns the milliseconds since launch. */
    public long awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create(spec.baseUrl() + "/_cluster/health?wait_for_status=yellow&timeout=1s");
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("OpenSearch node " + spec.nodeName() + " exited with code " + process.exitValue()
                        + "; last lines of " + log + ":\n" + OpenSearchNodeBuild.tail(log, 40));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200 && (last.contains("\"status\":\"yellow\"") || last.contains("\"status\":\"green\""))) {
                    healthyAfterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launchedNanos);
                    return healthyAfterMs;
                }
            } catch (IOException e) {
                last = e.toString(); // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + spec.nodeName(), e);
            }
            Pause.millis(250);
        }
        throw new IllegalStateException("OpenSearch node " + spec.nodeName() + " not healthy after " + timeout
                + " (last answer: " + last + "); last lines of " + log + ":\n" + OpenSearchNodeBuild.tail(log, 40));
    }

    /** Milliseconds from process launch to the first healthy answer, or -1 before that. */
    public long healthyAfterMs() {
        return healthyAfterMs;
    }

    public OpenSearchNodeSpec spec() {
        return spec;
    }

    public String baseUrl() {
        return spec.baseUrl();
    }

    public Path home() {
        return home;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, as a crashed machine would: no clean shutdown, data folder kept. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(30);
    }

    /** Stops the node cleanly (SIGTERM, then SIGKILL after 30 s) and removes its temporary folder. */
    @Override
    public void close() {
        try {
            lifeline.close();
        } catch (IOException ignored) {
            // the node is gone already
        }
        process.destroy();
        if (!waitForExit(30)) {
            process.destroyForcibly();
            waitForExit(10);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException ignored) {
            // the JVM is already shutting down
        }
        if (deleteHomeOnClose) deleteTree(home);
    }

    private boolean waitForExit(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp folder is harmless
        }
    }
}
