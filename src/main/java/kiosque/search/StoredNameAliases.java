package kiosque.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kiosque.index.ArticleDocuments;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.StringHelper;

/**
 * The name merging of one commit, saved beside it when indexing ends, so that a server opening that commit reads
 * it instead of counting, reading and folding every entity label of the archive again: that was the largest part
 * of the archive's own start (about 0.7 s of a cold JVM on OrangeSum, whose 78,000 labels were each run through code
 * the JIT had not compiled yet).
 *
 * <p>The file is named after the commit's generation and holds a fingerprint of the commit's segments (their ids
 * and deletion / doc-values generations): a file that does not match the view being opened, or fails its checksum,
 * is ignored and the merging is built as before. The name is not one of Lucene's, so an {@code IndexWriter} never
 * takes it for a file of its own and leaves it alone.
 */
public final class StoredNameAliases {
    static final String PREFIX = "kiosque-aliases-";
    private static final String CODEC = "KiosqueNameAliases";
    private static final int VERSION = 2;

    private StoredNameAliases() {}

    /**
     * Builds the merging of the latest commit in {@code indexDir} and saves it beside that commit, removing the files
     * of older commits. Does nothing on an archive with no facets yet.
     */
    public static void saveForLatestCommit(Path indexDir) throws IOException {
        try (FSDirectory directory = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(directory)) {
            if (!ArchiveSearcher.hasFacets(reader)) return;
            FacetOrdinals ordinals = new FacetOrdinals(new FlatFacetState(reader, ArticleDocuments.facetsConfig()));
            save(reader, NameAliases.build(ordinals));
        }
    }

    /** Writes {@code aliases} as the merging of the commit {@code reader} views (written whole, then renamed). */
    static void save(DirectoryReader reader, NameAliases aliases) throws IOException {
        String fingerprint = fingerprint(reader);
        if (fingerprint == null) return;
        Directory directory = reader.directory();
        String name = fileName(reader.getIndexCommit().getGeneration());
        String partial = name + ".partial";
        ByteBuffersDataOutput body = new ByteBuffersDataOutput();
        writeBody(body, aliases);
        deleteQuietly(directory, partial); // left by a save that crashed: createOutput never overwrites
        try (IndexOutput out = directory.createOutput(partial, IOContext.DEFAULT)) {
            CodecUtil.writeHeader(out, CODEC, VERSION);
            out.writeInt(NameAliases.RULES_VERSION);
            out.writeString(fingerprint);
            out.writeVLong(body.size());
            body.copyTo(out);
            CodecUtil.writeFooter(out);
        }
        directory.sync(List.of(partial));
        deleteQuietly(directory, name);
        directory.rename(partial, name);
        directory.syncMetaData();
        // Only older commits' files go: another indexer may be saving a newer commit's merging at the same time.
        long generation = reader.getIndexCommit().getGeneration();
        for (String f : directory.listAll()) {
            if (f.startsWith(PREFIX) && !f.endsWith(".partial") && generationOf(f) < generation) deleteQuietly(directory, f);
        }
    }

