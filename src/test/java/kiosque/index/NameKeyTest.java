package kiosque.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Name keys: where spelling variants of one name meet, by the plain-ASCII path and the general one alike. */
class NameKeyTest {

    @Test void variantsOfOneNameShareAKey() {
        assertEquals("jean marie le pen", NameKey.of("Jean-Marie LE PEN"));
        assertEquals("jean marie le pen", NameKey.of("  jean  marie  le pen "));
        assertEquals("recep tayyip erdogan", NameKey.of("Recep Tayyip Erdoğan"));
        assertEquals("o neil", NameKey.of("O’Neil."));
        assertEquals("o neil", NameKey.of("O'Neil."));
    }

    /**
     * Plain ASCII takes a shortcut; a trailing combining mark (dropped by the general path) sends the same text down
     * the general path, which must give the same key, for any ASCII, control characters and separators included.
     */
    @Test void theAsciiShortcutAgreesWithTheGeneralPath() {
        Random random = new Random(7);
        String alphabet = "aZ -.'\t\n\u001f\u0000Mm_9";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                name.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : (char) random.nextInt(0x80));
            }
            String ascii = name.toString();
            assertEquals(NameKey.of(ascii + "\u0301"), NameKey.of(ascii), () -> "key of '" + ascii + "'");
        }
    }
}
