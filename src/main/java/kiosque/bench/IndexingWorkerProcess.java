package kiosque.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The bench's side of an {@link IndexingWorker}: starts it with the launcher's JVM flags on our classpath, then has it
 * time loads one at a time. The worker logs to a file in the bench's work folder; its last lines are quoted when it fails.
 * Every answer has a deadline: a worker that hangs is ended and the bench fails saying which and where, instead of
 * waiting for ever.
 */
final class IndexingWorkerProcess implements AutoCloseable {
    /**
     * Reading and scaling the corpus, and for the writer's worker extracting every distinct article (about a minute for
     * OrangeSum here): generous, so that only a worker that hangs reaches it.
     */
    static final Duration READY_WITHIN = Duration.ofMinutes(60);

    /**
     * A load's deadline: 30 minutes, or 20 ms per article when that is longer (two hours at {@code --scale 10}). The
     * slowest load seen here, the pipeline's first warm-up load of the test suite's short run on a loaded machine, took
     * 4.2 ms per article on two threads; this leaves room for one thread and a slower machine, and only ends a worker
     * that hangs.
     */
    static Duration loadDeadline(int articles) {
        Duration perArticle = Duration.ofMillis(20L * articles);
        Duration floor = Duration.ofMinutes(30);
        return perArticle.compareTo(floor) > 0 ? perArticle : floor;
    }

    private final IndexingWorker.Engine engine;
    private final Process process;
    private final PrintStream commands;
    private final BufferedReader answers;
    private final Path log;
    private final Thread killOnExit;
    /** Reads the worker's answers, so that a read can be given up on when its deadline passes. */
    private final ExecutorService answerReader;

    /** Speaks to {@code process} as a worker of {@code engine}; {@link #start} starts a real one. */
    IndexingWorkerProcess(IndexingWorker.Engine engine, Process process, Path log) {
        this.engine = engine;
        this.process = process;
        this.log = log;
        this.commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.killOnExit = new Thread(process::destroyForcibly, "kill-indexing-worker-" + engine);
        this.answerReader = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("indexing-worker-" + engine + "-answers").unstarted(r));
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Starts the worker without waiting for it to have read the corpus ({@link #awaitReady}). */
    static IndexingWorkerProcess start(IndexingWorker.Engine engine, BenchOptions options, Path workDir) throws IOException {
        Path log = workDir.resolve("indexing-worker-" + engine + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // ./kiosque's flags for the commands that index (kiosque script)
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-XX:+UseParallelGC",
                "-XX:+ExitOnOutOfMemoryError", "-XX:+DisplayVMOutputToStderr"));
        // the options users give ./kiosque (a heap cap, a collector) reach the loads as they did in the bench's own JVM
        String userOptions = System.getenv().getOrDefault("KIOSQUE_JAVA_OPTS", "").strip();
        if (!userOptions.isEmpty()) command.addAll(List.of(userOptions.split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), IndexingWorker.class.getName(),
                engine.name(), options.corpus().toAbsolutePath().toString(), Integer.toString(options.limit()),
                Integer.toString(options.scale()), Integer.toString(options.threads())));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new IndexingWorkerProcess(engine, process, log);
    }

    void awaitReady() throws IOException {
        awaitReady(READY_WITHIN);
    }

    void awaitReady(Duration deadline) throws IOException {
        String line = nextAnswer(deadline, "reading the corpus");
        if (line == null) throw failure("ended before it was ready" + exitStatus());
        if (!"ready".equals(line)) throw failure("did not start (it said « " + line + " »)");
    }

    /**
     * Times one load of the first {@code count} articles ({@code textBytes} of text) into {@code dir}; the pipeline
     * reads them from {@code input}.
     */
    IndexFigures load(int count, long textBytes, Path dir, Path input) throws IOException {
        commands.println(new IndexingWorker.LoadCommand(count, textBytes, dir, input).format());
        IndexingWorker.LoadAnswer answer = IndexingWorker.LoadAnswer.parse(nextAnswer(loadDeadline(count), "a load of " + count + " articles into " + dir));
        if (answer == null || answer.figures() == null) {
            throw failure("failed a load into " + dir + (answer == null ? " (it ended" + exitStatus() + ")" : " (" + answer.failure() + ")"));
        }
        if (answer.figures().docs() != count) {
            throw failure("indexed " + answer.figures().docs() + " articles where the bench read " + count + ": the engines would not index the same documents");
        }
        return answer.figures();
    }

    /** The worker's next line, or a failure naming {@code doing} when none comes within {@code deadline} (the worker is ended). */
    private String nextAnswer(Duration deadline, String doing) throws IOException {
        Future<String> line = answerReader.submit(answers::readLine);
        try {
            return line.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
            throw failure("gave no answer within " + deadline.toSeconds() + " s while " + doing + "; it was ended");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            process.destroyForcibly(); // its pending read would otherwise hold the answers until the load ends
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for indexing worker " + engine, e);
        }
    }

    /** « , exit N » once the worker has ended (waiting a moment for it to finish ending), else nothing. */
    private String exitStatus() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? ", exit " + process.exitValue() : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private IOException failure(String what) throws IOException {
        // decoded leniently: a worker ended in the middle of a line must not hide why it failed
        List<String> lines = Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList() : List.of();
        String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        return new IOException("indexing worker " + engine + " " + what + "; the end of " + log + ":\n" + tail);
    }

    @Override public void close() {
        commands.close(); // the worker ends when its stdin does
        answerReader.shutdownNow();
        try {
            answers.close();
        } catch (IOException ignored) {
            // nothing more is read from it
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }
}
