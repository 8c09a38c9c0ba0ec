package kiosque.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a line that is plain UTF-8 (no byte-order mark) into a reused buffer, checking it as it goes, and
 * declines anything else so that {@link TextDecoding} can guess and report: one decoding per line instead of
 * a check followed by a second decoding. One per reading thread.
 */
final class StrictUtf8Decoder {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private char[] chars = new char[8192];

    /** The characters of the last line decoded; valid up to the length {@link #decode} returned. */
    char[] chars() { return chars; }

    /** The number of characters, or -1 when the bytes start with a byte-order mark or are not valid UTF-8 to the end. */
    int decode(byte[] bytes, int from, int length) {
        if (length > 0) {
            int b = bytes[from] & 0xFF;
            if (b == 0xEF || b == 0xFE || b == 0xFF) return -1;
        }
        if (chars.length < length) chars = new char[Math.max(length, chars.length * 2)]; // UTF-8 never has more chars than bytes
        ByteBuffer in = ByteBuffer.wrap(bytes, from, length);
        CharBuffer out = CharBuffer.wrap(chars);
        decoder.reset();
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError() || in.hasRemaining()) return -1; // a character cut by the end of the line is an error too
        if (decoder.flush(out).isError()) return -1;
        return out.position();
    }

    static boolean isBlank(char[] chars, int length) {
        for (int i = 0; i < length; i++) if (!Character.isWhitespace(chars[i])) return false;
        return true;
    }
}
