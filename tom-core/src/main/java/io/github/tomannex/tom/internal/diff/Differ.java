package io.github.tomannex.tom.internal.diff;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.CatalogueDiff.Field;
import io.github.tomannex.tom.CatalogueDiff.Item;
import io.github.tomannex.tom.CatalogueDiff.Kind;
import io.github.tomannex.tom.CatalogueDiff.Reduction;
import io.github.tomannex.tom.CatalogueDiff.ReductionKind;
import io.github.tomannex.tom.CatalogueDiff.TextChange;
import io.github.tomannex.tom.CatalogueDiff.Type;
import io.github.tomannex.tom.Certificate;
import io.github.tomannex.tom.Change;
import io.github.tomannex.tom.Document;
import io.github.tomannex.tom.Location;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.MeasureStatus;
import io.github.tomannex.tom.Site;
import io.github.tomannex.tom.Subprocessor;
import io.github.tomannex.tom.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.parser.Parser;

/** Compares two catalogues entry by entry, matched by id. Stateless. */
public final class Differ {
  private static final Parser PARSER = Parser.builder().build();

  private Differ() {}

  /** The difference from {@code baseline} to {@code current}. */
  public static CatalogueDiff diff(Catalogue baseline, Catalogue current) {
    List<Item> items = new ArrayList<>();
    List<Reduction> reductions = new ArrayList<>();
    Set<String> languages = new LinkedHashSet<>(current.document().languages());
    languages.addAll(baseline.document().languages());
    Differ.Entry doc = new Differ.Entry(languages);
    document(doc, baseline, current);
    if (!doc.fields.isEmpty() || !doc.texts.isEmpty()) {
      items.add(new Item(Kind.DOCUMENT, "document", Type.CHANGED, doc.fields, doc.texts));
    }
    entries(
        Kind.MEASURE,
        baseline.measures(),
        current.measures(),
        Measure::id,
        (e, b, c) -> measure(e, b, c),
        languages,
        items);
    entries(
        Kind.CERTIFICATE,
        baseline.certificates(),
        current.certificates(),
        Certificate::id,
        (e, b, c) -> certificate(e, b, c),
        languages,
        items);
    entries(
        Kind.SUBPROCESSOR,
        baseline.subprocessors(),
        current.subprocessors(),
        Subprocessor::id,
        (e, b, c) -> subprocessor(e, b, c),
        languages,
        items);
    entries(
        Kind.SITE,
        baseline.sites(),
        current.sites(),
        Site::id,
        (e, b, c) -> site(e, b, c),
        languages,
        items);

    Location start = Location.startOf(current.source());
    Map<String, Measure> was = index(baseline.measures(), Measure::id);
    Map<String, Measure> now = index(current.measures(), Measure::id);
    Map<String, List<Change>> log = new java.util.HashMap<>();
    for (Change c : current.changes()) {
      log.computeIfAbsent(
              (c.measure().isPresent() ? "m:" : "c:") + c.subject(), k -> new ArrayList<>())
          .add(c);
    }
    for (Item item : items) {
      if (item.kind() == Kind.MEASURE && item.type() == Type.REMOVED) {
        reductions.add(
            new Reduction(
                ReductionKind.MEASURE_REMOVED,
                item.id(),
                "present",
                "removed",
                recorded(baseline, log, item.id(), true),
                start));
      } else if (item.kind() == Kind.MEASURE && item.type() == Type.CHANGED) {
        Measure before = was.get(item.id());
        Measure after = now.get(item.id());
        if (before.status() == MeasureStatus.IMPLEMENTED
            && after.status() != MeasureStatus.IMPLEMENTED) {
          reductions.add(
              new Reduction(
                  ReductionKind.MEASURE_NO_LONGER_IMPLEMENTED,
                  item.id(),
                  before.status().id(),
                  after.status().id(),
                  recorded(baseline, log, item.id(), true),
                  current.sources().positionOf(after).orElse(start)));
        }
      } else if (item.kind() == Kind.CERTIFICATE && item.type() == Type.REMOVED) {
        reductions.add(
            new Reduction(
                ReductionKind.CERTIFICATE_REMOVED,
                item.id(),
                "present",
                "removed",
                recorded(baseline, log, item.id(), false),
                start));
      }
    }
    // removed measures first, then weakened ones, then certificates; stable within a kind
    reductions.sort(java.util.Comparator.comparing(Reduction::kind));
    return new CatalogueDiff(baseline, current, items, reductions);
  }

