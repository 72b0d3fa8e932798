package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.Review;
import io.github.tomannex.tom.Text;
import io.github.tomannex.tom.internal.lint.Quantities.Read;
import io.github.tomannex.tom.internal.lint.Quantities.Value;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** TRANS: the language versions of a text state the same values. */
final class TranslationRules {
  private TranslationRules() {}

  /** Whether a rule reports the pairs it is sure of, or the values it cannot pair. */
  enum Certainty {
    CERTAIN,
    UNCERTAIN
  }

  /** A difference between the reference language and a translation. */
  record Difference(boolean certain, String reference, Value inReference, Value inTranslation) {}

  /**
   * The differences between a text in the reference language and its translation: values paired
   * with certainty that differ, then values of either side that have no counterpart.
   */
  static List<Difference> compare(String refLang, String ref, String lang, String translation) {
    Read a = Quantities.read(ref, refLang);
    Read b = Quantities.read(translation, lang);
    List<Value> ua = new ArrayList<>(a.values());
    List<Value> ub = new ArrayList<>(b.values());
    // 1. the same value in the same family
    pair(ua, ub, true);
    // 2. the same value across families (24 Stunden / one day; 30 Tage / one month)
    pair(ua, ub, false);
    // 3. a frequency and a duration of the same length ("alle 30 Tage" / "intervals of 30 days")
    pairAcross(ua, ub);
    List<Difference> out = new ArrayList<>();
    // 3. exactly one strong value of a kind and family left on each side, and as many values of
    // that kind and family on both sides: the two say the same thing differently
    Map<String, List<Value>> byA = group(ua);
    Map<String, List<Value>> byB = group(ub);
    for (Map.Entry<String, List<Value>> e : byA.entrySet()) {
      List<Value> other = byB.get(e.getKey());
      if (other == null || e.getValue().size() != 1 || other.size() != 1) {
        continue;
      }
      Value va = e.getValue().get(0);
      Value vb = other.get(0);
      if (va.weak()
          || vb.weak()
          || va.kind().equals("number")
          || count(a.values(), va) != count(b.values(), vb)) {
        continue;
      }
      out.add(new Difference(true, refLang, va, vb));
      ua.remove(va);
      ub.remove(vb);
    }
    // 4. what is left and strong, unless the other side has the number in some form
    for (Value v : ua) {
      if (!v.weak() && !adjective(v) && !mentioned(v, b)) {
        out.add(new Difference(false, refLang, v, null));
      }
    }
    for (Value v : ub) {
      if (!v.weak() && !adjective(v) && !mentioned(v, a)) {
        out.add(new Difference(false, refLang, null, v));
      }
    }
    return out;
  }

  /**
   * Whether the other text has this value's number in any form: only for plain numbers, a plain
   * number of one text may be a count the other writes as a word ("2 Rechenzentren" / "two data
   * centres") or inside a compound.
   */
  private static boolean mentioned(Value v, Read other) {
    if (!v.kind().equals("number")) {
      return false;
    }
    return other.numbers().contains(Quantities.plain(v.amount()));
  }

  private static final Pattern ADJECTIVE =
      Pattern.compile("(?iu)annual|semi-?annual|biennial|\\p{L}*jährlich(?:e|en|er|es|em)");

  /**
   * "annual average", "jährliche Berichte": a frequency as an adjective is often translated by a
   * noun ("Jahresmittel"); unpaired, it is not reported.
   */
  private static boolean adjective(Value v) {
    return v.kind().equals("frequency") && ADJECTIVE.matcher(v.shown()).matches();
  }

  private static void pair(List<Value> ua, List<Value> ub, boolean sameFamily) {
    for (int i = 0; i < ua.size(); i++) {
      Value va = ua.get(i);
      for (int j = 0; j < ub.size(); j++) {
        Value vb = ub.get(j);
        if ((va.family().equals(vb.family()) == sameFamily) && va.same(vb)) {
          ua.remove(i--);
          ub.remove(j);
          break;
        }
      }
    }
  }

