package kiosque.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import kiosque.extract.DateMention;
import kiosque.extract.Entity;
import kiosque.extract.EntityType;
import kiosque.extract.Extraction;
import kiosque.extract.Mention;
import kiosque.extract.Quote;
import kiosque.extract.Section;
import kiosque.ingest.PartialDate;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * The extraction as stored in the Lucene archive: variable-length integers and UTF-8 strings instead of JSON.
 * Writing the JSON and compressing it cost about a tenth of the writer's time; this form is a fraction of the
 * size and needs no serializer. Enum values are written by name so that reordering an enum cannot misread an
 * archive. Archives written before hold JSON, which {@link ArticleDocuments#toExtraction} still reads.
 */
final class StoredExtraction {
    private StoredExtraction() {}

    /** First byte, so that a future layout can be told apart. */
    private static final byte VERSION = 1;

    static BytesRef encode(Extraction x) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput(256);
        try {
            out.writeByte(VERSION);
            out.writeVInt(x.entities().size());
            for (Entity e : x.entities()) {
                out.writeString(e.type().name());
                out.writeString(e.name());
                out.writeVInt(e.mentions().size());
                for (Mention m : e.mentions()) span(out, m.section(), m.start(), m.end());
            }
            out.writeVInt(x.dates().size());
            for (DateMention d : x.dates()) {
                out.writeString(d.text());
                PartialDate v = d.value();
                out.writeVInt(v == null ? 0 : v.year());
                if (v != null) {
                    out.writeVInt(v.month());
                    out.writeVInt(v.day());
                }
                span(out, d.section(), d.start(), d.end());
            }
            out.writeVInt(x.quotes().size());
            for (Quote q : x.quotes()) {
                out.writeString(q.text());
                out.writeByte((byte) (q.speaker() == null ? 0 : 1));
                if (q.speaker() != null) out.writeString(q.speaker());
                span(out, q.section(), q.start(), q.end());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
        return new BytesRef(out.toArrayCopy());
    }

    private static void span(ByteBuffersDataOutput out, Section section, int start, int end) throws IOException {
        out.writeString(section == null ? "" : section.name());
        out.writeVInt(start);
        out.writeVInt(end - start);
    }

    static Extraction decode(BytesRef bytes) {
        try {
            return read(bytes);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("stored extraction is not readable: " + e, e);
        }
    }

    private static Extraction read(BytesRef bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        byte version = in.readByte();
        if (version != VERSION) throw new IllegalStateException("stored extraction has unknown layout " + version);
        int n = in.readVInt();
        List<Entity> entities = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            EntityType type = EntityType.valueOf(in.readString());
            String name = in.readString();
            int m = in.readVInt();
            List<Mention> mentions = new ArrayList<>(m);
            for (int j = 0; j < m; j++) {
                Section s = section(in.readString());
                int start = in.readVInt();
                mentions.add(new Mention(s, start, start + in.readVInt()));
            }
            entities.add(new Entity(type, name, mentions));
        }
        n = in.readVInt();
        List<DateMention> dates = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String text = in.readString();
            int year = in.readVInt();
            PartialDate value = year == 0 ? null : new PartialDate(year, in.readVInt(), in.readVInt());
            Section s = section(in.readString());
            int start = in.readVInt();
            dates.add(new DateMention(text, value, s, start, start + in.readVInt()));
        }
        n = in.readVInt();
        List<Quote> quotes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String text = in.readString();
            String speaker = in.readByte() == 0 ? null : in.readString();
            Section s = section(in.readString());
            int start = in.readVInt();
            quotes.add(new Quote(text, speaker, s, start, start + in.readVInt()));
        }
        return new Extraction(entities, dates, quotes);
    }

    private static Section section(String name) {
        return name.isEmpty() ? null : Section.valueOf(name);
    }
}
