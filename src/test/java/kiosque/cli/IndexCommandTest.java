package kiosque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.GZIPInputStream;
import kiosque.index.ArchiveWriter;
import kiosque.index.IndexingPipeline;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `./kiosque index` end to end: real readers, real extractor, real Lucene archive in a temporary folder. */
class IndexCommandTest {

    @TempDir Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static long size(Path index) throws Exception {
        try (ArchiveWriter w = ArchiveWriter.open(index)) {
            return w.size();
        }
    }

    @Test void seedsAndCorpusSampleAreIndexedAndReindexingReplaces() throws Exception {
        Path corpus = Path.of("../shared/corpus/orangesum.jsonl.gz");
        Assumptions.assumeTrue(Files.exists(corpus), "corpus absent: " + corpus.toAbsolutePath());
        Path sample = dir.resolve("sample.jsonl");
        int withBody = 0, empty = 0;
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8));
             BufferedWriter w = Files.newBufferedWriter(sample)) {
            for (String line; withBody < 3000 && (line = in.readLine()) != null; ) {
                if (json.readTree(line).path("article").asText().isBlank()) empty++;
                else withBody++;
                w.write(line);
                w.newLine();
            }
        }
        Path index = dir.resolve("index");
        Run first = run("index", "--quiet", "--index", index.toString(), "seeds", sample.toString());
        assertEquals(empty == 0 ? 0 : 1, first.exit(), first.err());
        assertTrue(first.out().contains(String.format("%,d indexed, 0 replaced, %,d skipped", withBody + 1, empty)), first.out());
        assertEquals(withBody + 1, size(index));

        Run again = run("index", "--quiet", "--index", index.toString(), "seeds");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("0 indexed, 1 replaced, 0 skipped"), again.out());
        assertEquals(withBody + 1, size(index), "re-indexing replaces, never duplicates");
    }

    @Test void badInputIsReportedWithFileAndLineAndExitCodeOne() throws Exception {
        Path batch = dir.resolve("batch.jsonl");
        Files.writeString(batch, "{\"id\":\"a\",\"article\":\"Un.\"}\n{oops\n{\"id\":\"a\",\"article\":\"Deux.\"}\n{\"id\":\"b\",\"article\":\"Trois.\"}\n");
        Path index = dir.resolve("index");
        Run r = run("index", "--quiet", "--threads", "2", "--index", index.toString(), batch.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(batch + ":2: skipped: invalid JSON"), r.err());
        assertTrue(r.out().contains("2 indexed, 1 replaced, 1 skipped"), r.out());
        assertEquals(2, size(index), "the same id twice in one batch is one article");
    }

    /** `index` ends by saving the name merging of its last commit, which the servers opening it then read. */
    @Test void indexingSavesTheNameMergingOfItsLastCommitOnly() throws Exception {
        Path index = dir.resolve("index");
        for (int run = 0; run < 2; run++) {
            Run r = run("index", "--quiet", "--index", index.toString(), "seeds");
            assertEquals(0, r.exit(), r.err());
            try (var files = Files.list(index)) {
                List<String> saved = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("kiosque-aliases-")).toList();
                assertEquals(1, saved.size(), "one saved merging after run " + run + ": " + saved);
                try (var directory = org.apache.lucene.store.FSDirectory.open(index);
                     var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
                    long generation = reader.getIndexCommit().getGeneration();
                    assertEquals("kiosque-aliases-" + Long.toString(generation, Character.MAX_RADIX), saved.get(0), "the last commit's");
                }
            }
        }
    }

    @Test void mergeLeavesOneSegmentThatAnswersAsTheSegmentsDid() throws Exception {
        Path first = dir.resolve("first.jsonl"), second = dir.resolve("second.jsonl");
        for (Path batch : List.of(first, second)) {
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                String id = batch.getFileName().toString().charAt(0) + Integer.toString(i);
                lines.append("{\"id\":\"").append(id).append("\",\"title\":\"Conseil municipal ").append(id)
                        .append("\",\"article\":\"Le maire de Lyon a réuni le conseil municipal pour la séance ").append(id).append(".\"}\n");
            }
            Files.writeString(batch, lines);
        }
        Path split = dir.resolve("split"), merged = dir.resolve("merged");
        // two loads, two commits, two segments; the second load into « merged » ends with the merge
        assertEquals(0, run("index", "--quiet", "--index", split.toString(), first.toString()).exit());
        assertEquals(0, run("index", "--quiet", "--index", merged.toString(), first.toString()).exit());
        Run plain = run("index", "--quiet", "--index", split.toString(), second.toString(), "seeds");
        Run withMerge = run("index", "--quiet", "--merge", "--index", merged.toString(), second.toString(), "seeds");
        assertEquals(0, plain.exit(), plain.err());
        assertEquals(0, withMerge.exit(), withMerge.err());
        assertTrue(withMerge.out().contains("merged into one segment"), withMerge.out());
        try (var d1 = org.apache.lucene.store.FSDirectory.open(split); var r1 = org.apache.lucene.index.DirectoryReader.open(d1);
             var d2 = org.apache.lucene.store.FSDirectory.open(merged); var r2 = org.apache.lucene.index.DirectoryReader.open(d2)) {
            assertTrue(r1.leaves().size() > 1, "two loads leave two segments: " + r1.leaves().size());
            assertEquals(1, r2.leaves().size());
            assertEquals(r1.numDocs(), r2.numDocs());
            // the name merging saved is the merged commit's
            assertTrue(Files.exists(merged.resolve("kiosque-aliases-" + Long.toString(r2.getIndexCommit().getGeneration(), Character.MAX_RADIX))));
        }
        for (String query : List.of("conseil", "Lyon", "séance s3", "Idlib")) {
            Run a = run("search", "--index", split.toString(), query), b = run("search", "--index", merged.toString(), query);
            assertEquals(0, a.exit(), a.err());
            if (!query.equals("Idlib")) assertTrue(a.out().contains("Conseil municipal"), a.out());
            assertEquals(a.out().replaceAll("\\d+ ms", ""), b.out().replaceAll("\\d+ ms", ""), query);
        }
        assertEquals(2, run("index", "--merge", "--backend", "opensearch", "--opensearch", "http://127.0.0.1:9", "seeds").exit(),
                "OpenSearch merges its own segments");
    }

    @Test void usageErrorsExitWithTwo() {
        assertEquals(2, run("index").exit(), "no path");
        assertEquals(2, run("index", "--threads", "0", "seeds").exit());
        assertTrue(run("index", "--help").out().contains("some input was skipped"));
    }

    @Test void indexIfStaleIndexesOnlyWhenSeedsAreNewer() throws Exception {
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds);
        Path seed = Files.copy(Path.of("seeds/000_ec6a9856f8f00feb.txt"), seeds.resolve("s1.txt"));
        Path index = dir.resolve("index");
        IndexingPipeline.Summary first = IndexingPipeline.indexIfStale(seeds, index, IndexingPipeline.Progress.NONE);
        assertNotNull(first);
        assertEquals(1, first.indexed());
        assertNull(IndexingPipeline.indexIfStale(seeds, index, IndexingPipeline.Progress.NONE), "up to date: nothing done");
        Files.setLastModifiedTime(seed, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        IndexingPipeline.Summary again = IndexingPipeline.indexIfStale(seeds, index, IndexingPipeline.Progress.NONE);
        assertNotNull(again, "a newer seed triggers indexing");
        assertEquals(1, again.replaced());
        assertEquals(1, size(index));
    }
}
