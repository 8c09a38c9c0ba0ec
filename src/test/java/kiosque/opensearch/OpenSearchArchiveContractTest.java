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

    /** The cluster's analyzer gives the very tokens of kiosque.index.FrenchAnalysis, so a typed query means the same. */
    @Test void clusterAnalysesFrenchAsTheEmbeddedArchiveDoes() throws Exception {
        for (String text : List.of("alors même que les feux atteignent l’autoroute", "Un cessez-le-feu immédiat jusqu'à Noël",
                "Les négociations d'Ankara où Erdoğan était, meme si Erdogan etait absent")) {
            var body = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                    .put("analyzer", ArchiveIndexSchema.TEXT_ANALYZER).put("text", text);
            OpenSearchConnection.Answer a = connection.send("POST", "/kiosque/_analyze", body);
            assertTrue(a.ok(), a.toString());
            List<String> cluster = new java.util.ArrayList<>();
            a.body().path("tokens").forEach(t -> cluster.add(t.path("token").asText()));
            List<String> embedded = new java.util.ArrayList<>();
            try (var ts = kiosque.index.FrenchAnalysis.text().tokenStream("body", text)) {
                var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) embedded.add(term.toString());
                ts.end();
            }
            assertEquals(embedded, cluster, text);
        }
    }

    @AfterAll static void close() throws Exception {
        if (archive != null) archive.close();
        if (connection != null) connection.close();
        if (node != null) node.close();
    }

    /**
     * The same questions to both backends over the same articles: same totals, same facet lists, same first page for
     * the date sorts; relevance order and excerpt wording may differ (scores and highlighter passages, see README).
     */
    @Test void answersAsTheEmbeddedArchiveDoes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        try (kiosque.index.ArchiveWriter w = kiosque.index.ArchiveWriter.open(dir)) {
            ContractCorpus.load(ContractCorpus.articles(), kiosque.index.IndexingPipeline.target(w));
        }
        int sameExcerpts = 0, excerpts = 0, sameTop = 0, queries = 0;
        StringBuilder diffs = new StringBuilder();
        try (kiosque.search.LuceneArchive lucene = kiosque.search.LuceneArchive.open(dir)) {
            for (String text : List.of("", "france", "negociation", "cessez-le-feu", "\"réforme des retraites\"", "macron -philippe",
                    "syrie OR irak", "acteur:macron", "lieu:paris", "titre:football", "gouvernement europe", "manifestation*", "présidentielle")) {
                for (kiosque.search.SortOrder sort : kiosque.search.SortOrder.values()) {
                    kiosque.search.ArchiveQuery q = kiosque.search.ArchiveQuery.of(text).withSort(sort);
                    kiosque.search.SearchResult l = lucene.search(q), o = archive.search(q);
                    queries++;
                    assertEquals(l.total(), o.total(), "total for " + text);
                    for (String facet : l.facets().keySet()) assertEquals(l.facets().get(facet), o.facets().get(facet), facet + " for " + text);
                    if (sort != kiosque.search.SortOrder.RELEVANCE) assertEquals(ids(l), ids(o), sort + " order for " + text);
                    if (ids(l).equals(ids(o))) sameTop++;
                    else diffs.append("order ").append(text).append(' ').append(sort).append('\n');
                    for (int i = 0; i < Math.min(l.hits().size(), o.hits().size()); i++) {
                        if (!l.hits().get(i).id().equals(o.hits().get(i).id())) continue;
                        excerpts++;
                        if (l.hits().get(i).excerpts().equals(o.hits().get(i).excerpts())) sameExcerpts++;
                        else if (diffs.length() < 6000) diffs.append("excerpt ").append(text).append("\n  L ").append(l.hits().get(i).excerpts())
                                .append("\n  O ").append(o.hits().get(i).excerpts()).append('\n');
                        assertEquals(l.hits().get(i).actors(), o.hits().get(i).actors());
                    }
                }
            }
        }
        System.out.printf("parity: %d/%d first pages in the same order, %d/%d hits with identical excerpts%n%s", sameTop, queries, sameExcerpts, excerpts, diffs);
        assertTrue(sameExcerpts >= excerpts * 8 / 10, sameExcerpts + "/" + excerpts + " identical excerpts\n" + diffs);
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
