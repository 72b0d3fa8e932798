package io.github.tomannex.tom.internal.lint;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a text states, read so that two correct translations give the same ones: durations (12
 * Monate, one year), frequencies (halbjährlich, every six months), percentages, numbers of
 * characters, bits, attempts and copies, dates, clock times, versions of protocols and algorithms
 * (TLS 1.2, AES-256) and other numbers. Numbers written as words (zwölf, twelve), decimal commas
 * and thousands separators of German and English, and unit conversions are read as the same value.
 * Numbers in citations and standards (Art. 28 Abs. 3, ISO/IEC 27001:2022) are not values of their
 * own. Every pattern runs in linear time.
 */
final class Quantities {
  private Quantities() {}

  /**
   * A value a text states.
   *
   * @param kind what is stated: duration, frequency, percent, chars, bits, attempts, copies, bytes,
   *     date, month, clock, version:NAME, number
   * @param family within a kind, values that compare exactly (a duration in hours and days: exact;
   *     in months and years: months; in working days: bdays)
   * @param amount the value in the family's unit (seconds, months, days …)
   * @param shown the words of the text
   * @param weak an article read as one ("a year", "ein Jahr"): it may match, but is not reported
   * @param atLeast a frequency with "mindestens" / "at least"
   * @param start where it starts in the text
   */
  record Value(
      String kind,
      String family,
      double amount,
      String shown,
      boolean weak,
      boolean atLeast,
      int start) {
    boolean same(Value o) {
      if (!kind.equals(o.kind)) {
        return false;
      }
      if (family.equals(o.family)) {
        return Math.abs(amount - o.amount) <= 1e-9 * Math.max(1, Math.abs(amount));
      }
      if (kind.equals("duration") || kind.equals("frequency")) {
        double a = days(this);
        double b = days(o);
        return Math.abs(a - b) <= 0.035 * Math.max(a, b);
      }
      return false;
    }

    /** The value in words for a message ("every 6 months"). */
    String describe() {
      String n = plain(amount);
      return switch (family) {
        case "months" -> n + (amount == 1 ? " month" : " months");
        case "bdays" -> n + (amount == 1 ? " working day" : " working days");
        case "exact" -> seconds(amount);
        default -> shown;
      };
    }
  }

  /** A duration or frequency in days (a month is 30.4375 days). */
  static double days(Value v) {
    return switch (v.family()) {
      case "months" -> v.amount() * 30.4375;
      case "bdays" -> v.amount() * 7 / 5.0;
      default -> v.amount() / 86400;
    };
  }

  private static String seconds(double s) {
    double[] units = {604800, 86400, 3600, 60, 1};
    String[] names = {"week", "day", "hour", "minute", "second"};
    for (int i = 0; i < units.length; i++) {
      double n = s / units[i];
      if (n >= 1 && Math.abs(n - Math.rint(n)) < 1e-9) {
        return plain(n) + " " + names[i] + (n == 1 ? "" : "s");
      }
    }
    return plain(s) + " seconds";
  }

