package kiosque.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The hand-written scanner cuts text exactly where the reference pattern does, and its name keys match the slow path. */
class FrenchTokenizerTest {
    private static final Pattern REFERENCE = Pattern.compile(FrenchTokenizer.PATTERN);
    private static final Path CORPUS = Path.of("../shared/corpus/orangesum.jsonl.gz");

    private static List<String> reference(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) out.add(m.start() + ":" + m.group());
        return out;
    }

    private static List<String> scanned(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : FrenchTokenizer.tokenize(text)) out.add(t.start() + ":" + t.text());
        return out;
    }

    @Test void trickyFrenchAgreesWithThePattern() {
        for (String s : List.of("L'homme qu'il a vu jusqu'à Aujourd'hui, c'est « Jean-François » d'Artagnan.",
                "Lorsqu’il dit : PUISQU'ELLE est là… l'", "AT&T, M6+, 3,5 % et 12 000 € ; l'- l'1 d''a qu'",
                "Erdog\u0306an ſ'il K\u212A'a \uD835\uDC00bc 💥 x\u00A0y\ttab\u000Bz", "e\u0301te\u0301 -de- ''", "")) {
            assertEquals(reference(s), scanned(s), s);
        }
    }

    @Test void aRangeOfTheTextIsCutAsItsSubstringWouldBe() {
        String s = "« Nous irons jusqu'au bout », a déclaré l'élu. L'homme qu'il a vu \uD835\uDC00bc d'Artagnan l'";
        for (int from = 0; from < s.length(); from += 3)
            for (int to = from; to <= s.length(); to += 2) {
                List<String> whole = new ArrayList<>(), range = new ArrayList<>();
                for (Token t : FrenchTokenizer.tokenize(s.substring(from, to))) whole.add(t.start() + ":" + t.text() + ":" + t.lower());
                for (Token t : FrenchTokenizer.tokenize(s, from, to, Integer.MAX_VALUE)) range.add(t.start() + ":" + t.text() + ":" + t.lower());
                assertEquals(whole, range, from + ".." + to);
                List<Token> first = FrenchTokenizer.tokenize(s, from, to, 3);
                assertEquals(whole.subList(0, Math.min(3, whole.size())), first.stream().map(t -> t.start() + ":" + t.text() + ":" + t.lower()).toList());
            }
    }

    @Test void corpusTextAgreesWithThePatternAndSlowKeys() throws Exception {
        assumeTrue(Files.exists(CORPUS), "corpus absent: " + CORPUS.toAbsolutePath() + " (skipping the corpus comparison)");
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(CORPUS)), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null && n < 400; n++) {
                String text = json.readTree(line).path("article").asText("");
                assertEquals(reference(text), scanned(text));
                List<Token> toks = FrenchTokenizer.tokenize(text);
                for (int i = 0; i + 3 <= toks.size(); i += 3) {
                    String name = text.substring(toks.get(i).start(), toks.get(i + 2).end());
                    assertEquals(ActorNames.slowKey(name), ActorNames.normalizeKey(name), name);
                }
            }
        }
    }

    @Test void keysFoldAccentsCaseAndSeparators() {
        for (String s : List.of("Recep Tayyip Erdoğan", "recep-tayyip ERDOGAN", " Œuvre  d’Orsay. ", "İstanbul—Ankara", "Zoë\u0301 _x_",
                "e\u0301te\u0301", "Ελλάδα", "a\u001Cb\u001C", "Ǆemal"))
            assertEquals(ActorNames.slowKey(s), ActorNames.normalizeKey(s), s);
        assertEquals("recep tayyip erdogan", ActorNames.normalizeKey("Recep-Tayyip Erdoğan"));
    }
}
