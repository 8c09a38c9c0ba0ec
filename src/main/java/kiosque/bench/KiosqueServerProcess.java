package kiosque.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code kiosque serve} on an existing index in a JVM of its own (the launcher's JVM flags, our classpath), so that
 * its heap can be capped and its startup timed from process start. An empty seed folder keeps it from indexing.
 */
public final class KiosqueServerProcess implements AutoCloseable {

    private final Process process;
    private final long launchedNanos;
    private final Path log;
    private final int port;
    private final Thread killOnExit;

    private KiosqueServerProcess(Process process, long launchedNanos, Path log, int port) {
        this.process = process;
        this.launchedNanos = launchedNanos;
        this.log = log;
        this.port = port;
        this.killOnExit = new Thread(process::destroyForcibly, "kill-kiosque-server-" + port);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Launches the server without waiting for it.
     *
     * @param xmxMb heap cap in MB, or 0 for the JVM's default (as {@code ./kiosque serve} runs)
     */
    public static KiosqueServerProcess launch(Path index, Path workDir, int xmxMb) {
        int port = OpenSearchNodeSpec.freePort();
        try {
            Path seeds = Files.createDirectories(workDir.resolve("no-seeds"));
            Path log = workDir.resolve("kiosque-serve-" + port + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--add-modules", "jdk.incubator.vector", "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError"));
            if (xmxMb > 0) command.add("-Xmx" + xmxMb + "m");
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "kiosque.cli.Main", "serve",
                    "--index", index.toAbsolutePath().toString(), "--port", Integer.toString(port), "--host", "127.0.0.1",
                    "--seeds", seeds.toAbsolutePath().toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            long t0 = System.nanoTime();
            return new KiosqueServerProcess(builder.start(), t0, log, port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start kiosque serve on " + index, e);
        }
    }

    /**
     * Polls the search API until it answers {@code probe} with 200, and returns the milliseconds since launch:
     * startup as a user feels it. Fails when the process exits or the timeout passes.
     */
    public long awaitFirstAnswer(KiosqueApiClient api, BenchQuery probe, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("kiosque serve exited with code " + process.exitValue() + " before answering; "
                        + "last lines of " + log + ":\n" + OpenSearchNodeBuild.tail(log, 20));
            }
            try {
                api.search(probe);
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launchedNanos);
            } catch (Exception e) {
                last = e.getMessage(); // not listening yet
            }
            sleep(5);
        }
        throw new IllegalStateException("kiosque serve did not answer within " + timeout + " (last: " + last + "); see " + log);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException ignored) {
            // the JVM is already shutting down
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