  static String plain(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /** What a text states, and every number it holds in any form (to match against). */
  record Read(List<Value> values, Set<String> numbers) {}

  // ---- words

  private static final Map<String, Integer> NUMBER_WORDS = new LinkedHashMap<>();
  private static final Set<String> ARTICLES =
      Set.of("a", "an", "ein", "eine", "einen", "einem", "einer", "eines");

  static {
    String[] de = {
      "eins",
      "zwei",
      "drei",
      "vier",
      "fünf",
      "sechs",
      "sieben",
      "acht",
      "neun",
      "zehn",
      "elf",
      "zwölf",
      "dreizehn",
      "vierzehn",
      "fünfzehn",
      "sechzehn",
      "siebzehn",
      "achtzehn",
      "neunzehn",
      "zwanzig"
    };
    String[] en = {
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen",
      "twenty"
    };
    for (int i = 0; i < de.length; i++) {
      NUMBER_WORDS.put(de[i], i + 1);
      NUMBER_WORDS.put(en[i], i + 1);
    }
    String[][] tens = {
      {"dreißig", "30"},
      {"dreissig", "30"},
      {"vierzig", "40"},
      {"fünfzig", "50"},
      {"sechzig", "60"},
      {"siebzig", "70"},
      {"achtzig", "80"},
      {"neunzig", "90"},
      {"hundert", "100"},
      {"tausend", "1000"},
      {"thirty", "30"},
      {"forty", "40"},
      {"fifty", "50"},
      {"sixty", "60"},
      {"seventy", "70"},
      {"eighty", "80"},
      {"ninety", "90"},
      {"hundred", "100"},
      {"thousand", "1000"},
      {"einhundert", "100"},
      {"eintausend", "1000"}
    };
    for (String[] t : tens) {
      NUMBER_WORDS.put(t[0], Integer.parseInt(t[1]));
    }
  }

  /** Words that say a number without being one (for matching only). */
  private static final Map<String, Integer> NUMBER_LIKE =
      Map.ofEntries(
          Map.entry("einmal", 1),
          Map.entry("once", 1),
          Map.entry("single", 1),
          Map.entry("einfach", 1),
          Map.entry("erste", 1),
          Map.entry("ersten", 1),
          Map.entry("erster", 1),
          Map.entry("first", 1),
          Map.entry("zweimal", 2),
          Map.entry("twice", 2),
          Map.entry("doppelt", 2),
          Map.entry("doppelte", 2),
          Map.entry("double", 2),
          Map.entry("dual", 2),
          Map.entry("zweifach", 2),
          Map.entry("beide", 2),
          Map.entry("beiden", 2),
          Map.entry("both", 2),
          Map.entry("zweite", 2),
          Map.entry("zweiten", 2),
          Map.entry("second", 2),
          Map.entry("dreimal", 3),
          Map.entry("dreifach", 3),
          Map.entry("triple", 3),
          Map.entry("dritte", 3),
          Map.entry("dritten", 3),
          Map.entry("third", 3),
          Map.entry("vierte", 4),
          Map.entry("fourth", 4),
          Map.entry("dutzend", 12),
          Map.entry("dozen", 12),
          Map.entry("halb", 6),
          Map.entry("half", 6));

  private static final String WORD_ALT;

  static {
    List<String> words = new ArrayList<>(NUMBER_WORDS.keySet());
    words.addAll(ARTICLES);
    words.sort((a, b) -> b.length() - a.length());
    WORD_ALT = String.join("|", words);
  }

  /** A number: digits (with a decimal comma or point, or thousands separators) or a word. */
  private static final String NUM =
      "(?<![\\p{L}\\d.,])(\\d{1,3}(?:[.,]\\d{3})++(?:[.,]\\d++)?|\\d++(?:[.,]\\d++)?|(?i:"
          + WORD_ALT
          + ")(?!\\p{L}))";

  // ---- units: {regex, kind, family, factor}

  private static final String[][] UNITS = {
    {
      "(?:business|working|work)[ -]days?|werktag(?:e|en|es)?|arbeitstag(?:e|en|es)?"
          + "|geschäftstag(?:e|en|es)?",
      "duration",
      "bdays",
      "1"
    },
    {"seconds?|secs?\\.?|sekunden?|sek\\.", "duration", "exact", "1"},
    {"minutes?|mins?\\.?|minuten?|min\\.?", "duration", "exact", "60"},
    {"hours?|hrs?\\.?|stunden?|std\\.|h", "duration", "exact", "3600"},
    {"(?:calendar[ -])?days?|(?:kalender)?tag(?:e|en|es)?", "duration", "exact", "86400"},
    {"weeks?|wochen?", "duration", "exact", "604800"},
    {"months?|monat(?:e|en|s)?|monatig\\p{L}*+", "duration", "months", "1"},
    {"quarters?|quartal(?:e|en|s)?", "duration", "months", "3"},
    {"years?|jahr(?:e|en|es)?", "duration", "months", "12"},
    {"%|prozent|percent|per cent", "percent", "percent", "1"},
    {"characters?|chars?|zeichen", "chars", "chars", "1"},
    {"bits?", "bits", "bits", "1"},
    {
      "(?:failed |unsuccessful |invalid )?(?:log-?in |logon |sign-in )?attempts?"
          + "|(?:fehl|anmelde|login-|log-in-)?versuch(?:e|en)?|fehlanmeldung(?:en)?",
      "attempts",
      "attempts",
      "1"
    },
    {
      "copies|copy|kopien|kopie|generations?|generationen|sicherungsstände", "copies", "copies", "1"
    },
    {"tb|tib|terabytes?", "bytes", "bytes", "1e12"},
    {"gb|gib|gigabytes?", "bytes", "bytes", "1e9"},
    {"mb|mib|megabytes?", "bytes", "bytes", "1e6"},
  };

  private static final Pattern QUANTITY;

  static {
    StringBuilder alt = new StringBuilder();
    for (int i = 0; i < UNITS.length; i++) {
      alt.append(i == 0 ? "" : "|").append("(?<u").append(i).append(">").append(UNITS[i][0]);
      alt.append(")");
    }
    QUANTITY =
        Pattern.compile(
            "(?iu)" + NUM + "(?:\\s*+-\\s*+|\\s++)?(?:" + alt + ")(?![\\p{L}\\d])",
            Pattern.UNICODE_CASE);
  }

  private static final Pattern HALF_YEAR =
      Pattern.compile(
          "(?iu)(?<!\\p{L})(?:(?:ein(?:es|em)?\\s++)?halb(?:e|en|es)\\s++jahr(?:e|es)?"
              + "|half\\s++a\\s++year|half-year|six-month)(?!\\p{L})");

  // ---- frequencies: {regex, family, amount}

  private static final String[][] FREQUENCIES = {
    {
      "zweimal\\s++(?:im|pro|je)\\s++jahr|zweimal\\s++jährlich\\p{L}*+|twice\\s++(?:a|per)\\s++year"
          + "|twice\\s++yearly|twice\\s++annually",
      "months",
      "6"
    },
    {"(?:dreimal|three\\s++times)\\s++(?:im|pro|je|a|per)\\s++(?:jahr|year)", "months", "4"},
    {"(?:viermal|four\\s++times)\\s++(?:im|pro|je|a|per)\\s++(?:jahr|year)", "months", "3"},
    {
      "einmal\\s++(?:im|pro|je)\\s++jahr|einmal\\s++jährlich\\p{L}*+|jedes\\s++jahr"
          + "|once\\s++(?:a|per|every)\\s++year|every\\s++year|each\\s++year",
      "months",
      "12"
    },
    {
      "einmal\\s++(?:im|pro|je)\\s++quartal|jedes\\s++quartal|pro\\s++quartal|je\\s++quartal"
          + "|once\\s++(?:a|per|every)\\s++quarter|every\\s++quarter|each\\s++quarter"
          + "|quartalsweise|quartalsmäßig\\p{L}*+|quarterly",
      "months",
      "3"
    },
    {
      "einmal\\s++(?:im|pro|je)\\s++monat|jeden\\s++monat|once\\s++(?:a|per|every)\\s++month"
          + "|every\\s++month|each\\s++month",
      "months",
      "1"
    },
    {
      "jede\\s++woche|einmal\\s++(?:pro|je|in\\s++der)\\s++woche|once\\s++(?:a|per)\\s++week"
          + "|every\\s++week|each\\s++week",
      "exact",
      "604800"
    },
    {"jeden\\s++tag|every\\s++day|each\\s++day", "exact", "86400"},
    {
      "every\\s++other\\s++year|every\\s++second\\s++year|jedes\\s++zweite\\s++jahr|biennial(?:ly)?",
      "months",
      "24"
    },
    {"every\\s++other\\s++month|jeden\\s++zweiten\\s++monat", "months", "2"},
    {
      "(?:vierzehn|14-?)tägig\\p{L}*+|(?:vierzehn|14-?)täglich\\p{L}*+|zweiwöchentlich\\p{L}*+"
          + "|fortnightly",
      "exact",
      "1209600"
    },
    {"(?:werk|arbeits)täglich\\p{L}*+|every\\s++(?:business|working)\\s++day", "bdays", "1"},
    {"halbjährlich\\p{L}*+|semi-?annual(?:ly)?|half-?yearly|half\\s++yearly", "months", "6"},
    {"vierteljährlich\\p{L}*+", "months", "3"},
    {"zweijährlich\\p{L}*+", "months", "24"},
    {"dreijährlich\\p{L}*+", "months", "36"},
    {"zweimonatlich\\p{L}*+", "months", "2"},
    {"(?:all)?jährlich\\p{L}*+|annual(?:ly)?|yearly", "months", "12"},
    {"monatlich\\p{L}*+|monthly", "months", "1"},
    {"wöchentlich\\p{L}*+|weekly", "exact", "604800"},
    {"täglich\\p{L}*+|daily", "exact", "86400"},
    {"stündlich\\p{L}*+|hourly", "exact", "3600"},
  };

  private static final Pattern FREQUENCY;

  /** "alle 6 Monate", "every 12 months", "every two years". */
  private static final Pattern EVERY;

  static {
    StringBuilder alt = new StringBuilder();
    for (int i = 0; i < FREQUENCIES.length; i++) {
      alt.append(i == 0 ? "" : "|").append("(?<f").append(i).append(">");
      alt.append(FREQUENCIES[i][0]).append(")");
    }
    FREQUENCY = Pattern.compile("(?iu)(?<!\\p{L})(?:" + alt + ")(?!\\p{L})");
    EVERY =
        Pattern.compile(
            "(?iu)(?<!\\p{L})(?:alle|every|jede[nms]?|each)\\s++"
                + NUM
                + "\\s++(?<unit>tage|days|wochen|weeks|monate|months|jahre|years|stunden|hours"
                + "|minuten|minutes|quartale|quarters)(?!\\p{L})");
  }

  private static final Pattern AT_LEAST_BEFORE =
      Pattern.compile(
          "(?iu)(?:mindestens|wenigstens|spätestens|at\\s++least|no\\s++less\\s++(?:often\\s++)?than"
              + "|not\\s++less\\s++(?:often\\s++)?than|a\\s++minimum\\s++of)\\s*+(?:einmal\\s*+"
              + "|once\\s*+)?$");
  private static final Pattern AT_LEAST_AFTER =
      Pattern.compile(
          "(?iu)^\\s*+(?:,\\s*+)?(?:oder|or|und|and|,)\\s++(?:bei\\s++bedarf\\s++|if\\s++needed\\s++)?"
              + "(?:häufiger|öfter|more\\s++often|more\\s++frequently)");

  // ---- versions

  private static final Pattern VERSION =
      Pattern.compile(
          "(?<![\\p{L}\\d])(TLS|SSL|DTLS|AES|RSA|SHA|WPA|SMB|SNMP|SSH|IKE|HTTP|ECDSA|ECDH)"
              + "(?:v|\\s*+-\\s*+|\\s*+/\\s*+|\\s++)?v?(\\d++(?:\\.\\d++)*+)(?![\\d])");

  private static final Pattern VERSION_MORE =
      Pattern.compile(
          "(?iu)^(?:\\s*+(?:,|/|und|and|oder|or|bzw\\.|sowie|as\\s++well\\s++as)\\s*+"
              + "(?:v)?(\\d++\\.\\d++))");

  // ---- dates and times

  private static final String MONTHS =
      "januar|jänner|january|februar|february|märz|maerz|march|april|mai|may|juni|june|juli|july"
          + "|august|september|oktober|october|november|dezember|december";

  private static final Pattern ISO_DATE =
      Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern DOT_DATE =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?iu)(?<![\\d.])(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s++(?:of\\s++)?("
              + MONTHS
              + ")\\s++(\\d{4})(?!\\d)");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?iu)(?<!\\p{L})(" + MONTHS + ")\\s++(\\d{1,2})(?:st|nd|rd|th)?,?\\s++(\\d{4})(?!\\d)");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("(?iu)(?<!\\p{L})(" + MONTHS + ")\\s++(\\d{4})(?!\\d)");