  /**
   * The first log entry for that id made after the baseline: of another version than the
   * baseline's, dated on or after the baseline took effect. (An entry of the baseline's own version
   * records a change the baseline already made, not a later one.)
   */
  private static Optional<Change> recorded(
      Catalogue baseline, Map<String, List<Change>> log, String id, boolean measure) {
    return log.getOrDefault((measure ? "m:" : "c:") + id, List.of()).stream()
        .filter(c -> !c.version().equals(baseline.document().version()))
        .filter(c -> !c.date().isBefore(baseline.document().effective()))
        .findFirst();
  }

  /** Entries by id, the first of each id. */
  public static <T> Map<String, T> index(List<T> entries, Function<T, String> id) {
    Map<String, T> out = new java.util.HashMap<>();
    for (T t : entries) {
      out.putIfAbsent(id.apply(t), t);
    }
    return out;
  }

  private interface Compare<T> {
    void fields(Entry e, T before, T after);
  }

  private static <T> void entries(
      Kind kind,
      List<T> before,
      List<T> after,
      Function<T, String> id,
      Compare<T> compare,
      Set<String> languages,
      List<Item> out) {
    Map<String, T> old = new LinkedHashMap<>();
    for (T t : before) {
      old.putIfAbsent(id.apply(t), t);
    }
    Set<String> seen = new LinkedHashSet<>();
    for (T t : after) {
      String key = id.apply(t);
      if (!seen.add(key)) {
        continue;
      }
      T was = old.get(key);
      if (was == null) {
        out.add(new Item(kind, key, Type.ADDED, List.of(), List.of()));
        continue;
      }
      Entry e = new Entry(languages);
      compare.fields(e, was, t);
      if (!e.fields.isEmpty() || !e.texts.isEmpty()) {
        out.add(new Item(kind, key, Type.CHANGED, e.fields, e.texts));
      }
    }
    for (String key : old.keySet()) {
      if (!seen.contains(key)) {
        out.add(new Item(kind, key, Type.REMOVED, List.of(), List.of()));
      }
    }
  }

  private static void document(Entry e, Catalogue baseline, Catalogue current) {
    Document b = baseline.document();
    Document c = current.document();
    e.text("title", Optional.of(b.title()), Optional.of(c.title()));
    e.text("label", b.label(), c.label());
    e.field("version", b.version(), c.version());
    e.field("effective", b.effective(), c.effective());
    e.field("languages", String.join(", ", b.languages()), String.join(", ", c.languages()));
    e.field("processor.name", b.processor().name(), c.processor().name());
    e.text("processor.address", b.processor().address(), c.processor().address());
    e.text("processor.contact", b.processor().contact(), c.processor().contact());
    e.text(
        "agreement.title",
        b.agreement().flatMap(a -> a.title()),
        c.agreement().flatMap(a -> a.title()));
    e.text(
        "agreement.reference",
        b.agreement().flatMap(a -> a.reference()),
        c.agreement().flatMap(a -> a.reference()));
    e.field(
        "agreement.date",
        b.agreement().flatMap(a -> a.date()),
        c.agreement().flatMap(a -> a.date()));
    e.field("agreement.scc", scc(b), scc(c));
    e.field("url", b.url(), c.url());
    e.text("preamble", b.preamble(), c.preamble());
    e.text("closing", b.closing(), c.closing());
    e.field("equally-binding", b.equallyBinding(), c.equallyBinding());
    e.field("acceptance", b.acceptance(), c.acceptance());
    e.field("review.interval", baseline.review().interval(), current.review().interval());
    e.field("review.last", baseline.review().last(), current.review().last());
    e.text("review.statement", baseline.review().statement(), current.review().statement());
    e.field("layout", baseline.layout().id(), current.layout().id());
  }

  /** The standard contractual clauses as one value: decision, module and annex. */
  private static Optional<String> scc(Document d) {
    return d.agreement()
        .flatMap(a -> a.scc())
        .map(
            s ->
                s.decision()
                    + s.module().map(m -> " module " + m).orElse("")
                    + " annex "
                    + s.annex());
  }

