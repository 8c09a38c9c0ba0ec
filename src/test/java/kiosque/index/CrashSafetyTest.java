package kiosque.index;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the indexer (SIGKILL, a separate JVM) at random moments while it indexes real articles, restarts it each
 * time, and checks that the archive opens, passes CheckIndex and holds every input id exactly once.
 */
class CrashSafetyTest {
    private static final Path CORPUS = Path.of("../shared/corpus/orangesum.jsonl.gz");
    private static final int ARTICLES = 3000;
    private static final int KILLS = 20;

    @TempDir Path tmp;

    @Test void killedIndexerNeverCorruptsNorDuplicates() throws Exception {
        assumeTrue(Files.exists(CORPUS), "corpus not found at " + CORPUS.toAbsolutePath());
        Path input = tmp.resolve("batch.jsonl");
        Set<String> expected = writeSample(input);
        Path index = tmp.resolve("index");
        Random random = new Random(42);

        int killed = 0;
        for (int round = 0; round < KILLS; round++) {
            Process p = startIndexer(index, input);
            boolean finished = p.waitFor(800 + random.nextInt(2500), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no clean close
                p.waitFor();
                killed++;
            }
        }
        Process last = startIndexer(index, input);
        assertTrue(last.waitFor(5, TimeUnit.MINUTES), "the last run finishes");
        assertEquals(0, last.exitValue(), "the last run indexes everything without problems");
        assertTrue(killed >= KILLS / 2, "most runs were killed mid-way (" + killed + ")");

        try (FSDirectory dir = FSDirectory.open(index)) {
            try (CheckIndex check = new CheckIndex(dir)) {
                assertTrue(check.checkIndex().clean, "CheckIndex finds the archive clean");
            }
            Map<String, Integer> seen = idCounts(dir);
            assertEquals(expected, seen.keySet(), "every input id is in the archive");
            assertTrue(seen.values().stream().allMatch(c -> c == 1), "no id twice");
        }
        System.out.printf("crash safety: %d kills survived, %d articles each present once%n", killed, expected.size());
    }

    private Process startIndexer(Path index, Path input) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"), "kiosque.cli.Main",
                "index", "--index", index.toString(), input.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("indexer.log").toFile()).start();
    }

    /** The first articles of the corpus with a body, as the JSON Lines input of the indexer. */
    private static Set<String> writeSample(Path out) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(CORPUS)), StandardCharsets.UTF_8));
             BufferedWriter w = Files.newBufferedWriter(out)) {
            String line;
            while (ids.size() < ARTICLES && (line = in.readLine()) != null) {
                JsonNode n = json.readTree(line);
                if (n.path("article").asText().isBlank()) continue;
                ids.add(n.get("id").asText());
                w.write(line);
                w.newLine();
            }
        }
        return ids;
    }

    private static Map<String, Integer> idCounts(FSDirectory dir) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues ids = leaf.reader().getSortedDocValues(ArchiveField.ID);
                Bits live = leaf.reader().getLiveDocs();
                for (int d = ids.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = ids.nextDoc()) {
                    if (live == null || live.get(d)) counts.merge(ids.lookupOrd(ids.ordValue()).utf8ToString(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