  /**
   * "8 bis 18 Uhr", "8–18 Uhr", "7.30 bis 18.00 Uhr": the first time has its "Uhr" after the
   * second.
   */
  private static final Pattern CLOCK_RANGE =
      Pattern.compile(
          "(?iu)(?<![\\d.:\\p{L}])(\\d{1,2})(?:[.:](\\d{2}))?\\s*+(?:bis|-|–)\\s*+(\\d{1,2})"
              + "(?:[.:](\\d{2}))?\\s*+uhr(?!\\p{L})");

  /**
   * A time of day: "8:30", "17:00 Uhr", "8.30 Uhr", "8.30 a.m.", "5 pm". With a '.' between hours
   * and minutes only before "Uhr", "a.m." or "p.m." (alone, "7.30" is a number).
   */
  private static final Pattern CLOCK =
      Pattern.compile(
          "(?iu)(?<![\\d.:\\p{L}])(\\d{1,2})(?:[:.](\\d{2}))?(?!\\d)\\s*+(a\\.m\\.|p\\.m\\.|am|pm|uhr)"
              + "(?!\\p{L})|(?<![\\d.:\\p{L}])(\\d{1,2}):(\\d{2})(?![\\d:])");

  private static final Pattern MASKED =
      Pattern.compile(
          "(?iu)https?://\\S++|www\\.\\S++|\\S++@\\S++|\\b24\\s*+[/x×]\\s*+7(?:\\s*+/\\s*+365)?\\b"
              + "|\\b7\\s*+[x×]\\s*+24\\b|\\b365\\s*+/\\s*+24\\s*+/\\s*+7\\b");

