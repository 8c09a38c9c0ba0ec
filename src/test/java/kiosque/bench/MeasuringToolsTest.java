package kiosque.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosque.extract.FrenchExtractor;
import kiosque.index.ArchiveWriter;
import kiosque.ingest.Article;
import kiosque.search.LuceneArchive;
import kiosque.web.WebServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tools that measure a change against the one before it: the mix they draw from an index (at scale 1 and scale K
 * alike) and AnswerDiff's comparison of two servers' answers.
 */
class MeasuringToolsTest {

    @Test void aScaledCopyIsAnIdOfTheArchiveSuffixedWithItsNumber() {
        Set<String> ids = Set.of("a1", "a1~3", "b~x", "c~", "d~2");
        assertTrue(BenchCorpus.isScaledCopy("a1~3", ids));
        assertFalse(BenchCorpus.isScaledCopy("a1", ids));
        assertFalse(BenchCorpus.isScaledCopy("b~x", ids), "not digits after the tilde");
        assertFalse(BenchCorpus.isScaledCopy("c~", ids), "nothing after the tilde");
        assertFalse(BenchCorpus.isScaledCopy("d~2", ids), "an original whose id holds a tilde: no « d » in the archive");
    }

    @Test void theMixOfAScaledIndexIsTheMixOfItsOriginals(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(BenchOptions.DEFAULT_CORPUS), "corpus absent: skipping");
        List<Article> base = BenchCorpus.read(BenchOptions.DEFAULT_CORPUS, 400);
        Path one = dir.resolve("x1"), three = dir.resolve("x3");
        write(base, one);
        write(BenchCorpus.scaled(base, 3), three);

        List<BenchQuery> mix = StartupProbe.benchMix(one);
        assertTrue(mix.size() > 100, "a mix was drawn: " + mix.size());
        assertEquals(mix, StartupProbe.benchMix(three));
    }

    @Test void answerDiffFindsNoDifferenceBetweenEqualArchivesAndSomeWhenAnArticleIsGone(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(BenchOptions.DEFAULT_CORPUS), "corpus absent: skipping");
        List<Article> base = BenchCorpus.read(BenchOptions.DEFAULT_CORPUS, 300);
        Path a = dir.resolve("a"), same = dir.resolve("same"), fewer = dir.resolve("fewer");
        write(base, a);
        write(base, same);
        write(base.subList(1, base.size()), fewer); // the first article missing: its words, names and counts with it
        List<BenchQuery> mix = StartupProbe.benchMix(a);
        try (LuceneArchive archiveA = LuceneArchive.open(a); LuceneArchive archiveSame = LuceneArchive.open(same);
             LuceneArchive archiveFewer = LuceneArchive.open(fewer);
             WebServer serverA = WebServer.start(archiveA, 0); WebServer serverSame = WebServer.start(archiveSame, 0);
             WebServer serverFewer = WebServer.start(archiveFewer, 0)) {
            KiosqueApiClient apiA = client(serverA), apiSame = client(serverSame), apiFewer = client(serverFewer);
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            assertEquals(0, AnswerDiff.differing(mix, apiA, apiSame, quiet));
            assertTrue(AnswerDiff.differing(mix, apiA, apiFewer, quiet) > 0, "an archive without one article answers alike");
        }
    }

    @Test void serverAbMeasuresEachServerAtEachConcurrencyInTurnsReversedEveryRound(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(BenchOptions.DEFAULT_CORPUS), "corpus absent: skipping");
        Path index = dir.resolve("index");
        write(BenchCorpus.read(BenchOptions.DEFAULT_CORPUS, 200), index);
        List<BenchQuery> mix = StartupProbe.benchMix(index).subList(0, 20);
        try (LuceneArchive archive = LuceneArchive.open(index); WebServer a = WebServer.start(archive, 0); WebServer b = WebServer.start(archive, 0)) {
            Map<String, KiosqueApiClient> servers = new LinkedHashMap<>();
            servers.put("A", client(a));
            servers.put("B", client(b));
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            // At least a second of warm-up per server, counted over the whole run: a server is warmed in its first turn only.
            var recorder = new LatencyRecorder(1, 2, 0.5, 1, java.time.Duration.ofSeconds(1));
            var figures = ServerAb.inTurns(mix, servers, 3, List.of(1, 2), recorder, new PrintStream(printed, true));
            for (String server : List.of("A", "B")) {
                List<LatencyFigures> all = figures.get(server);
                assertEquals(List.of(1, 2, 1, 2, 1, 2), all.stream().map(LatencyFigures::concurrency).toList(), server);
                assertTrue(all.stream().allMatch(f -> f.qps() > 0 && f.p50Ms() > 0), server + ": " + all);
                assertTrue(all.getFirst().warmupSeconds() >= 1, server + " warmed for the minimum first: " + all.getFirst());
                double later = all.subList(1, all.size()).stream().mapToDouble(LatencyFigures::warmupSeconds).sum();
                assertTrue(later < 1, server + " not warmed from scratch again in later turns: " + all);
            }
            List<String> turns = printed.toString().lines().map(l -> l.substring(0, l.indexOf(" c"))).distinct().toList();
            assertEquals(List.of("round 1 A", "round 1 B", "round 2 B", "round 2 A", "round 3 A", "round 3 B"), turns);
        }
    }

    private static KiosqueApiClient client(WebServer server) {
        return new KiosqueApiClient("http://127.0.0.1:" + server.port());
    }

    @Test void serverWarmUpAddsTheCpuOfTheJitCompilerThreadsOnly(@TempDir Path proc) throws Exception {
        thread(proc, 1, "java", "(java) S 1 1 1 0 -1 4194560 100 0 0 0 900 90 0 0 20 0 40 0 12 0 0");
        thread(proc, 2, "C2 CompilerThre", "(C2 CompilerThre) S 1 1 1 0 -1 4194560 100 0 0 0 150 50 0 0 20 0 40 0 12 0 0");
        thread(proc, 3, "C1 CompilerThre", "(C1 CompilerThre) S 1 1 1 0 -1 4194560 100 0 0 0 30 20 0 0 20 0 40 0 12 0 0");
        assertEquals(2.5, ServerWarmUp.compilerSeconds(proc), 1e-9); // (150 + 50 + 30 + 20) ticks of 10 ms
        assertEquals(-1, ServerWarmUp.compilerSeconds(proc.resolve("no-such-process")));
    }

    private static void thread(Path proc, int tid, String comm, String statAfterPid) throws Exception {
        Path t = Files.createDirectories(proc.resolve(Integer.toString(tid)));
        Files.writeString(t.resolve("comm"), comm + "\n");
        Files.writeString(t.resolve("stat"), tid + " " + statAfterPid + "\n");
    }

    private static void write(List<Article> articles, Path index) throws Exception {
        FrenchExtractor extractor = new FrenchExtractor();
        try (ArchiveWriter writer = ArchiveWriter.open(index)) {
            for (Article a : articles) writer.add(a, extractor.extract(a));
            writer.commit();
        }
    }
}
