package kiosque.opensearch;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import kiosque.bench.OpenSearchNodeBuild;
import kiosque.bench.OpenSearchNodeProcess;
import kiosque.bench.OpenSearchNodeSpec;
import kiosque.search.ArchiveQuery;
import kiosque.search.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three OpenSearch nodes in separate JVMs on 127.0.0.1 (one cluster, discovery by seed hosts), the archive in 3 shards
 * with 1 replica. A node is SIGKILLed in the middle of a query load, then another in the middle of a bulk load:
 * no search fails once the cluster reports yellow, every article is there when the load completes, and each killed
 * node restarts on its data, rejoins, and the cluster is green again.
 */
class ClusterNodeLossTest {
    static final int NODES = 3;
    @TempDir static Path homes;
    static final List<OpenSearchNodeSpec> specs = new ArrayList<>();
    static final OpenSearchNodeProcess[] nodes = new OpenSearchNodeProcess[NODES];
    static OpenSearchConnection connection;
    static OpenSearchArchive archive;
    static List<ContractCorpus.Extracted> articles;

    @BeforeAll static void startCluster() throws Exception {
        articles = ContractCorpus.articles();
        List<Integer> transports = new ArrayList<>();
        for (int i = 0; i < NODES; i++) transports.add(OpenSearchNodeSpec.freePort());
        List<String> seeds = transports.stream().map(p -> "127.0.0.1:" + p).toList();
        List<String> names = List.of("n1", "n2", "n3");
        for (int i = 0; i < NODES; i++)
            specs.add(new OpenSearchNodeSpec(OpenSearchNodeSpec.freePort(), transports.get(i), "kiosque-cluster", names.get(i), seeds, names, 512));
        for (int i = 0; i < NODES; i++) nodes[i] = launch(i);
        for (OpenSearchNodeProcess n : nodes) n.awaitHealthy(Duration.ofMinutes(3));
        connection = OpenSearchConnection.open(specs.stream().map(OpenSearchNodeSpec::baseUrl).toList());
        awaitStatus("green", NODES, Duration.ofMinutes(2));
        // the first half of the articles, before any node is lost
        try (OpenSearchArchiveWriter w = OpenSearchArchiveWriter.rebuild(connection, "kiosque", 3, 1)) {
            ContractCorpus.load(articles.subList(0, articles.size() / 2), w);
            w.publish();
            assertEquals(0, w.report().failed(), w.report().failures().toString());
        }
        awaitStatus("green", NODES, Duration.ofMinutes(2));
        archive = OpenSearchArchive.open(connection, "kiosque");
    }

    static OpenSearchNodeProcess launch(int i) {
        return OpenSearchNodeProcess.launchIn(homes.resolve(specs.get(i).nodeName()), specs.get(i), OpenSearchNodeBuild.inCheckout());
    }

    @AfterAll static void stopCluster() throws Exception {
        if (archive != null) archive.close();
        if (connection != null) connection.close();
        for (OpenSearchNodeProcess n : nodes) if (n != null) n.close();
    }

