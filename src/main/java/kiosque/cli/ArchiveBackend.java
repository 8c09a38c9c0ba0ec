package kiosque.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kiosque.extract.Extraction;
import kiosque.index.ArchiveWriter;
import kiosque.index.IndexingPipeline;
import kiosque.ingest.Article;
import kiosque.opensearch.OpenSearchArchive;
import kiosque.opensearch.OpenSearchArchiveWriter;
import kiosque.opensearch.OpenSearchConnection;
import kiosque.search.Archive;
import kiosque.search.LuceneArchive;
import picocli.CommandLine.Option;

/**
 * Where the archive lives, chosen on the command line of index, serve and search: the embedded Lucene index (default)
 * or an OpenSearch cluster. Credentials for the cluster come from the environment (KIOSQUE_OPENSEARCH_USER and
 * KIOSQUE_OPENSEARCH_PASSWORD), never from options.
 */
public final class ArchiveBackend {
    public enum Kind { lucene, opensearch }

    @Option(names = "--backend", paramLabel = "B", defaultValue = "lucene",
            description = "lucene (the embedded index, default) or opensearch (a cluster, see --opensearch)")
    Kind kind = Kind.lucene;

    @Option(names = "--opensearch", paramLabel = "URL[,URL…]", split = ",",
            description = "OpenSearch node URLs (with --backend opensearch); credentials from KIOSQUE_OPENSEARCH_USER / KIOSQUE_OPENSEARCH_PASSWORD")
    List<String> urls = new ArrayList<>();

    @Option(names = "--opensearch-alias", paramLabel = "NAME", defaultValue = "kiosque",
            description = "the archive's alias on the cluster (default: ${DEFAULT-VALUE})")
    String alias = "kiosque";

    public boolean isOpenSearch() {
        return kind == Kind.opensearch;
    }

    private OpenSearchConnection connect() {
        if (urls.isEmpty()) throw new IllegalArgumentException("--backend opensearch needs --opensearch http://HOST:PORT[,…]");
        return OpenSearchConnection.open(urls);
    }

    /** What to name in messages: the folder or the cluster and alias. */
    public String where(Path indexDir) {
        return isOpenSearch() ? alias + " on " + String.join(",", urls) : indexDir.toString();
    }

    /** Opens the archive for searching; closing it closes the connection too. */
    public Archive open(Path indexDir) throws IOException {
        if (!isOpenSearch()) return LuceneArchive.open(indexDir);
        OpenSearchConnection connection = connect();
        try {
            OpenSearchArchive archive = OpenSearchArchive.open(connection, alias);
            return new Archive() {
                @Override public kiosque.search.SearchResult search(kiosque.search.ArchiveQuery q) { return archive.search(q); }

                @Override public java.util.Optional<kiosque.search.StoredArticle> article(String id) { return archive.article(id); }

                @Override public long size() { return archive.size(); }

                @Override public void close() throws IOException {
                    try {
                        archive.close();
                    } finally {
                        connection.close();
                    }
                }
            };
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** A load into the archive: the target for the pipeline, then {@link #finish} to make it visible. */
    public interface Load extends IndexingPipeline.Target {
        /** Publishes the load and reports what the backend refused; false when some articles were not stored. */
        boolean finish(PrintWriter out, PrintWriter err) throws IOException;
    }

    /**
     * Saves the name merging of the archive's last commit beside it; a failure costs the servers opening it the time to
     * build the merging themselves, and loses nothing indexed, so it is reported and indexing still succeeds.
     */
    static void saveNameAliases(Path indexDir, PrintWriter err) {
        try {
            kiosque.search.StoredNameAliases.saveForLatestCommit(indexDir);
        } catch (IOException | RuntimeException e) {
            err.println("warning: could not save the name merging beside the index in " + indexDir
                    + " (servers will build it as they open): " + e);
        }
    }

    /** Starts a load; {@code rebuild} loads a new OpenSearch index version that replaces the current one when finished. */
    public Load load(Path indexDir, boolean rebuild, int shards, int replicas) throws IOException {
        return load(indexDir, rebuild, shards, replicas, false);
    }

    /** Why {@code --merge} is refused with the OpenSearch backend. */
    static final String MERGE_NEEDS_LUCENE = "--merge is for the Lucene archive; OpenSearch merges its own segments";

    /** As {@link #load(Path, boolean, int, int)}; {@code merge} merges the Lucene archive into one segment when the load is done. */
    public Load load(Path indexDir, boolean rebuild, int shards, int replicas, boolean merge) throws IOException {
        if (merge && isOpenSearch()) throw new IllegalArgumentException(MERGE_NEEDS_LUCENE);
        if (!isOpenSearch()) {
            ArchiveWriter writer = ArchiveWriter.open(indexDir);
            IndexingPipeline.Target t = IndexingPipeline.target(writer);
            return new Load() {
                @Override public ArchiveWriter.Outcome add(Article a, Extraction x) throws IOException { return t.add(a, x); }

                @Override public void commit() throws IOException { t.commit(); }

                /**
                 * Everything is committed; merged into one segment when asked; the name merging of the final commit is
                 * saved beside it for the servers.
                 */
                @Override public boolean finish(PrintWriter out, PrintWriter err) throws IOException {
                    if (merge) {
                        long t0 = System.nanoTime();
                        writer.mergeToOneSegment();
                        out.printf("merged into one segment in %.1f s%n", (System.nanoTime() - t0) / 1e9);
                    }
                    saveNameAliases(indexDir, err);
                    return true;
                }

                @Override public void close() throws IOException { t.close(); }
            };
        }
        OpenSearchConnection connection = connect();
        OpenSearchArchiveWriter writer;
        try {
            writer = rebuild ? OpenSearchArchiveWriter.rebuild(connection, alias, shards, replicas)
                    : OpenSearchArchiveWriter.open(connection, alias, shards, replicas);
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
        return new Load() {
            @Override public ArchiveWriter.Outcome add(Article a, Extraction x) throws IOException { return writer.add(a, x); }

            @Override public void commit() throws IOException { writer.commit(); }

            @Override public boolean finish(PrintWriter out, PrintWriter err) throws IOException {
                writer.publish();
                OpenSearchArchiveWriter.Report r = writer.report();
                r.failures().forEach(f -> err.println("not stored: " + f));
                if (r.failed() > r.failures().size()) err.println("… and " + (r.failed() - r.failures().size()) + " more not stored");
                out.println(r.line() + " → " + writer.index() + " (alias " + alias + ")");
                return r.failed() == 0;
            }

            @Override public void close() throws IOException {
                try {
                    writer.close();
                } finally {
                    connection.close();
                }
            }
        };
    }
}