  // ---- plain numbers

  private static final Pattern DIGITS =
      Pattern.compile(
          "(?<![\\p{L}\\d.,/:\\-])(\\d{1,3}(?:[.,]\\d{3})++(?:[.,]\\d++)?|\\d++(?:[.,]\\d++)*+)"
              + "(?![\\d])(\\p{L}*+)");

  /** Words before a number that make it part of a citation, a standard or a label. */
  private static final Pattern CITATION =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:art|artikel|article|arts|§|§§|abs|absatz|para|paragraph|lit|buchst"
              + "|buchstabe|satz|sentence|s|nr|no|nos|number|nummer|point|points|uabs|subparagraph"
              + "|recital|recitals|erwägungsgrund|erwägungsgründe|annex|anhang|anlage|kapitel"
              + "|chapter|clause|clauses|klausel|klauseln|section|sections|sec|abschnitt|ziffer"
              + "|ziff|rn|rz|eu|eg|ec|ewg|dsgvo|gdpr|ds-gvo|bdsg|ttdsg|tdddg|iso|iec|din|en|rfc"
              + "|nist|sp|bsi|c5|soc|pci|dss|fips|cve|owasp|asvs|tr|version|v|ver|level|stufe"
              + "|schutzklasse|sicherheitsstufe|schutzbedarfsklasse|klasse|class|tier|typ|type"
              + "|modul|module|kategorie|category|kat|schritt|step|phase|ebene|zone|raum|room"
              + "|gebäude|building|tel|fax|telefon|phone|seite|page|p|pp|hrb|ust-idnr|ust|decision"
              + "|beschluss|durchführungsbeschluss|regulation|verordnung|directive|richtlinie)"
              + "[.:]?\\s*+(?:\\(?(?:eu|eg|ec)\\)?\\s*+)?(?:[\\d().,/a-z\\s-]{0,12})$");

  /** Reads a text. */
  static Read read(String text, String language) {
    char[] masked = text.toCharArray();
    List<Value> out = new ArrayList<>();
    Set<String> numbers = new HashSet<>();
    collectNumbers(text, numbers);

    mask(MASKED, masked, null);
    // versions
    Matcher m = VERSION.matcher(new String(masked));
    while (m.find()) {
      String name = m.group(1);
      out.add(version(name, m.group(2), m.group(), m.start()));
      int end = m.end();
      String rest = new String(masked, end, Math.min(masked.length - end, 60));
      Matcher more = VERSION_MORE.matcher(rest);
      while (more.find() && more.start() == 0) {
        out.add(version(name, more.group(1), more.group().strip(), end + more.start(1)));
        end += more.end();
        rest = new String(masked, end, Math.min(masked.length - end, 60));
        more = VERSION_MORE.matcher(rest);
      }
      blank(masked, m.start(), end);
    }
    dates(masked, text, out);
    clocks(masked, text, language, out);
    frequencies(masked, text, language, out);
    quantities(masked, text, language, out);
    plainNumbers(masked, text, language, out);
    return new Read(out, numbers);
  }

  private static Value version(String name, String v, String shown, int start) {
    double amount = Double.parseDouble(v.replaceAll("\\.(?=.*\\.)", ""));
    String family = amount >= 100 ? "size" : "release";
    return new Value(
        "version:" + name.toUpperCase(Locale.ROOT), family, amount, shown, false, false, start);
  }

  private static void dates(char[] masked, String text, List<Value> out) {
    Matcher m = ISO_DATE.matcher(new String(masked));
    while (m.find()) {
      date(out, m, text, toInt(m.group(1)), toInt(m.group(2)), toInt(m.group(3)), masked);
    }
    m = DOT_DATE.matcher(new String(masked));
    while (m.find()) {
      date(out, m, text, toInt(m.group(3)), toInt(m.group(2)), toInt(m.group(1)), masked);
    }
    m = DAY_MONTH_YEAR.matcher(new String(masked));
    while (m.find()) {
      date(out, m, text, toInt(m.group(3)), month(m.group(2)), toInt(m.group(1)), masked);
    }
    m = MONTH_DAY_YEAR.matcher(new String(masked));
    while (m.find()) {
      date(out, m, text, toInt(m.group(3)), month(m.group(1)), toInt(m.group(2)), masked);
    }
    m = MONTH_YEAR.matcher(new String(masked));
    while (m.find()) {
      int y = toInt(m.group(2));
      out.add(
          new Value(
              "month",
              "month",
              y * 12 + month(m.group(1)),
              shown(text, m),
              false,
              false,
              m.start()));
      blank(masked, m.start(), m.end());
    }
  }

  private static void date(
      List<Value> out, Matcher m, String text, int y, int mo, int d, char[] masked) {
    try {
      LocalDate date = LocalDate.of(y, mo, d);
      out.add(
          new Value("date", "date", date.toEpochDay(), shown(text, m), false, false, m.start()));
    } catch (DateTimeException e) {
      // not a date: its numbers stay numbers
      return;
    }
    blank(masked, m.start(), m.end());
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String[][] names = {
      {"januar", "jänner", "january"},
      {"februar", "february"},
      {"märz", "maerz", "march"},
      {"april"},
      {"mai", "may"},
      {"juni", "june"},
      {"juli", "july"},
      {"august"},
      {"september"},
      {"oktober", "october"},
      {"november"},
      {"dezember", "december"}
    };
    for (int i = 0; i < names.length; i++) {
      for (String x : names[i]) {
        if (x.equals(n)) {
          return i + 1;
        }
      }
    }
    return 1;
  }

  private static void clocks(char[] masked, String text, String language, List<Value> out) {
    Matcher r = CLOCK_RANGE.matcher(new String(masked));
    while (r.find()) {
      int from = toInt(r.group(1));
      int fromMin = r.group(2) == null ? 0 : toInt(r.group(2));
      int to = toInt(r.group(3));
      int toMin = r.group(4) == null ? 0 : toInt(r.group(4));
      if (from <= 24 && to <= 24 && fromMin <= 59 && toMin <= 59) {
        out.add(
            new Value(
                "clock",
                "clock",
                from * 60 + fromMin,
                text.substring(r.start(), r.end(2) < 0 ? r.end(1) : r.end(2)),
                false,
                false,
                r.start()));
        out.add(
            new Value(
                "clock",
                "clock",
                to * 60 + toMin,
                text.substring(r.start(3), r.end()),
                false,
                false,
                r.start(3)));
        blank(masked, r.start(), r.end());
      }
    }
    Matcher m = CLOCK.matcher(new String(masked));
    while (m.find()) {
      int h;
      int min;
      if (m.group(1) != null
          && !m.group(3).equalsIgnoreCase("uhr")
          && language != null
          && !language.startsWith("en")) {
        // "2 am Standort" is German, not a time
        continue;
      }
      if (m.group(1) != null) {
        h = toInt(m.group(1));
        min = m.group(2) == null ? 0 : toInt(m.group(2));
        String suffix = m.group(3).toLowerCase(Locale.ROOT).replace(".", "");
        if (suffix.equals("pm") && h < 12) {
          h += 12;
        } else if (suffix.equals("am") && h == 12) {
          h = 0;
        }
      } else {
        h = toInt(m.group(4));
        min = toInt(m.group(5));
      }
      if (h > 24 || min > 59) {
        continue;
      }
      out.add(new Value("clock", "clock", h * 60 + min, shown(text, m), false, false, m.start()));
      blank(masked, m.start(), m.end());
    }
  }

  private static void frequencies(char[] masked, String text, String language, List<Value> out) {
    Matcher m = EVERY.matcher(new String(masked));
    while (m.find()) {
      Double n = number(m.group(1), language);
      if (n == null) {
        continue;
      }
      String unit = m.group("unit").toLowerCase(Locale.ROOT);
      String family = "exact";
      double factor;
      if (unit.startsWith("monat") || unit.startsWith("month")) {
        family = "months";
        factor = 1;
      } else if (unit.startsWith("jahr") || unit.startsWith("year")) {
        family = "months";
        factor = 12;
      } else if (unit.startsWith("quart")) {
        family = "months";
        factor = 3;
      } else if (unit.startsWith("woche") || unit.startsWith("week")) {
        factor = 604800;
      } else if (unit.startsWith("stunde") || unit.startsWith("hour")) {
        factor = 3600;
      } else if (unit.startsWith("minute")) {
        factor = 60;
      } else {
        factor = 86400;
      }
      out.add(frequency(text, m, family, n * factor, false));
      blank(masked, m.start(), m.end());
    }
    m = FREQUENCY.matcher(new String(masked));
    while (m.find()) {
      for (int i = 0; i < FREQUENCIES.length; i++) {
        if (m.group("f" + i) != null) {
          out.add(
              frequency(text, m, FREQUENCIES[i][1], Double.parseDouble(FREQUENCIES[i][2]), false));
          break;
        }
      }
      blank(masked, m.start(), m.end());
    }
  }

  private static Value frequency(String text, Matcher m, String family, double amount, boolean w) {
    String before = text.substring(Math.max(0, m.start() - 30), m.start());
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
    boolean atLeast =
        AT_LEAST_BEFORE.matcher(before).find() || AT_LEAST_AFTER.matcher(after).find();
    return new Value("frequency", family, amount, shown(text, m), w, atLeast, m.start());
  }

  private static void quantities(char[] masked, String text, String language, List<Value> out) {
    Matcher h = HALF_YEAR.matcher(new String(masked));
    while (h.find()) {
      out.add(new Value("duration", "months", 6, shown(text, h), false, false, h.start()));
      blank(masked, h.start(), h.end());
    }
    Matcher m = QUANTITY.matcher(new String(masked));
    while (m.find()) {
      Double n = number(m.group(1), language);
      if (n == null) {
        continue;
      }
      for (int i = 0; i < UNITS.length; i++) {
        if (m.group("u" + i) != null) {
          boolean weak = ARTICLES.contains(m.group(1).toLowerCase(Locale.ROOT));
          out.add(
              new Value(
                  UNITS[i][1],
                  UNITS[i][2],
                  n * Double.parseDouble(UNITS[i][3]),
                  shown(text, m),
                  weak,
                  false,
                  m.start()));
          break;
        }
      }
      blank(masked, m.start(), m.end());
    }
  }

  private static void plainNumbers(char[] masked, String text, String language, List<Value> out) {
    String s = new String(masked);
    Matcher m = DIGITS.matcher(s);
    while (m.find()) {
      String suffix = m.group(2).toLowerCase(Locale.ROOT);
      if (!suffix.isEmpty() && !suffix.matches("st|nd|rd|th|te|ten|ter|tes|ste|sten")) {
        continue;
      }
      String before = s.substring(Math.max(0, m.start() - 40), m.start());
      int semi = before.lastIndexOf(';');
      if (semi >= 0) {
        before = before.substring(semi + 1);
      }
      if (CITATION.matcher(before).find()) {
        continue;
      }
      for (String v : candidates(m.group(1), language)) {
        out.add(
            new Value(
                "number",
                "number",
                Double.parseDouble(v),
                shown(text, m),
                false,
                false,
                m.start()));
        break;
      }
    }
  }

  /** The values a digit string can stand for: one for German or English, both otherwise. */
  static List<String> candidates(String digits, String language) {
    List<String> out = new ArrayList<>();
    boolean de = language != null && !language.startsWith("en");
    boolean en = language == null || !de;
    if (digits.matches("\\d{1,3}(?:\\.\\d{3})++(?:,\\d++)?") && de) {
      out.add(normal(digits.replace(".", "").replace(',', '.')));
    } else if (digits.matches("\\d{1,3}(?:,\\d{3})++(?:\\.\\d++)?") && en) {
      out.add(normal(digits.replace(",", "")));
    } else if (digits.matches("\\d++,\\d++")) {
      out.add(normal(digits.replace(',', '.')));
    } else if (digits.matches("\\d++(?:\\.\\d++)?")) {
      out.add(normal(digits));
    } else {
      // a dotted number such as 4.2.1 or 1.000.000,5 in an unexpected language: its parts
      for (String part : digits.split("[.,]")) {
        out.add(normal(part));
      }
    }
    return out;
  }

  private static String normal(String decimal) {
    try {
      return new BigDecimal(decimal).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return decimal;
    }
  }

  /** A number's value, written as digits or a word; null when it is not one. */
  static Double number(String s, String language) {
    String w = s.toLowerCase(Locale.ROOT);
    if (ARTICLES.contains(w)) {
      return 1.0;
    }
    Integer n = NUMBER_WORDS.get(w);
    if (n != null) {
      return n.doubleValue();
    }
    List<String> c = candidates(s, language);
    if (c.size() != 1) {
      return null;
    }
    try {
      return Double.parseDouble(c.get(0));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static final Pattern ANY_DIGITS = Pattern.compile("\\d++(?:[.,]\\d++)*+");
  private static final Pattern WORDS = Pattern.compile("\\p{L}++");

  /** Every number of a text in any form, normalised: what a value of another language may be. */
  private static void collectNumbers(String text, Set<String> numbers) {
    Matcher m = ANY_DIGITS.matcher(text);
    while (m.find()) {
      for (String lang : new String[] {"de", "en"}) {
        numbers.addAll(candidates(m.group(), lang));
      }
      for (String part : m.group().split("[.,]")) {
        numbers.add(normal(part));
      }
    }
    Matcher w = WORDS.matcher(text);
    while (w.find()) {
      String word = w.group().toLowerCase(Locale.ROOT);
      if (ARTICLES.contains(word)) {
        numbers.add("1");
      }
      Integer like = NUMBER_LIKE.get(word);
      if (like != null) {
        numbers.add(like.toString());
      }
      for (Map.Entry<String, Integer> e : NUMBER_WORDS.entrySet()) {
        if (word.startsWith(e.getKey())) {
          numbers.add(e.getValue().toString());
        }
      }
    }
  }

  private static String shown(String text, Matcher m) {
    return text.substring(m.start(), m.end()).strip();
  }

  private static int toInt(String s) {
    return Integer.parseInt(s);
  }

  private static void mask(Pattern p, char[] masked, List<Value> unused) {
    Matcher m = p.matcher(new String(masked));
    while (m.find()) {
      blank(masked, m.start(), m.end());
    }
  }

  private static void blank(char[] masked, int from, int to) {
    for (int i = from; i < to && i < masked.length; i++) {
      masked[i] = ' ';
    }
  }
}
