package kiosque.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import kiosque.search.BadQueryException;
import kiosque.search.SortOrder;

/**
 * Deep-paging token for OpenSearch: the sort order and the sort values (score or date, then id) of the last hit
 * shown, base64 of a small JSON array, given back as search_after. A cursor for another sort order is refused.
 */
final class SearchCursor {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchCursor() {}

    static String encode(SortOrder sort, JsonNode sortValues) {
        ArrayNode a = JSON.createArrayNode();
        a.add(sort.param());
        a.add(sortValues.get(0));
        a.add(sortValues.get(1));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(a.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The search_after values. */
    static ArrayNode decode(String cursor, SortOrder sort) {
        try {
            JsonNode a = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
            if (!a.isArray() || a.size() != 3 || !sort.param().equals(a.get(0).asText()) || !a.get(2).isTextual()
                    || !a.get(1).isNumber())
                throw new IllegalArgumentException();
            ArrayNode after = JSON.createArrayNode();
            after.add(a.get(1));
            after.add(a.get(2));
            return after;
        } catch (Exception e) {
            throw new BadQueryException("bad cursor", "the cursor is not one this server gave for this sort order");
        }
    }
}
