package io.github.tomannex.tom.pdf.internal;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Certificate;
import io.github.tomannex.tom.Change;
import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.Document;
import io.github.tomannex.tom.Location;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.Rule;
import io.github.tomannex.tom.Section;
import io.github.tomannex.tom.Site;
import io.github.tomannex.tom.SourceMap;
import io.github.tomannex.tom.Subprocessor;
import io.github.tomannex.tom.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the characters a PDF draws that its fonts cannot draw ({@link Glyphs.Kind#UNDRAWABLE}) and
 * names, for each, the catalogue field it comes from, as {@code PDF-001} warnings: the field, the
 * language and the characters, at the field's position in the catalogue. A character drawn by the
 * document but found in no field (a text of tom's own, a label) is reported at the start of the
 * catalogue, so none goes unreported.
 */
public final class TextCheck {
  /** The rule id of the findings. */
  public static final String RULE = "PDF-001";

  /** The rule as tom-core's rules.yaml declares it: its severity comes from there. */
  private static final Rule RULE_OF_TABLE =
      Rule.find(RULE)
          .orElseThrow(() -> new IllegalStateException(RULE + " is not in tom-core's rules.yaml"));

  private static final String HINT =
      "the PDF draws Latin, Greek, Cyrillic and Hebrew; write"
          + " the text without these characters, or use the HTML annex for it";
  private static final int MAX_LISTED = 16;

  private record Field(String name, String value, Location location) {}

  private final String lang;
  private final List<Field> fields = new ArrayList<>();

  /** Where the texts of the catalogue being collected are written. */
  private SourceMap sources = SourceMap.empty();

  private Location file;

  private TextCheck(String lang) {
    this.lang = lang;
  }

  /**
   * The findings for a document that draws {@code drawn}, made from the given catalogues (an annex:
   * one; a change notice: the current one, then the baseline).
   *
   * @param drawn every character the document draws
   * @param language the document's language
   * @param catalogues where the texts come from; the first one's file is the fallback position
   * @return the findings, in field order
   */
  public static List<Diagnostic> check(String drawn, String language, Catalogue... catalogues) {
    Set<Integer> problems = problems(drawn);
    if (problems.isEmpty()) {
      return List.of();
    }
    TextCheck check = new TextCheck(language);
    for (int i = 0; i < catalogues.length; i++) {
      check.collect(catalogues[i], i == 0 ? "" : " of the baseline");
    }
    List<Diagnostic> out = new ArrayList<>();
    Set<Integer> named = new LinkedHashSet<>();
    for (Field f : check.fields) {
      Set<Integer> found = problems(f.value());
      found.retainAll(problems);
      if (!found.isEmpty()) {
        named.addAll(found);
        out.add(diagnostic(f.location(), f.name(), language, found));
      }
    }
    problems.removeAll(named);
    if (!problems.isEmpty()) {
      out.add(
          diagnostic(
              Location.startOf(catalogues[0].source()),
              "a text of the document",
              language,
              problems));
    }
    return List.copyOf(out);
  }

  /** The code points of {@code s} the PDF cannot draw, in order of first appearance. */
  static Set<Integer> problems(String s) {
    Set<Integer> out = new LinkedHashSet<>();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Glyphs.kind(cp) == Glyphs.Kind.UNDRAWABLE) {
        out.add(cp);
      }
    }
    return out;
  }

  private static Diagnostic diagnostic(Location at, String field, String lang, Set<Integer> cps) {
    StringBuilder sb =
        new StringBuilder(oneLine(field))
            .append(" (")
            .append(oneLine(lang))
            .append("): the PDF cannot draw ");
    int n = 0;
    for (int cp : cps) {
      if (n == MAX_LISTED) {
        sb.append(" and ").append(cps.size() - MAX_LISTED).append(" more");
        break;
      }
      sb.append(n++ == 0 ? "" : ", ").append(String.format(Locale.ROOT, "U+%04X", cp));
      if (Glyphs.printable(cp)) {
        sb.append(" '").appendCodePoint(cp).append('\'');
      }
    }
    sb.append("; its embedded fonts (Liberation) have no glyph for ")
        .append(cps.size() == 1 ? "it, so it is" : "them, so they are")
        .append(" shown as '#' or left out");
    return new Diagnostic(
        at, RULE_OF_TABLE.defaultSeverity(), RULE, sb.toString(), Optional.of(HINT));
  }

  /** A value quoted in a message, on one line: controls and line separators as U+XXXX. */
  private static String oneLine(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.CONTROL
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR
          || type == Character.SURROGATE) {
        sb.append(String.format(Locale.ROOT, "U+%04X", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  private void collect(Catalogue c, String of) {
    Location file = Location.startOf(c.source());
    this.sources = c.sources();
    this.file = file;
    Document d = c.document();
    text("the document title" + of, d.title());
    d.label().ifPresent(t -> text("the document label" + of, t));
    plain("the version" + of, d.version(), file);
    plain("the processor's name" + of, d.processor().name(), file);
    d.processor().address().ifPresent(t -> text("the processor's address" + of, t));
    d.processor().contact().ifPresent(t -> text("the processor's contact" + of, t));
    d.agreement()
        .ifPresent(
            a -> {
              a.title().ifPresent(t -> text("the agreement's title" + of, t));
              a.reference().ifPresent(t -> text("the agreement's reference" + of, t));
            });
    d.url().ifPresent(u -> plain("the document url" + of, u, file));
    d.preamble().ifPresent(t -> text("the preamble" + of, t));
    c.review().statement().ifPresent(t -> text("the review statement" + of, t));
    for (Section s : c.layout().sections()) {
      section(s, of);
    }
    text("the title of the other measures' section" + of, c.layout().otherTitle());
    c.layout()
        .otherIntro()
        .ifPresent(t -> text("the intro of the other measures' section" + of, t));
    c.layout().labels().forEach((k, t) -> text("the layout label '" + k + "'" + of, t));
    for (Site s : c.sites()) {
      text("the name of site '" + s.id() + "'" + of, s.name());
    }
    for (Certificate cert : c.certificates()) {
      String name = "certificate '" + cert.id() + "'" + of;
      text(name, cert.title());
      plain(name, cert.standard(), sources.positionOf(cert).orElse(file));
      cert.issuer().ifPresent(t -> text(name, t));
    }
    for (Subprocessor sp : c.subprocessors()) {
      String name = "sub-processor '" + sp.id() + "'" + of;
      plain(name, sp.name(), sources.positionOf(sp).orElse(file));
      sp.service().ifPresent(t -> text(name, t));
      sp.place().ifPresent(t -> text(name, t));
      sp.transfer().ifPresent(t -> text(name, t));
    }
    for (Measure m : c.measures()) {
      text("measure '" + m.id() + "'" + of, m.text());
      m.reason().ifPresent(t -> text("the reason of measure '" + m.id() + "'" + of, t));
    }
    for (Change ch : c.changes()) {
      text("the change of '" + ch.subject() + "' in version " + ch.version() + of, ch.reason());
    }
    d.closing().ifPresent(t -> text("the closing" + of, t));
  }

  private void section(Section s, String of) {
    text("the title of layout section '" + s.id() + "'" + of, s.title());
    s.intro().ifPresent(t -> text("the intro of layout section '" + s.id() + "'" + of, t));
    s.groups()
        .forEach(
            (kind, t) ->
                text("the '" + kind.id() + "' heading of layout section '" + s.id() + "'" + of, t));
    for (Section child : s.sections()) {
      section(child, of);
    }
  }

  /** A text in the language the annex shows it in: its own, else its first. */
  private void text(String name, Text t) {
    String key = t.values().containsKey(lang) ? lang : t.languages().get(0);
    fields.add(
        new Field(
            name,
            characters(t.values().get(key)),
            sources.positionOf(t, key).or(() -> sources.positionOf(t)).orElse(file)));
  }

  private void plain(String name, String value, Location at) {
    fields.add(new Field(name, value, at));
  }

  private static final org.commonmark.parser.Parser PARSER =
      org.commonmark.parser.Parser.builder().build();

  /**
   * The characters a text stands for: the text as written and every literal of its CommonMark
   * reading, so a character reference ({@code &#x1F600;}) counts as the character it stands for.
   */
  static String characters(String markdown) {
    StringBuilder sb = new StringBuilder(markdown);
    PARSER
        .parse(markdown)
        .accept(
            new org.commonmark.node.AbstractVisitor() {
              @Override
              public void visit(org.commonmark.node.Text text) {
                sb.append('\n').append(text.getLiteral());
              }

              @Override
              public void visit(org.commonmark.node.Code code) {
                sb.append('\n').append(code.getLiteral());
              }

              @Override
              public void visit(org.commonmark.node.FencedCodeBlock block) {
                sb.append('\n').append(block.getLiteral());
              }
            });
    return sb.toString();
  }
}
