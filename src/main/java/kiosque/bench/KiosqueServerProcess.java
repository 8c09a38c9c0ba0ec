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
 * {@code kiosque serve} on an existing index in a process of its own, started through the {@code ./kiosque} launcher
 * as users start it (or, without a checkout, with the launcher's JVM flags), so that its heap can be capped and its
 * startup timed from process start. An empty seed folder keeps it from indexing.
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
        return launch(launcher(), index, workDir, xmxMb);
    }

    /** As {@link #launch(Path, Path, int)}, through the given {@code ./kiosque} script (null: the launcher's JVM flags on our classpath). */
    public static KiosqueServerProcess launch(Path launcher, Path index, Path workDir, int xmxMb) {
        int port = OpenSearchNodeSpec.freePort();
        try {
            Path seeds = Files.createDirectories(workDir.resolve("no-seeds"));
            Path log = workDir.resolve("kiosque-serve-" + port + ".log");
            List<String> serve = List.of("serve", "--index", index.toAbsolutePath().toString(), "--port", Integer.toString(port),
                    "--host", "127.0.0.1", "--seeds", seeds.toAbsolutePath().toString());
            List<String> jvmOptions = new ArrayList<>(List.of("-XX:+ExitOnOutOfMemoryError"));
            if (xmxMb > 0) jvmOptions.add("-Xmx" + xmxMb + "m");
            List<String> command = new ArrayList<>();
            ProcessBuilder builder = new ProcessBuilder(command);
            if (launcher != null) {
                // What users run: the ./kiosque script, its JVM flags, our options through its documented variable.
                command.add(launcher.toString());
                builder.environment().put("KIOSQUE_JAVA_OPTS", String.join(" ", jvmOptions));
            } else {
                // No checkout around us (a test run): the launcher's own JVM flags for serve on our classpath.
                command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseParallelGC"));
                command.addAll(jvmOptions);
                command.addAll(List.of("-cp", System.getProperty("java.class.path"), "kiosque.cli.Main"));
            }
            command.addAll(serve);
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
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
            Pause.millis(5);
        }
        throw new IllegalStateException("kiosque serve did not answer within " + timeout + " (last: " + last + "); see " + log);
    }

    /** The ./kiosque script of the checkout this JVM was started from by that script, or null. */
    static Path launcher() {
        String home = System.getProperty("kiosque.home");
        if (home == null) return null;
        Path script = Path.of(home, "kiosque");
        return Files.isExecutable(script) ? script : null;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** CPU time the server process has used so far, in ms (under load, steadier than wall time), or -1 if unknown. */
    public long cpuMillis() {
        return process.toHandle().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    /** The server's process id, for measuring tools that look at its threads. */
    public long pid() {
        return process.pid();
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
}
