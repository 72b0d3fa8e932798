package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Certificate;
import io.github.tomannex.tom.Change;
import io.github.tomannex.tom.Document;
import io.github.tomannex.tom.Location;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.Section;
import io.github.tomannex.tom.Severity;
import io.github.tomannex.tom.Site;
import io.github.tomannex.tom.Subprocessor;
import io.github.tomannex.tom.Taxonomy;
import io.github.tomannex.tom.Text;
import io.github.tomannex.tom.internal.rules.Diagnostics;
import io.github.tomannex.tom.internal.rules.RuleTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a rule sees: the catalogue, today, the word lists, positions, and where to report. */
final class Context {
  final Catalogue catalogue;
  final LocalDate today;
  final WordLists words;
  final Locator at;
  final Taxonomy taxonomy;
  private final Diagnostics diags;
  private String rule;
  private Severity severity;

  Context(
      Catalogue catalogue,
      LocalDate today,
      WordLists words,
      Locator at,
      Taxonomy taxonomy,
      Diagnostics diags) {
    this.catalogue = catalogue;
    this.today = today;
    this.words = words;
    this.at = at;
    this.taxonomy = taxonomy;
    this.diags = diags;
  }

  void use(String rule, Severity severity) {
    this.rule = rule;
    this.severity = severity;
  }

  void report(Location where, String message) {
    report(where, message, null);
  }

  void report(Location where, String message, String hint) {
    diags.report(where, rule, severity, message, hint);
  }

  /** The message template of the rule being run, from {@code rules.yaml}, filled in. */
  String message(Object... args) {
    return RuleTable.standard().message(rule, args);
  }

  /** The hint template of the rule being run, from {@code rules.yaml}, filled in, if any. */
  Optional<String> hint(Object... args) {
    return RuleTable.standard().hint(rule, args);
  }

  /** The binding language. */
  String binding() {
    return catalogue.document().bindingLanguage();
  }

  /** A text in the binding language, or its first. */
  String binding(Text t) {
    return t.in(binding()).orElseGet(() -> t.values().values().iterator().next());
  }

  /**
   * A text or value of the catalogue, with what it is for messages, and where each of its languages
   * is written (looked up when a rule reports).
   */
  record Item(String what, Text text, java.util.function.Function<String, Location> places) {
    /** Where a language's text is. */
    Location at(String language) {
      return places.apply(language);
    }
  }

  /** A text of the catalogue, with its positions from the source map. */
  private Item item(String what, Text t) {
    return new Item(what, t, lang -> at.text(t, lang));
  }

  /** The measure texts. */
  List<Item> measureTexts() {
    List<Item> out = new ArrayList<>();
    for (Measure m : catalogue.measures()) {
      out.add(item("the text of measure '" + m.id() + "'", m.text()));
    }
    return out;
  }

