package io.github.tomannex.tom.internal.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Words.WordList#matches} answers, with its combined alternation, exactly as each term
 * of the list would on its own, on every text tom's fixtures hold and on texts made to hit
 * the edges (signs after letters, text ends, empty texts): the guard for any faster matching.
 */
class WordsTest {
  private static final List<String> LANGUAGES = java.util.Arrays.asList("de", "en", "fr", null);

  static List<String> corpus() throws IOException {
    List<String> texts = new ArrayList<>(List.of(
        "", " ", "x", "TODO", "todo:", "x[…]", "Lorem[…] ipsum", "text…", "…", "[ ]", "<einfügen>",
        "a<Datum>", "§9 BDSG", "nach §9 BDSG", "(§ 9 BDSG)", "95/46/EG", "RL95/46/EG", "SSL",
        "SSLv3", "xSSL", "SSL-Zertifikat", "TLS 1.0", "TLS1.1", "TLSv1", "MD5", "SHA-1",
        "z. B.", "(z.B. AES)", "e.g.", "etc.", "u.a.", "ggf.", "sofern", "if applicable",
        "Privacy Shield", "Safe-Harbor", "2010/87/EU", "-", "--", "n/a", "?", "...",
        "Art. 32 DSGVO", "Artikel32", "www.example.org", "<https://x.example>", "[a](b)",
        "täglich", "alle 4 Stunden", "every 24 hours", "restore test", "Wiederherstellungstest",
        "Passwort", "Schlüssel", "Besucher", "Chipkarte", "ISO 27001:2013", "ISO/IEC 27001",
        "DSGVO-zertifiziert", "nach dem Stand der Technik", "state of the art"));
    Path root = Path.of(System.getProperty("tom.sourceDir", "src/test/resources"));
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        for (String line : Files.readString(p, StandardCharsets.UTF_8).split("\n")) {
          int colon = line.indexOf(": ");
          texts.add(colon < 0 ? line.strip() : line.substring(colon + 2).replace("\"", ""));
        }
      }
    }
    Random r = new Random(1);
    List<String> glued = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      glued.add(texts.get(r.nextInt(texts.size())) + (r.nextBoolean() ? "" : " ")
          + texts.get(r.nextInt(texts.size())));
    }
    texts.addAll(glued);
    return texts;
  }

  @Test
  void matchesAnswersAsAFullScanWould() throws IOException {
    List<String> texts = corpus();
    List<Words.WordList> lists = Words.standard().all();
    assertTrue(lists.size() > 10, "lists: " + lists.size());
    int hits = 0;
    for (Words.WordList list : lists) {
      for (String lang : LANGUAGES) {
        List<Pattern> patterns = list.patterns(lang);
        for (String text : texts) {
          boolean expected = patterns.stream().anyMatch(p -> p.matcher(text).find());
          assertEquals(expected, list.matches(text, lang),
              () -> "'" + text + "' (" + lang + ") with " + patterns);
          hits += expected ? 1 : 0;
        }
      }
    }
    assertTrue(hits > 500, "the corpus must hit the lists: " + hits);
  }
}
