package kiosque.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kiosque.extract.Entity;
import kiosque.extract.EntityType;
import kiosque.extract.Extraction;
import kiosque.extract.Mention;
import kiosque.extract.Quote;
import kiosque.extract.Section;
import kiosque.index.ArchiveWriter;
import kiosque.index.ArticleDocuments;
import kiosque.ingest.Article;
import kiosque.ingest.PartialDate;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The name merging saved beside a commit when indexing ends, and read back by the servers that open that commit. */
class StoredNameAliasesTest {

    @TempDir Path dir;

    private static Entity entity(EntityType type, String name) {
        return new Entity(type, name, List.of(new Mention(Section.BODY, 0, 1)));
    }

    private static void add(ArchiveWriter w, String id, String speaker, Entity... entities) throws Exception {
        List<Quote> quotes = speaker == null ? List.of() : List.of(new Quote("Nous ne céderons sur rien du tout", speaker, Section.BODY, 0, 5));
        w.add(new Article(id, "Titre " + id, "", "Un article sur la Syrie et la Turquie.", PartialDate.parse("2020-03-04"), null, null),
                new Extraction(List.of(entities), List.of(), quotes));
    }

    /** Three commits (so three segments), spelling variants, a surname alone, a replaced article. */
    private void writeArchive() throws Exception {
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            add(w, "a", "Recep Tayyip Erdogan", entity(EntityType.PERSON, "Recep Tayyip Erdogan"), entity(EntityType.PLACE, "Ankara"));
            add(w, "b", null, entity(EntityType.PERSON, "Recep Tayyip Erdoğan"), entity(EntityType.ORGANIZATION, "OTAN"));
            w.commit();
            add(w, "c", "Poutine", entity(EntityType.PERSON, "Vladimir Poutine"), entity(EntityType.PLACE, "Moscou"),
                    entity(EntityType.ORGANIZATION, "Otan"));
            add(w, "d", null, entity(EntityType.PERSON, "Poutine"), entity(EntityType.PLACE, "Moscou"));
            w.commit();
            add(w, "e", "Vladimir Poutine", entity(EntityType.PERSON, "Vladimir Poutine"), entity(EntityType.PLACE, "Idlib"));
            add(w, "a", null, entity(EntityType.PERSON, "Recep Tayyip Erdogan")); // replaces the first « a »
            w.commit();
        }
    }

    private static FacetOrdinals ordinals(DirectoryReader reader) throws Exception {
        return new FacetOrdinals(new FlatFacetState(reader, ArticleDocuments.facetsConfig()));
    }

    private static NameAliases builtFrom(DirectoryReader reader) throws Exception {
        return NameAliases.build(ordinals(reader));
    }

    private Optional<NameAliases> loadLatest() throws Exception {
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            return StoredNameAliases.load(reader, ordinals(reader));
        }
    }

    private long latestGeneration() throws Exception {
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getGeneration();
        }
    }

    private List<Path> savedFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(StoredNameAliases.PREFIX)).toList();
        }
    }

    private static List<FacetValue> actors(LuceneArchive archive) {
        return archive.search(ArchiveQuery.of("")).facets().get("actor");
    }

    @Test void theMergingReadBackIsTheOneBuiltFromTheIndex() throws Exception {
        writeArchive();
        StoredNameAliases.saveForLatestCommit(dir);
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertTrue(reader.leaves().size() > 1 && reader.numDeletedDocs() > 0, "several segments and a replaced article");
            NameAliases built = builtFrom(reader);
            Optional<NameAliases> loaded = StoredNameAliases.load(reader, ordinals(reader));
            assertTrue(loaded.isPresent(), "the file saved for this commit is read");
            assertEquals(built, loaded.get());
            assertEquals("Recep Tayyip Erdogan", loaded.get().display("actor", "Recep Tayyip Erdoğan"));
            assertEquals("Vladimir Poutine", loaded.get().display("speaker", "Poutine"));
            assertEquals(List.of("OTAN", "Otan"), loaded.get().expand("org", "otan"));
        }
    }

    /** A server opening the commit shows the merging saved with it (here a doctored one, so that it can tell). */
    @Test void aServerShowsTheMergingSavedWithTheCommitItOpens() throws Exception {
        writeArchive();
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            NameAliases doctored = new NameAliases(Map.of("actor", Map.of("Vladimir Poutine", "V. Poutine", "Poutine", "V. Poutine")),
                    Map.of("actor", Map.of("v poutine", List.of("Vladimir Poutine", "Poutine"))));
            StoredNameAliases.save(reader, doctored);
        }
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            assertTrue(actors(archive).contains(new FacetValue("V. Poutine", 3)), actors(archive).toString());
            assertEquals(3, archive.search(ArchiveQuery.of("").withActors(List.of("V. Poutine"))).total());
        }
    }

    @Test void aServerAnswersAlikeFromTheSavedMergingAndFromItsOwn() throws Exception {
        writeArchive();
        List<FacetValue> built;
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            built = actors(archive);
        }
        StoredNameAliases.saveForLatestCommit(dir);
        assertEquals(1, savedFiles().size());
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            assertEquals(built, actors(archive));
            assertTrue(built.contains(new FacetValue("Vladimir Poutine", 3)), built.toString());
            assertEquals(2, archive.search(ArchiveQuery.of("").withActors(List.of("recep tayyip erdogan"))).total());
        }
    }

    @Test void aMergingSavedForAnEarlierCommitIsNotUsedAndTheNextSaveReplacesIt() throws Exception {
        writeArchive();
        StoredNameAliases.saveForLatestCommit(dir);
        Path first = savedFiles().get(0);
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            add(w, "f", null, entity(EntityType.PERSON, "Brigitte Poutine"));
            w.commit();
        }
        assertEquals(Optional.empty(), loadLatest(), "a later commit has no merging saved yet");
        // Even under the later commit's name, the earlier merging does not match that commit's segments.
        Path renamed = dir.resolve(StoredNameAliases.fileName(latestGeneration()));
        Files.copy(first, renamed);
        assertEquals(Optional.empty(), loadLatest(), "the fingerprint tells the commits apart");
        Files.delete(renamed);
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            // With two full names ending in Poutine, comparable in numbers, the surname alone stays apart.
            assertTrue(actors(archive).contains(new FacetValue("Poutine", 1)), actors(archive).toString());
        }
        StoredNameAliases.saveForLatestCommit(dir);
        assertEquals(1, savedFiles().size(), "one file: the latest commit's");
        assertNotEquals(first, savedFiles().get(0));
    }

    /** An indexer saving an older commit (seeds indexed by `serve`) leaves a newer commit's merging alone. */
    @Test void aSaveRemovesOnlyTheFilesOfOlderCommits() throws Exception {
        writeArchive();
        StoredNameAliases.saveForLatestCommit(dir);
        Path current = savedFiles().get(0);
        Path newer = dir.resolve(StoredNameAliases.fileName(latestGeneration() + 5));
        Path older = dir.resolve(StoredNameAliases.fileName(latestGeneration() - 1));
        Files.copy(current, newer);
        Files.copy(current, older);
        StoredNameAliases.saveForLatestCommit(dir);
        assertTrue(Files.exists(newer) && Files.exists(current) && !Files.exists(older), savedFiles().toString());
        assertTrue(loadLatest().isPresent());
    }

    @Test void aDamagedFileIsIgnoredAndTheServerBuildsTheMergingItself() throws Exception {
        writeArchive();
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            StoredNameAliases.save(reader, new NameAliases(Map.of("actor", Map.of("Poutine", "Quelqu'un d'autre")), Map.of()));
        }
        Path saved = savedFiles().get(0);
        assertTrue(loadLatest().isPresent(), "read while intact");
        try (FileChannel file = FileChannel.open(saved, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(1);
            long inBody = file.size() - org.apache.lucene.codecs.CodecUtil.footerLength() - 1; // the body's last byte
            file.read(b, inBody);
            file.write(ByteBuffer.wrap(new byte[] {(byte) (b.get(0) ^ 0x5a)}), inBody);
        }
        assertEquals(Optional.empty(), loadLatest(), "the checksum catches the flipped byte");
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            assertTrue(actors(archive).contains(new FacetValue("Vladimir Poutine", 3)), actors(archive).toString());
        }
    }
}
