package kiosque.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import kiosque.extract.Extraction;
import kiosque.index.ArchiveWriter;
import kiosque.index.IndexingPipeline;
import kiosque.ingest.Article;

/**
 * Loads articles (extracted by Kiosque) into OpenSearch with the bulk API, as an {@link IndexingPipeline.Target}.
 * Each article is indexed under its id, so a retry or a second run replaces instead of duplicating.
 * Back-pressure: at most {@code MAX_IN_FLIGHT} bulk requests at once; a caller whose batch is full sends it itself
 * and waits. A request with no answer (a node gone), a 429 or a 5xx, and each article that failed with such a status,
 * is sent again with a growing pause; other per-article failures are reported by id with OpenSearch's reason.
 * <p>
 * A full load ({@link #rebuild}) goes into a new index version {@code ALIAS-vTIMESTAMP}; {@link #publish} then moves
 * the alias in one atomic request, so readers see the old archive until the new one is complete. Closing an
 * unpublished version deletes it.
 */
public final class OpenSearchArchiveWriter implements IndexingPipeline.Target {
    private static final int DEFAULT_BATCH_DOCS = 500;
    private static final int BATCH_BYTES = 5 << 20;
    private static final int MAX_IN_FLIGHT = 2;
    private static final int ATTEMPTS = 12;
    private static final long MAX_PAUSE_MS = 5_000;
    private static final int KEPT_FAILURES = 1_000;
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    /** An article OpenSearch would not take, and why. */
    public record Failure(String id, int status, String reason) {
        @Override public String toString() { return id + ": " + status + " " + reason; }
    }

    /** What a load did so far. */
    public record Report(long created, long updated, long failed, long retried, List<Failure> failures) {
        public String line() {
            return String.format("OpenSearch: %,d created, %,d updated, %,d failed (%,d articles sent again after a transient error)",
                    created, updated, failed, retried);
        }
    }

    private record Doc(String id, byte[] lines) {}

    private final OpenSearchConnection connection;
    private final String alias;
    private final String index;
    private final boolean newVersion;
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final Object bufferLock = new Object();
    private List<Doc> buffer = new ArrayList<>();
    private long bufferBytes;
    private final AtomicLong created = new AtomicLong(), updated = new AtomicLong(), failed = new AtomicLong(), retried = new AtomicLong();
    private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean published;
    private volatile int batchDocs = DEFAULT_BATCH_DOCS;

    private OpenSearchArchiveWriter(OpenSearchConnection connection, String alias, String index, boolean newVersion) {
        this.connection = connection;
        this.alias = alias;
        this.index = index;
        this.newVersion = newVersion;
    }

    /**
     * Adds to the archive behind {@code alias}; when there is none yet, starts a first version (published by {@link #publish}).
     */
    public static OpenSearchArchiveWriter open(OpenSearchConnection connection, String alias, int shards, int replicas) {
        String current = currentIndex(connection, alias);
        if (current == null) return rebuild(connection, alias, shards, replicas);
        return new OpenSearchArchiveWriter(connection, alias, current, false);
    }

    /** Loads a complete new version of the archive beside the current one. */
    public static OpenSearchArchiveWriter rebuild(OpenSearchConnection connection, String alias, int shards, int replicas) {
        String index = alias + "-v" + VERSION.format(Instant.now());
        ObjectNode body = ArchiveIndexSchema.create(shards, replicas);
        // Nobody reads a version before it is published, and each commit refreshes: no periodic refresh during the load.
        ((ObjectNode) body.path("settings").path("index")).put("refresh_interval", "-1");
        connection.require("PUT", "/" + index, body);
        return new OpenSearchArchiveWriter(connection, alias, index, true);
    }

    /** The index the alias points to, or null when there is no such alias. */
    static String currentIndex(OpenSearchConnection connection, String alias) {
        try {
            OpenSearchConnection.Answer a = connection.send("GET", "/_alias/" + alias, null);
            if (a.status() == 404) return null;
            if (!a.ok()) throw new OpenSearchException("reading alias " + alias + ": " + a.reason(), a.status());
            var names = a.body().fieldNames();
            return names.hasNext() ? names.next() : null;
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch at " + String.join(",", connection.urls()) + " did not answer: " + e.getMessage(), e);
        }
    }

    /** Articles per bulk request (500 by default; smaller in tests that kill a node in the middle of a load). */
    public OpenSearchArchiveWriter batchSize(int docs) {
        if (docs < 1) throw new IllegalArgumentException("batch size must be at least 1");
        this.batchDocs = docs;
        return this;
    }

    public String index() {
        return index;
    }

