package kiosque.opensearchnode;

import java.util.Collection;
import java.util.List;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.env.Environment;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A stock OpenSearch node whose plugins come from the classpath instead of a plugins/ folder:
 * Netty for HTTP and transport, analysis-common for the French filters (elision, light_french stemmer, ...).
 */
final class PeerNode extends Node {

    static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class, CommonAnalysisPlugin.class);

    PeerNode(Environment environment, Collection<Class<? extends Plugin>> classpathPlugins) {
        // forbidPrivateIndexSettings = true, as a node started by the distribution does
        super(environment, classpathPlugins, true);
    }
}
