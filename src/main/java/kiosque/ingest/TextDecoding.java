package kiosque.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text without garbling French: UTF-8 (with or without BOM) when the bytes are UTF-8,
 * UTF-16 when a BOM says so, and Windows-1252 (a superset of Latin-1, usual in old French archives) when
 * the bytes are not UTF-8 and hold no UTF-8 sequence at all. Bytes that are neither are replaced and reported.
 */
public final class TextDecoding {
    private TextDecoding() {}

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text, the charset used and, when bytes had to be replaced, where the first bad one was. */
    public record Decoded(String text, Charset charset, int firstBadByte) {
        public boolean lossy() { return firstBadByte >= 0; }
    }

    public static Decoded decode(byte[] bytes, int length) {
        int offset = 0;
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) offset = 3;
        else if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
            return new Decoded(new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, -1);
        else if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
            return new Decoded(new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, -1);
        int bad = firstInvalidUtf8(bytes, offset, length, false);
        if (bad < 0) return new Decoded(new String(bytes, offset, length - offset, StandardCharsets.UTF_8), StandardCharsets.UTF_8, -1);
        if (!hasUtf8Sequence(bytes, offset, length))
            return new Decoded(new String(bytes, offset, length - offset, WINDOWS_1252), WINDOWS_1252, -1);
        return new Decoded(new String(bytes, offset, length - offset, StandardCharsets.UTF_8), StandardCharsets.UTF_8, bad - offset);
    }

    public static Decoded decode(byte[] bytes) { return decode(bytes, bytes.length); }

    /** True when the bytes look like a binary file rather than text: many NULs or control bytes. */
    public static boolean looksBinary(byte[] bytes, int length) {
        if (length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF))
            return false; // UTF-16 text has NULs by nature
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) control++;
        }
        return length > 0 && control * 20 > length; // more than 5 %
    }

    /**
     * The charset of a stream, judged on its first bytes ({@code length} of them, possibly cut mid-character):
     * UTF-8 unless they hold bytes that cannot be UTF-8 and no UTF-8 sequence, then Windows-1252.
     */
    public static Charset sniff(byte[] head, int length) {
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        if (firstInvalidUtf8(head, 0, length, true) >= 0 && !hasUtf8Sequence(head, 0, length)) return WINDOWS_1252;
        return StandardCharsets.UTF_8;
    }

    /** Index of the first byte that breaks UTF-8, or -1; a sequence cut by the end counts as valid when {@code cutIsFine}. */
    static int firstInvalidUtf8(byte[] bytes, int from, int to, boolean cutIsFine) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(Math.min(8192, to - from + 1));
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isOverflow()) { out.clear(); continue; }
            if (result.isError()) return in.position();
            if (!cutIsFine && in.hasRemaining()) return in.position(); // a character cut by the end of the line
            return -1;
        }
    }

    private static boolean hasUtf8Sequence(byte[] bytes, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0xC2 && b <= 0xF4 && (bytes[i + 1] & 0xC0) == 0x80) return true;
        }
        return false;
    }
}
