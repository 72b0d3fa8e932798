package io.github.tomannex.tom.internal.render;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.CatalogueDiff.Item;
import io.github.tomannex.tom.CatalogueDiff.Kind;
import io.github.tomannex.tom.CatalogueDiff.Type;
import io.github.tomannex.tom.Labels;
import io.github.tomannex.tom.Subprocessor;
import io.github.tomannex.tom.Text;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * The block of a change notice on changed sub-processors (Art. 28(2) GDPR), which the notice shows
 * first: which sub-processors were added, changed or removed, and until when the controller may
 * object, the current version's effective date plus the notice period of the added or changed
 * sub-processors. One date for all when they share a notice period; else a date for each, and "no
 * notice period stated" for one without.
 */
final class SubprocessorNotice {
  private final CatalogueDiff diff;
  private final String lang;
  private final Labels words;
  private final Map<Node, String> ids;
  private final Map<Node, String> classes;

  SubprocessorNotice(
      CatalogueDiff diff, String lang, Map<Node, String> ids, Map<Node, String> classes) {
    this.diff = diff;
    this.lang = lang;
    this.words = Labels.of(diff.current());
    this.ids = ids;
    this.classes = classes;
  }

  /** The sub-processor items this language shows: added, removed, or changed in a field shown. */
  static List<Item> items(CatalogueDiff diff, String lang) {
    return diff.items(Kind.SUBPROCESSOR).stream()
        .filter(
            i ->
                i.type() != Type.CHANGED
                    || !i.fields().isEmpty()
                    || i.texts().stream().anyMatch(t -> t.language().equals(lang)))
        .toList();
  }

  /**
   * Until when the controller may object to an added or changed sub-processor: the current
   * version's effective date plus its notice period; empty for a removed one or one without a
   * notice period.
   */
  static Optional<LocalDate> objectionUntil(CatalogueDiff diff, Item item) {
    if (item.type() == Type.REMOVED) {
      return Optional.empty();
    }
    LocalDate effective = diff.current().document().effective();
    return diff.current()
        .subprocessor(item.id())
        .flatMap(Subprocessor::noticePeriod)
        .map(effective::plus);
  }

  /**
   * Appends the block when sub-processors changed; nothing otherwise. The notice lists the
   * sub-processors here only: {@code details} adds under each entry what changed in it.
   */
  void appendTo(
      org.commonmark.node.Document doc, java.util.function.BiConsumer<ListItem, Item> details) {
    List<Item> items = items(diff, lang);
    if (items.isEmpty()) {
      return;
    }
    Catalogue before = diff.baseline();
    Catalogue after = diff.current();
    LocalDate effective = after.document().effective();
    Set<Optional<Period>> periods = new LinkedHashSet<>();
    for (Item i : items) {
      if (i.type() != Type.REMOVED) {
        periods.add(after.subprocessor(i.id()).flatMap(Subprocessor::noticePeriod));
      }
    }
    boolean common = periods.size() == 1 && periods.iterator().next().isPresent();

    Heading h = new Heading();
    h.setLevel(2);
    h.appendChild(plain(word("art28")));
    ids.put(h, "art28");
    doc.appendChild(h);
    Paragraph intro = new Paragraph();
    classes.put(intro, "intro");
    intro.appendChild(plain(word("art28-intro", before.document().version())));
    doc.appendChild(intro);

    List<ListItem> lis = new ArrayList<>();
    for (Type type : new Type[] {Type.ADDED, Type.CHANGED, Type.REMOVED}) {
      for (Item i : items) {
        if (i.type() != type) {
          continue;
        }
        Subprocessor sp =
            (type == Type.REMOVED ? before : after).subprocessor(i.id()).orElseThrow();
        ListItem li = new ListItem();
        ids.put(li, "art28-" + sp.id());
        classes.put(li, type.id());
        Paragraph p = new Paragraph();
        StrongEmphasis lead = new StrongEmphasis("**");
        lead.appendChild(plain(word(type.id()) + ":"));
        p.appendChild(lead);
        StringBuilder sb = new StringBuilder(" ").append(sp.name());
        sp.service().ifPresent(s -> sb.append(" – ").append(oneLine(text(s))));
        sp.place().ifPresent(s -> sb.append(" (").append(oneLine(text(s))).append(")"));
        if (type != Type.REMOVED && !common) {
          sb.append("; ")
              .append(
                  sp.noticePeriod()
                      .map(np -> word("objection-each", words.date(effective.plus(np), lang)))
                      .orElse(word("objection-none")));
        }
        p.appendChild(plain(sb.toString()));
        li.appendChild(p);
        details.accept(li, i);
        lis.add(li);
      }
    }
    BulletList list = new BulletList();
    list.setMarker("-");
    list.setTight(lis.stream().allMatch(li -> li.getFirstChild() == li.getLastChild()));
    for (ListItem li : lis) {
      list.appendChild(li);
    }
    doc.appendChild(list);
    if (common) {
      Period np = periods.iterator().next().orElseThrow();
      Paragraph objection = new Paragraph();
      classes.put(objection, "objection");
      objection.appendChild(
          plain(
              word(
                  "objection",
                  words.date(effective.plus(np), lang),
                  words.date(effective, lang),
                  words.period(np, lang))));
      doc.appendChild(objection);
    }
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private String text(Text t) {
    return t.in(lang).orElseGet(() -> t.values().values().iterator().next());
  }

  private String word(String key, String... args) {
    return words.format("notice." + key, lang, args);
  }

  private static org.commonmark.node.Text plain(String s) {
    return new org.commonmark.node.Text(s);
  }
}
