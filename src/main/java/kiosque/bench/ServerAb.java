package kiosque.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Before/after query latency: one server per checkout (each started through its own {@code ./kiosque} launcher, all
 * on the same index), put the bench's query mix with the bench's recorder at each concurrency, taking turns round
 * after round (the order reversed each round) so that load from the rest of a shared machine falls on each alike.
 * Prints every measurement and each checkout's median p50 / p99 / throughput.
 *
 * <pre>java -cp target/classes:$(cat target/classpath.txt) kiosque.bench.ServerAb INDEX ROUNDS CLIENTS[,CLIENTS] CHECKOUT...</pre>
 *
 * For the "before" side, a second checkout at the older commit: {@code git worktree add /tmp/before <commit>}.
 */
public final class ServerAb {

    private ServerAb() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: ServerAb INDEX ROUNDS CLIENTS[,CLIENTS] CHECKOUT... (each CHECKOUT holds a ./kiosque launcher)");
            System.exit(2);
        }
        Path index = Path.of(args[0]).toAbsolutePath();
        int rounds = Integer.parseInt(args[1]);
        List<Integer> clients = java.util.Arrays.stream(args[2].split(",")).map(Integer::parseInt).toList();
        List<BenchQuery> mix = StartupProbe.benchMix(index);
        System.out.println("queries: " + mix.size());
        Path work = Files.createTempDirectory("kiosque-ab-");
        Map<String, KiosqueServerProcess> servers = new LinkedHashMap<>();
        Map<String, List<LatencyFigures>> figures;
        try {
            Map<String, KiosqueApiClient> apis = new LinkedHashMap<>();
            for (int i = 3; i < args.length; i++) {
                Path launcher = Path.of(args[i]).toAbsolutePath().resolve("kiosque");
                if (!Files.isExecutable(launcher)) throw new IllegalArgumentException("no executable ./kiosque in " + args[i]);
                KiosqueServerProcess server = KiosqueServerProcess.launch(launcher, index, work, 0);
                servers.put(args[i], server);
                apis.put(args[i], new KiosqueApiClient(server.baseUrl()));
                server.awaitFirstAnswer(apis.get(args[i]), mix.getFirst(), Duration.ofSeconds(120));
            }
            figures = inTurns(mix, apis, rounds, clients, LatencyRecorder.standard(), System.out);
        } finally {
            servers.values().forEach(KiosqueServerProcess::close);
            Benchmark.deleteTree(work);
        }
        figures.forEach((checkout, all) -> {
            for (int c : clients) {
                List<LatencyFigures> at = all.stream().filter(f -> f.concurrency() == c).toList();
                System.out.printf("median %s c%d: p50 %.1f ms, p99 %.1f ms, %.0f q/s over %d rounds%n", checkout, c,
                        median(at.stream().map(LatencyFigures::p50Ms).toList()), median(at.stream().map(LatencyFigures::p99Ms).toList()),
                        median(at.stream().map(LatencyFigures::qps).toList()), at.size());
            }
        });
    }

    /**
     * Measures each server at each concurrency, round after round, the servers' order reversed every round (A B, B A,
     * A B…): a server measured while the machine is busy in one round is measured first in the next. Prints every
     * measurement with its round as it comes; returns each server's figures in the order measured.
     */
    static Map<String, List<LatencyFigures>> inTurns(List<BenchQuery> mix, Map<String, KiosqueApiClient> servers, int rounds,
                                                     List<Integer> clients, LatencyRecorder recorder, PrintStream out) {
        Map<String, List<LatencyFigures>> figures = new LinkedHashMap<>();
        servers.keySet().forEach(name -> figures.put(name, new ArrayList<>()));
        List<String> order = new ArrayList<>(servers.keySet());
        // One engine object per server for the whole run: the recorder counts warm-up time per engine, so a server is
        // warmed once, not again in every round (a method reference made per round is a new engine each time).
        Map<String, LatencyRecorder.Engine> engines = new LinkedHashMap<>();
        servers.forEach((name, api) -> engines.put(name, api::search));
        for (int round = 1; round <= rounds; round++) {
            for (String name : order) {
                LatencyRecorder.Engine engine = engines.get(name);
                for (int c : clients) {
                    LatencyFigures f = recorder.measure(mix, engine, c);
                    figures.get(name).add(f);
                    out.printf("round %d %s %s (load %s)%n", round, name, f, Benchmark.loadAverage());
                }
            }
            Collections.reverse(order);
        }
        return figures;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n == 0) return Double.NaN;
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
