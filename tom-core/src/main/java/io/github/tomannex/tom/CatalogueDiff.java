package io.github.tomannex.tom;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed between two catalogues, entries matched by id: obtain one from {@link Tom#diff}.
 * Immutable.
 *
 * <p>{@link #items()} lists the document (when any of its fields changed) first, then the measures,
 * certificates, sub-processors and sites that were added, removed or changed, each kind in the
 * current catalogue's order with removed entries after the others. {@link #reductions()} lists what
 * lowers the protection promised in the baseline: a measure removed, an implemented measure now
 * planned or not applicable, a certificate removed; each says whether the current catalogue's
 * {@code changes:} log records it.
 *
 * @param baseline the catalogue compared against, usually the version a customer signed
 * @param current the catalogue now
 * @param items every entry that changed, the document included
 * @param reductions the reductions of protection: removed measures, then measures no longer
 *     implemented, then removed certificates, each in the order of {@code items}
 */
public record CatalogueDiff(
    Catalogue baseline, Catalogue current, List<Item> items, List<Reduction> reductions) {

  /**
   * Checks the components and copies the lists.
   *
   * @param baseline see {@link #baseline()}
   * @param current see {@link #current()}
   * @param items see {@link #items()}
   * @param reductions see {@link #reductions()}
   */
  public CatalogueDiff {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(current, "current");
    items = List.copyOf(items);
    reductions = List.copyOf(reductions);
  }

  /**
   * Whether nothing changed that a customer would see.
   *
   * @return true when there are no changed items
   */
  public boolean isEmpty() {
    return items.isEmpty();
  }

  /**
   * The changed items of one kind.
   *
   * @param kind a kind
   * @return the items of that kind, in the order of {@link #items()}
   */
  public List<Item> items(Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return items.stream().filter(i -> i.kind() == kind).toList();
  }

  /**
   * The reductions that the current catalogue's {@code changes:} log does not record.
   *
   * @return the unrecorded reductions
   */
  public List<Reduction> unrecorded() {
    return reductions.stream().filter(r -> r.recordedBy().isEmpty()).toList();
  }

  /**
   * The unrecorded reductions as diagnostics ({@code DIFF-001} a measure removed, {@code DIFF-002}
   * a measure no longer implemented, {@code DIFF-003} a certificate removed), and each
   * sub-processor added without a notice period ({@code DIFF-004}, a warning), with the severity
   * and wording of those rules ({@link Rule#find}), located in the current catalogue, sorted.
   *
   * @return the diagnostics; empty when every reduction is recorded
   */
  public List<Diagnostic> diagnostics() {
    return io.github.tomannex.tom.internal.diff.Reductions.diagnostics(this);
  }

  /** What kind of entry an {@link Item} is. */
  public enum Kind {
    /** The document: title, version, dates, parties, review, layout. */
    DOCUMENT,
    /** A measure. */
    MEASURE,
    /** A certificate. */
    CERTIFICATE,
    /** A sub-processor. */
    SUBPROCESSOR,
    /** A site. */
    SITE;

    /**
     * The kind as written in exports: {@code measure}, {@code certificate} …
     *
     * @return the id
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How an {@link Item} changed. */
  public enum Type {
    /** Only in the current catalogue. */
    ADDED,
    /** Only in the baseline. */
    REMOVED,
    /** In both, with different fields or texts. */
    CHANGED;

    /**
     * The type as written in exports: {@code added}, {@code removed}, {@code changed}.
     *
     * @return the id
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One changed entry.
   *
   * @param kind what kind of entry
   * @param id its id ({@code document} for the document)
   * @param type added, removed or changed
   * @param fields the plain fields that differ (only for {@link Type#CHANGED})
   * @param texts the texts that differ, per language (only for {@link Type#CHANGED})
   */
  public record Item(Kind kind, String id, Type type, List<Field> fields, List<TextChange> texts) {
    /**
     * Checks the components and copies the lists.
     *
     * @param kind see {@link #kind()}
     * @param id see {@link #id()}
     * @param type see {@link #type()}
     * @param fields see {@link #fields()}
     * @param texts see {@link #texts()}
     */
    public Item {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(type, "type");
      fields = List.copyOf(fields);
      texts = List.copyOf(texts);
    }

    /**
     * A changed field by name.
     *
     * @param name a field name such as {@code status}
     * @return the change, or empty when that field did not change
     */
    public Optional<Field> field(String name) {
      return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
  }

  /**
   * A plain field with a different value: a category, status, date, id or id list, written as in
   * the catalogue (lists joined with {@code ", "}).
   *
   * @param name the key, as in the catalogue ({@code status}, {@code valid-until}, {@code
   *     processor.name} …)
   * @param before the baseline's value; empty when absent there
   * @param after the current value; empty when absent now
   */
  public record Field(String name, Optional<String> before, Optional<String> after) {
    /**
     * Checks that no component is null.
     *
     * @param name see {@link #name()}
     * @param before see {@link #before()}
     * @param after see {@link #after()}
     */
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }

  /**
   * A text that differs in one language, with a word-level diff of its plain text (the Markdown's
   * text content, without markup).
   *
   * @param name the key ({@code text}, {@code title}, {@code reason} …)
   * @param language the language
   * @param before the baseline's Markdown; empty when absent there
   * @param after the current Markdown; empty when absent now
   * @param words the word-level diff: kept, deleted and inserted runs, in reading order
   */
  public record TextChange(
      String name,
      String language,
      Optional<String> before,
      Optional<String> after,
      List<Words> words) {
    /**
     * Checks the components and copies the list.
     *
     * @param name see {@link #name()}
     * @param language see {@link #language()}
     * @param before see {@link #before()}
     * @param after see {@link #after()}
     * @param words see {@link #words()}
     */
    public TextChange {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      words = List.copyOf(words);
    }
  }

  /**
   * A run of words of a {@link TextChange}: kept, deleted (only in the baseline) or inserted (only
   * now). Whitespace between words belongs to the run it follows.
   *
   * @param edit kept, deleted or inserted
   * @param text the words, as in the plain text
   */
  public record Words(Edit edit, String text) {
    /**
     * Checks that no component is null.
     *
     * @param edit see {@link #edit()}
     * @param text see {@link #text()}
     */
    public Words {
      Objects.requireNonNull(edit, "edit");
      Objects.requireNonNull(text, "text");
    }
  }

  /** What happened to a run of {@link Words}. */
  public enum Edit {
    /** In both texts. */
    KEEP,
    /** Only in the baseline's text. */
    DELETE,
    /** Only in the current text. */
    INSERT
  }

  /** The reductions of protection {@link Tom#diff} recognises. */
  public enum ReductionKind {
    /** A measure of the baseline is gone. */
    MEASURE_REMOVED,
    /** A measure implemented in the baseline is now planned or not applicable. */
    MEASURE_NO_LONGER_IMPLEMENTED,
    /** A certificate of the baseline is gone. */
    CERTIFICATE_REMOVED
  }

  /**
   * A reduction of the protection promised in the baseline.
   *
   * @param kind what was reduced
   * @param id the measure's or certificate's id
   * @param before the baseline's status ({@code implemented}) or {@code present}
   * @param after the current status, or {@code removed}
   * @param recordedBy the {@code changes:} entry of the current catalogue that records it: same id,
   *     dated on or after the baseline's effective date
   * @param location where to look in the current catalogue: the measure, or the file's start for a
   *     removed entry
   */
  public record Reduction(
      ReductionKind kind,
      String id,
      String before,
      String after,
      Optional<Change> recordedBy,
      Location location) {
    /**
     * Checks that no component is null.
     *
     * @param kind see {@link #kind()}
     * @param id see {@link #id()}
     * @param before see {@link #before()}
     * @param after see {@link #after()}
     * @param recordedBy see {@link #recordedBy()}
     * @param location see {@link #location()}
     */
    public Reduction {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(recordedBy, "recordedBy");
      Objects.requireNonNull(location, "location");
    }
  }
}
