package io.github.tomannex.tom.internal.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link WordLists.WordList#matches} and {@link WordLists.WordList#findAll} answer, with their
 * screen of literals, exactly as each term of the list would on its own, on every text tom's
 * fixtures hold, on texts made to hit the edges (signs after letters, text ends, empty texts, case,
 * umlauts and ß, compounds, hyphens, regular expressions inside words, dotted and dotless i,
 * characters outside the basic plane) and on random texts built from the terms' own pieces: the
 * guard for any faster matching.
 */
class WordListsTest {
  /** How many lines of the test fixtures the corpus takes, chosen at random with a fixed seed. */
  private static final int FIXTURE_LINES = 1_500;

  private static final List<String> LANGUAGES = java.util.Arrays.asList("de", "en", "fr", null);

  /** Texts at the edges of the term syntax and of case folding. */
  static final List<String> EDGES =
      List.of(
          // case
          "TODO",
          "todo",
          "ToDo",
          "Todo:",
          "tOdO",
          "LOREM IPSUM",
          "lorem\tipsum",
          "ETC.",
          "E.G.",
          "FOR EXAMPLE",
          "For\u00A0example",
          "for\nexample",
          "for  example",
          "forexample",
          // umlauts and ß
          "Sicherheitsschlösser",
          "SICHERHEITSSCHLÖSSER",
          "Sicherheitsschlößer",
          "Türschloss",
          "TÜRSCHLOSS",
          "Schließsystem",
          "SCHLIESSSYSTEM",
          "SCHLIEẞSYSTEM",
          "Maẞnahmen",
          "geeignete Maßnahmen",
          "GEEIGNETE MASSNAHMEN",
          "geeignete MAẞNAHMEN",
          "möglichst",
          "MÖGLICHST",
          "moeglichst",
          "o. Ä.",
          "o.ä.",
          "O. Ä.",
          "Datenschutzzertifizierung",
          // word boundaries
          "TODOs",
          "xTODO",
          "TODO1",
          "1TODO",
          "_TODO_",
          "TODO_",
          "etcetera",
          "etc.pp",
          "z.B.",
          "z. B.",
          "z.  B.",
          "z.\nB.",
          "Bz. B.",
          "zz. B.",
          "ggf.",
          "ggfs.",
          "ggf",
          "usw.usw.",
          "in der Regel",
          "in der Regelung",
          "in derRegel",
          "kein",
          "keine",
          "keinesfalls",
          "nicht",
          "nichts",
          "no",
          "not",
          "note",
          "know",
          "no longer",
          "nolonger",
          // compounds and hyphens
          "Tür-Schloss",
          "Schloss-Tür",
          "-schloss",
          "Schloss",
          "schlossartig",
          "Passwort",
          "Passwortrichtlinie",
          "Einmalpasswort",
          "Einmal-Passwort",
          "Kennwörter",
          "Safe-Harbor",
          "Safe Harbour",
          "SafeHarbor",
          "SHA-1",
          "SHA1",
          "SHA-1x",
          "SHA-11",
          "SHA-256",
          "SHA-2",
          "SHA-384",
          "SHA3",
          "DSGVO-konform",
          "DSGVO-konforme",
          "dsgvo-KONFORMITÄT",
          "state-of-the-art",
          "state of the art",
          "state-of-the art",
          "AES-256",
          "AES256",
          "xAES",
          "TLS1.2",
          "TLS 1.2",
          "TLSv1.3",
          "TLS 1.0",
          "TLS 1",
          "TLS 10",
          "TLS1.0.1",
          "mTLS",
          "Triple-DES",
          "TripleDES",
          "3DES",
          "DES-Verfahren",
          "DESY",
          "des",
          "Modes",
          "RSA-1024",
          "RSA 2048",
          "RSA1024",
          "RSA-10240",
          "SSL-Zertifikat",
          "SSL Zertifikat",
          "SSLv3",
          "SSL 3.0",
          "OpenSSL",
          "SSL-",
          "4096 Bit",
          "4096-Bit",
          "256bit",
          "12 Bit",
          "2048-bit RSA",
          // regular expressions inside words
          "RL95/46/EG",
          "x95/46/ECx",
          "95/46/EWGx",
          "§9BDSG",
          "§ 9 Satz 1 BDSG",
          "§11 BDSG",
          "§ 5  BDSG",
          "BDSG a.F.",
          "BDSG (a. F.)",
          "BDSGalt",
          "BDSG alt",
          "BDSG altbekannt",
          "BDSG 2001",
          "Anlage zu § 9",
          "ANLAGE ZU §9",
          "x2010/87/EUx",
          "2001/497/EC",
          "ISO27001:2013x",
          "27001-2013",
          "27001 : 2013",
          "Art.32",
          "Artikel 32",
          "ART 32",
          "Art. 321",
          "Article32",
          "alle 4 Stunden",
          "ALLE 12 MINUTEN",
          "3 Mal pro Tag",
          "2x am Tag",
          "every night",
          "every 2 weeks",
          "zertifiziert nach DSGVO",
          "Zertifizierung gemäß der Art. 42",
          "certified under the GDPR",
          "certification pursuant to Art 42",
          "<Name einfügen>",
          "< … >",
          "<...>",
          "[?]",
          "[ ]",
          "[]",
          "x [ … ] y",
          " - ",
          "–",
          "n/a",
          " N/A ",
          "..",
          "???",
          "http://x",
          "  https://example.org/tom  ",
          "<www.example.org>",
          "[link](http://x)",
          " [a](b) ",
          "DIN EN ISO 9001",
          "ISO/IEC 27001-1",
          "ISO 27001:2022",
          "Wiederherstellung getestet",
          "restore drill",
          "Prüfung",
          "Wiederherstellungsübung",
          // dotted and dotless i, Kelvin sign, long s, Greek iota subscript, micro sign
          "İF APPLİCABLE",
          "ıf applıcable",
          "IF APPLICABLE",
          "PRİVACY SHİELD",
          "prıvacy shıeld",
          "Lİnk",
          "DİN ISO 27001",
          "İSO 27001",
          "ıso 27001",
          "Art. 32 DSGVO İ",
          "whERE possİble",
          "\u212Aey management service",
          "\u212Aey rule",
          "\u017Fofern",
          "\u017Fafe harbor",
          "\u0345",
          "TODO\u0345",
          "\u00B5",
          "µs",
          "Ǆ",
          "ǅ",
          "ǆ",
          // characters outside the basic plane and unpaired surrogates
          "\uD835\uDC13\uD835\uDC0E\uD835\uDC03\uD835\uDC0E",
          "TODO \uD83D\uDE00",
          "\uD83D\uDE00TODO",
          "\uD83D\uDE00 TODO",
          "TODO\uD83D\uDE00",
          "\uD801\uDC00",
          "\uD801\uDC28",
          "\uD83DTODO",
          "TODO\uDE00",
          "\uDE00\uD83D");

