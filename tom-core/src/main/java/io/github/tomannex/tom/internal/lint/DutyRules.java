package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.MeasureStatus;
import io.github.tomannex.tom.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DUTY: what a processor's annex must promise the controller (Art. 28(3) GDPR). A duty may be
 * written in any measure or in the document's own texts (preamble, closing, review statement,
 * section intros), so the rules that look for a missing duty read all of them; a planned or
 * not-applicable measure promises nothing yet and does not count.
 */
final class DutyRules {
  private DutyRules() {}

  /** A text that can hold a promise: an implemented measure's, or one of the document's own. */
  record Promise(Context.Item item, Measure measure) {}

  /** Which texts can hold a promise: implemented measures, preamble, closing, review, intros. */
  static List<Promise> promises(Context ctx) {
    List<Promise> out = new ArrayList<>();
    Map<Text, Measure> byText = new java.util.IdentityHashMap<>();
    for (Measure m : ctx.catalogue.measures()) {
      byText.put(m.text(), m);
    }
    for (Context.Item item : ctx.allTexts()) {
      Measure m = byText.get(item.text());
      if (m != null) {
        if (m.status() == MeasureStatus.IMPLEMENTED && item.what().startsWith("the text of")) {
          out.add(new Promise(item, m));
        }
      } else if (documentText(item.what())) {
        out.add(new Promise(item, null));
      }
    }
    return out;
  }

  private static boolean documentText(String what) {
    return what.equals("document.preamble")
        || what.equals("document.closing")
        || what.equals("review.statement")
        || what.startsWith("the intro of section");
  }

  /** The languages of a text, the binding one first (a value without language: ""). */
  static List<String> bindingFirst(Context ctx, Text t) {
    List<String> out = new ArrayList<>();
    if (t.values().containsKey(ctx.binding())) {
      out.add(ctx.binding());
    }
    for (String lang : t.values().keySet()) {
      if (!out.contains(lang)) {
        out.add(lang);
      }
    }
    return out;
  }

  /**
   * A sentence ends at '.', '!' or '?' before a capital letter or the end of the text, at a blank
   * line, or before a list item.
   */
  private static final Pattern SENTENCE_END =
      Pattern.compile(
          "[.!?](?=\\s++\\p{Lu}|\\s*+$)|\\n[ \\t]*+\\n|\\n(?=[ \\t]*+(?:[-*+]|\\d++[.)])[ \\t])");

  /** A clause ends at one of these followed by white space, or a line break. */
  private static final Pattern CLAUSE_END = Pattern.compile("[.;!?:](?=\\s|$)|\\n");

