package io.github.tomannex.tom;

import io.github.tomannex.tom.internal.Suggest;
import io.github.tomannex.tom.internal.bind.Assembler;
import io.github.tomannex.tom.internal.bind.CatalogueBinder;
import io.github.tomannex.tom.internal.bind.ExportAdapter;
import io.github.tomannex.tom.internal.bind.Layouts;
import io.github.tomannex.tom.internal.lint.Lint;
import io.github.tomannex.tom.internal.lint.Locator;
import io.github.tomannex.tom.internal.render.Renderers;
import io.github.tomannex.tom.internal.rules.Diagnostics;
import io.github.tomannex.tom.internal.rules.RuleTable;
import io.github.tomannex.tom.internal.validate.Validator;
import io.github.tomannex.tom.internal.yaml.YamlNode;
import io.github.tomannex.tom.internal.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The entry point: loads, validates and renders TOM catalogues.
 *
 * <pre>{@code
 * Tom tom = Tom.builder().build();
 * LoadResult result = tom.load(Path.of("src/tom/catalogue.yaml"));
 * result.diagnostics().forEach(d -> System.err.println(d.format()));
 * Catalogue catalogue = result.orElseThrow();
 * String html = tom.render(catalogue, Format.HTML, "de");
 * }</pre>
 *
 * <p>A {@code Tom} is immutable and thread-safe: build one and share it. Loading never throws for
 * bad input; every problem comes back as a {@link Diagnostic} with file, line and column.
 *
 * <p>Loading first checks the structure (the file is a catalogue); only a structurally valid
 * catalogue is then checked by the lint rules, which judge it the way a data protection reviewer
 * would ({@code docs/rules.md}). Lint rules are configured per rule with {@link
 * Builder#ruleSeverity} or the catalogue's {@code lint:} key; rules that compare dates use {@link
 * Builder#clock}.
 */
public final class Tom {
  /** The default size limit of a catalogue file: 64 MiB. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 64L * 1024 * 1024;

  private final long maxInputBytes;
  private final YamlReader reader;
  private final Clock clock;
  private final Map<String, RuleLevel> ruleLevels;
  private final Function<String, Optional<byte[]>> artifacts;

  private Tom(Builder builder) {
    this.maxInputBytes = builder.maxInputBytes;
    this.artifacts = builder.artifacts;
    this.reader = new YamlReader(maxInputBytes);
    this.clock = builder.clock;
    this.ruleLevels = Map.copyOf(builder.ruleLevels);
  }

  /**
   * A builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Tom}. Not thread-safe; the {@code Tom} it builds is. */
  public static final class Builder {
    private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
    private Clock clock = Clock.systemUTC();
    private final Map<String, RuleLevel> ruleLevels = new LinkedHashMap<>();
    private Function<String, Optional<byte[]>> artifacts;

    private Builder() {}

    /**
     * Resolves the fragments that a catalogue's {@code include:} names by Maven coordinates ({@code
     * groupId:artifactId:version}): a released JSON export of another annex, whose sites,
     * sub-processors, certificates and measures are included. The Maven plugin passes one that
     * resolves the artifact of type {@code json} and classifier {@code tom} from the build's
     * repositories; without a resolver such an include is an error ({@code INC-002}).
     *
     * @param resolver gives the export's bytes for the coordinates, or empty when there is no such
     *     artifact; it may be called from any thread that loads, and an exception it throws is
     *     reported as a diagnostic
     * @return this builder
     */
    public Builder artifacts(Function<String, Optional<byte[]>> resolver) {
      this.artifacts = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    /**
     * The clock that says what day it is, for the rules that compare dates with today (overdue
     * review, expired certificates, planned measures past due). Default: the system clock, in UTC.
     * Tests pass {@link Clock#fixed}.
     *
     * @param clock the clock; today is {@code LocalDate.now(clock)}
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the level of a lint rule (see {@code docs/rules.md}, {@link Rule#all()}): off, or the
     * severity of its findings. Takes precedence over the catalogue's {@code lint:} key, which
     * takes precedence over the rule's default. Setting a rule twice keeps the last.
     *
     * @param rule the id of a configurable rule, for example {@code SPEC-002}
     * @param level the level
     * @return this builder
     * @throws IllegalArgumentException when {@code rule} is not the id of a configurable rule; the
     *     message names the closest one
     */
    public Builder ruleSeverity(String rule, RuleLevel level) {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(level, "level");
      List<String> configurable = RuleTable.standard().configurable();
      if (!configurable.contains(rule)) {
        String hint = Suggest.hint(rule, configurable);
        throw new IllegalArgumentException(
            (Rule.find(rule).isPresent()
                    ? "rule '" + rule + "' is a structural rule and cannot be configured"
                    : "'" + rule + "' is not a configurable rule")
                + "; configurable are "
                + String.join(", ", configurable)
                + (hint == null ? "" : " (" + hint + ")"));
      }
      ruleLevels.put(rule, level);
      return this;
    }

    /**
     * The largest catalogue accepted, in bytes; larger files are answered with diagnostic {@code
     * FILE-002}. Default {@link #DEFAULT_MAX_INPUT_BYTES}.
     *
     * @param bytes the limit, at least 1 KiB and at most 1 GiB
     * @return this builder
     * @throws IllegalArgumentException when the limit is outside that range
     */
    public Builder maxInputBytes(long bytes) {
      if (bytes < 1024 || bytes > (1L << 30)) {
        throw new IllegalArgumentException(
            "maxInputBytes must be between 1024 and 1073741824, got " + bytes);
      }
      this.maxInputBytes = bytes;
      return this;
    }

    /**
     * Builds the engine.
     *
     * @return an immutable, thread-safe {@link Tom}
     */
    public Tom build() {
      return new Tom(this);
    }
  }

  /**
   * Loads and validates a catalogue file. The source name in diagnostics is the path as given.
   *
   * @param path the catalogue file
   * @return the catalogue, if valid, and all diagnostics
   */
  public LoadResult load(Path path) {
    Objects.requireNonNull(path, "path");
    return load(path, path.toString());
  }

  /**
   * Loads and validates a catalogue file, naming it {@code sourceName} in diagnostics, for example
   * a path relative to the project.
   *
   * @param path the catalogue file
   * @param sourceName the name diagnostics use for it
   * @return the catalogue, if valid, and all diagnostics
   */
  public LoadResult load(Path path, String sourceName) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sourceName, "sourceName");
    String source = sourceName;
    Diagnostics diags = new Diagnostics();
    byte[] bytes;
    try {
      if (Files.isDirectory(path)) {
        diags.report(
            Location.startOf(source),
            "FILE-001",
            "'" + source + "' is a directory; expected a catalogue file");
        return result(diags, null);
      }
      if (Files.exists(path) && !Files.isRegularFile(path)) {
        diags.report(
            Location.startOf(source),
            "FILE-001",
            "'" + source + "' is not a regular file (a device or pipe); expected a catalogue file");
        return result(diags, null);
      }
      long size = Files.size(path);
      if (size > maxInputBytes) {
        tooLarge(diags, source, size);
        return result(diags, null);
      }
      try (InputStream in = Files.newInputStream(path)) {
        bytes = readBounded(in, source, diags);
      }
      if (bytes == null) {
        return result(diags, null);
      }
    } catch (NoSuchFileException e) {
      diags.report(Location.startOf(source), "FILE-001", "'" + source + "' does not exist");
      return result(diags, null);
    } catch (IOException | SecurityException e) {
      diags.report(
          Location.startOf(source),
          "FILE-001",
          "cannot read '" + source + "': " + String.valueOf(e.getMessage()));
      return result(diags, null);
    }
    return load(bytes, path, source, diags);
  }

  /**
   * The master a variant derives from: the path its top-level {@code base:} names, resolved against
   * the variant's directory. Reads only that key, checks nothing else.
   *
   * @param path a catalogue file
   * @return the master's path, normalized; empty when the file has no {@code base:} or cannot be
   *     read as YAML
   */
  public Optional<Path> base(Path path) {
    Objects.requireNonNull(path, "path");
    try {
      if (!Files.isRegularFile(path) || Files.size(path) > maxInputBytes) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(path);
      Optional<YamlNode> root = reader.read(bytes, path.toString(), new Diagnostics());
      if (root.isPresent()
          && root.get() instanceof YamlNode.Mapping m
          && m.entries().get("base") instanceof YamlNode.Scalar s
          && s.kind() == YamlNode.ScalarKind.STRING
          && !s.text().isBlank()) {
        Path dir = path.toAbsolutePath().normalize().getParent();
        return Optional.of(dir.resolve(s.text().trim()).normalize());
      }
    } catch (IOException | SecurityException | java.nio.file.InvalidPathException e) {
      // no base that can be followed; load reports why
    }
    return Optional.empty();
  }

  /**
   * The files and artifacts a catalogue file reads besides itself, as {@link LoadResult#inputs()}
   * lists them, without checking the catalogue: for a build tool that decides whether an earlier
   * result still holds (its key must cover these files' contents too). Only the {@code include:}
   * and {@code base:} keys are followed; problems are left to {@link #load(Path)}, and a file that
   * cannot be read ends the list there.
   *
   * @param path the catalogue file
   * @return absolute, normalized paths of files and Maven coordinates of artifacts, in the order
   *     read; empty for a catalogue that includes nothing or cannot be read
   */
  public List<String> inputs(Path path) {
    Objects.requireNonNull(path, "path");
    try {
      if (!Files.isRegularFile(path) || Files.size(path) > maxInputBytes) {
        return List.of();
      }
      byte[] bytes = Files.readAllBytes(path);
      Diagnostics ignored = new Diagnostics();
      Optional<YamlNode> root = reader.read(bytes, path.toString(), ignored);
      if (root.isEmpty()
          || ExportAdapter.isExport(bytes, root.get())
          || !Assembler.needed(root.get())) {
        return List.of();
      }
      Assembler assembler = new Assembler(reader, ignored, maxInputBytes, artifacts);
      assembler.assemble((YamlNode.Mapping) root.get(), path, path.toString());
      return assembler.inputs();
    } catch (IOException | SecurityException e) {
      return List.of();
    }
  }

  /**
   * Loads and validates a catalogue from a stream, reading at most the size limit. The stream is
   * not closed.
   *
   * @param in the catalogue as UTF-8 bytes
   * @param sourceName the name diagnostics use for it, for example a file name
   * @return the catalogue, if valid, and all diagnostics
   */
  public LoadResult load(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Diagnostics diags = new Diagnostics();
    byte[] bytes;
    try {
      bytes = readBounded(in, sourceName, diags);
    } catch (IOException e) {
      diags.report(
          Location.startOf(sourceName),
          "FILE-001",
          "cannot read '" + sourceName + "': " + String.valueOf(e.getMessage()));
      return result(diags, null);
    }
    return bytes == null ? result(diags, null) : load(bytes, null, sourceName, diags);
  }

  /**
   * Loads and validates a catalogue held in a string.
   *
   * @param yaml the catalogue
   * @param sourceName the name diagnostics use for it
   * @return the catalogue, if valid, and all diagnostics
   */
  public LoadResult loadString(String yaml, String sourceName) {
    Objects.requireNonNull(yaml, "yaml");
    Objects.requireNonNull(sourceName, "sourceName");
    Diagnostics diags = new Diagnostics();
    byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > maxInputBytes) {
      tooLarge(diags, sourceName, bytes.length);
      return result(diags, null);
    }
    return load(bytes, null, sourceName, diags);
  }

  /** Reads at most the limit; null (reported as FILE-002) when there is more. */
  private byte[] readBounded(InputStream in, String source, Diagnostics diags) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxInputBytes + 1));
    if (bytes.length > maxInputBytes) {
      tooLarge(diags, source, -1);
      return null;
    }
    return bytes;
  }

  private void tooLarge(Diagnostics diags, String source, long size) {
    diags.report(
        Location.startOf(source),
        "FILE-002",
        (size < 0 ? "the input is larger" : "the file has " + size + " bytes, more")
            + " than the limit of "
            + maxInputBytes
            + " bytes; a catalogue is far smaller");
  }

  private LoadResult load(byte[] bytes, Path path, String source, Diagnostics diags) {
    Optional<YamlNode> root = reader.read(bytes, source, diags);
    if (root.isEmpty()) {
      return result(diags, null);
    }
    YamlNode top = root.get();
    List<String> inputs = List.of();
    if (!ExportAdapter.isExport(bytes, top) && Assembler.needed(top)) {
      // includes and a base: put together before binding, every value keeping its file
      Assembler assembler = new Assembler(reader, diags, maxInputBytes, artifacts);
      YamlNode.Mapping assembled = assembler.assemble((YamlNode.Mapping) top, path, source);
      inputs = assembler.inputs();
      if (assembled == null || diags.hasErrors()) {
        return result(diags, null, inputs);
      }
      top = assembled;
    }
    LoadResult result = load(bytes, top, root.get(), source, diags);
    return inputs.isEmpty()
        ? result
        : new LoadResult(result.catalogue(), result.diagnostics(), inputs);
  }

  private LoadResult load(
      byte[] bytes, YamlNode top, YamlNode original, String source, Diagnostics diags) {
    if (ExportAdapter.isDiffExport(bytes, top)) {
      diags.report(
          Location.startOf(source),
          "SCHEMA-002",
          "'"
              + source
              + "' is the JSON of a change notice (changes.json), not a catalogue or"
              + " an annex export; compare with the annex.json of a version instead");
      return result(diags, null);
    }
    boolean export = ExportAdapter.isExport(bytes, top);
    if (export) {
      top = ExportAdapter.toCatalogue((YamlNode.Mapping) top, diags);
    }
    CatalogueBinder binder = new CatalogueBinder(diags, Layouts.standard(), source);
    CatalogueBinder.Bound bound = (export ? binder.forExport() : binder).bind(top);
    if (bound == null) {
      return result(diags, null);
    }
    Function<String, Optional<Severity>> severity = rule -> level(rule, bound.lint());
    new Validator(diags, Taxonomy.standard()).validate(bound);
    Optional<Catalogue> catalogue = bound.catalogue();
    if (!diags.hasErrors() && catalogue.isEmpty()) {
      // every missing part reports an error; this guards the promise of LoadResult
      diags.report(
          Location.startOf(source),
          "SCHEMA-003",
          "the catalogue is incomplete; expected the keys tom, document, review and measures");
    }
    if (export) {
      // a released version is compared, not judged again: no lint
      return result(
          diags,
          diags.hasErrors()
              ? null
              : ExportAdapter.restoreLayout((YamlNode.Mapping) original, catalogue.orElseThrow()));
    }
    if (!diags.hasErrors() && catalogue.isPresent()) {
      Lint.run(
          catalogue.get(), new Locator(bound, bound.root()), LocalDate.now(clock), severity, diags);
    }
    return result(diags, diags.hasErrors() ? null : catalogue.orElse(null));
  }

  /** The level of a rule: the builder's, else the catalogue's, else its default. */
  private Optional<Severity> level(String rule, Map<String, RuleLevel> catalogue) {
    RuleLevel level = ruleLevels.get(rule);
    if (level == null) {
      level = catalogue.get(rule);
    }
    if (level == null) {
      level = RuleLevel.of(Rule.find(rule).orElseThrow().defaultSeverity());
    }
    return level.severity();
  }

  private static LoadResult result(Diagnostics diags, Catalogue catalogue) {
    return new LoadResult(Optional.ofNullable(catalogue), diags.sorted());
  }

  private static LoadResult result(Diagnostics diags, Catalogue catalogue, List<String> inputs) {
    return new LoadResult(Optional.ofNullable(catalogue), diags.sorted(), inputs);
  }

  /**
   * Renders the annex in one format and language.
   *
   * @param catalogue a catalogue from {@link #load}
   * @param format the format; for {@link Format#JSON} the language is ignored, the export holds all
   *     languages
   * @param language one of the catalogue's languages
   * @return the document, UTF-8 text with {@code \n} line ends; the same catalogue always gives the
   *     same text
   * @throws IllegalArgumentException when the language is not one of the catalogue's
   */
  public String render(Catalogue catalogue, Format format, String language) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(language, "language");
    if (format.perLanguage()) {
      checkLanguage(catalogue, language);
    }
    return new String(
        format.outputFormat().render(catalogue, language, RenderOptions.defaults()),
        StandardCharsets.UTF_8);
  }

  /**
   * The annex's fingerprint, which every rendered annex prints (Markdown, HTML, PDF): the SHA-256
   * of its JSON export, the bytes of {@code annex.json} exactly as {@link #render(Catalogue,
   * Format, String)} gives them for {@link Format#JSON} (UTF-8). The export holds every text in
   * every language, the layout and the numbering, so any change of content changes the fingerprint
   * and a change of the YAML's formatting does not. Whoever holds the {@code annex.json} of a
   * release can check a printed annex against it: {@code sha256sum annex.json} gives the same 64
   * digits. The export cannot print its own fingerprint; it is the document the fingerprint is
   * taken of.
   *
   * @param catalogue a catalogue from {@link #load}
   * @return 64 lower-case hex digits; the same catalogue always gives the same fingerprint
   */
  public String fingerprint(Catalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    return io.github.tomannex.tom.internal.render.Renderers.fingerprint(catalogue);
  }

  /**
   * Reports the annex in one language to a handler, as a stream of structural events: for writing
   * it in a format tom does not render itself.
   *
   * @param catalogue a catalogue from {@link #load}
   * @param language one of the catalogue's languages
   * @param handler receives the events; called on this thread only
   * @throws IllegalArgumentException when the language is not one of the catalogue's
   */
  public void render(Catalogue catalogue, String language, AnnexHandler handler) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(handler, "handler");
    checkLanguage(catalogue, language);
    io.github.tomannex.tom.internal.render.Events.emit(catalogue, language, handler);
  }

  private static void checkLanguage(Catalogue catalogue, String language) {
    Renderers.checkLanguage(catalogue, language);
  }

  /**
   * Reports a one-line catalogue text, such as a certificate's title or issuer or a site's name, as
   * the inline events the annex uses for its texts, for a format that lays out such fields itself
   * (a table cell of the PDF or the Word document). The text is read as {@link #render(Catalogue,
   * String, AnnexHandler)} reads it: CommonMark emphasis, strong emphasis and code spans when it is
   * one paragraph, otherwise the whole text as literal characters; raw HTML as literal text; line
   * breaks as spaces. Links and images are reported as their text: a cell links nowhere.
   *
   * @param text the text as written in the catalogue (one language's)
   * @param handler receives text, code, emphasis and strong events only
   */
  public static void renderInline(String text, AnnexHandler handler) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(handler, "handler");
    io.github.tomannex.tom.internal.render.Events.inline(text, handler);
  }

  /**
   * Renders every requested format in every requested language: one file per language for Markdown
   * and HTML, one JSON export; then the sub-processor document in the same formats ({@code
   * subprocessors-<lang>.md}, {@code .html}, {@code subprocessors.json}).
   *
   * @param catalogue a catalogue from {@link #load}
   * @param formats the formats
   * @param languages the languages, a subset of the catalogue's; empty means all; a language named
   *     twice is rendered once
   * @return the files in a stable order: by format, then by language
   * @throws IllegalArgumentException when a language is not one of the catalogue's
   */
  public List<RenderedFile> renderAll(
      Catalogue catalogue, Collection<Format> formats, Collection<String> languages) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(formats, "formats");
    Objects.requireNonNull(languages, "languages");
    List<OutputFormat> outputs = new ArrayList<>();
    for (Format format : Format.values()) {
      if (formats.contains(format)) {
        outputs.add(format.outputFormat());
      }
    }
    return renderAll(catalogue, outputs, languages, RenderOptions.defaults());
  }

  /**
   * Renders the annex in every given format and language: a file per language for a format that is
   * {@link OutputFormat#perLanguage() per language}, else one file. Each file says what it is:
   * {@link RenderedFile.Kind#ANNEX}, its format and its language.
   *
   * @param catalogue a catalogue from {@link #load}
   * @param formats the formats, for example from {@link OutputFormats#available()}; a format given
   *     twice (by id) is rendered once
   * @param languages the languages, a subset of the catalogue's; empty means all; a language named
   *     twice is rendered once
   * @param options the options, for example the build's timestamp
   * @return the files in the order of {@code formats}, then by language; then the sub-processor
   *     documents of {@link #renderAllSubprocessors} in the same order
   * @throws IllegalArgumentException when a language is not one of the catalogue's
   */
  public List<RenderedFile> renderAll(
      Catalogue catalogue,
      List<OutputFormat> formats,
      Collection<String> languages,
      RenderOptions options) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(formats, "formats");
    Objects.requireNonNull(options, "options");
    List<RenderedFile> out =
        new ArrayList<>(
            each(
                RenderedFile.Kind.ANNEX,
                formats,
                languages(catalogue, languages),
                catalogue.document().bindingLanguage(),
                f -> true,
                (format, lang) -> format.render(catalogue, lang, options)));
    out.addAll(renderAllSubprocessors(catalogue, formats, languages, options));
    return List.copyOf(out);
  }

  /**
   * Renders the sub-processor document in every given format that {@link
   * OutputFormat#rendersSubprocessors() renders it} (the others are left out) and in every given
   * language, as {@link #renderAll(Catalogue, List, Collection, RenderOptions)} does for the annex
   * (which includes these files after the annex's). Each file is of kind {@link
   * RenderedFile.Kind#SUBPROCESSORS}: {@code subprocessors-<lang>.<ext>}, {@code
   * subprocessors.json}. A catalogue without sub-processors gets documents that say it has none.
   *
   * @param catalogue a catalogue from {@link #load}
   * @param formats the formats; a format given twice (by id) is rendered once
   * @param languages the languages, a subset of the catalogue's; empty means all
   * @param options the options, for example the build's timestamp
   * @return the files in the order of {@code formats}, then by language
   * @throws IllegalArgumentException when a language is not one of the catalogue's
   */
  public List<RenderedFile> renderAllSubprocessors(
      Catalogue catalogue,
      List<OutputFormat> formats,
      Collection<String> languages,
      RenderOptions options) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(formats, "formats");
    Objects.requireNonNull(options, "options");
    return each(
        RenderedFile.Kind.SUBPROCESSORS,
        formats,
        languages(catalogue, languages),
        catalogue.document().bindingLanguage(),
        OutputFormat::rendersSubprocessors,
        (format, lang) -> format.renderSubprocessors(catalogue, lang, options));
  }

  /**
   * Reports the sub-processor document in one language to a handler, as {@link #render(Catalogue,
   * String, AnnexHandler)} does for the annex: for formats of the caller's own (the PDF renderer
   * and the site report use this).
   *
   * @param catalogue a catalogue from {@link #load}
   * @param language one of the catalogue's languages
   * @param handler receives the events; called on this thread only
   * @throws IllegalArgumentException when the language is not one of the catalogue's
   */
  public void renderSubprocessors(Catalogue catalogue, String language, AnnexHandler handler) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(handler, "handler");
    checkLanguage(catalogue, language);
    Renderers.subprocessors(catalogue, language, handler);
  }

  /**
   * Renders the change notice of a diff in every given format that {@link
   * OutputFormat#rendersChanges() renders change notices} (the others are left out) and in every
   * given language, as {@link #renderAll(Catalogue, List, Collection, RenderOptions)} does for the
   * annex. Each file is of kind {@link RenderedFile.Kind#CHANGES}.
   *
   * @param diff the difference
   * @param formats the formats; a format given twice (by id) is rendered once
   * @param languages the languages, a subset of the current catalogue's; empty means all
   * @param options the options, for example the build's timestamp
   * @return the files in the order of {@code formats}, then by language
   * @throws IllegalArgumentException when a language is not one of the current catalogue's
   */
  public List<RenderedFile> renderAllChanges(
      CatalogueDiff diff,
      List<OutputFormat> formats,
      Collection<String> languages,
      RenderOptions options) {
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(formats, "formats");
    Objects.requireNonNull(options, "options");
    Catalogue current = diff.current();
    return each(
        RenderedFile.Kind.CHANGES,
        formats,
        languages(current, languages),
        current.document().bindingLanguage(),
        OutputFormat::rendersChanges,
        (format, lang) -> format.renderChanges(diff, lang, options));
  }

  /**
   * One kind of document in every format that renders it: a file per language for a format that is
   * {@link OutputFormat#perLanguage() per language}, else one file in the binding language; in the
   * order of the formats (each id once), then of the languages.
   */
  private static List<RenderedFile> each(
      RenderedFile.Kind kind,
      List<OutputFormat> formats,
      List<String> langs,
      String binding,
      java.util.function.Predicate<OutputFormat> renders,
      java.util.function.BiFunction<OutputFormat, String, byte[]> render) {
    List<RenderedFile> out = new ArrayList<>();
    for (OutputFormat format : distinct(formats)) {
      if (!renders.test(format)) {
        continue;
      }
      if (!format.perLanguage()) {
        out.add(
            new RenderedFile(
                kind,
                format.id(),
                format.extension(),
                Optional.empty(),
                render.apply(format, binding)));
        continue;
      }
      for (String lang : langs) {
        out.add(
            new RenderedFile(
                kind,
                format.id(),
                format.extension(),
                Optional.of(lang),
                render.apply(format, lang)));
      }
    }
    return List.copyOf(out);
  }

  /** The languages asked for, each once and checked; all of the catalogue's when none. */
  private static List<String> languages(Catalogue catalogue, Collection<String> languages) {
    Objects.requireNonNull(languages, "languages");
    if (languages.isEmpty()) {
      return catalogue.document().languages();
    }
    List<String> langs = List.copyOf(new java.util.LinkedHashSet<>(languages));
    for (String lang : langs) {
      checkLanguage(catalogue, lang);
    }
    return langs;
  }

  /** The formats, each id once, in their order. */
  private static List<OutputFormat> distinct(List<OutputFormat> formats) {
    Map<String, OutputFormat> byId = new LinkedHashMap<>();
    for (OutputFormat format : formats) {
      byId.putIfAbsent(Objects.requireNonNull(format, "format").id(), format);
    }
    return List.copyOf(byId.values());
  }

  /**
   * What changed from {@code baseline} to {@code current}, entries matched by id, with the
   * reductions of protection and whether the current {@code changes:} log records them.
   *
   * @param baseline the catalogue compared against, e.g. loaded from the JSON export of the version
   *     a customer signed
   * @param current the catalogue now
   * @return the difference
   */
  public CatalogueDiff diff(Catalogue baseline, Catalogue current) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(current, "current");
    return io.github.tomannex.tom.internal.diff.Differ.diff(baseline, current);
  }

  /**
   * Renders the change notice of a diff: "Changes since version X", the reductions of protection
   * first, then the changes grouped by section of the current layout; a reader needs no YAML to
   * follow it. {@link Format#JSON} gives the diff itself as JSON (one file for all languages;
   * {@code language} is then ignored).
   *
   * @param diff the difference
   * @param format the format
   * @param language one of the current catalogue's languages
   * @return the notice, with {@code \n} line ends
   * @throws IllegalArgumentException if the language is not one of the current catalogue's
   */
  public String renderChanges(CatalogueDiff diff, Format format, String language) {
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(language, "language");
    if (format.perLanguage()) {
      checkLanguage(diff.current(), language);
    }
    return new String(
        format.outputFormat().renderChanges(diff, language, RenderOptions.defaults()),
        StandardCharsets.UTF_8);
  }

  /**
   * Reports the change notice of a diff to a handler, for formats of the caller's own (the PDF
   * renderer and the site report use this).
   *
   * @param diff the difference
   * @param language one of the current catalogue's languages
   * @param handler receives the notice's structure
   * @throws IllegalArgumentException if the language is not one of the current catalogue's
   */
  public void renderChanges(CatalogueDiff diff, String language, AnnexHandler handler) {
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(handler, "handler");
    checkLanguage(diff.current(), language);
    Renderers.notice(diff, language, handler);
  }
}