    /**
     * Queues the article for the next bulk request. The outcome is not known before OpenSearch answers: this says
     * INDEXED, and {@link #report()} gives what OpenSearch actually did (created or updated).
     */
    @Override public ArchiveWriter.Outcome add(Article article, Extraction extraction) throws IOException {
        ObjectNode action = OpenSearchConnection.JSON.createObjectNode();
        action.putObject("index").put("_index", index).put("_id", article.id());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OpenSearchConnection.JSON.writeValue(out, action);
        out.write('\n');
        OpenSearchConnection.JSON.writeValue(out, ArticleSource.of(article, extraction));
        out.write('\n');
        List<Doc> full = null;
        synchronized (bufferLock) {
            buffer.add(new Doc(article.id(), out.toByteArray()));
            bufferBytes += out.size();
            if (buffer.size() >= batchDocs || bufferBytes >= BATCH_BYTES) full = takeBuffer();
        }
        if (full != null) send(full);
        return ArchiveWriter.Outcome.INDEXED;
    }

    private List<Doc> takeBuffer() {
        List<Doc> full = buffer;
        buffer = new ArrayList<>();
        bufferBytes = 0;
        return full;
    }

    /** Sends what is buffered, waits for every bulk request in flight, and makes it all searchable. */
    @Override public void commit() throws IOException {
        List<Doc> rest;
        synchronized (bufferLock) {
            rest = takeBuffer();
        }
        if (!rest.isEmpty()) send(rest);
        inFlight.acquireUninterruptibly(MAX_IN_FLIGHT);
        inFlight.release(MAX_IN_FLIGHT);
        refresh();
    }

    private void refresh() {
        for (int attempt = 0; ; attempt++) {
            try {
                connection.require("POST", "/" + index + "/_refresh", null);
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS) throw e;
                pause(attempt);
            }
        }
    }

    /** Points the alias at this version in one request (readers switch atomically) and drops the versions before it. */
    public void publish() throws IOException {
        commit();
        if (!newVersion) return;
        connection.require("PUT", "/" + index + "/_settings", OpenSearchConnection.JSON.createObjectNode()
                .set("index", OpenSearchConnection.JSON.createObjectNode().put("refresh_interval", "1s")));
        String old = currentIndex(connection, alias);
        ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
        var actions = body.putArray("actions");
        if (old != null) actions.addObject().putObject("remove").put("index", old).put("alias", alias);
        actions.addObject().putObject("add").put("index", index).put("alias", alias);
        connection.require("POST", "/_aliases", body);
        published = true;
        if (old != null && !old.equals(index)) connection.require("DELETE", "/" + old, null);
    }

    public Report report() {
        synchronized (failures) {
            return new Report(created.get(), updated.get(), failed.get(), retried.get(), List.copyOf(failures));
        }
    }

    private void send(List<Doc> docs) {
        inFlight.acquireUninterruptibly();
        try {
            List<Doc> pending = docs;
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                if (attempt > 0) {
                    retried.addAndGet(pending.size());
                    pause(attempt);
                }
                boolean last = attempt == ATTEMPTS - 1;
                pending = sendOnce(pending, last);
            }
        } finally {
            inFlight.release();
        }
    }

    /** One bulk request; returns the articles worth sending again. */
    private List<Doc> sendOnce(List<Doc> docs, boolean last) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Doc d : docs) body.writeBytes(d.lines());
        OpenSearchConnection.Answer a;
        try {
            a = connection.sendNdjson("/_bulk", body.toByteArray());
        } catch (IOException e) {
            if (last) docs.forEach(d -> fail(d.id(), 0, "no OpenSearch node answered: " + e.getMessage()));
            return last ? List.of() : docs;
        }
        if (!a.ok()) {
            boolean retry = a.status() == 429 || a.status() >= 500;
            if (!retry || last) {
                docs.forEach(d -> fail(d.id(), a.status(), a.reason()));
                return List.of();
            }
            return docs;
        }
        List<Doc> again = new ArrayList<>();
        JsonNode items = a.body().path("items");
        for (int i = 0; i < docs.size(); i++) {
            JsonNode r = items.path(i).path("index");
            int status = r.path("status").asInt(0);
            if (status >= 200 && status < 300) {
                if ("created".equals(r.path("result").asText())) created.incrementAndGet();
                else updated.incrementAndGet();
            } else if ((status == 429 || status >= 500 || status == 0) && !last) {
                again.add(docs.get(i));
            } else {
                JsonNode err = r.path("error");
                fail(docs.get(i).id(), status, err.path("type").asText("") + ": " + err.path("reason").asText(err.toString()));
            }
        }
        return again;
    }

    private void fail(String id, int status, String reason) {
        failed.incrementAndGet();
        synchronized (failures) {
            if (failures.size() < KEPT_FAILURES) failures.add(new Failure(id, status, reason));
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(MAX_PAUSE_MS, 100L << Math.min(attempt, 10)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        }
    }

    /** Sends what is left; an unpublished new version is deleted, leaving the current archive as it was. */
    @Override public void close() throws IOException {
        if (newVersion && !published) {
            try {
                connection.send("DELETE", "/" + index, null);
            } catch (IOException ignored) {
                // the cluster is gone; the orphan version holds no alias and can be deleted by hand
            }
        } else {
            commit();
        }
    }
}