  private static void pairAcross(List<Value> ua, List<Value> ub) {
    for (int i = 0; i < ua.size(); i++) {
      Value va = ua.get(i);
      for (int j = 0; j < ub.size(); j++) {
        Value vb = ub.get(j);
        boolean kinds =
            va.kind().equals("frequency") && vb.kind().equals("duration")
                || va.kind().equals("duration") && vb.kind().equals("frequency");
        if (kinds
            && Math.abs(Quantities.days(va) - Quantities.days(vb))
                <= 0.035 * Math.max(Quantities.days(va), Quantities.days(vb))) {
          ua.remove(i--);
          ub.remove(j);
          break;
        }
      }
    }
  }

  private static Map<String, List<Value>> group(List<Value> values) {
    Map<String, List<Value>> out = new LinkedHashMap<>();
    for (Value v : values) {
      out.computeIfAbsent(v.kind() + "/" + v.family(), k -> new ArrayList<>()).add(v);
    }
    return out;
  }

  private static long count(List<Value> all, Value v) {
    return all.stream()
        .filter(x -> x.kind().equals(v.kind()) && x.family().equals(v.family()))
        .count();
  }

  /** TRANS-001 (certain) and TRANS-002 (uncertain): the language versions of a text disagree. */
  static final class Disagree implements LintRule {
    private final Certainty certainty;

    Disagree(Certainty certainty) {
      this.certainty = certainty;
    }

    @Override
    public void check(Context ctx) {
      for (Context.Item item : ctx.allTexts()) {
        Map<String, String> values = item.text().values();
        if (values.size() < 2 || values.containsKey("")) {
          continue;
        }
        String refLang =
            values.containsKey(ctx.binding()) ? ctx.binding() : values.keySet().iterator().next();
        String ref = values.get(refLang);
        for (Map.Entry<String, String> t : values.entrySet()) {
          if (t.getKey().equals(refLang) || t.getValue().equals(ref)) {
            continue;
          }
          // a value the text states twice ("TLS 1.2 … TLS 1.2") is reported once
          java.util.Set<String> said = new java.util.HashSet<>();
          for (Difference d : compare(refLang, ref, t.getKey(), t.getValue())) {
            if (d.certain() != (certainty == Certainty.CERTAIN)) {
              continue;
            }
            String message = message(item.what(), d, t.getKey());
            if (said.add(message)) {
              ctx.report(item.at(t.getKey()), message, hint(d));
            }
          }
        }
      }
    }

    private static String message(String what, Difference d, String lang) {
      String ref = d.reference();
      if (d.certain()) {
        return what
            + " ("
            + lang
            + ") says '"
            + d.inTranslation().shown()
            + "' where the "
            + ref
            + " text says '"
            + d.inReference().shown()
            + "'; expected the same "
            + kind(d.inReference())
            + " in every language";
      }
      if (d.inReference() != null) {
        return what
            + " ("
            + lang
            + "): the "
            + ref
            + " text says '"
            + d.inReference().shown()
            + "', and the "
            + lang
            + " text has no such "
            + kind(d.inReference())
            + "; is the translation complete?";
      }
      return what
          + " ("
          + lang
          + ") says '"
          + d.inTranslation().shown()
          + "', and the "
          + ref
          + " text has no such "
          + kind(d.inTranslation())
          + "; is the translation right?";
    }

    private static String hint(Difference d) {
      return d.certain()
          ? "correct the translation (or the " + d.reference() + " text) so both state the same"
          : "state the same values in every language";
    }
  }

  static String kind(Value v) {
    String k = v.kind();
    if (k.startsWith("version:")) {
      return k.substring("version:".length()) + " version";
    }
    return switch (k) {
      case "duration" -> "duration";
      case "frequency" -> "frequency";
      case "percent" -> "percentage";
      case "chars" -> "number of characters";
      case "bits" -> "number of bits";
      case "attempts" -> "number of attempts";
      case "copies" -> "number of copies";
      case "bytes" -> "size";
      case "date", "month" -> "date";
      case "clock" -> "time";
      default -> "number";
    };
  }

  // ---- TRANS-003