    /** The commit generation in a saved merging's file name, or MAX_VALUE for a name that is not one. */
    private static long generationOf(String fileName) {
        try {
            return Long.parseLong(fileName.substring(PREFIX.length()), Character.MAX_RADIX);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void deleteQuietly(Directory directory, String name) {
        try {
            directory.deleteFile(name);
        } catch (IOException e) {
            // absent, or removed by another saver meanwhile
        }
    }

    /**
     * The merging saved for the commit {@code reader} views, or empty when there is none for it (never saved, saved
     * for another state of the segments, unreadable).
     */
    static Optional<NameAliases> load(IndexReader reader, FacetOrdinals asIndexed) {
        if (!(reader instanceof DirectoryReader dr)) return Optional.empty();
        try {
            String fingerprint = fingerprint(dr);
            if (fingerprint == null) return Optional.empty();
            String name = fileName(dr.getIndexCommit().getGeneration());
            Directory directory = dr.directory();
            byte[] body;
            try (ChecksumIndexInput in = directory.openChecksumInput(name)) {
                CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
                if (in.readInt() != NameAliases.RULES_VERSION) return Optional.empty(); // merged by other rules
                if (!in.readString().equals(fingerprint)) return Optional.empty();
                long length = in.readVLong();
                if (length < 0 || length > in.length()) return Optional.empty();
                // One read into an array: the strings are then decoded from it, not byte by byte through the checksum.
                body = new byte[(int) length];
                in.readBytes(body, 0, body.length);
                CodecUtil.checkFooter(in);
            }
            return Optional.of(readBody(body, asIndexed));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged or foreign file: the merging is built from the index instead
        }
    }

    static String fileName(long generation) {
        return PREFIX + Long.toString(generation, Character.MAX_RADIX);
    }

    /** The commit's segments file and, per segment, its id and the generations of its deletions and updates. */
    private static String fingerprint(DirectoryReader reader) throws IOException {
        StringBuilder s = new StringBuilder(reader.getIndexCommit().getSegmentsFileName());
        for (LeafReaderContext leaf : reader.leaves()) {
            if (!(FilterLeafReader.unwrap(leaf.reader()) instanceof SegmentReader segment)) return null;
            SegmentCommitInfo info = segment.getSegmentInfo();
            byte[] id = info.getId() != null ? info.getId() : info.info.getId();
            s.append(';').append(info.info.name).append(':').append(StringHelper.idToString(id))
                    .append(':').append(info.getDelGen()).append(':').append(info.getDocValuesGen()).append(':').append(info.getFieldInfosGen());
        }
        return s.toString();
    }

    /** The spellings shown under another one, every dimension; then the expansions, every dimension. */
    private static void writeBody(ByteBuffersDataOutput out, NameAliases aliases) throws IOException {
        Map<String, Map<String, String>> canonical = aliases.canonical();
        out.writeVInt(canonical.size());
        for (var dim : canonical.entrySet()) {
            out.writeString(dim.getKey());
            out.writeVInt(dim.getValue().size());
            for (var e : dim.getValue().entrySet()) {
                out.writeString(e.getKey());
                out.writeString(e.getValue());
            }
        }
        Map<String, Map<String, List<String>>> expansions = aliases.expansions();
        out.writeVInt(expansions.size());
        for (var dim : expansions.entrySet()) {
            out.writeString(dim.getKey());
            out.writeVInt(dim.getValue().size());
            for (var e : dim.getValue().entrySet()) {
                out.writeString(e.getKey());
                out.writeVInt(e.getValue().size());
                for (String v : e.getValue()) out.writeString(v);
            }
        }
    }

    /**
     * The shown spellings now; the expansions from the same checked bytes on the first filter that needs them, or,
     * should those not decode, built from the view's own facet tables.
     */
    private static NameAliases readBody(byte[] body, FacetOrdinals asIndexed) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(body);
        int dims = in.readVInt();
        Map<String, Map<String, String>> canonical = HashMap.newHashMap(dims);
        for (int d = 0; d < dims; d++) {
            String dim = in.readString();
            int n = in.readVInt();
            Map<String, String> shown = HashMap.newHashMap(n);
            for (int i = 0; i < n; i++) shown.put(in.readString(), in.readString());
            canonical.put(dim, shown);
        }
        int expansionsAt = in.getPosition();
        return new NameAliases(canonical, () -> {
            try {
                return readExpansions(new ByteArrayDataInput(body, expansionsAt, body.length - expansionsAt));
            } catch (IOException | RuntimeException e) {
                try {
                    return NameAliases.build(asIndexed).expansions();
                } catch (IOException io) {
                    throw new java.io.UncheckedIOException(io);
                }
            }
        });
    }

    private static Map<String, Map<String, List<String>>> readExpansions(ByteArrayDataInput in) throws IOException {
        int dims = in.readVInt();
        Map<String, Map<String, List<String>>> expansions = HashMap.newHashMap(dims);
        for (int d = 0; d < dims; d++) {
            String dim = in.readString();
            int keys = in.readVInt();
            Map<String, List<String>> byKey = HashMap.newHashMap(keys);
            for (int i = 0; i < keys; i++) {
                String key = in.readString();
                int n = in.readVInt();
                String[] values = new String[n];
                for (int j = 0; j < n; j++) values[j] = in.readString();
                byKey.put(key, List.of(values));
            }
            expansions.put(dim, byKey);
        }
        if (!in.eof()) throw new IllegalStateException("trailing bytes after the name merging");
        return expansions;
    }
}
