package kiosque.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import kiosque.index.ArchiveWriter;
import kiosque.index.IndexingPipeline;
import kiosque.search.StoredNameAliases;
import kiosque.ingest.Article;

/**
 * The three in-process indexing runs of the benchmark, each timed from the first document to the commit that
 * makes the last one durable, on the same number of threads. (d), OpenSearch's bulk load, is
 * {@link OpenSearchArchiveClient#bulkLoad}.
 */
public final class IndexingBench {

    /** Lucene's default is 16 MB; Kiosque's writer uses 128 MB, and the bare run gets the same so only the work differs. */
    static final double RAM_BUFFER_MB = 128;

    private IndexingBench() {
    }

    /**
     * (a) What {@code ./kiosque index FILE} does: read, extract, analyse, write, commit, save the name merging. Articles the reader skips
     * (no body) are not counted, as {@link BenchCorpus#read} does not return them either.
     */
    public static IndexFigures kiosquePipeline(Path input, Path indexDir, int threads, long textBytes) throws IOException {
        IndexingPipeline pipeline = IndexingPipeline.withDefaults(threads);
        long t0 = System.nanoTime();
        IndexingPipeline.Summary summary;
        try (ArchiveWriter writer = ArchiveWriter.open(indexDir)) {
            summary = pipeline.run(List.of(input), IndexingPipeline.target(writer), IndexingPipeline.Progress.NONE);
        }
        StoredNameAliases.saveForLatestCommit(indexDir); // as `index` ends: part of what it costs
        return new IndexFigures(summary.indexed() + summary.replaced(), textBytes, System.nanoTime() - t0);
    }

    /** (b) Kiosque's writer alone (analysis, facets, stored extraction), fed articles extracted beforehand. */
    public static IndexFigures kiosqueWriter(List<PreparedArticle> prepared, Path indexDir, int threads, long textBytes) throws IOException {
        long t0 = System.nanoTime();
        try (ArchiveWriter writer = ArchiveWriter.open(indexDir)) {
            Workers.forEachIndex(prepared.size(), threads, i -> writer.add(prepared.get(i).article(), prepared.get(i).extraction()));
            writer.commit();
        }
        return new IndexFigures(prepared.size(), textBytes, System.nanoTime() - t0);
    }

    /**
     * (c) The limit: the same text through Lucene's stock {@link FrenchAnalyzer} into a bare {@link IndexWriter}:
     * id, title, lede and body (stored, as any archive must show them) and the date as a point; no extraction, no facets.
     */
    public static IndexFigures bareLucene(List<Article> articles, Path indexDir, int threads, long textBytes) throws IOException {
        long t0 = System.nanoTime();
        IndexWriterConfig config = new IndexWriterConfig(new FrenchAnalyzer()).setRAMBufferSizeMB(RAM_BUFFER_MB);
        try (FSDirectory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, config)) {
            Workers.forEachIndex(articles.size(), threads, i -> writer.addDocument(bareDocument(articles.get(i))));
            writer.commit();
        }
        return new IndexFigures(articles.size(), textBytes, System.nanoTime() - t0);
    }

    /** (c)'s document: id, title, lede and body stored and analysed by the stock French analyzer, the date as a point. */
    public static Document bareDocument(Article a) {
        Document doc = new Document();
        doc.add(new StringField("id", a.id(), Field.Store.YES));
        doc.add(new TextField("title", a.title(), Field.Store.YES));
        doc.add(new TextField("lede", a.lede(), Field.Store.YES));
        doc.add(new TextField("body", a.body(), Field.Store.YES));
        if (a.date() != null) doc.add(new LongPoint("date", a.date().start().toEpochDay()));
        return doc;
    }
}
