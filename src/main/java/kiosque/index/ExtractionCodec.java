package kiosque.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import kiosque.extract.Extraction;

/** Stores an extraction as compact JSON beside the article, so the article page needs no re-extraction. */
public final class ExtractionCodec {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ExtractionCodec() {}

    public static String encode(Extraction x) {
        try {
            return JSON.writeValueAsString(x);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode extraction", e);
        }
    }

    public static Extraction decode(String json) {
        if (json == null || json.isEmpty()) return Extraction.EMPTY;
        try {
            return JSON.readValue(json, Extraction.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored extraction is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
