package io.github.tomannex.tom.internal.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link Literals} reads what a term's matches need, and only what they surely need; {@link
 * LiteralScanner} finds the literals a folded text holds.
 */
class LiteralsTest {
  private static String clauses(String regex) {
    return Literals.ofRegex(regex).clauses().stream()
        .map(c -> c.stream().sorted().toList().toString())
        .toList()
        .toString();
  }

  @Test
  void readsTheLiteralsARegularExpressionNeeds() {
    assertEquals("[[abc]]", clauses("abc"));
    assertEquals("[[a, bc]]", clauses("a|bc"));
    assertEquals("[[bar]]", clauses("(?:foo)?bar"));
    assertEquals("[[x], [y]]", clauses("x+y"));
    assertEquals("[[a], [b]]", clauses("a{2}b"));
    assertEquals("[[ab]]", clauses("a{1}b"));
    assertEquals("[[b]]", clauses("a{0,3}b"));
    assertEquals("[[b]]", clauses("a*?b"));
    assertEquals("[[abc], [gh]]", clauses("(?=.*abc)(?!def)gh"));
    assertEquals("[[gh]]", clauses("(?<![\\p{L}\\p{N}])gh(?!x)"));
    assertEquals("[[de]]", clauses("[abc]de"));
    assertEquals("[[b]]", clauses("[]a]b"));
    assertEquals("[[b]]", clauses("[^]a]b"));
    assertEquals("[[d]]", clauses("[a[bc]]d"));
    assertEquals("[[d]]", clauses("[a&&[^b]]d"));
    assertEquals("[[a.b]]", clauses("\\Qa.b\\E"));
    assertEquals("[[a.b]]", clauses("a\\.b"));
    assertEquals("[[äb]]", clauses("(?i)ÄB"));
    assertEquals("[[i]]", clauses("İ"), "İ folds to i, as the patterns compare it");
    assertEquals("[[ß]]", clauses("ẞ"));
    assertEquals("[[x, yz]]", clauses("(?:x|(?:y)z)"));
    assertEquals("[]", clauses("a|b?"), "an alternative that needs nothing");
    assertEquals("[[a b]]", clauses("a b"));
    assertEquals("[[a], [b]]", clauses("a\\sb"));
    assertEquals("[[a\tb]]", clauses("a\\tb"));
  }

  @Test
  void whatItDoesNotReadNeedsNothing() {
    for (String regex :
        List.of(
            "(a)\\1",
            "(?x)a b",
            "\\x41",
            "\\u0041",
            "\\0101",
            "\\cA",
            "\\N{LATIN SMALL LETTER A}",
            "(?<n>a)\\k<n>",
            "a{",
            "\uD83D\uDE00",
            "[a",
            "(a",
            "a)")) {
      assertEquals(Literals.Analysis.NONE, Literals.ofRegex(regex), regex);
    }
  }

  @Test
  void findsTheLeadAndTheAnchor() {
    assertEquals("ssl", Literals.ofRegex("(?<![\\p{L}\\p{N}])SSL(?:\\s*v?[23])?").lead());
    assertEquals("art", Literals.ofRegex("(?i)\\bArt(?:\\.|ikel)?\\s*32").lead());
    assertEquals("95/46/", Literals.ofRegex("95/46/(?:EG|EC)").lead());
    assertNull(Literals.ofRegex("(?:3|Triple-?)?DES").lead());
    assertNull(Literals.ofRegex("ab|ab").lead());
    assertNull(Literals.ofRegex("a?b").lead());
    assertEquals("ab", Literals.ofRegex("(?:ab)c?").lead());
    assertEquals("z.", Literals.ofTerm("z. B.").lead());
    assertEquals("dsgvo-konform", Literals.ofTerm("DSGVO-konform*").lead());
    assertNull(Literals.ofTerm("*schloss").lead());
    assertEquals(
        List.of(Set.of("zweite"), Set.of("standort")),
        Literals.ofTerm("zweite* Standort*").clauses());

    assertTrue(Literals.ofRegex("^a").anchored());
    assertTrue(Literals.ofRegex("(?i)^\\s*a$").anchored());
    assertTrue(Literals.ofRegex("(?is)^(?=.*x).*$").anchored());
    assertFalse(Literals.ofRegex("^a|b").anchored());
    assertFalse(Literals.ofRegex("(?m)^a").anchored());
    assertFalse(Literals.ofRegex("^(?m:a)").anchored());
    assertFalse(Literals.ofRegex("a^").anchored());
    assertFalse(Literals.ofRegex("(?:^a)").anchored(), "not read, so not claimed");
  }

