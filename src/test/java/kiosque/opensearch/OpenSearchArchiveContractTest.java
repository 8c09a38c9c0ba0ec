package kiosque.opensearch;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import kiosque.bench.OpenSearchNodeProcess;
import kiosque.bench.OpenSearchNodeSpec;
import kiosque.search.Archive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The backend contract on a real single-node OpenSearch 2.19 in its own JVM, loaded through the bulk writer. */
class OpenSearchArchiveContractTest extends ArchiveContract {
    static OpenSearchNodeProcess node;
    static OpenSearchConnection connection;
    static OpenSearchArchive archive, seeds;
    static OpenSearchArchiveWriter.Report report;

    @BeforeAll static void load() throws Exception {
        ContractCorpus.articles(); // skips before starting a node when the corpus is absent
        node = OpenSearchNodeProcess.start(OpenSearchNodeSpec.singleNode(), Duration.ofMinutes(3));
        connection = OpenSearchConnection.open(List.of(node.baseUrl()));
        try (OpenSearchArchiveWriter w = OpenSearchArchiveWriter.open(connection, "kiosque", 1, 0)) {
            ContractCorpus.load(ContractCorpus.articles(), w);
            w.publish();
            report = w.report();
        }
        try (OpenSearchArchiveWriter w = OpenSearchArchiveWriter.open(connection, "kiosque-seeds", 1, 0)) {
            ContractCorpus.load(ContractCorpus.seeds(), w);
            w.publish();
        }
        archive = OpenSearchArchive.open(connection, "kiosque");
        seeds = OpenSearchArchive.open(connection, "kiosque-seeds");
    }

    @AfterAll static void close() throws Exception {
        if (archive != null) archive.close();
        if (connection != null) connection.close();
        if (node != null) node.close();
    }

    @Override Archive seedArchive() {
        return seeds;
    }

    @Override Archive archive() {
        return archive;
    }

    @Test void everyArticleWasCreatedOnceAndNoneFailed() throws Exception {
        assertEquals(ContractCorpus.articles().size(), report.created(), report.line());
        assertEquals(0, report.failed(), report.failures().toString());
        assertEquals(ContractCorpus.articles().size(), archive.size());
    }

    @Test void aSecondLoadReplacesInsteadOfDuplicating() throws Exception {
        var first = ContractCorpus.articles().get(0);
        try (OpenSearchArchiveWriter w = OpenSearchArchiveWriter.open(connection, "kiosque", 1, 0)) {
            w.add(first.article(), first.extraction());
            w.commit();
            assertEquals(1, w.report().updated());
        }
        assertEquals(ContractCorpus.articles().size(), archive.size());
    }

    @Test void aRebuildSwapsTheAliasAtOnce() throws Exception {
        String before = OpenSearchArchiveWriter.currentIndex(connection, "kiosque-swap");
        assertNull(before);
        var some = ContractCorpus.articles().subList(0, 50);
        try (OpenSearchArchiveWriter w = OpenSearchArchiveWriter.open(connection, "kiosque-swap", 1, 0)) {
            for (var e : some) w.add(e.article(), e.extraction());
            w.publish();
        }
        String v1 = OpenSearchArchiveWriter.currentIndex(connection, "kiosque-swap");
        try (OpenSearchArchive swap = OpenSearchArchive.open(connection, "kiosque-swap");
             OpenSearchArchiveWriter w = OpenSearchArchiveWriter.rebuild(connection, "kiosque-swap", 1, 0)) {
            for (var e : some.subList(0, 10)) w.add(e.article(), e.extraction());
            w.commit();
            assertEquals(50, swap.size(), "readers still see the complete old version while the new one loads");
            w.publish();
            assertEquals(10, swap.size(), "after publishing, the new version");
        }
        assertNotEquals(v1, OpenSearchArchiveWriter.currentIndex(connection, "kiosque-swap"));
        assertEquals(404, connection.send("GET", "/" + v1, null).status(), "the old version is dropped");
    }
}