  private static void measure(Entry e, Measure b, Measure c) {
    e.field("category", b.category(), c.category());
    e.text("text", Optional.of(b.text()), Optional.of(c.text()));
    e.field("site", b.site(), c.site());
    e.field("type", b.type().map(t -> t.id()), c.type().map(t -> t.id()));
    e.field("status", b.status().id(), c.status().id());
    e.field("due", b.due(), c.due());
    e.text("reason", b.reason(), c.reason());
    e.field(
        "certificates", String.join(", ", b.certificates()), String.join(", ", c.certificates()));
  }

  private static void certificate(Entry e, Certificate b, Certificate c) {
    e.text("title", Optional.of(b.title()), Optional.of(c.title()));
    e.field("standard", b.standard(), c.standard());
    e.text("number", b.number(), c.number());
    e.text("issuer", b.issuer(), c.issuer());
    e.field("holder", b.holder(), c.holder());
    e.field("site", b.site(), c.site());
    e.field("scope", String.join(", ", b.scope()), String.join(", ", c.scope()));
    e.field("valid-from", b.validFrom(), c.validFrom());
    e.field("valid-until", b.validUntil(), c.validUntil());
  }

  private static void subprocessor(Entry e, Subprocessor b, Subprocessor c) {
    e.field("name", b.name(), c.name());
    e.text("service", b.service(), c.service());
    e.text("location", b.place(), c.place());
    e.text("transfer", b.transfer(), c.transfer());
    e.field("notice-period", b.noticePeriod(), c.noticePeriod());
  }

  private static void site(Entry e, Site b, Site c) {
    e.text("name", Optional.of(b.name()), Optional.of(c.name()));
    e.field("kind", b.kind().id(), c.kind().id());
    e.text("location", b.location(), c.location());
    e.field("operator", b.operator(), c.operator());
  }

  /** The changed fields and texts of one entry, collected in field order. */
  private static final class Entry {
    final Set<String> languages;
    final List<Field> fields = new ArrayList<>();
    final List<TextChange> texts = new ArrayList<>();

    Entry(Set<String> languages) {
      this.languages = languages;
    }

    void field(String name, Object before, Object after) {
      Optional<String> b = value(before);
      Optional<String> a = value(after);
      if (!b.equals(a)) {
        fields.add(new Field(name, b, a));
      }
    }

    private static Optional<String> value(Object v) {
      Object x = v instanceof Optional<?> o ? o.orElse(null) : v;
      String s = x == null ? null : x.toString();
      return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    void text(String name, Optional<Text> before, Optional<Text> after) {
      for (String lang : languages) {
        Optional<String> b = before.flatMap(t -> t.in(lang));
        Optional<String> a = after.flatMap(t -> t.in(lang));
        if (b.equals(a)) {
          continue;
        }
        texts.add(
            new TextChange(
                name,
                lang,
                b,
                a,
                WordDiff.diff(b.map(Differ::plain).orElse(""), a.map(Differ::plain).orElse(""))));
      }
    }
  }

  /**
   * A Markdown text's words as a reader sees them, on one line: the text of every inline, code
   * spans without their backticks, links by their text only, blocks joined by a space.
   */
  public static String plain(String markdown) {
    StringBuilder sb = new StringBuilder(markdown.length());
    PARSER
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(org.commonmark.node.Text text) {
                sb.append(text.getLiteral());
              }

              @Override
              public void visit(Code code) {
                sb.append(code.getLiteral());
              }

              @Override
              public void visit(SoftLineBreak br) {
                sb.append(' ');
              }

              @Override
              public void visit(HardLineBreak br) {
                sb.append(' ');
              }

              @Override
              public void visit(FencedCodeBlock block) {
                sb.append(' ').append(block.getLiteral()).append(' ');
              }

              @Override
              public void visit(IndentedCodeBlock block) {
                sb.append(' ').append(block.getLiteral()).append(' ');
              }

              @Override
              public void visit(HtmlInline html) {
                sb.append(html.getLiteral());
              }

              @Override
              public void visit(HtmlBlock html) {
                sb.append(' ').append(html.getLiteral()).append(' ');
              }

              @Override
              public void visit(Paragraph p) {
                sb.append(' ');
                visitChildren(p);
                sb.append(' ');
              }

              @Override
              public void visit(Heading h) {
                sb.append(' ');
                visitChildren(h);
                sb.append(' ');
              }

              @Override
              public void visit(ListItem item) {
                sb.append(' ');
                visitChildren(item);
                sb.append(' ');
              }
            });
    return WHITESPACE.matcher(sb.toString().strip()).replaceAll(" ");
  }

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
}
