package io.github.tomannex.tom.internal.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.tomannex.tom.Location;
import io.github.tomannex.tom.internal.Chars;
import io.github.tomannex.tom.internal.rules.Diagnostics;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML bytes into a {@link YamlNode} tree that keeps the position of every value, and answers
 * every malformed or hostile input with a diagnostic. Thread-safe.
 *
 * <p>What it refuses: bytes that are not UTF-8 (a UTF-8 byte order mark is skipped), anchors and
 * aliases (so no alias expansion can blow up), nesting deeper than {@link #MAX_DEPTH}, duplicate
 * keys, more than one document, tabs used for indentation.
 */
public final class YamlReader {
  /** The deepest nesting of mappings and lists accepted. */
  public static final int MAX_DEPTH = 64;

  /** The longest line accepted, in characters. */
  public static final int MAX_LINE = 65_536;

  private final YAMLFactory factory;
  private final JsonFactory jsonFactory;

  public YamlReader(long maxBytes) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, Math.max(maxBytes, 1024)));
    options.setAllowDuplicateKeys(true); // reported by the tree builder, with both positions
    options.setNestingDepthLimit(MAX_DEPTH + 2);
    this.factory =
        YAMLFactory.builder()
            .loaderOptions(options)
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNumberLength(MAX_NUMBER_DIGITS)
                    .maxNestingDepth(1000)
                    .maxStringLength((int) Math.min(Integer.MAX_VALUE, Math.max(maxBytes, 1024)))
                    .build())
            .build();
    this.jsonFactory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNumberLength(MAX_NUMBER_DIGITS)
                    .maxNestingDepth(MAX_DEPTH + 2)
                    .maxStringLength((int) Math.min(Integer.MAX_VALUE, Math.max(maxBytes, 1024)))
                    .build())
            .build();
  }

  /**
   * Reads bytes; returns the root node, or empty when nothing usable was read. A file whose first
   * character other than white space is <code>{</code> is read as JSON first (tom's own export is
   * JSON: any valid JSON is read, whatever its indentation, escapes or line lengths); when it is
   * not valid JSON and its name does not end in {@code .json}, it is read as a YAML flow mapping.
   */
  public Optional<YamlNode> read(byte[] bytes, String source, Diagnostics diags) {
    Optional<String> decoded = decodeOnly(bytes, source, diags);
    if (decoded.isEmpty()) {
      return Optional.empty();
    }
    String text = decoded.get();
    if (startsLikeJson(text)) {
      if (!scan(text, source, diags, false)) {
        return Optional.empty();
      }
      Diagnostics jsonDiags = new Diagnostics();
      JsonOutcome json = parseJson(text, source, jsonDiags);
      boolean jsonFile = source.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
      if (!json.syntaxError || jsonFile) {
        copy(jsonDiags, diags);
        return Optional.ofNullable(json.root);
      }
      // Not valid JSON: perhaps a YAML flow mapping. When it is no valid YAML either and it
      // was meant as JSON (its first key is quoted, as in an export), the JSON error is the
      // one that helps.
      Diagnostics yamlDiags = new Diagnostics();
      Optional<YamlNode> yaml =
          scan(text, source, yamlDiags, true) ? parse(text, source, yamlDiags) : Optional.empty();
      copy(yaml.isEmpty() && quotedFirstKey(text) ? jsonDiags : yamlDiags, diags);
      return yaml;
    }
    return scan(text, source, diags, true) ? parse(text, source, diags) : Optional.empty();
  }

  private static void copy(Diagnostics from, Diagnostics to) {
    from.sorted()
        .forEach(d -> to.report(d.location(), d.rule(), d.message(), d.hint().orElse(null)));
  }

  /** Whether the first non-blank characters are <code>{</code> and a quote, as in JSON. */
  private static boolean quotedFirstKey(String text) {
    int i = text.indexOf('{') + 1;
    while (i < text.length() && " \t\r\n".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '"';
  }

  private static boolean startsLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return c == '{';
      }
    }
    return false;
  }

  private record JsonOutcome(YamlNode root, boolean syntaxError) {}

  /** Parses JSON with Jackson's JSON parser into the same positioned tree. */
  private JsonOutcome parseJson(String text, String source, Diagnostics diags) {
    Builder builder = null;
    try (JsonParser parser = jsonFactory.createParser(text)) {
      builder = new Builder(parser, source, diags, text);
      parser.nextToken();
      YamlNode root = builder.value(0);
      if (parser.nextToken() != null) {
        diags.report(
            builder.here(), "YAML-001", "invalid json: more after the end of the top-level object");
        return new JsonOutcome(null, true);
      }
      return new JsonOutcome(root, false);
    } catch (StreamConstraintsException e) {
      if (builder == null || !builder.depthReported) {
        reportConstraint(e, jsonLocationOf(e, text, source), diags, "json");
      }
      return new JsonOutcome(null, false);
    } catch (JsonProcessingException e) {
      diags.report(
          jsonLocationOf(e, text, source),
          "YAML-001",
          "invalid json: " + firstLine(String.valueOf(e.getOriginalMessage())));
      return new JsonOutcome(null, true);
    } catch (IOException | RuntimeException e) {
      diags.report(
          Location.startOf(source),
          "YAML-001",
          "invalid json: " + firstLine(String.valueOf(e.getMessage())));
      return new JsonOutcome(null, true);
    }
  }

  /** Decodes strict UTF-8 and checks the text (see {@link #scan}). */
  static Optional<String> decode(byte[] bytes, String source, Diagnostics diags) {
    Optional<String> text = decodeOnly(bytes, source, diags);
    return text.isPresent() && scan(text.get(), source, diags, true) ? text : Optional.empty();
  }

  /** Decodes strict UTF-8; reports the position of the first bad byte. */
  private static Optional<String> decodeOnly(byte[] bytes, String source, Diagnostics diags) {
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
      diags.report(
          Location.startOf(source),
          "FILE-005",
          "the file starts with a utf-8 byte order mark; it is ignored");
    } else if (bytes.length >= 2
        && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
            || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
      diags.report(
          Location.startOf(source),
          "FILE-003",
          "the file is utf-16 or utf-32 encoded; expected utf-8",
          "save the file as UTF-8");
      return Optional.empty();
    }
    if (bytes.length - start >= 2 && (bytes[start] == 0 || bytes[start + 1] == 0)) {
      diags.report(
          Location.startOf(source),
          "FILE-003",
          "the file starts with a NUL byte, as utf-16 or utf-32 text does; expected utf-8",
          "save the file as UTF-8");
      return Optional.empty();
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      String before = new String(bytes, start, offset - start, StandardCharsets.UTF_8);
      int[] position = position(before, before.length());
      int line = position[0];
      int column = position[1];
      diags.report(
          new Location(source, line, column),
          "FILE-003",
          String.format(
              java.util.Locale.ROOT,
              "byte 0x%02X at offset %d is not valid utf-8; expected a utf-8 encoded file",
              bytes[offset] & 0xFF,
              offset),
          "save the file as UTF-8");
      return Optional.empty();
    }
    out.flip();
    return Optional.of(out.toString());
  }

  /**
   * The 1-based line and column of index {@code end} of {@code text}, as the YAML parser counts
   * them: a line ends at {@code \n}, {@code \r\n} or a lone {@code \r}; columns count code points.
   */
  static int[] position(String text, int end) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
      } else if (c != '\r' && !Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /**
   * Rejects what YAML forbids or what would make parsing slow: control characters other than tab,
   * line feed and carriage return, non-characters, the line breaks that YAML knows but editors do
   * not show (U+0085, U+2028, U+2029: a text after one looks like part of the line before it, a key
   * after one in a comment looks commented out), and lines longer than {@link #MAX_LINE} characters
   * (the YAML scanner's time grows faster than linearly with a line's length).
   */
  static boolean scan(String text, String source, Diagnostics diags) {
    return scan(text, source, diags, true);
  }

  /** As {@link #scan(String, String, Diagnostics)}; the line length only when asked. */
  static boolean scan(String text, String source, Diagnostics diags, boolean lineLimit) {
    int line = 1;
    int column = 0; // code points before the current one on this line
    boolean ok = true;
    boolean controlReported = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak =
          c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
      if (lineBreak) {
        if (lineLimit && column > MAX_LINE) {
          reportLongLine(source, diags, line, column);
          ok = false;
        }
        line++;
        column = 0;
        continue;
      }
      if (c == '\r' || Character.isLowSurrogate(c)) {
        continue;
      }
      column++;
      int cp = Character.isHighSurrogate(c) && i + 1 < text.length() ? text.codePointAt(i) : c;
      String what = controlReported ? null : Chars.forbidden(cp, false);
      if (what != null) {
        boolean lineBreakToYaml = cp == 0x85 || cp == 0x2028 || cp == 0x2029;
        diags.report(
            new Location(source, line, column),
            "YAML-007",
            lineBreakToYaml
                ? what.substring(0, what.indexOf(','))
                    + " is a line break to yaml but not to"
                    + " editors, which show the text after it on the same line; it is not"
                    + " allowed in a catalogue"
                : what + " is not allowed in a catalogue",
            lineBreakToYaml
                ? "replace it with a real line break or a space"
                : "remove it; write line breaks as real line breaks");
        controlReported = true;
        ok = false;
      }
    }
    if (lineLimit && column > MAX_LINE) {
      reportLongLine(source, diags, line, column);
      ok = false;
    }
    return ok;
  }

  private static void reportLongLine(String source, Diagnostics diags, int line, int length) {
    diags.report(
        new Location(source, line, MAX_LINE + 1),
        "FILE-006",
        "line " + line + " has " + length + " characters; a line may have at most " + MAX_LINE,
        "write a long text over several lines as a folded block scalar, text: >-");
  }

  Optional<YamlNode> parse(String text, String source, Diagnostics diags) {
    Builder builder = null;
    try (JsonParser parser = factory.createParser(text)) {
      builder = new Builder((YAMLParser) parser, source, diags, null);
      JsonToken first = parser.nextToken();
      if (first == null) {
        diags.report(
            Location.startOf(source),
            "FILE-004",
            "the file is empty; expected a mapping with the keys tom, document, review and"
                + " measures");
        return Optional.empty();
      }
      YamlNode root = builder.value(0);
      if (root == null) {
        return Optional.empty();
      }
      if (root instanceof YamlNode.Scalar sc && sc.kind() == YamlNode.ScalarKind.NULL) {
        diags.report(
            Location.startOf(source),
            "FILE-004",
            "the file holds no value; expected a mapping with the keys tom, document, review"
                + " and measures");
        return Optional.empty();
      }
      JsonToken next = parser.nextToken();
      if (next != null) {
        diags.report(
            builder.here(),
            "YAML-006",
            "a second yaml document starts here; a catalogue is exactly one document");
        return Optional.empty();
      }
      return Optional.of(root);
    } catch (StreamConstraintsException e) {
      if (builder != null && builder.depthReported) {
        return Optional.empty();
      }
      reportConstraint(e, locationOf(e, source), diags, "yaml");
      return Optional.empty();
    } catch (JsonProcessingException e) {
      reportSyntax(e, text, source, diags);
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      // SnakeYAML signals some limits with unchecked exceptions; never let one escape.
      reportSyntax(e, text, source, diags);
      return Optional.empty();
    }
  }

  /**
   * Answers a limit of the parser: nesting (YAML-003), a number of more digits than any catalogue
   * value has (YAML-001), or a size limit (FILE-002).
   */
  private static void reportConstraint(
      StreamConstraintsException e, Location at, Diagnostics diags, String syntax) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("nesting depth")) {
      diags.report(
          at,
          "YAML-003",
          "the "
              + syntax
              + " nests deeper than "
              + MAX_DEPTH
              + " levels; a catalogue needs far fewer");
    } else if (message.startsWith("Number value length")) {
      diags.report(
          at,
          "YAML-001",
          "invalid "
              + syntax
              + ": a number of more than "
              + MAX_NUMBER_DIGITS
              + " digits; no value of a catalogue is a number that long",
          "write it as a quoted string if it is meant as text");
    } else {
      diags.report(
          at, "FILE-002", "the " + syntax + " exceeds a size limit: " + firstLine(message));
    }
  }

  /** The longest number accepted, in characters (Jackson's default). */
  private static final int MAX_NUMBER_DIGITS = 1000;

  /**
   * The position of a JSON error, its column counted in code points like every YAML position
   * (Jackson counts UTF-16 units).
   */
  private static Location jsonLocationOf(JsonProcessingException e, String text, String source) {
    JsonLocation loc = e.getLocation();
    if (loc != null && loc.getLineNr() > 0) {
      return new Location(source, loc.getLineNr(), codePointColumn(text, loc));
    }
    return Location.startOf(source);
  }

  /** The 1-based column of a JSON location in code points. */
  static int codePointColumn(String text, JsonLocation loc) {
    long offset = loc.getCharOffset();
    int column = Math.max(1, loc.getColumnNr());
    if (offset < 0 || offset > text.length() || column - 1 > offset) {
      return column;
    }
    int end = (int) offset;
    return 1 + text.codePointCount(end - (column - 1), end);
  }

  private static Location locationOf(JsonProcessingException e, String source) {
    JsonLocation loc = e.getLocation();
    if (loc != null && loc.getLineNr() > 0) {
      return new Location(source, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }
    return Location.startOf(source);
  }

  private static void reportSyntax(Exception e, String text, String source, Diagnostics diags) {
    MarkedYAMLException marked = null;
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof MarkedYAMLException m) {
        marked = m;
        break;
      }
    }
    Location at = Location.startOf(source);
    String problem;
    if (marked != null) {
      Mark mark =
          marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
      if (mark != null) {
        at = new Location(source, mark.getLine() + 1, mark.getColumn() + 1);
      }
      problem = marked.getProblem() != null ? marked.getProblem() : marked.getContext();
      if (marked.getContext() != null && marked.getProblem() != null) {
        problem = problem + " (" + marked.getContext() + ")";
      }
    } else {
      if (e instanceof JsonProcessingException jpe) {
        at = locationOf(jpe, source);
        problem = jpe.getOriginalMessage();
      } else {
        problem = e.getMessage();
      }
    }
    if (problem == null) {
      problem = e.getClass().getSimpleName();
    }
    problem = firstLine(problem);
    if (problem.startsWith("Expected a field name")) {
      problem = "a key is a list or mapping";
      diags.report(
          at,
          "YAML-001",
          "invalid yaml: " + problem,
          "a key must be a plain value; complex keys written with '?' are not accepted");
      return;
    }
    if (marked != null
        && problem.startsWith("expected <block end>")
        && marked.getProblemMark() != null
        && marked.getContextMark() != null) {
      String misplaced = misindented(text, marked.getProblemMark(), marked.getContextMark());
      if (misplaced != null) {
        diags.report(
            at,
            "YAML-001",
            misplaced,
            "indent it like the keys above it to keep it in that mapping, or as far as a"
                + " key further out to end the mapping");
        return;
      }
    }
    if (problem.contains("\\t") || problem.contains("TAB")) {
      diags.report(
          at,
          "YAML-004",
          "a tab character is used for indentation; yaml indents with spaces only",
          "replace the tab with spaces");
    } else if (problem.toLowerCase(java.util.Locale.ROOT).contains("nesting depth")) {
      diags.report(
          at,
          "YAML-003",
          "the yaml nests deeper than " + MAX_DEPTH + " levels; a catalogue needs far fewer");
    } else if (problem.toLowerCase(java.util.Locale.ROOT).contains("exceed")
        && problem.toLowerCase(java.util.Locale.ROOT).contains("code point")) {
      diags.report(at, "FILE-002", "the file is too large to read: " + problem);
    } else {
      diags.report(at, "YAML-001", "invalid yaml: " + problem, syntaxHint(problem));
    }
  }

  /**
   * Says which key (or list item) is indented wrongly when the parser expected the end of a block:
   * the line at {@code problem} is indented like no block above it. Null when the line is not such
   * a line.
   */
  static String misindented(String text, Mark problem, Mark context) {
    String[] lines = text.split("\n", -1);
    String line = lineOf(lines, problem.getLine());
    if (line == null) {
      return null;
    }
    int indent = indentOf(line);
    int blockIndent = context.getColumn();
    if (indent >= line.length() || indent == blockIndent || problem.getColumn() != indent) {
      return null;
    }
    String rest = line.substring(indent);
    String what;
    if (rest.startsWith("- ") || rest.equals("-")) {
      what = "the list item";
    } else {
      String key = keyOf(rest);
      if (key.length() > 60) {
        key = key.substring(0, 60) + "…";
      }
      what = "the key '" + key + "'";
    }
    StringBuilder sb =
        new StringBuilder(what)
            .append(" is indented by ")
            .append(indent)
            .append(indent == 1 ? " space" : " spaces")
            .append(", like no key above it (the keys")
            .append(" from line ")
            .append(context.getLine() + 1)
            .append(" are indented by ")
            .append(blockIndent);
    for (int i = problem.getLine() - 1; i > context.getLine(); i--) {
      String above = lineOf(lines, i);
      String content = above == null ? "" : above.strip();
      if (!content.isEmpty() && !content.startsWith("#")) {
        if (indentOf(above) != blockIndent) {
          sb.append(", line ").append(i + 1).append(" by ").append(indentOf(above));
        }
        break;
      }
    }
    return sb.append(')').toString();
  }

  /** The line at a 0-based index without its line break, or null past the end. */
  private static String lineOf(String[] lines, int index) {
    if (index < 0 || index >= lines.length) {
      return null;
    }
    String line = lines[index];
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  /**
   * The key at the start of a mapping line: a quoted key whole up to its closing quote (it may hold
   * a colon), a plain key up to its ': ' or a final ':'.
   */
  static String keyOf(String rest) {
    char q = rest.isEmpty() ? 0 : rest.charAt(0);
    if (q == '"' || q == '\'') {
      for (int i = 1; i < rest.length(); i++) {
        char c = rest.charAt(i);
        if (q == '"' && c == '\\') {
          i++;
        } else if (c == q) {
          if (q == '\'' && i + 1 < rest.length() && rest.charAt(i + 1) == '\'') {
            i++;
          } else {
            return rest.substring(1, i);
          }
        }
      }
      return rest.strip();
    }
    int colon = rest.indexOf(": ");
    if (colon < 0 && rest.stripTrailing().endsWith(":")) {
      colon = rest.stripTrailing().length() - 1;
    }
    return colon > 0 ? rest.substring(0, colon).strip() : rest.strip();
  }

  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** A hint for SnakeYAML's commonest complaints, which name the symptom, not the cause. */
  static String syntaxHint(String problem) {
    if (problem.contains("expected <block end>")) {
      return "check the indentation of this line, and look above for a quote or bracket"
          + " that is not closed";
    }
    if (problem.contains("mapping values are not allowed")) {
      return "a value that contains ': ' must be quoted";
    }
    if (problem.contains("could not find expected ':'")) {
      return "a key needs ': ' after it; look above for a quote that is not closed";
    }
    if (problem.contains("end of stream")
        || problem.contains("flow sequence")
        || problem.contains("flow mapping")) {
      return "a quote or bracket opened above is not closed";
    }
    return null;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).trim();
  }

  /** Builds nodes from the token stream; the parser is positioned on a value token. */
  private static final class Builder {
    private final JsonParser parser;
    private final String source;
    private final Diagnostics diags;
    boolean depthReported;
    private boolean anchorsReported;

    /** The JSON text, to count columns in code points; null for YAML (SnakeYAML does). */
    private final String json;

    private int lastLine = -1;
    private int lastOffset;
    private int lastColumn;

    Builder(JsonParser parser, String source, Diagnostics diags, String json) {
      this.parser = parser;
      this.source = source;
      this.diags = diags;
      this.json = json;
    }

    Location here() {
      JsonLocation loc = parser.currentTokenLocation();
      int line = Math.max(1, loc.getLineNr());
      return new Location(
          source, line, json == null ? Math.max(1, loc.getColumnNr()) : column(line, loc));
    }

    /**
     * The column of a JSON token in code points, counted on from the previous token on the same
     * line: linear even for a whole export written on one line.
     */
    private int column(int line, JsonLocation loc) {
      long offset = loc.getCharOffset();
      int units = Math.max(1, loc.getColumnNr());
      if (offset < 0 || offset > json.length() || units - 1 > offset) {
        return units;
      }
      int end = (int) offset;
      if (line != lastLine || end < lastOffset) {
        lastLine = line;
        lastOffset = end - (units - 1);
        lastColumn = 1;
      }
      lastColumn += json.codePointCount(lastOffset, end);
      lastOffset = end;
      return lastColumn;
    }

    /** Returns null when the value could not be represented (already reported). */
    YamlNode value(int depth) throws IOException {
      JsonToken token = parser.currentToken();
      Location at = here();
      checkAnchor(at);
      checkTag(at);
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        if (depth >= MAX_DEPTH) {
          if (!depthReported) {
            depthReported = true;
            diags.report(
                at,
                "YAML-003",
                "the yaml nests deeper than " + MAX_DEPTH + " levels; a catalogue needs far fewer");
          }
          parser.skipChildren();
          return null;
        }
        return token == JsonToken.START_OBJECT ? mapping(at, depth) : sequence(at, depth);
      }
      if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
        reportAnchor(at, "an alias (*" + parser.getText() + ")");
        return new YamlNode.Scalar("*" + parser.getText(), YamlNode.ScalarKind.STRING, at);
      }
      YamlNode.ScalarKind kind =
          switch (token) {
            case VALUE_STRING -> YamlNode.ScalarKind.STRING;
            case VALUE_NUMBER_INT -> YamlNode.ScalarKind.INT;
            case VALUE_NUMBER_FLOAT -> YamlNode.ScalarKind.FLOAT;
            case VALUE_TRUE, VALUE_FALSE -> YamlNode.ScalarKind.BOOL;
            case VALUE_NULL -> YamlNode.ScalarKind.NULL;
            default -> YamlNode.ScalarKind.STRING;
          };
      String text = kind == YamlNode.ScalarKind.NULL ? "" : parser.getText();
      if (text == null || (kind == YamlNode.ScalarKind.STRING && text.isEmpty())) {
        // an empty value means "nothing" in every key of the format
        return new YamlNode.Scalar("", YamlNode.ScalarKind.NULL, at);
      }
      return new YamlNode.Scalar(text, kind, at);
    }

    private YamlNode mapping(Location at, int depth) throws IOException {
      Map<String, YamlNode> entries = new LinkedHashMap<>();
      Map<String, Location> keys = new LinkedHashMap<>();
      JsonToken t;
      while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        Location keyAt = here();
        if ("<<".equals(key)) {
          reportAnchor(keyAt, "a merge key (<<)");
        }
        parser.nextToken();
        YamlNode value = value(depth + 1);
        if (keys.containsKey(key)) {
          Location first = keys.get(key);
          diags.report(
              keyAt,
              "YAML-005",
              "duplicate key '"
                  + key
                  + "'; it is already set at line "
                  + first.line()
                  + ", column "
                  + first.column());
          continue;
        }
        keys.put(key, keyAt);
        if (value != null) {
          entries.put(key, value);
        }
      }
      if (t != JsonToken.END_OBJECT) {
        throw new IllegalStateException("unexpected token " + t + " in a mapping");
      }
      return new YamlNode.Mapping(entries, keys, at);
    }

    private YamlNode sequence(Location at, int depth) throws IOException {
      List<YamlNode> items = new ArrayList<>();
      JsonToken t;
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
        YamlNode value = value(depth + 1);
        if (value != null) {
          items.add(value);
        }
      }
      return new YamlNode.Seq(items, at);
    }

    private void checkTag(Location at) throws IOException {
      if (!(parser instanceof YAMLParser yaml)) {
        return;
      }
      String tag = yaml.getTypeId();
      if (tag != null && !"tag:yaml.org,2002:str".equals(tag)) {
        diags.report(
            at,
            "YAML-008",
            "the yaml tag '"
                + (tag.startsWith("tag:yaml.org,2002:")
                    ? "!!" + tag.substring("tag:yaml.org,2002:".length())
                    : tag.startsWith("!") || tag.startsWith("tag:") ? tag : "!" + tag)
                + "' is not accepted;"
                + " a catalogue holds plain strings, numbers, lists and mappings",
            "remove the tag");
      }
    }

    private void checkAnchor(Location at) throws IOException {
      if (!(parser instanceof YAMLParser yaml)) {
        return;
      }
      String anchor = yaml.getObjectId();
      if (anchor != null && !yaml.isCurrentAlias()) {
        reportAnchor(at, "an anchor (&" + anchor + ")");
      }
    }

    private void reportAnchor(Location at, String what) {
      diags.report(
          at,
          "YAML-002",
          what + " is not accepted; a catalogue writes every value out",
          anchorsReported ? null : "copy the value instead of referring to it");
      anchorsReported = true;
    }
  }
}
