package kiosque.opensearchnode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;

/**
 * Starts one real OpenSearch 2.19 node in this JVM, bound to 127.0.0.1 only, and keeps it running
 * until the process is terminated (or, with --stop-when-stdin-closes, until the parent goes away).
 * Prints "PEER-NODE-STARTED http=PORT" on stdout once the node accepts requests.
 */
public final class PeerNodeMain {

    private PeerNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        PeerNodeOptions options;
        try {
            options = PeerNodeOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        Settings settings = settings(options);
        Files.createDirectories(options.home().resolve("config"));
        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName(options.nodeName());
        LogConfigurator.configureWithoutConfig(settings);

        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, options::nodeName);
        Node node = new PeerNode(environment, PeerNode.PLUGINS);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node, stopped), "peer-node-shutdown"));
        try {
            node.start();
        } catch (Exception | Error e) {
            // a node that failed to bind or validate must not linger with its threads half started
            System.err.println("OpenSearch node " + options.nodeName() + " failed to start: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        System.out.printf("PEER-NODE-STARTED http=%d transport=%d name=%s in %d ms%n",
                options.httpPort(), options.transportPort(), options.nodeName(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        System.out.flush();
        if (options.stopWhenStdinCloses()) {
            waitForEndOfInput(System.in);
            System.exit(0); // runs the shutdown hook, which closes the node
        }
        stopped.await();
    }

    static Settings settings(PeerNodeOptions options) {
        Settings.Builder builder = Settings.builder()
                .put("path.home", options.home().toString())
                .put("path.data", options.home().resolve("data").toString())
                .put("path.logs", options.home().resolve("logs").toString())
                .put("cluster.name", options.clusterName())
                .put("node.name", options.nodeName())
                .put("network.host", "127.0.0.1")
                .put("http.port", options.httpPort())
                .put("transport.port", options.transportPort())
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                // a benchmark folder on a shared disk must not flip indices to read-only
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("bootstrap.memory_lock", false);
        if (options.singleNode()) {
            builder.put("discovery.type", "single-node");
        } else {
            builder.putList("discovery.seed_hosts", options.seedHosts())
                    .putList("cluster.initial_cluster_manager_nodes", options.initialClusterManagers());
        }
        return builder.build();
    }

    private static void waitForEndOfInput(InputStream in) throws IOException {
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // the parent writes nothing; we only wait for the pipe to close
        }
    }

    private static void close(Node node, CountDownLatch stopped) {
        try {
            node.close();
            node.awaitClose(20, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            System.err.println("peer node did not close cleanly: " + e);
        } finally {
            stopped.countDown();
        }
    }
}
