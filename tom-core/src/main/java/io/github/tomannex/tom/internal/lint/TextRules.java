package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.MeasureStatus;
import io.github.tomannex.tom.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SPEC, CAT-002 and OLD: what the texts say, checked with the word lists, per language. */
final class TextRules {
  private TextRules() {}

  /** A sentence or clause ends at one of these followed by white space, or a line break. */
  private static final Pattern CLAUSE_END = Pattern.compile("[.;!?:](?=\\s|$)|\\n");

  /**
   * A rule that reports the terms of one word list found in texts: in every text of the
   * catalogue, or in measure texts only; optionally not in a clause that negates them ("TLS
   * 1.0 is disabled").
   */
  static final class WordRule implements LintRule {
    private final String id;
    private final String list;
    private final boolean allTexts;
    private final boolean negationAware;
    private final String message;
    private final String hint;

    WordRule(String id, String list, boolean allTexts, boolean negationAware, String message,
        String hint) {
      this.id = id;
      this.list = list;
      this.allTexts = allTexts;
      this.negationAware = negationAware;
      this.message = message;
      this.hint = hint;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public void check(Context ctx) {
      Words.WordList words = ctx.words.list(list);
      Words.WordList negations = ctx.words.list("negations");
      for (Context.Item item : allTexts ? ctx.allTexts() : ctx.measureTexts()) {
        Text t = item.text();
        for (Map.Entry<String, String> e : t.values().entrySet()) {
          String lang = Context.language(e.getKey());
          String text = e.getValue();
          List<String> found = new ArrayList<>();
          for (Words.Found f : words.findAll(text, lang)) {
            if (negationAware && negations.matches(clause(text, f), lang)) {
              continue;
            }
            String q = "'" + f.text() + "'";
            if (!found.contains(q)) {
              found.add(q);
            }
          }
          if (!found.isEmpty()) {
            ctx.report(t.locations().get(e.getKey()),
                item.what() + Context.in(e.getKey()) + " "
                    + String.format(Locale.ROOT, message, String.join(", ", found)),
                hint);
          }
        }
      }
    }

    /** The clause around a match. */
    private static String clause(String text, Words.Found f) {
      int start = 0;
      Matcher m = CLAUSE_END.matcher(text);
      int end = text.length();
      while (m.find()) {
        if (m.end() <= f.start()) {
          start = m.end();
        } else if (m.start() >= f.end()) {
          end = m.start();
          break;
        }
      }
      return text.substring(start, end);
    }
  }

  /** SPEC-004: an implemented encryption measure names an algorithm, protocol or product. */
  static final class EncryptionParameters implements LintRule {
    @Override
    public String id() {
      return "SPEC-004";
    }

    @Override
    public void check(Context ctx) {
      Words.WordList params = ctx.words.list("encryption-parameters");
      for (Measure m : ctx.catalogue.measures()) {
        if (!m.category().equals("encryption") || m.status() != MeasureStatus.IMPLEMENTED) {
          continue;
        }
        boolean named = m.text().values().entrySet().stream()
            .anyMatch(e -> params.matches(e.getValue(), e.getKey()));
        if (!named) {
          ctx.report(m.text().locations().get(m.text().languages().get(0)),
              "encryption measure '" + m.id() + "' names no algorithm, protocol or product;"
                  + " expected for example AES-256, TLS 1.2 or higher, SSH, IPsec or LUKS",
              "say with what the data are encrypted");
        }
      }
    }
  }

  /** SPEC-005: the same text in measures of different categories. */
  static final class SameTextInCategories implements LintRule {
    @Override
    public String id() {
      return "SPEC-005";
    }

    @Override
    public void check(Context ctx) {
      Map<String, Measure> first = new LinkedHashMap<>();
      String lang = ctx.binding();
      for (Measure m : ctx.catalogue.measures()) {
        String key = normal(ctx.binding(m.text()));
        Measure earlier = first.putIfAbsent(key, m);
        if (earlier != null && !earlier.category().equals(m.category())) {
          ctx.report(m.text().locations().getOrDefault(lang, m.text().location()),
              "measure '" + m.id() + "' (" + m.category() + ") has the same text as '"
                  + earlier.id() + "' (" + earlier.category() + "), '"
                  + ctx.binding(m.text()).strip() + "'; one measure belongs to one category",
              "keep it in the category it belongs to");
        }
      }
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private static String normal(String s) {
      return WHITE_SPACE.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
  }

  /** CAT-002: words that belong to another category, e.g. a lock under system access. */
  static final class CategoryMismatch implements LintRule {
    @Override
    public String id() {
      return "CAT-002";
    }

    @Override
    public void check(Context ctx) {
      for (Measure m : ctx.catalogue.measures()) {
        for (Words.Mismatch mm : ctx.words.mismatches()) {
          if (!mm.category().equals(m.category())) {
            continue;
          }
          for (Map.Entry<String, String> e : m.text().values().entrySet()) {
            Optional<Words.Found> f = mm.words().find(e.getValue(), e.getKey());
            if (f.isPresent()) {
              ctx.report(m.text().locations().get(e.getKey()),
                  "measure '" + m.id() + "' is in category '" + m.category() + "' ("
                      + title(ctx, m.category()) + "), but its text (" + e.getKey()
                      + ") mentions '" + f.get().text() + "', which belongs to '"
                      + mm.belongsTo() + "' (" + title(ctx, mm.belongsTo()) + ")",
                  "move it to category " + mm.belongsTo() + ", or reword it");
              break;
            }
          }
        }
      }
    }

    private static String title(Context ctx, String category) {
      return ctx.taxonomy.find(category).map(c -> c.title(ctx.binding())).orElse(category);
    }
  }
}