  /** The sentences of a text. */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text);
    int start = 0;
    while (m.find()) {
      out.add(text.substring(start, m.end()));
      start = m.end();
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** The clauses of a text: sentences split further at ';', ':' and line breaks. */
  static List<String> clauses(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = CLAUSE_END.matcher(text);
    int start = 0;
    while (m.find()) {
      out.add(text.substring(start, m.start()));
      start = m.end();
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /**
   * Whether a clause of the text holds a term of {@code list} and none of {@code without}: "die
   * Zustimmung des Auftraggebers" counts, "ohne Zustimmung des Auftraggebers" does not.
   */
  static boolean inAClauseWithout(
      WordLists.WordList list, WordLists.WordList without, String text, String lang) {
    String l = Context.language(lang);
    if (!list.matches(text, l)) {
      return false;
    }
    for (String clause : clauses(text)) {
      if (list.matches(clause, l) && !without.matches(clause, l)) {
        return true;
      }
    }
    return false;
  }

  /** Whether any language of a text matches the list. */
  static boolean any(WordLists.WordList list, Text t) {
    for (Map.Entry<String, String> e : t.values().entrySet()) {
      if (list.matches(e.getValue(), Context.language(e.getKey()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether any of the promises matches the list, in any language. */
  static boolean anyPromise(WordLists.WordList list, List<Promise> promises) {
    for (Promise p : promises) {
      if (any(list, p.item().text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * DUTY-001: a measure describes the controller's duties ("selection of the processor",
   * "instructions to the processor"), which the processor cannot promise. "The contractor" counts
   * only where the text does not speak of sub-processors: then it is the processor's own control of
   * its sub-processors, a real measure (Art. 28(2), (4)).
   */
  static final class ControllerPerspective implements LintRule {
    @Override
    public void check(Context ctx) {
      WordLists.WordList processor = ctx.words.list("controller-perspective");
      WordLists.WordList contractor = ctx.words.list("controller-perspective-contractor");
      WordLists.WordList sub = ctx.words.list("sub-processor-words");
      for (Context.Item item : ctx.measureTexts()) {
        Text t = item.text();
        boolean subProcessors = any(sub, t);
        for (String lang : bindingFirst(ctx, t)) {
          String text = t.values().get(lang);
          String l = Context.language(lang);
          Set<String> found = new LinkedHashSet<>();
          processor.findAll(text, l).forEach(f -> found.add("'" + f.text() + "'"));
          if (!subProcessors) {
            contractor.findAll(text, l).forEach(f -> found.add("'" + f.text() + "'"));
          }
          if (!found.isEmpty()) {
            ctx.report(
                item.at(lang),
                item.what() + Context.in(lang) + " " + ctx.message(String.join(", ", found)),
                ctx.hint().orElse(null));
            break;
          }
        }
      }
    }
  }

  /** DUTY-002: deletion or return at the end of the service (Art. 28(3)(g)). */
  static final class DeletionOrReturn implements LintRule {
    @Override
    public void check(Context ctx) {
      WordLists.WordList end = ctx.words.list("end-of-service");
      WordLists.WordList deletion = ctx.words.list("deletion");
      WordLists.WordList ret = ctx.words.list("return");
      WordLists.WordList choice = ctx.words.list("controller-choice");
      WordLists.WordList deadline = ctx.words.list("deadline");
      WordLists.WordList backups = ctx.words.list("backups");
      List<Promise> clauses = new ArrayList<>();
      boolean hasReturn = false;
      boolean hasChoice = false;
      boolean hasDeadline = false;
      boolean hasBackups = false;
      for (Promise p : promises(ctx)) {
        boolean clause = false;
        for (Map.Entry<String, String> e : p.item().text().values().entrySet()) {
          String l = Context.language(e.getKey());
          String v = e.getValue();
          if (end.matches(v, l) && (deletion.matches(v, l) || ret.matches(v, l))) {
            clause = true;
            hasReturn |= ret.matches(v, l);
            hasChoice |= choice.matches(v, l);
            hasDeadline |= deadline.matches(v, l);
            hasBackups |= backups.matches(v, l);
          }
        }
        if (clause) {
          clauses.add(p);
        }
      }
      if (clauses.isEmpty()) {
        ctx.report(
            ctx.at.top("measures"),
            "no measure or text of the annex says what happens to the controller's data at the end"
                + " of the service; expected deletion or return at the controller's choice, with a"
                + " deadline and what happens to backups (Art. 28(3)(g) GDPR)",
            "add a measure, for example of category data-lifecycle: 'After the end of the service"
                + " all data are returned or deleted within 30 days, at the controller's choice;"
                + " copies in backups are overwritten within 30 days'");
        return;
      }
      List<String> missing = new ArrayList<>();
      if (!hasReturn) {
        missing.add("return of the data at the controller's choice (it speaks only of deletion)");
      } else if (!hasChoice) {
        missing.add("that the controller chooses between return and deletion");
      }
      if (!hasDeadline) {
        missing.add("a deadline");
      }
      if (!hasBackups) {
        missing.add("what happens to copies in backups");
      }
      if (missing.isEmpty()) {
        return;
      }
      Promise first = clauses.get(0);
      String lang = bindingFirst(ctx, first.item().text()).get(0);
      ctx.report(
          first.item().at(lang),
          first.item().what()
              + " speaks of the data at the end of the service but lacks "
              + String.join("; ", missing)
              + " (Art. 28(3)(g) GDPR)",
          "for example: 'After the end of the service all data are returned or deleted within 30"
              + " days, at the controller's choice; copies in backups are overwritten within 30"
              + " days, unless Union or Member State law requires storage'");
    }
  }

  /** DUTY-003: breach notification to the controller, well within its own 72 hours. */
  static final class BreachNotification implements LintRule {
    private static final Pattern DIGITS = Pattern.compile("\\d++");

    private static final Map<String, Integer> NUMBER_WORDS =
        Map.ofEntries(
            Map.entry("ein", 1),
            Map.entry("eine", 1),
            Map.entry("einem", 1),
            Map.entry("einen", 1),
            Map.entry("einer", 1),
            Map.entry("eines", 1),
            Map.entry("one", 1),
            Map.entry("zwei", 2),
            Map.entry("two", 2),
            Map.entry("drei", 3),
            Map.entry("three", 3),
            Map.entry("vier", 4),
            Map.entry("four", 4),
            Map.entry("fünf", 5),
            Map.entry("five", 5),
            Map.entry("sechs", 6),
            Map.entry("six", 6),
            Map.entry("acht", 8),
            Map.entry("eight", 8),
            Map.entry("zwölf", 12),
            Map.entry("twelve", 12),
            Map.entry("vierundzwanzig", 24),
            Map.entry("twenty-four", 24),
            Map.entry("achtundvierzig", 48),
            Map.entry("forty-eight", 48),
            Map.entry("zweiundsiebzig", 72),
            Map.entry("seventy-two", 72));

    /** A limit found in a text: the words and the hours they mean. */
    record Limit(String text, int hours) {}

    /** The shortest time limit of a text, in hours, if it states one. */
    static Optional<Limit> limit(WordLists.WordList limits, String text, String lang) {
      Limit best = null;
      for (WordLists.Found f : limits.findAll(text, lang)) {
        String s = f.text().toLowerCase(Locale.ROOT);
        Matcher d = DIGITS.matcher(s);
        Integer n = d.find() ? Integer.valueOf(safe(d.group())) : null;
        if (n == null) {
          String first = s.split("\\s+")[0];
          n = NUMBER_WORDS.get(first);
        }
        if (n == null) {
          continue;
        }
        boolean days = s.contains("tag") || s.contains("day");
        int hours = days ? (int) Math.min(Integer.MAX_VALUE, n * 24L) : n;
        if (best == null || hours < best.hours()) {
          best = new Limit(f.text(), hours);
        }
      }
      return Optional.ofNullable(best);
    }

    private static int safe(String digits) {
      return digits.length() > 6 ? 999_999 : Integer.parseInt(digits);
    }

    /** A sentence about telling someone of a breach that does not promise enough. */
    private record Problem(Context.Item item, String lang, String message, boolean weak) {}

    @Override
    public void check(Context ctx) {
      WordLists.WordList breach = ctx.words.list("breach");
      WordLists.WordList notify = ctx.words.list("notify");
      WordLists.WordList controller = ctx.words.list("notify-controller");
      WordLists.WordList authority = ctx.words.list("notify-authority");
      WordLists.WordList limits = ctx.words.list("breach-time-limit");
      List<Problem> problems = new ArrayList<>();
      for (Promise p : promises(ctx)) {
        Text t = p.item().text();
        Problem problem = null;
        for (String lang : bindingFirst(ctx, t)) {
          String l = Context.language(lang);
          for (String s : sentences(t.values().get(lang))) {
            if (!breach.matches(s, l) || !notify.matches(s, l)) {
              continue;
            }
            boolean toController = controller.matches(s, l);
            boolean toAuthority = authority.matches(s, l);
            Optional<Limit> limit = limit(limits, s, l);
            Problem found;
            if (limit.isPresent() && limit.get().hours() >= 72) {
              found =
                  new Problem(
                      p.item(),
                      lang,
                      "gives '"
                          + limit.get().text()
                          + "' to report a breach: that uses up the 72 hours the controller has"
                          + " for notifying the supervisory authority",
                      false);
            } else if (toAuthority && !toController) {
              found =
                  new Problem(
                      p.item(),
                      lang,
                      "speaks of reporting breaches to the supervisory authority, not of notifying"
                          + " the controller; the processor notifies the controller, who notifies"
                          + " the authority",
                      false);
            } else if (limit.isEmpty()) {
              found =
                  new Problem(
                      p.item(),
                      lang,
                      toController
                          ? "says breaches are reported to the controller but gives no time limit"
                              + " in hours; 'without undue delay' alone leaves the controller unsure"
                              + " how much of its own 72 hours remain"
                          : "says breaches are reported, but not that the controller is notified,"
                              + " nor within what time",
                      !toController);
            } else if (toController) {
              return; // a notification to the controller within less than 72 hours
            } else {
              continue; // an internal report with a short limit: neither the duty nor a problem
            }
            if (problem == null || (problem.weak() && !found.weak())) {
              problem = found;
            }
          }
        }
        if (problem != null) {
          problems.add(problem);
        }
      }
      if (problems.isEmpty()) {
        ctx.report(
            ctx.at.top("measures"),
            "no measure or text of the annex says that the processor notifies the controller of a"
                + " personal data breach, and within what time (Art. 33(2), 28(3)(f) GDPR)",
            ctx.hint().orElse(null));
        return;
      }
      boolean strong = problems.stream().anyMatch(p -> !p.weak());
      for (Problem p : problems) {
        if (strong && p.weak()) {
          continue; // an internal report without limit, beside a real problem: not worth a finding
        }
        ctx.report(
            p.item().at(p.lang()),
            p.item().what() + Context.in(p.lang()) + " " + p.message(),
            ctx.hint().orElse(null));
      }
    }
  }

  /** DUTY-004: assistance with data-subject requests and with Art. 32 to 36. */
  static final class Assistance implements LintRule {
    @Override
    public void check(Context ctx) {
      List<Promise> promises = promises(ctx);
      boolean requests =
          anyPromise(ctx.words.list("data-subject-requests"), promises)
              || promises.stream()
                  .anyMatch(
                      p ->
                          p.measure() != null
                              && p.measure().category().equals("data-subject-support"));
      boolean art32to36 = anyPromise(ctx.words.list("art32-36-assistance"), promises);
      List<String> missing = new ArrayList<>();
      if (!requests) {
        missing.add("with requests of data subjects (Art. 28(3)(e) GDPR)");
      }
      if (!art32to36) {
        missing.add(
            "with the controller's obligations under Art. 32 to 36, such as a data protection"
                + " impact assessment or prior consultation (Art. 28(3)(f) GDPR)");
      }
      if (!missing.isEmpty()) {
        ctx.report(
            ctx.at.top("measures"),
            "the annex does not say how the processor assists the controller "
                + String.join(", nor ", missing),
            ctx.hint().orElse(null));
      }
    }
  }

  /** DUTY-005: how the controller can verify the measures: certificates, reports, audits. */
  static final class Verification implements LintRule {
    @Override
    public void check(Context ctx) {
      if (!ctx.catalogue.certificates().isEmpty()) {
        return;
      }
      List<Promise> promises = promises(ctx);
      if (anyPromise(ctx.words.list("verification"), promises)
          || promises.stream()
              .anyMatch(
                  p -> p.measure() != null && p.measure().category().equals("certification"))) {
        return;
      }
      ctx.report(
          ctx.at.top("measures"),
          "the annex gives the controller no way to verify the measures: no certificate, audit"
              + " report, and no audit or inspection by the controller (Art. 28(3)(h) GDPR)",
          ctx.hint().orElse(null));
    }
  }

  /**
   * DUTY-006: "the current version at URL applies" without saying which version binds and how a
   * change reaches the controller.
   */
  static final class DynamicReference implements LintRule {
    @Override
    public void check(Context ctx) {
      WordLists.WordList dynamic = ctx.words.list("dynamic-reference");
      WordLists.WordList notice = ctx.words.list("change-notice");
      WordLists.WordList noConsent = ctx.words.list("no-consent");
      List<Context.Item> items = new ArrayList<>();
      for (Context.Item item : ctx.allTexts()) {
        if (documentText(item.what()) || item.what().startsWith("the text of measure")) {
          items.add(item);
        }
      }
      for (Context.Item item : items) {
        Text t = item.text();
        for (String lang : bindingFirst(ctx, t)) {
          String l = Context.language(lang);
          String v = t.values().get(lang);
          Optional<WordLists.Found> found = dynamic.find(v, l);
          if (found.isEmpty()) {
            continue;
          }
          boolean refused = noConsent.matches(v, l);
          boolean noticed = notice.matches(v, l);
          if (noticed && !refused) {
            break;
          }
          ctx.report(
              item.at(lang),
              item.what()
                  + Context.in(lang)
                  + " refers to '"
                  + found.get().text()
                  + "'"
                  + (refused
                      ? " and lets it change without the controller's consent or notice"
                      : " without saying how a change is notified to the controller")
                  + "; the controller must be able to rely on a fixed content (Art. 28(3)(a),"
                  + " 28(9) GDPR)",
              ctx.hint().orElse(null));
          break;
        }
      }
    }
  }
}
