package kiosque.opensearchnode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one OpenSearch node needs to know to start: its ports, its folder, and which cluster it joins.
 * An empty seed-host list means a single-node cluster.
 */
public record PeerNodeOptions(
        int httpPort,
        int transportPort,
        Path home,
        String clusterName,
        String nodeName,
        List<String> seedHosts,
        List<String> initialClusterManagers,
        boolean stopWhenStdinCloses) {

    static final String USAGE = """
            usage: PeerNodeMain --http-port N --transport-port N --home DIR
                                [--cluster-name NAME] [--node-name NAME]
                                [--seed-hosts 127.0.0.1:9300,127.0.0.1:9301 --initial-cluster-managers n1,n2,n3]
                                [--stop-when-stdin-closes]
              Without --seed-hosts the node forms a single-node cluster.""";

    public PeerNodeOptions {
        if (httpPort <= 0 || httpPort > 65535) throw new IllegalArgumentException("--http-port must be 1..65535, got " + httpPort);
        if (transportPort <= 0 || transportPort > 65535) throw new IllegalArgumentException("--transport-port must be 1..65535, got " + transportPort);
        if (home == null) throw new IllegalArgumentException("--home is required");
        if (clusterName.isBlank()) throw new IllegalArgumentException("--cluster-name must not be blank");
        if (nodeName.isBlank()) throw new IllegalArgumentException("--node-name must not be blank");
        seedHosts = List.copyOf(seedHosts);
        initialClusterManagers = List.copyOf(initialClusterManagers);
        if (!seedHosts.isEmpty() && initialClusterManagers.isEmpty()) {
            throw new IllegalArgumentException("--seed-hosts needs --initial-cluster-managers (the node names that bootstrap the cluster)");
        }
    }

    public boolean singleNode() {
        return seedHosts.isEmpty();
    }

    public static PeerNodeOptions parse(String[] args) {
        Integer http = null, transport = null;
        Path home = null;
        String cluster = "kiosque-bench", node = null;
        List<String> seeds = List.of(), managers = List.of();
        boolean watchStdin = false;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--stop-when-stdin-closes")) {
                watchStdin = true;
                continue;
            }
            if (i + 1 >= args.length) throw new IllegalArgumentException("missing value after " + flag + "\n" + USAGE);
            String value = args[++i];
            switch (flag) {
                case "--http-port" -> http = port(flag, value);
                case "--transport-port" -> transport = port(flag, value);
                case "--home" -> home = Path.of(value).toAbsolutePath();
                case "--cluster-name" -> cluster = value;
                case "--node-name" -> node = value;
                case "--seed-hosts" -> seeds = commaList(value);
                case "--initial-cluster-managers" -> managers = commaList(value);
                default -> throw new IllegalArgumentException("unknown option " + flag + "\n" + USAGE);
            }
        }
        if (http == null || transport == null || home == null) {
            throw new IllegalArgumentException("--http-port, --transport-port and --home are required\n" + USAGE);
        }
        return new PeerNodeOptions(http, transport, home, cluster, node == null ? "node-" + http : node, seeds, managers, watchStdin);
    }

    private static int port(String flag, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " expects a port number, got '" + value + "'");
        }
    }

    private static List<String> commaList(String value) {
        List<String> out = new ArrayList<>();
        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }
}
