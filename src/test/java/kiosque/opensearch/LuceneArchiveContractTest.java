package kiosque.opensearch;

import java.nio.file.Path;
import kiosque.index.ArchiveWriter;
import kiosque.index.IndexingPipeline;
import kiosque.search.Archive;
import kiosque.search.LuceneArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The backend contract on the embedded Lucene archive. */
class LuceneArchiveContractTest extends ArchiveContract {
    @TempDir static Path dir;
    @TempDir static Path seedDir;
    static LuceneArchive archive, seeds;

    @BeforeAll static void load() throws Exception {
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            ContractCorpus.load(ContractCorpus.articles(), IndexingPipeline.target(w));
        }
        try (ArchiveWriter w = ArchiveWriter.open(seedDir)) {
            ContractCorpus.load(ContractCorpus.seeds(), IndexingPipeline.target(w));
        }
        archive = LuceneArchive.open(dir);
        seeds = LuceneArchive.open(seedDir);
    }

    @AfterAll static void close() throws Exception {
        if (archive != null) archive.close();
        if (seeds != null) seeds.close();
    }

    @Override Archive seedArchive() {
        return seeds;
    }

    @Override Archive archive() {
        return archive;
    }
}