  /**
   * Every text the catalogue itself gives (not the built-in layouts'), and its names and other free
   * values as texts without a language.
   */
  List<Item> allTexts() {
    List<Item> out = new ArrayList<>();
    Catalogue c = catalogue;
    Document d = c.document();
    out.add(item("document.title", d.title()));
    d.label().ifPresent(t -> out.add(item("document.label", t)));
    out.add(plain("document.version", d.version(), at.at(d, "version")));
    out.add(plain("document.processor.name", d.processor().name(), at.at(d.processor(), "name")));
    d.processor().address().ifPresent(t -> out.add(name("document.processor.address", t)));
    d.processor().contact().ifPresent(t -> out.add(name("document.processor.contact", t)));
    d.agreement()
        .ifPresent(
            a -> {
              a.title().ifPresent(t -> out.add(item("document.agreement.title", t)));
              a.reference().ifPresent(t -> out.add(name("document.agreement.reference", t)));
            });
    d.preamble().ifPresent(t -> out.add(item("document.preamble", t)));
    d.closing().ifPresent(t -> out.add(item("document.closing", t)));
    c.review().statement().ifPresent(t -> out.add(item("review.statement", t)));
    for (Subprocessor s : c.subprocessors()) {
      String w = "sub-processor '" + s.id() + "'";
      out.add(plain("the name of " + w, s.name(), at.at(s, "name")));
      s.service().ifPresent(t -> out.add(item("the service of " + w, t)));
      s.place().ifPresent(t -> out.add(name("the location of " + w, t)));
      s.transfer().ifPresent(t -> out.add(item("the transfer mechanism of " + w, t)));
    }
    for (Site s : c.sites()) {
      out.add(item("the name of site '" + s.id() + "'", s.name()));
      s.location().ifPresent(t -> out.add(name("the location of site '" + s.id() + "'", t)));
    }
    for (Certificate cert : c.certificates()) {
      String w = "certificate '" + cert.id() + "'";
      out.add(item("the title of " + w, cert.title()));
      out.add(plain("the standard of " + w, cert.standard(), at.at(cert, "standard")));
      cert.number().ifPresent(t -> out.add(name("the number of " + w, t)));
      cert.issuer().ifPresent(t -> out.add(name("the issuer of " + w, t)));
    }
    for (Measure m : c.measures()) {
      out.add(item("the text of measure '" + m.id() + "'", m.text()));
      m.reason().ifPresent(t -> out.add(item("the reason of measure '" + m.id() + "'", t)));
    }
    sections(c.layout().sections(), out);
    if (own(c.layout().otherTitle())) {
      out.add(item("layout.other.title", c.layout().otherTitle()));
    }
    c.layout()
        .otherIntro()
        .filter(this::own)
        .ifPresent(t -> out.add(item("layout.other.intro", t)));
    for (Map.Entry<String, Text> l : c.layout().labels().entrySet()) {
      if (own(l.getValue())) {
        out.add(item("layout.labels." + l.getKey(), l.getValue()));
      }
    }
    return out;
  }

  /**
   * Every text the annex shows: {@link #allTexts()} and the change history (version and reason of
   * each change), which the other word rules do not read (history may name what was replaced) but
   * which must not hold a placeholder.
   */
  List<Item> shownTexts() {
    List<Item> out = allTexts();
    for (Change ch : catalogue.changes()) {
      String w = "change " + ch.version() + " (" + ch.subject() + ")";
      out.add(plain("the version of " + w, ch.version(), at.at(ch, "version")));
      out.add(item("the reason of " + w, ch.reason()));
    }
    return out;
  }

  private void sections(List<Section> sections, List<Item> out) {
    for (Section s : sections) {
      if (own(s.title())) {
        out.add(item("the title of section '" + s.id() + "'", s.title()));
      }
      s.intro()
          .filter(this::own)
          .ifPresent(t -> out.add(item("the intro of section '" + s.id() + "'", t)));
      s.groups()
          .forEach(
              (kind, t) -> {
                if (own(t)) {
                  out.add(item("the '" + kind.id() + "' heading of section '" + s.id() + "'", t));
                }
              });
      sections(s.sections(), out);
    }
  }

  private boolean own(Text t) {
    return at.bound(t) && at.text(t).source().equals(catalogue.source());
  }

  /**
   * A {@code <name>}: written once as a plain string, it holds the same value at the same place in
   * every language, and is checked once, as a value without a language.
   */
  private Item name(String what, Text t) {
    java.util.Set<String> values = new java.util.HashSet<>(t.values().values());
    java.util.Set<Location> places = new java.util.HashSet<>();
    for (String lang : t.values().keySet()) {
      places.add(at.text(t, lang));
    }
    return values.size() == 1 && places.size() == 1 && t.values().size() > 1
        ? plain(what, values.iterator().next(), places.iterator().next())
        : item(what, t);
  }

  /** A value without a language, as a text whose language is empty. */
  private static Item plain(String what, String value, Location where) {
    return new Item(what, new Text(Map.of("", value)), lang -> where);
  }

  /** The language of a text entry for messages and word lists: null for a plain value. */
  static String language(String key) {
    return key.isEmpty() ? null : key;
  }

  /** "(de)" after a text's description, nothing for a plain value. */
  static String in(String key) {
    return key.isEmpty() ? "" : " (" + key + ")";
  }

  /** "today", "in 1 day", "in 12 days". */
  static String inDays(long days) {
    return days == 0 ? "today" : "in " + days + (days == 1 ? " day" : " days");
  }

  Optional<Site> site(Measure m) {
    return m.site().flatMap(catalogue::site);
  }
}
