package kiosque.index;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import kiosque.bench.BenchCorpus;
import kiosque.bench.PreparedArticle;
import kiosque.extract.FrenchExtractor;
import kiosque.ingest.Article;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * What each part of an archive document costs the writer: the same pre-extracted articles written on one thread into
 * an in-memory directory with one part left out at a time, against the bare Lucene document of the bench's (c).
 * Thread CPU of adds plus the final commit, best of rounds; ONLY, when given, keeps the variants whose name holds
 * it (« archive document » and the bare one for an A/B of two checkouts). Run from the worktree:
 * <pre>java -cp target/classes:target/test-classes:$(cat target/classpath.txt) kiosque.index.WriterStages \
 *     ../shared/corpus/orangesum.jsonl.gz 10000 3 [ONLY]</pre>
 */
public final class WriterStages {
    private WriterStages() {}

    private record Variant(String name, boolean archiveConfig, Function<PreparedArticle, Iterable<? extends IndexableField>> doc) {}

    public static void main(String[] args) throws Exception {
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 10000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<Article> articles = BenchCorpus.read(Path.of(args[0]), limit);
        List<PreparedArticle> prepared = PreparedArticle.extract(articles, articles.size(), new FrenchExtractor(), 2);
        FacetsConfig facets = ArticleDocuments.facetsConfig();
        List<Variant> variants = List.of(
                new Variant("archive document", true, p -> build(facets, ArticleDocuments.toDocument(p.article(), p.extraction()))),
                new Variant("  without offsets", true, p -> build(facets, withoutOffsets(ArticleDocuments.toDocument(p.article(), p.extraction())))),
                new Variant("  without facets", true, p -> build(facets, without(ArticleDocuments.toDocument(p.article(), p.extraction()), f -> f instanceof SortedSetDocValuesFacetField))),
                new Variant("  without entity text", true, p -> build(facets, without(ArticleDocuments.toDocument(p.article(), p.extraction()), f -> f.name().endsWith("_text")))),
                new Variant("  without quote field", true, p -> build(facets, without(ArticleDocuments.toDocument(p.article(), p.extraction()), f -> f.name().equals(ArchiveField.QUOTE)))),
                new Variant("  without stored extraction", true, p -> build(facets, without(ArticleDocuments.toDocument(p.article(), p.extraction()), f -> f.name().equals(ArchiveField.EXTRACTION)))),
                new Variant("  toDocument only (not written)", true, null),
                new Variant("bare Lucene document (c)", false, p -> kiosque.bench.IndexingBench.bareDocument(p.article())));
        if (args.length > 3) variants = variants.stream().filter(v -> v.name.contains(args[3]) || !v.archiveConfig).toList();
        for (int round = 0; round < rounds; round++) {
            for (Variant v : variants) {
                long cpu = v.doc == null ? documentsOnly(prepared, facets) : write(prepared, v);
                System.out.printf("round %d  %-34s %7.1f µs CPU per article%n", round, v.name, cpu / 1e3 / prepared.size());
            }
        }
    }

    private static long documentsOnly(List<PreparedArticle> prepared, FacetsConfig facets) throws Exception {
        var bean = ManagementFactory.getThreadMXBean();
        long t0 = bean.getCurrentThreadCpuTime(), sink = 0;
        for (PreparedArticle p : prepared) {
            Document d = build(facets, ArticleDocuments.toDocument(p.article(), p.extraction()));
            for (IndexableField f : d) if (f instanceof Field fl && fl.tokenStreamValue() != null) { var ts = fl.tokenStreamValue(); ts.reset(); while (ts.incrementToken()) sink++; ts.end(); ts.close(); }
        }
        if (sink == 42) System.out.print("");
        return bean.getCurrentThreadCpuTime() - t0;
    }

    private static Document build(FacetsConfig facets, Document d) {
        try {
            return facets.build(d);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Document without(Document d, Predicate<IndexableField> drop) {
        Document out = new Document();
        for (IndexableField f : d) if (!drop.test(f)) out.add(f);
        return out;
    }

    private static Document withoutOffsets(Document d) {
        Document out = new Document();
        for (IndexableField f : d) {
            if (f.fieldType() == ArticleDocuments.INDEXED_WITH_OFFSETS) out.add(new Field(f.name(), ((Field) f).tokenStreamValue(), TextField.TYPE_NOT_STORED));
            else out.add(f);
        }
        return out;
    }

    private static long write(List<PreparedArticle> prepared, Variant v) throws Exception {
        var bean = ManagementFactory.getThreadMXBean();
        IndexWriterConfig config = v.archiveConfig
                ? new IndexWriterConfig(FrenchAnalysis.perField()).setCodec(new ArchiveCodec()).setUseCompoundFile(false)
                : new IndexWriterConfig(new FrenchAnalyzer());
        config.setRAMBufferSizeMB(128).setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); IndexWriter w = new IndexWriter(dir, config)) {
            long t0 = bean.getCurrentThreadCpuTime();
            for (PreparedArticle p : prepared) w.addDocument(v.doc.apply(p));
            w.commit();
            return bean.getCurrentThreadCpuTime() - t0;
        }
    }
}