    @Test void nodeLostDuringQueriesAndDuringABulkLoad() throws Exception {
        // 1. Queries keep being answered in full while a node dies.
        List<String> queries = List.of("france", "syrie OR turquie", "\"premier ministre\"", "gouvernement", "négotiations");
        List<Long> expected = queries.stream().map(q -> archive.search(ArchiveQuery.of(q)).total()).toList();
        int victim = nonManager(-1);
        long yellowAt = killDuring(victim, () -> {}, queries, expected);
        restartAndAwaitGreen(victim);

        // 2. A bulk load of the second half while another node dies: every article is there at the end.
        int second = nonManager(victim);
        List<ContractCorpus.Extracted> rest = articles.subList(articles.size() / 2, articles.size());
        OpenSearchArchiveWriter.Report report;
        try (OpenSearchArchiveWriter w = OpenSearchArchiveWriter.open(connection, "kiosque", 3, 1).batchSize(40)) {
            Thread loader = Thread.ofPlatform().start(() -> {
                try {
                    for (ContractCorpus.Extracted e : rest) w.add(e.article(), e.extraction());
                    w.commit();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            while (w.report().created() < rest.size() / 4 && loader.isAlive()) Thread.sleep(20);
            assertTrue(w.report().created() < rest.size(), "the load was still running when the node died");
            nodes[second].kill();
            loader.join(Duration.ofMinutes(3).toMillis());
            assertFalse(loader.isAlive(), "the load finished");
            report = w.report();
        }
        System.out.println("bulk load with a node killed: " + report.line());
        assertEquals(0, report.failed(), report.failures().toString());
        assertEquals(articles.size(), archive.size(), "every article is in the archive");
        for (ContractCorpus.Extracted e : rest.subList(0, 50)) assertTrue(archive.article(e.article().id()).isPresent(), e.article().id());
        restartAndAwaitGreen(second);
        assertEquals(articles.size(), archive.size());
        assertTrue(yellowAt > 0);
    }

    /** Kills node {@code victim} while two threads search; returns when the cluster turned yellow (ms since kill). */
    private long killDuring(int victim, Runnable ignored, List<String> queries, List<Long> expected) throws Exception {
        record Outcome(long at, String query, long total, String error) {}
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int offset = t;
            readers.add(Thread.ofPlatform().start(() -> {
                for (int i = offset; running.get(); i++) {
                    String q = queries.get(i % queries.size());
                    try {
                        SearchResult r = archive.search(ArchiveQuery.of(q));
                        outcomes.add(new Outcome(System.nanoTime(), q, r.total(), null));
                    } catch (RuntimeException e) {
                        outcomes.add(new Outcome(System.nanoTime(), q, -1, e.toString()));
                    }
                }
            }));
        }
        Thread.sleep(1_500);
        long killedAt = System.nanoTime();
        nodes[victim].kill();
        long yellow = awaitStatus("yellow", NODES - 1, Duration.ofMinutes(2));
        Thread.sleep(5_000); // keep searching on the yellow cluster
        running.set(false);
        for (Thread r : readers) r.join();
        List<Outcome> all = new ArrayList<>(outcomes);
        long after = all.stream().filter(o -> o.at() >= yellow).count();
        List<Outcome> failedAfter = all.stream().filter(o -> o.at() >= yellow && o.error() != null).toList();
        List<Outcome> wrong = all.stream().filter(o -> o.error() == null && o.total() != expected.get(queries.indexOf(o.query()))).toList();
        long failedBefore = all.stream().filter(o -> o.at() < yellow && o.error() != null).count();
        System.out.printf("query load: %d searches, %d after yellow (%d ms after the kill), %d failed before yellow, %d after%n",
                all.size(), after, (yellow - killedAt) / 1_000_000, failedBefore, failedAfter.size());
        assertTrue(after > 10, "searches kept running on the yellow cluster");
        assertEquals(List.of(), failedAfter, "no failed search once yellow");
        assertEquals(List.of(), wrong, "no partial answer");
        return (yellow - killedAt) / 1_000_000;
    }

    private void restartAndAwaitGreen(int i) throws Exception {
        long t0 = System.nanoTime();
        nodes[i] = launch(i);
        awaitStatus("green", NODES, Duration.ofMinutes(3));
        System.out.printf("node %s restarted on its data, rejoined, cluster green in %d ms%n", specs.get(i).nodeName(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** A node other than {@code not} that is not the elected cluster manager. */
    private static int nonManager(int not) {
        String manager = connection.require("GET", "/_cluster/state/cluster_manager_node,nodes", null).path("cluster_manager_node").asText();
        JsonNode all = connection.require("GET", "/_nodes/_all/name", null).path("nodes");
        for (int i = 0; i < NODES; i++) {
            if (i == not) continue;
            String name = specs.get(i).nodeName();
            boolean isManager = all.has(manager) && all.path(manager).path("name").asText().equals(name);
            if (!isManager) return i;
        }
        throw new IllegalStateException("no node to kill");
    }

    /** Waits until the cluster reports {@code status} with {@code nodeCount} nodes; returns System.nanoTime() then. */
    private static long awaitStatus(String status, int nodeCount, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                OpenSearchConnection.Answer a = connection == null ? null : connection.send("GET", "/_cluster/health?timeout=1s", null);
                if (a != null) {
                    last = a.body().toString();
                    if (status.equals(a.body().path("status").asText()) && a.body().path("number_of_nodes").asInt() == nodeCount) return System.nanoTime();
                }
            } catch (Exception e) {
                last = e.toString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("cluster not " + status + " with " + nodeCount + " nodes after " + timeout + ": " + last);
    }
}
