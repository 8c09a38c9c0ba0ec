package kiosque.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * How a fresh Kiosque server warms up under the bench mix: rounds of three passes, alternating the given client
 * counts, each with its p50 / p90 / p99, q/s, the server's CPU per request and the CPU its JIT compiler threads
 * have used so far (read from /proc, so Linux only). Shows how long the bench must warm a server before its
 * figures are its steady ones. With a CHECKOUT, the server is started by its {@code ./kiosque} script, as users
 * start it (with its class-data cache, unless KIOSQUE_AOT=0 is set); without, by the JVM on this classpath. Run
 * from the worktree:
 * <pre>java -cp target/classes:target/test-classes:$(cat target/classpath.txt) kiosque.bench.ServerWarmUp INDEX 40 1,4 [CHECKOUT]</pre>
 */
public final class ServerWarmUp {
    private ServerWarmUp() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ServerWarmUp INDEX ROUNDS CLIENTS[,CLIENTS...] [CHECKOUT]");
            System.exit(2);
        }
        Path index = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int[] clientCounts = Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray();
        List<BenchQuery> mix = StartupProbe.benchMix(index);
        Path launcher = args.length > 3 ? Path.of(args[3], "kiosque").toAbsolutePath() : null;
        Path work = Files.createTempDirectory("kiosque-warm-up-");
        try (KiosqueServerProcess server = KiosqueServerProcess.launch(launcher, index, work, 0)) {
            KiosqueApiClient api = new KiosqueApiClient(server.baseUrl());
            server.awaitFirstAnswer(api, mix.getFirst(), Duration.ofSeconds(120));
            long started = System.nanoTime();
            List<BenchQuery> round3 = java.util.Collections.nCopies(3, mix).stream().flatMap(List::stream).toList();
            for (int round = 0; round < rounds; round++) {
                int clients = clientCounts[round % clientCounts.length];
                long[] nanos = new long[round3.size()];
                long cpu0 = server.cpuMillis();
                long wall = LatencyRecorder.run(round3, api::search, clients, nanos);
                double serverCpu = (server.cpuMillis() - cpu0) / (double) nanos.length;
                LatencyFigures f = LatencyFigures.of(nanos, wall, clients, round * 3, 0);
                System.out.printf("%4.0f s  c%d p50 %5.2f p90 %5.2f p99 %6.2f ms %4.0f q/s  server CPU %.2f ms/request  JIT compilers %5.1f s CPU so far%n",
                        (System.nanoTime() - started) / 1e9, clients, f.p50Ms(), f.p90Ms(), f.p99Ms(), f.qps(), serverCpu, compilerSeconds(server.pid()));
            }
        }
    }

    /** CPU seconds used by the process's JIT compiler threads (« C1 CompilerThre », « C2 CompilerThre »), or -1 off Linux. */
    static double compilerSeconds(long pid) {
        return compilerSeconds(Path.of("/proc", Long.toString(pid), "task"));
    }

    /** As {@link #compilerSeconds(long)}, from a process's task folder (one folder per thread with comm and stat). */
    static double compilerSeconds(Path tasks) {
        if (!Files.isDirectory(tasks)) return -1;
        double ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path t : threads.toList()) {
                try {
                    if (!Files.readString(t.resolve("comm")).contains("CompilerThre")) continue;
                    String stat = Files.readString(t.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15 of stat)
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks / 100.0; // USER_HZ
    }
}