  /**
   * On every text of the corpus and random ones, each term that matches has a literal of each of
   * its clauses in the folded text, starts with its lead, and starts at 0 if anchored.
   */
  @Test
  void whatItReadsIsNeeded() throws IOException {
    List<String> texts = new ArrayList<>(WordListsTest.corpus());
    texts.addAll(WordListsTest.fuzz(WordLists.standard(), 2_000, 3));
    int checked = 0;
    for (WordLists.WordList list : WordLists.standard().all()) {
      for (WordLists.Term t : list.terms(null)) {
        Literals.Analysis k = t.known();
        for (String text : texts) {
          Matcher m = t.pattern().matcher(text);
          if (!m.find()) {
            continue;
          }
          String folded = Literals.foldText(text);
          if (folded == null) {
            continue;
          }
          for (Set<String> clause : k.clauses()) {
            assertTrue(
                clause.stream().anyMatch(folded::contains),
                () -> t.pattern() + " matches '" + text + "' without " + clause);
          }
          if (k.lead() != null) {
            assertTrue(
                folded.startsWith(k.lead(), m.start()),
                () -> t.pattern() + " matches '" + text + "' not at " + k.lead());
          }
          if (k.anchored()) {
            assertEquals(0, m.start(), () -> t.pattern() + " in '" + text + "'");
          }
          checked++;
        }
      }
    }
    assertTrue(checked > 1_000, "matches checked: " + checked);
  }

  @Test
  void theScannerFindsWhatIndexOfFinds() {
    Random r = new Random(5);
    String alphabet = "abcäßẞİıiIK\u212A.- /§1";
    for (int round = 0; round < 200; round++) {
      List<String> literals = new ArrayList<>();
      int n = 1 + r.nextInt(70);
      while (literals.size() < n) {
        String l = Literals.foldLiteral(random(r, alphabet, 1 + r.nextInt(4)));
        if (!l.isEmpty() && !literals.contains(l)) {
          literals.add(l);
        }
      }
      LiteralScanner scanner = new LiteralScanner(literals);
      assertEquals(n, scanner.count());
      for (int i = 0; i < 50; i++) {
        String text = random(r, alphabet + "\uD83D\uDE00xyz", r.nextInt(30));
        BitSet expected = new BitSet();
        StringBuilder folded = new StringBuilder();
        text.codePoints().forEach(c -> folded.appendCodePoint(Literals.fold(c)));
        for (int j = 0; j < n; j++) {
          if (folded.indexOf(literals.get(j)) >= 0) {
            expected.set(j);
          }
        }
        assertEquals(
            expected, BitSet.valueOf(scanner.scan(text)), () -> "'" + text + "' with " + literals);
      }
    }
  }

  @Test
  void findsTheProbeOfATermThatRunsOverAClass() {
    Literals.Probe p = Literals.probe("(?<![\\p{L}])\\Qab\\E[\\p{L}-]*+\\s++c");
    assertEquals("(?<![\\p{L}])\\Qab\\E()[\\p{L}-]*+", p.regex());
    assertEquals(2, p.lead());
    assertEquals(
        new Literals.Probe("(?i)zertifi()\\p{L}*+", 7),
        Literals.probe("(?i)zertifi\\p{L}*+\\s++(?:nach|gemäß)"));
    assertEquals(new Literals.Probe("(?i)()\\d++", 0), Literals.probe("(?i)\\d++\\s*+x"));
    // not possessive, not a class, an alternative at the top, a group: no probe
    for (String regex :
        List.of(
            "ab\\p{L}*c",
            "ab(?:c)*+d",
            "ab\\p{L}*+c|d",
            "a?b\\s++c",
            "ab\\p{L}{2,}+c",
            "ab\\s*\\p{L}*+c")) {
      assertNull(Literals.probe(regex), regex);
    }
  }

  /**
   * A literal character of a pattern matches one character of the text: no code point outside the
   * basic plane folds into it, so the fixed start of a probe has one length.
   */
  @Test
  void nothingOutsideTheBasicPlaneFoldsIntoIt() {
    for (int cp = 0x10000; cp <= Character.MAX_CODE_POINT; cp++) {
      assertTrue(Literals.fold(cp) > 0xFFFF, Integer.toHexString(cp));
      assertTrue(Character.toLowerCase(Character.toUpperCase(cp)) > 0xFFFF);
    }
  }

  @Test
  void foldsAsThePatternsCompare() {
    assertEquals("i", Literals.foldLiteral("İ"));
    assertEquals("i", Literals.foldLiteral("ı"));
    assertEquals("ß", Literals.foldLiteral("ẞ"));
    assertEquals("k", Literals.foldLiteral("\u212A"));
    assertEquals("μ", Literals.foldLiteral("µ"));
    assertNull(Literals.foldLiteral("\uD83D\uDE00"));
    assertEquals("straße", Literals.foldText("STRAẞE"));
    assertNull(Literals.foldText("a\uD83D\uDE00"));
  }

  private static String random(Random r, String alphabet, int length) {
    StringBuilder sb = new StringBuilder();
    int[] cps = alphabet.codePoints().toArray();
    for (int i = 0; i < length; i++) {
      sb.appendCodePoint(cps[r.nextInt(cps.length)]);
    }
    return sb.toString();
  }
}
