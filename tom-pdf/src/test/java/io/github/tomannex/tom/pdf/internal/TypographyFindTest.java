package io.github.tomannex.tom.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link Typography#find} tries the pattern only where an alternative can begin; it must find
 * exactly what {@link Matcher#find()} finds, token for token, on any text.
 */
class TypographyFindTest {
  /** Pieces that begin, end, break or glue the pattern's alternatives, and plain words. */
  private static final String[] PIECES = {
    "Art.",
    "Art",
    "Artikel",
    "Abs.",
    "lit.",
    "b",
    "§",
    "§§",
    "32",
    "28(3)(b)",
    "(",
    ")",
    "(EU)",
    "2016/679",
    "DSGVO",
    "GDPR",
    "ISO/IEC",
    "ISO",
    "27001:2022",
    "NIST",
    "SP",
    "800-53",
    "Rev.",
    "5",
    "z.",
    "B.",
    "o.",
    "Ä.",
    "e.g.",
    "B.V.",
    "i.",
    "V.",
    "m.",
    "31.",
    "März",
    "March",
    "31,",
    "2027",
    "01.02.2027",
    "TLS",
    "1.3",
    "v",
    "Version",
    "2026.2",
    "EUR",
    "€",
    "USD",
    "5.000",
    "10",
    "%",
    "Stunden",
    "days",
    "«",
    "»",
    ";",
    ":",
    "!",
    "?",
    ".",
    ",",
    "/",
    "-",
    "_",
    "x",
    "ä",
    "Maßnahme",
    "www.",
    "example.org",
    "https://",
    "http://",
    "a.example/path?q=1&r=2#s",
    "EURO",
    "xhttp://",
    "άρθρο",
    "παρ.",
    "чл.",
    "ал.",
    "2",
    "г.",
    "😀",
    "中文",
    " ",
    " ",
    " ",
    " ",
    " ",
    "\u00A0",
    "\u202F",
    "<",
    ">"
  };

  @Test
  void findsWhatMatcherFindFinds() {
    Random random = new Random(20261201);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int pieces = 1 + random.nextInt(14);
      for (int j = 0; j < pieces; j++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      assertEquals(plain(text), quick(text), text);
    }
  }

  @Test
  void findsWhatMatcherFindFindsInLegalProse() {
    for (String text :
        List.of(
            "Gemäß Art. 32 Abs. 1 lit. b DSGVO i. V. m. § 64 BDSG, z. B. nach ISO/IEC 27001:2022.",
            "Per Art. 28(3)(b) GDPR and Regulation (EU) 2016/679; see https://example.org/a-b?c=d.",
            "Sauvegarde quotidienne ; restauration testée : chaque trimestre ! « 24 heures »",
            "Backups every 24 hours, kept 35 days; TLS 1.3, AES 256, EUR 5.000, 31 March 2027.",
            "Kontakt:www.example.de,Firma B.V.;Stand 01.02.2027 (Version 2026.2) – 10 % Rabatt",
            // glued to the word before: alternatives that need no word start
            "Verordnung(EU) 2016/679",
            "Preis€ 10",
            "PreisEUR 10, KostenUSD 5, FrCHF 7, UkGBP 3",
            "Siehehttps://example.org/a",
            "Siehewww.example.org/a",
            "Norm§ 64 BDSG",
            "Zitat« guillemets")) {
      assertEquals(plain(text), quick(text), text);
    }
  }

  private static List<String> plain(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = Typography.KEEP.matcher(text);
    while (m.find()) {
      found.add(m.start() + ":" + m.group());
    }
    return found;
  }

  private static List<String> quick(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = Typography.KEEP.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int from = 0;
    while (Typography.find(m, text, from)) {
      found.add(m.start() + ":" + m.group());
      from = m.end();
    }
    return found;
  }
}
