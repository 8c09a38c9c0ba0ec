package kiosque.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How to start one OpenSearch node: ports on 127.0.0.1, names, cluster membership and heap.
 * No seed hosts means a single-node cluster; for a cluster, give every node the same seed hosts
 * (their transport addresses) and the same initial cluster-manager names.
 */
public record OpenSearchNodeSpec(int httpPort, int transportPort, String clusterName, String nodeName,
                                 List<String> seedHosts, List<String> initialClusterManagers, int heapMb) {

    public OpenSearchNodeSpec {
        seedHosts = List.copyOf(seedHosts);
        initialClusterManagers = List.copyOf(initialClusterManagers);
        if (heapMb < 128) throw new IllegalArgumentException("heap of " + heapMb + " MB is too small for an OpenSearch node");
    }

    /** A single node on free ports with a 512 MB heap: enough for the benchmark corpus, small beside Kiosque's. */
    public static OpenSearchNodeSpec singleNode() {
        int http = freePort();
        return new OpenSearchNodeSpec(http, freePort(), "kiosque-bench", "bench-" + http, List.of(), List.of(), 512);
    }

    public OpenSearchNodeSpec withHeapMb(int mb) {
        return new OpenSearchNodeSpec(httpPort, transportPort, clusterName, nodeName, seedHosts, initialClusterManagers, mb);
    }

    /** The transport address other nodes use to find this one. */
    public String transportAddress() {
        return "127.0.0.1:" + transportPort;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /**
     * A free port on the loopback interface at the time of asking, taken below the kernel's ephemeral range
     * (32768 and up on Linux): a port the system hands out for binding to 0 is also one it hands out as the local
     * end of outgoing connections, which took a node's port between asking and binding under a busy test suite.
     */
    public static int freePort() {
        IOException last = null;
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                last = e; // taken: try another
            }
        }
        throw new UncheckedIOException("no free port between 20000 and 32000 on 127.0.0.1", last);
    }

    List<String> arguments(String home) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--http-port", Integer.toString(httpPort), "--transport-port", Integer.toString(transportPort),
                "--home", home, "--cluster-name", clusterName, "--node-name", nodeName, "--stop-when-stdin-closes"));
        if (!seedHosts.isEmpty()) {
            args.addAll(List.of("--seed-hosts", String.join(",", seedHosts),
                    "--initial-cluster-managers", String.join(",", initialClusterManagers)));
        }
        return args;
    }
}
