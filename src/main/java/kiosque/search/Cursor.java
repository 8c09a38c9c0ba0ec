package kiosque.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Deep-paging token: the sort values of the last hit of a page, opaque to users (base64 of a small JSON array).
 * The sort order is part of it, so a cursor from a date-sorted list is refused for a relevance-sorted one.
 */
final class Cursor {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Cursor() {}

    static String encode(SortOrder sort, FieldDoc last) {
        ArrayNode a = JSON.createArrayNode();
        a.add(sort.param());
        Object key = last.fields[0];
        if (key instanceof Float f) a.add(f); else if (key instanceof Long l) a.add(l); else a.addNull();
        a.add(((BytesRef) last.fields[1]).utf8ToString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(a.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The FieldDoc to search after; its doc id is past every real one so the last hit is not repeated. */
    static FieldDoc decode(String cursor, SortOrder sort) {
        try {
            JsonNode a = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
            if (!a.isArray() || a.size() != 3 || !sort.param().equals(a.get(0).asText()) || !a.get(2).isTextual())
                throw new IllegalArgumentException();
            Object key = sort == SortOrder.RELEVANCE ? (Object) (float) a.get(1).asDouble() : (Object) a.get(1).asLong();
            return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {key, new BytesRef(a.get(2).asText())});
        } catch (Exception e) {
            throw new BadQueryException("bad cursor", "the cursor is not one this server gave for this sort order");
        }
    }
}
