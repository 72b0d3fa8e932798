package io.github.tomannex.tom.internal.lint;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sub-processor's {@code location} is, as far as its words tell: inside the EEA (the 27 EU
 * member states, Iceland, Liechtenstein and Norway), in a third country, both, or unknown. Country
 * names in German and English and ISO 3166 codes (a code only as a part of its own, as in "Austin,
 * TX, US" or "Frankfurt (DE)").
 */
public final class Countries {
  private Countries() {}

  /**
   * Third countries and territories with a general adequacy decision (Art. 45 GDPR): outside the
   * EEA, so a location naming one is not in the EEA only, though it needs no further mechanism.
   */
  private static final List<String> ADEQUATE =
      List.of(
          "switzerland",
          "schweiz",
          "united kingdom",
          "vereinigtes königreich",
          "great britain",
          "großbritannien",
          "england",
          "japan",
          "korea",
          "israel",
          "new zealand",
          "neuseeland",
          "argentina",
          "argentinien",
          "uruguay",
          "andorra",
          "faroe islands",
          "färöer",
          "guernsey",
          "jersey",
          "isle of man");

  private static final List<String> ADEQUATE_CODES =
      List.of("CH", "UK", "GB", "JP", "KR", "IL", "NZ", "AR", "UY", "AD", "FO", "GG", "JE", "IM");

  /**
   * Whether a location names something open or mixed ("worldwide", "global", several regions), so
   * that the processing may take place outside the EEA whatever else it names.
   *
   * @param values the location in each of its languages
   * @return true when a word of the location is open
   */
  public static boolean open(Collection<String> values) {
    for (String v : values) {
      if (anyWord(Normalizer.normalize(v, Normalizer.Form.NFC).toLowerCase(Locale.ROOT), OPEN)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a location is in the EEA only, as far as its words tell: it names a place in the EEA
   * and no country outside it, nor anything open ("global", "Europe"). False when the words do not
   * tell.
   *
   * @param values the location in each of its languages
   * @return true when the location is inside the EEA
   */
  public static boolean onlyEea(Collection<String> values) {
    boolean eea = false;
    for (String v : values) {
      String text = Normalizer.normalize(v, Normalizer.Form.NFC);
      String lower = text.toLowerCase(Locale.ROOT);
      if (anyWord(lower, OPEN) || anyWord(lower, ADEQUATE) || anyPart(text, ADEQUATE_CODES)) {
        return false;
      }
      for (String[] c : THIRD) {
        if (anyWord(lower, List.of(c).subList(1, c.length))) {
          return false;
        }
      }
      for (String[] c : THIRD_CODES) {
        if (anyPart(text, List.of(c).subList(1, c.length))) {
          return false;
        }
      }
      eea |= anyWord(lower, EEA) || anyPart(text, EEA_CODES);
    }
    return eea;
  }

  /** EEA states and the EU/EEA themselves, lower case. */
  private static final List<String> EEA =
      List.of(
          "belgium",
          "belgien",
          "bulgaria",
          "bulgarien",
          "czechia",
          "czech republic",
          "tschechien",
          "tschechische republik",
          "denmark",
          "dänemark",
          "germany",
          "deutschland",
          "estonia",
          "estland",
          "ireland",
          "irland",
          "greece",
          "griechenland",
          "spain",
          "spanien",
          "france",
          "frankreich",
          "croatia",
          "kroatien",
          "italy",
          "italien",
          "cyprus",
          "zypern",
          "latvia",
          "lettland",
          "lithuania",
          "litauen",
          "luxembourg",
          "luxemburg",
          "hungary",
          "ungarn",
          "malta",
          "netherlands",
          "the netherlands",
          "niederlande",
          "holland",
          "austria",
          "österreich",
          "poland",
          "polen",
          "portugal",
          "romania",
          "rumänien",
          "slovenia",
          "slowenien",
          "slovakia",
          "slowakei",
          "finland",
          "finnland",
          "sweden",
          "schweden",
          "iceland",
          "island",
          "liechtenstein",
          "norway",
          "norwegen",
          "european union",
          "europäische union",
          "european economic area",
          "europäischer wirtschaftsraum",
          "eu",
          "eea",
          "ewr",
          "eu/ewr",
          "eu/eea");

  /**
   * Words that make a location unknown or mixed: a region that is not only the EEA, or several
   * places.
   */
  private static final List<String> OPEN =
      List.of(
          "global",
          "globally",
          "weltweit",
          "worldwide",
          "world-wide",
          "international",
          "internationally",
          "multiple",
          "various",
          "verschiedene",
          "mehrere",
          "europe",
          "europa",
          "multi-region");

  /**
   * Third countries without a general adequacy decision, or with one that covers only some
   * recipients (the USA: certified under the Data Privacy Framework; Canada: commercial
   * organisations under PIPEDA). Third countries with a general adequacy decision (Art. 45 GDPR:
   * Switzerland, the United Kingdom, Japan, the Republic of Korea, Israel, New Zealand, Argentina,
   * Uruguay, Andorra, the Faroe Islands, Guernsey, Jersey, the Isle of Man) need no further
   * mechanism and are not listed.
   */
  private static final List<String[]> THIRD =
      List.of(
          new String[] {
            "the USA",
            "usa",
            "u.s.a.",
            "u. s. a.",
            "u.s.",
            "united states",
            "united states of america",
            "vereinigte staaten",
            "vereinigte staaten von amerika",
            "vereinigten staaten"
          },
          new String[] {"Canada", "canada", "kanada"},
          new String[] {"India", "india", "indien"},
          new String[] {"China", "china", "volksrepublik china", "people's republic of china"},
          new String[] {"Hong Kong", "hong kong", "hongkong"},
          new String[] {"Taiwan", "taiwan"},
          new String[] {"Singapore", "singapore", "singapur"},
          new String[] {"Australia", "australia", "australien"},
          new String[] {"Brazil", "brazil", "brasilien"},
          new String[] {
            "Russia", "russia", "russland", "russian federation", "russische föderation"
          },
          new String[] {"Ukraine", "ukraine"},
          new String[] {"Turkey", "turkey", "türkei", "türkiye"},
          new String[] {"Serbia", "serbia", "serbien"},
          new String[] {"the Philippines", "philippines", "philippinen"},
          new String[] {"Vietnam", "vietnam", "viet nam"},
          new String[] {"Malaysia", "malaysia"},
          new String[] {"Indonesia", "indonesia", "indonesien"},
          new String[] {"Pakistan", "pakistan"},
          new String[] {"Bangladesh", "bangladesh", "bangladesch"},
          new String[] {"Sri Lanka", "sri lanka"},
          new String[] {"Egypt", "egypt", "ägypten"},
          new String[] {"South Africa", "south africa", "südafrika"},
          new String[] {"Mexico", "mexico", "mexiko"},
          new String[] {"Chile", "chile"},
          new String[] {"Colombia", "colombia", "kolumbien"},
          new String[] {"Belarus", "belarus", "weißrussland", "weissrussland"},
          new String[] {"Moldova", "moldova", "moldau", "republik moldau"},
          new String[] {"Albania", "albania", "albanien"},
          new String[] {"North Macedonia", "north macedonia", "nordmazedonien"},
          new String[] {
            "Bosnia and Herzegovina", "bosnia and herzegovina", "bosnien und herzegowina"
          },
          new String[] {"Montenegro", "montenegro"},
          new String[] {"Kosovo", "kosovo"},
          new String[] {
            "the United Arab Emirates",
            "united arab emirates",
            "vereinigte arabische emirate",
            "dubai"
          },
          new String[] {"Saudi Arabia", "saudi arabia", "saudi-arabien"},
          new String[] {"Qatar", "qatar", "katar"},
          new String[] {"Thailand", "thailand"},
          new String[] {"Nigeria", "nigeria"},
          new String[] {"Kenya", "kenya", "kenia"},
          new String[] {"Morocco", "morocco", "marokko"},
          new String[] {"Tunisia", "tunisia", "tunesien"});

  /** ISO 3166 codes that stand alone as a part of the location. */
  private static final List<String> EEA_CODES =
      List.of(
          "BE", "BG", "CZ", "DK", "DE", "EE", "IE", "GR", "EL", "ES", "FR", "HR", "IT", "CY", "LV",
          "LT", "LU", "HU", "MT", "NL", "AT", "PL", "PT", "RO", "SI", "SK", "FI", "SE", "IS", "LI",
          "NO", "EU", "EWR", "EEA");

  private static final List<String[]> THIRD_CODES =
      List.of(
          new String[] {"the USA", "US", "USA"},
          new String[] {"Canada", "CA"},
          new String[] {"India", "IN"},
          new String[] {"China", "CN"},
          new String[] {"Hong Kong", "HK"},
          new String[] {"Singapore", "SG"},
          new String[] {"Australia", "AU"},
          new String[] {"Brazil", "BR"},
          new String[] {"Russia", "RU"},
          new String[] {"Ukraine", "UA"},
          new String[] {"Turkey", "TR"},
          new String[] {"Serbia", "RS"},
          new String[] {"the Philippines", "PH"},
          new String[] {"Vietnam", "VN"},
          new String[] {"the United Arab Emirates", "AE", "UAE"});

  private static final Pattern PARTS = Pattern.compile("[^,;/()|\\[\\]–—]+");

  /**
   * The third country (without a general adequacy decision) a location names, if it names one and
   * no place in the EEA and nothing open ("global", "Europe"); empty when the words do not tell.
   *
   * @param values the location in each of its languages
   */
  public static Optional<String> thirdCountry(Collection<String> values) {
    String third = null;
    for (String v : values) {
      String text = Normalizer.normalize(v, Normalizer.Form.NFC);
      String lower = text.toLowerCase(Locale.ROOT);
      if (anyWord(lower, EEA) || anyWord(lower, OPEN) || anyPart(text, EEA_CODES)) {
        return Optional.empty();
      }
      for (String[] c : THIRD) {
        if (third == null && anyWord(lower, List.of(c).subList(1, c.length))) {
          third = c[0];
        }
      }
      for (String[] c : THIRD_CODES) {
        if (third == null && anyPart(text, List.of(c).subList(1, c.length))) {
          third = c[0];
        }
      }
    }
    return Optional.ofNullable(third);
  }

  /** Whether the text has one of the words, as whole words. */
  private static boolean anyWord(String lower, List<String> words) {
    for (String w : words) {
      int from = 0;
      int at;
      while ((at = lower.indexOf(w, from)) >= 0) {
        int end = at + w.length();
        boolean startOk = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
        boolean endOk =
            end == lower.length()
                || !Character.isLetterOrDigit(lower.charAt(end))
                    && !(w.endsWith(".") && Character.isLetter(lower.charAt(end)));
        if (startOk && endOk) {
          return true;
        }
        from = at + 1;
      }
    }
    return false;
  }

  /** Whether a part of the text (between commas, slashes, brackets) is one of the codes. */
  private static boolean anyPart(String text, List<String> codes) {
    List<String> parts = new ArrayList<>();
    Matcher m = PARTS.matcher(text);
    while (m.find()) {
      parts.add(m.group().strip());
    }
    for (String p : parts) {
      if (codes.contains(p)) {
        return true;
      }
    }
    return false;
  }
}