  private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?;])\\s++(?=\\p{Lu})|\\n");
  private static final Pattern REVIEW_VERB =
      Pattern.compile(
          "(?iu)überprüf|prüf|review|evaluier|evaluat|bewert|assess|aktualisier|update"
              + "|überarbeit|revis|audit");
  private static final Pattern REVIEW_OBJECT =
      Pattern.compile(
          "(?iu)maßnahmen|massnahmen|(?<!\\p{L})toms?(?!\\p{L})|measures|anlage|annex"
              + "|sicherheitskonzept|security concept");

  /** TRANS-003: a stated review frequency contradicts {@code review.interval}. */
  static final class ReviewFrequency implements LintRule {
    @Override
    public void check(Context ctx) {
      Review r = ctx.catalogue.review();
      Value interval = interval(r.interval());
      r.statement().ifPresent(t -> check(ctx, "review.statement", t, interval, false));
      ctx.catalogue
          .document()
          .preamble()
          .ifPresent(t -> check(ctx, "document.preamble", t, interval, true));
      ctx.catalogue
          .document()
          .closing()
          .ifPresent(t -> check(ctx, "document.closing", t, interval, true));
      for (Measure m : ctx.catalogue.measures()) {
        if (m.category().equals("review-evaluation")) {
          check(ctx, "the text of measure '" + m.id() + "'", m.text(), interval, true);
        }
      }
    }

    private static void check(
        Context ctx, String what, Text text, Value interval, boolean needsObject) {
      for (Map.Entry<String, String> t : text.values().entrySet()) {
        Optional<Value> bad = contradiction(t.getValue(), t.getKey(), interval, needsObject);
        bad.ifPresent(
            v ->
                ctx.report(
                    ctx.at.text(text, t.getKey()),
                    what
                        + Context.in(t.getKey())
                        + " says the measures are reviewed '"
                        + v.shown()
                        + "' (every "
                        + v.describe()
                        + (v.atLeast() ? " at the longest" : "")
                        + "), but 'review.interval' is "
                        + ctx.catalogue.review().interval()
                        + " (every "
                        + interval.describe()
                        + "); expected the same interval",
                    "make 'review.interval' and the text state the interval that was agreed"));
      }
    }
  }

  /** A stated review frequency of the text that contradicts the interval, if there is one. */
  static Optional<Value> contradiction(
      String text, String lang, Value interval, boolean needsObject) {
    Read read = Quantities.read(text, Context.language(lang));
    // a sentence that states the agreed interval names other frequencies for other things ("once
    // a year …, on the basis of the quarterly restore tests"): only a sentence without it counts
    Map<String, List<Value>> bySentence = new java.util.LinkedHashMap<>();
    for (Value v : read.values()) {
      if (!v.kind().equals("frequency")) {
        continue;
      }
      String sentence = sentence(text, v.start());
      if (!REVIEW_VERB.matcher(sentence).find()
          || (needsObject && !REVIEW_OBJECT.matcher(sentence).find())) {
        continue;
      }
      bySentence.computeIfAbsent(sentence, k -> new ArrayList<>()).add(v);
    }
    for (List<Value> values : bySentence.values()) {
      Optional<Value> first = Optional.empty();
      boolean agreed = false;
      for (Value v : values) {
        boolean contradicts =
            v.atLeast()
                ? Quantities.days(interval) > Quantities.days(v) * 1.035
                : !interval.same(v);
        agreed |= !contradicts;
        if (contradicts && first.isEmpty()) {
          first = Optional.of(v);
        }
      }
      if (!agreed && first.isPresent()) {
        return first;
      }
    }
    return Optional.empty();
  }

  private static String sentence(String text, int at) {
    var m = SENTENCE.matcher(text);
    int start = 0;
    int end = text.length();
    while (m.find()) {
      if (m.start() < at) {
        start = m.end();
      } else {
        end = m.start();
        break;
      }
    }
    return text.substring(start, end);
  }

  /** The review interval as a frequency. */
  static Value interval(Period p) {
    if (p.getDays() == 0) {
      return new Value("frequency", "months", p.toTotalMonths(), p.toString(), false, false, 0);
    }
    double seconds = (p.toTotalMonths() * 30.4375 + p.getDays()) * 86400;
    return new Value("frequency", "exact", seconds, p.toString(), false, false, 0);
  }
}