  static List<String> corpus() throws IOException {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "",
                " ",
                "x",
                "TODO",
                "todo:",
                "x[…]",
                "Lorem[…] ipsum",
                "text…",
                "…",
                "[ ]",
                "<einfügen>",
                "a<Datum>",
                "§9 BDSG",
                "nach §9 BDSG",
                "(§ 9 BDSG)",
                "95/46/EG",
                "RL95/46/EG",
                "SSL",
                "SSLv3",
                "xSSL",
                "SSL-Zertifikat",
                "TLS 1.0",
                "TLS1.1",
                "TLSv1",
                "MD5",
                "SHA-1",
                "z. B.",
                "(z.B. AES)",
                "e.g.",
                "etc.",
                "u.a.",
                "ggf.",
                "sofern",
                "if applicable",
                "Privacy Shield",
                "Safe-Harbor",
                "2010/87/EU",
                "-",
                "--",
                "n/a",
                "?",
                "...",
                "Art. 32 DSGVO",
                "Artikel32",
                "www.example.org",
                "<https://x.example>",
                "[a](b)",
                "täglich",
                "alle 4 Stunden",
                "every 24 hours",
                "restore test",
                "Wiederherstellungstest",
                "Passwort",
                "Schlüssel",
                "Besucher",
                "Chipkarte",
                "ISO 27001:2013",
                "ISO/IEC 27001",
                "DSGVO-zertifiziert",
                "nach dem Stand der Technik",
                "state of the art"));
    texts.addAll(EDGES);
    Path root = Path.of(System.getProperty("tom.sourceDir", "src/test/resources"));
    Set<String> lines = new LinkedHashSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        for (String line : Files.readString(p, StandardCharsets.UTF_8).split("\n")) {
          int colon = line.indexOf(": ");
          lines.add(colon < 0 ? line.strip() : line.substring(colon + 2).replace("\"", ""));
        }
      }
    }
    // each text once: the fixtures repeat keys and values (ids, categories, dates) many times
    lines.removeAll(texts);
    Random r = new Random(1);
    // a fixed-size sample of the fixtures' lines, so the test's time does not grow with every
    // fixture added (3,500 lines in 2026-12; the full scan is the slow side of the comparison)
    List<String> sample = new ArrayList<>(lines);
    java.util.Collections.shuffle(sample, r);
    texts.addAll(sample.subList(0, Math.min(FIXTURE_LINES, sample.size())));
    texts = new ArrayList<>(new java.util.LinkedHashSet<>(texts));
    List<String> glued = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      glued.add(
          texts.get(r.nextInt(texts.size()))
              + (r.nextBoolean() ? "" : " ")
              + texts.get(r.nextInt(texts.size())));
    }
    texts.addAll(glued);
    return texts;
  }

  /**
   * Random texts from the pieces of the terms themselves, in changed case, with the signs, spaces
   * and letters that sit at their edges.
   */
  static List<String> fuzz(WordLists words, int count, long seed) {
    List<String> pieces = new ArrayList<>();
    for (WordLists.WordList list : words.all()) {
      for (WordLists.Term t : list.terms(null)) {
        String p = t.pattern().pattern();
        if (p.contains("\\Q")) {
          // a plain term, rebuilt from its quoted characters
          StringBuilder term = new StringBuilder();
          Matcher m =
              Pattern.compile("\\\\Q(.)\\\\E|\\\\s[+*]|\\[\\\\p\\{L\\}\\\\p\\{N\\}-\\]\\*")
                  .matcher(p);
          while (m.find()) {
            term.append(m.group(1) != null ? m.group(1) : m.group().startsWith("\\s") ? " " : "");
          }
          pieces.add(term.toString());
        }
        t.known().clauses().forEach(c -> pieces.addAll(c));
      }
    }
    pieces.addAll(
        List.of(
            " ",
            "  ",
            "\t",
            "\n",
            "\u00A0",
            "-",
            ".",
            "/",
            ":",
            "§",
            "1",
            "9",
            "32",
            "2013",
            "ß",
            "SS",
            "ẞ",
            "İ",
            "ı",
            "I",
            "i",
            "\u212A",
            "\u017F",
            "x",
            "Ä",
            "ä",
            "\uD83D\uDE00",
            "\uD835\uDC13",
            "<",
            ">",
            "[",
            "]",
            "(",
            ")",
            "…",
            "–",
            "?"));
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(6);
      for (int j = 0; j < n; j++) {
        String p = pieces.get(r.nextInt(pieces.size()));
        switch (r.nextInt(4)) {
          case 0 -> p = p.toUpperCase(Locale.ROOT);
          case 1 -> {
            StringBuilder mixed = new StringBuilder();
            p.codePoints()
                .forEach(
                    c ->
                        mixed.appendCodePoint(
                            r.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c)));
            p = mixed.toString();
          }
          default -> {}
        }
        sb.append(p);
        if (r.nextInt(3) == 0) {
          sb.append(r.nextBoolean() ? " " : "x");
        }
      }
      out.add(sb.toString());
    }
    return out;
  }

  /** What a list answers when every term runs its pattern over the whole text. */
  static List<WordLists.Found> fullScan(List<Pattern> patterns, String text) {
    List<WordLists.Found> found = new ArrayList<>();
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (m.end() > m.start() || text.isBlank()) {
          found.add(new WordLists.Found(m.group().strip(), m.start(), m.end()));
        }
        if (m.end() == m.start()) {
          break;
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    Set<String> seen = new LinkedHashSet<>();
    List<WordLists.Found> out = new ArrayList<>();
    for (WordLists.Found f : found) {
      if (seen.add(f.text().isEmpty() ? text : f.text())) {
        out.add(f);
      }
    }
    return out;
  }

  /** Checks every list of {@code words} on every text; the number of texts that hit. */
  static int assertSameAnswers(WordLists words, List<String> texts) {
    List<WordLists.WordList> lists = words.all();
    assertTrue(lists.size() > 10, "lists: " + lists.size());
    int hits = 0;
    for (WordLists.WordList list : lists) {
      for (String lang : LANGUAGES) {
        List<Pattern> patterns = list.patterns(lang);
        for (String text : texts) {
          boolean expected = patterns.stream().anyMatch(p -> p.matcher(text).find());
          assertEquals(
              expected,
              list.matches(text, lang),
              () -> "'" + text + "' (" + lang + ") with " + patterns);
          List<WordLists.Found> all = list.findAll(text, lang);
          assertEquals(
              fullScan(patterns, text),
              all,
              () -> "findAll '" + text + "' (" + lang + ") with " + patterns);
          assertEquals(
              all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(0)),
              list.find(text, lang));
          hits += expected ? 1 : 0;
        }
      }
    }
    return hits;
  }

  @Test
  void matchesAnswersAsAFullScanWould() throws IOException {
    int hits = assertSameAnswers(WordLists.standard(), corpus());
    assertTrue(hits > 500, "the corpus must hit the lists: " + hits);
  }

  @Test
  void randomTextsFromTheTermsAnswerAsAFullScanWould() {
    int hits = assertSameAnswers(WordLists.standard(), fuzz(WordLists.standard(), 3_000, 7));
    assertTrue(hits > 2_000, "the random texts must hit the lists: " + hits);
  }

  /**
   * The patterns as the word file compiled before its runs were made possessive: every wildcard
   * {@code [\\p{L}\\p{N}-]*} and space {@code \\s+} greedy, and the regular expressions as they
   * were written then. The answers must not have changed.
   */
  static Pattern before(String term) {
    Map<String, String> rewritten =
        Map.of(
            "re:\\[\\s*+(?:…|\\.\\.\\.|\\?++)?\\s*+\\]",
            "re:\\[\\s*(?:…|\\.\\.\\.|\\?+)?\\s*\\]",
            "re:<\\s*+(?:…|\\.\\.\\.|\\?++)\\s*+>",
            "re:<\\s*(?:…|\\.\\.\\.|\\?+)\\s*>",
            "re:(?i)\\d++\\s*+(?:Mal|x)\\s++(?:pro|je|am)\\s++(?:Tag|Stunde|Woche)",
            "re:(?i)\\d+\\s*(?:Mal|x)\\s+(?:pro|je|am)\\s+(?:Tag|Stunde|Woche)",
            "re:(?i)zertifi\\p{L}*+\\s++(?:nach|gemäß)\\s++(?:der\\s++)?"
                + "(?:DSGVO|Art(?:ikel|\\.)?\\s*+42)",
            "re:(?i)zertifi\\p{L}*\\s+(?:nach|gemäß)\\s+(?:der\\s+)?"
                + "(?:DSGVO|Art(?:ikel|\\.)?\\s*42)",
            "re:(?i)certifi\\p{L}*+\\s++(?:under|pursuant to|according to)\\s++(?:the\\s++)?"
                + "(?:GDPR|Art(?:icle|\\.)?\\s*+42)",
            "re:(?i)certifi\\p{L}*\\s+(?:under|pursuant to|according to)\\s+(?:the\\s+)?"
                + "(?:GDPR|Art(?:icle|\\.)?\\s*42)");
    if (term.startsWith("re:")) {
      return Pattern.compile(
          rewritten.getOrDefault(term, term).substring(3), Pattern.UNICODE_CHARACTER_CLASS);
    }
    StringBuilder re = new StringBuilder();
    char first = term.charAt(0);
    if (Character.isLetterOrDigit(first)) {
      re.append("(?<![\\p{L}\\p{N}])");
    } else if (first == '*') {
      re.append("(?<![\\p{L}\\p{N}-])");
    }
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c == '*') {
        re.append("[\\p{L}\\p{N}-]*");
      } else if (c == ' ') {
        re.append(i > 0 && term.charAt(i - 1) == '.' ? "\\s*" : "\\s+");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (Character.isLetterOrDigit(term.charAt(term.length() - 1))) {
      re.append("(?![\\p{L}\\p{N}])");
    }
    return Pattern.compile(
        re.toString(),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  }

  @Test
  void theRegularExpressionsTheOldOnesWereRewrittenFromAreInTheWordFile() {
    Set<String> sources = new LinkedHashSet<>();
    WordLists.standard().all().forEach(l -> l.terms(null).forEach(t -> sources.add(t.source())));
    assertEquals(
        5,
        sources.stream()
            .filter(t -> t.startsWith("re:") && !before(t).pattern().equals(t.substring(3)))
            .count());
    assertTrue(
        sources.stream()
                .filter(t -> !before(t).pattern().equals(WordLists.compile(t).pattern()))
                .count()
            > 100,
        "the plain terms with a wildcard or a space now have possessive runs");
  }

  /**
   * Each term on its own hostile texts (its pieces repeated, with runs after them, see {@link
   * LintRegexGrowthTest}), short enough for a full scan: the search with its skips answers as a
   * full scan with the term's pattern would, and as the pattern before did.
   */
  @Test
  void hostileTextsAnswerAsAFullScanWouldAndAsBefore() throws IOException {
    List<WordLists.Term> terms = LintRegexGrowthTest.terms();
    Map<Pattern, String> samples = LintRegexGrowthTest.samples(terms);
    int hits = 0;
    int checked = 0;
    for (WordLists.Term t : terms) {
      WordLists.WordList one = new WordLists.WordList(Map.of(WordLists.ANY, List.of(t)));
      List<Pattern> now = List.of(t.pattern());
      List<Pattern> old = List.of(before(t.source()));
      for (int length : new int[] {5, 30, 120}) {
        for (String text :
            LintRegexGrowthTest.hostile(t, samples.get(t.pattern()), length).values()) {
          List<WordLists.Found> all = one.findAll(text, null);
          assertEquals(fullScan(now, text), all, () -> "'" + text + "' with " + now);
          assertEquals(fullScan(old, text), all, () -> "'" + text + "' as before " + old);
          boolean expected = old.get(0).matcher(text).find();
          assertEquals(expected, one.matches(text, null), () -> "'" + text + "' with " + now);
          hits += expected ? 1 : 0;
          checked++;
        }
      }
    }
    assertTrue(checked > 40_000, "texts: " + checked);
    assertTrue(hits > 10_000, "the hostile texts must hit the terms: " + hits);
  }

  @Test
  void everyListAnswersAsBefore() throws IOException {
    List<String> texts = new ArrayList<>(corpus());
    texts.addAll(fuzz(WordLists.standard(), 1_500, 13));
    for (WordLists.WordList list : WordLists.standard().all()) {
      for (String lang : LANGUAGES) {
        List<Pattern> old = list.terms(lang).stream().map(t -> before(t.source())).toList();
        for (String text : texts) {
          assertEquals(
              fullScan(old, text),
              list.findAll(text, lang),
              () -> "findAll '" + text + "' (" + lang + ") as before " + old);
          assertEquals(
              old.stream().anyMatch(p -> p.matcher(text).find()),
              list.matches(text, lang),
              () -> "'" + text + "' (" + lang + ") as before");
        }
      }
    }
  }

  @Test
  void theEdgesHitWhatTheyShould() {
    WordLists w = WordLists.standard();
    assertTrue(w.list("repealed-references").matches("RL95/46/EG", "de"));
    assertTrue(w.list("placeholders").matches("ToDo", "de"));
    assertTrue(!w.list("placeholders").matches("TODOs", "de"));
    assertTrue(w.list("hedges").matches("ıf applıcable", "en"), "ı folds to i as in the pattern");
    assertTrue(w.list("hedges").matches("İF APPLİCABLE", "en"), "İ folds to i as in the pattern");
    assertTrue(w.list("hedges").matches("for\u00A0example", "en"));
    assertTrue(w.list("hedges").matches("z.B.", "de"));
    assertTrue(!w.list("hedges").matches("Bz. B.", "de"));
    assertTrue(w.list("outdated-crypto").matches("SHA-1", "de"));
    assertTrue(!w.list("outdated-crypto").matches("SHA-256", "de"));
    assertTrue(!w.list("outdated-crypto").matches("des", "de"), "case-sensitive");
    assertEquals(
        List.of(new WordLists.Found("Sicherheitsschlösser", 0, 20)),
        w.mismatches().get(0).words().findAll("Sicherheitsschlösser", "de"));
    assertTrue(!w.mismatches().get(0).words().matches("SCHLIESSSYSTEM", "de"), "ß is not SS");
    assertTrue(w.mismatches().get(0).words().matches("SCHLIEẞSYSTEM", "de"), "ẞ folds to ß");
    assertTrue(w.list("encryption-parameters").matches("\u212Aey management service", "en"));
  }

  @Test
  void aWordListMadeUnderTurkishLocaleAnswersTheSame() throws IOException {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    try {
      WordLists turkish = new WordLists(); // its screens too are made under tr-TR
      List<String> texts = new ArrayList<>(EDGES);
      texts.addAll(fuzz(turkish, 500, 11));
      assertSameAnswers(turkish, texts);
      WordLists.WordList hedges = turkish.list("hedges");
      assertTrue(hedges.matches("IF APPLICABLE", "en"));
      assertTrue(hedges.matches("if applicable", "en"));
      assertTrue(hedges.matches("İF APPLİCABLE", "en"));
      assertTrue(hedges.matches("ıf applıcable", "en"));
    } finally {
      Locale.setDefault(before);
    }
  }
}
