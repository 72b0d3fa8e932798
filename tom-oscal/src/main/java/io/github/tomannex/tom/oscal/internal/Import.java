package io.github.tomannex.tom.oscal.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OSCAL catalogue as a tom catalogue skeleton: one measure per control (nested controls and
 * enhancements included, in source order), its text the control's label, title and statement, its
 * category from {@link Categories}; withdrawn controls are not applicable. The YAML is written by
 * this class, not a YAML library, so the bytes depend only on the input and the options.
 */
public final class Import {
  private static final Pattern INSERT =
      Pattern.compile("\\{\\{\\s*insert:\\s*param,\\s*([A-Za-z0-9_.-]+)\\s*}}");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9.-]+");
  private static final Set<String> YAML_WORDS =
      Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

  /**
   * The result.
   *
   * @param yaml the tom catalogue
   * @param title the OSCAL catalogue's title
   * @param measures the number of measures
   * @param withdrawn how many are withdrawn controls (not applicable)
   * @param guessed how many got the fallback category, marked in the YAML
   * @param released the catalogue's last-modified date
   */
  public record Result(
      String yaml, String title, int measures, int withdrawn, int guessed, LocalDate released) {}

  private final LocatedJson json;
  private final String language;
  private final String layout;
  private final Optional<LocalDate> date;
  private final Categories categories = new Categories();
  private final Map<String, JsonNode> params = new HashMap<>();
  private final Map<String, String> labels = new HashMap<>();
  private final Set<String> ids = new HashSet<>();
  private final StringBuilder out = new StringBuilder(1 << 16);
  private int measures;
  private int withdrawn;
  private int guessed;

  /**
   * An import.
   *
   * @param json the OSCAL document
   * @param language the language of the catalogue's texts
   * @param layout the tom layout of the skeleton
   * @param date the skeleton's effective date and last review; empty for the catalogue's date
   */
  public Import(LocatedJson json, String language, String layout, Optional<LocalDate> date) {
    this.json = json;
    this.language = language;
    this.layout = layout;
    this.date = date;
  }

  /**
   * Converts.
   *
   * @return the skeleton
   * @throws io.github.tomannex.tom.oscal.OscalImportException when the document is not an OSCAL
   *     catalogue or a control cannot become a measure
   */
  public Result run() {
    JsonNode root = json.root();
    if (!root.isObject()) {
      throw json.error(root, "expected an OSCAL document, a JSON object with a 'catalog'");
    }
    JsonNode catalog = root.path("catalog");
    if (!catalog.isObject()) {
      String found = root.fieldNames().hasNext() ? root.fieldNames().next() : "nothing";
      throw json.error(
          root,
          "expected an OSCAL catalogue (a top-level 'catalog'), found '"
              + found
              + "'"
              + (found.equals("profile")
                  ? "; a profile selects controls from catalogues: import the catalogue it names"
                  : ""));
    }
    JsonNode meta = catalog.path("metadata");
    if (!meta.isObject()) {
      throw json.error(
          catalog, "the catalogue has no 'metadata'; expected title and last-modified");
    }
    String title = collapse(meta.path("title").asText(""));
    if (title.isEmpty()) {
      throw json.error(meta, "the catalogue's metadata has no 'title'");
    }
    String version = collapse(meta.path("version").asText("1"));
    LocalDate released = released(meta);
    List<JsonNode> all = new ArrayList<>();
    collect(catalog, all);
    if (all.isEmpty()) {
      throw json.error(catalog, "the catalogue has no controls; expected 'groups' or 'controls'");
    }
    for (JsonNode c : all) {
      index(c);
    }
    header(title, version, released, date.orElse(released));
    for (JsonNode c : catalog.path("controls")) {
      measures(c, Optional.empty());
    }
    groups(catalog.path("groups"), List.of());
    return new Result(out.toString(), title, measures, withdrawn, guessed, released);
  }

  private LocalDate released(JsonNode meta) {
    String modified = meta.path("last-modified").asText("");
    try {
      return LocalDate.parse(modified.length() >= 10 ? modified.substring(0, 10) : modified);
    } catch (DateTimeParseException e) {
      throw json.error(
          meta,
          "the catalogue's metadata.last-modified is '"
              + modified
              + "'; expected a date and time such as 2025-11-27T00:00:00Z");
    }
  }

  /** Every control, nested ones too, for the tables of labels and parameters. */
  private static void collect(JsonNode node, List<JsonNode> all) {
    for (JsonNode c : node.path("controls")) {
      all.add(c);
      collect(c, all);
    }
    for (JsonNode g : node.path("groups")) {
      collect(g, all);
    }
  }

  private void index(JsonNode control) {
    String id = control.path("id").asText("");
    String label = prop(control, "label").orElse(id.toUpperCase(Locale.ROOT));
    labels.put(id, label);
    for (JsonNode p : control.path("params")) {
      params.put(p.path("id").asText(), p);
    }
    indexParts(control.path("parts"), id, label);
  }

  private void indexParts(JsonNode parts, String controlId, String controlLabel) {
    for (JsonNode part : parts) {
      String id = part.path("id").asText();
      String prefix = controlId + "_smt.";
      if (id.startsWith(prefix)) {
        labels.put(id, controlLabel + id.substring(prefix.length())); // ac-2_smt.k: AC-2k
      }
      indexParts(part.path("parts"), controlId, controlLabel);
    }
  }

  private void groups(JsonNode groups, List<String> outer) {
    for (JsonNode g : groups) {
      List<String> chain = new ArrayList<>(outer);
      chain.add(g.path("id").asText(""));
      for (JsonNode c : g.path("controls")) {
        measures(c, groupCategory(chain));
      }
      groups(g.path("groups"), chain);
    }
  }

  /** The innermost group a table knows. */
  private Optional<String> groupCategory(List<String> chain) {
    for (int i = chain.size() - 1; i >= 0; i--) {
      Optional<String> c = categories.ofGroup(chain.get(i));
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  private void header(String title, String version, LocalDate released, LocalDate day) {
    boolean de = language.equals("de");
    out.append("# A tom catalogue skeleton from the OSCAL catalogue \"")
        .append(oneLine(title))
        .append("\" ")
        .append(oneLine(version))
        .append(" (")
        .append(released)
        .append("),\n")
        .append("# made by tom's OSCAL import: one measure per control, its text the control's")
        .append(" statement.\n")
        .append("# Fill in the processor, rewrite each text to say what you do, mark what does not")
        .append(" apply\n")
        .append("# (status: not-applicable, reason: ...), check the categories marked \"check\".\n")
        .append("tom: 1\n")
        .append("document:\n")
        .append("  title: ")
        .append(
            quote(
                escape(
                    (de
                            ? "Technische und organisatorische Maßnahmen gemäß Art. 32 DSGVO: "
                            : "Technical and organisational measures pursuant to Art. 32 GDPR: ")
                        + title)))
        .append('\n')
        .append("  version: \"1\"\n")
        .append("  effective: ")
        .append(day)
        .append('\n')
        .append("  languages: [")
        .append(language)
        .append("]\n")
        .append("  processor:\n")
        .append("    name: ")
        .append(quote(de ? "Name des Auftragsverarbeiters" : "Name of the processor"))
        .append('\n')
        .append("    address: ")
        .append(quote(de ? "Anschrift des Auftragsverarbeiters" : "Address of the processor"))
        .append('\n')
        .append("  preamble: ")
        .append(
            quote(
                escape(
                    de
                        ? "Die Maßnahmen folgen den Kontrollen von "
                            + title
                            + ", Version "
                            + version
                            + "."
                        : "The measures follow the controls of "
                            + title
                            + ", version "
                            + version
                            + ".")))
        .append('\n')
        .append("review:\n")
        .append("  interval: P1Y\n")
        .append("  last: ")
        .append(day)
        .append('\n')
        .append("  statement: ")
        .append(
            quote(
                de
                    ? "Die Maßnahmen werden jährlich überprüft; Änderungen, die das Schutzniveau"
                        + " senken, bedürfen der vorherigen Zustimmung des Verantwortlichen."
                    : "The measures are reviewed every year; changes to the measures that lower"
                        + " the level of protection need the prior approval of the controller."))
        .append('\n')
        .append("layout: ")
        .append(layout)
        .append('\n')
        .append("measures:\n");
  }

  private void measures(JsonNode control, Optional<String> inherited) {
    String oscalId = control.path("id").asText("");
    if (oscalId.isBlank()) {
      throw json.error(control, "a control without an 'id'; expected a token such as ac-2");
    }
    String id = measureId(oscalId);
    if (id.isEmpty()) {
      throw json.error(
          control, "the control id '" + oscalId + "' has no letter or digit to make a tom id of");
    }
    if (!ids.add(id)) {
      throw json.error(
          control,
          "the control id '"
              + oscalId
              + "' gives the measure id '"
              + id
              + "', which an earlier control already gave; expected ids that differ in more than"
              + " case and punctuation");
    }
    Optional<String> own = categories.ofControl(oscalId);
    Optional<String> category = own.or(() -> inherited);
    String head = labels.get(oscalId) + " " + clean(control.path("title").asText(""));
    // an id YAML would read as a number or a boolean (5.1, no) is quoted
    boolean plain = Character.isLetter(id.charAt(0)) && !YAML_WORDS.contains(id);
    out.append("  - id: ").append(plain ? id : quote(id)).append('\n').append("    category: ");
    if (category.isPresent()) {
      out.append(category.get()).append('\n');
    } else {
      guessed++;
      out.append(Categories.FALLBACK).append(" # check: no category known for this control\n");
    }
    if ("withdrawn".equals(prop(control, "status").orElse(""))) {
      withdrawn++;
      out.append("    status: not-applicable\n")
          .append("    reason: ")
          .append(quote(escape(withdrawal(control))))
          .append('\n')
          .append("    text: ")
          .append(quote(escape(collapse(head))))
          .append('\n');
    } else {
      StringBuilder text = new StringBuilder(collapse(head));
      StringBuilder statement = new StringBuilder();
      for (JsonNode part : control.path("parts")) {
        if ("statement".equals(part.path("name").asText())) {
          statement(part, statement);
        }
      }
      if (!collapse(statement.toString()).isEmpty()) {
        text.append(':').append(statement);
      }
      out.append("    text: ").append(quote(escape(collapse(text.toString())))).append('\n');
    }
    measures++;
    Optional<String> forNested = category.isPresent() ? category : Optional.empty();
    for (JsonNode nested : control.path("controls")) {
      measures(nested, forNested.or(() -> inherited));
    }
  }

  /** The OSCAL id as a tom id: lower case; what tom does not allow becomes a hyphen. */
  static String measureId(String oscalId) {
    String s = NOT_ID.matcher(oscalId.toLowerCase(Locale.ROOT)).replaceAll("-");
    int start = 0;
    while (start < s.length() && (s.charAt(start) == '-' || s.charAt(start) == '.')) {
      start++;
    }
    return s.substring(start);
  }

  /** "Withdrawn from the catalogue: incorporated into AC-2k, AC-3." from the control's links. */
  private String withdrawal(JsonNode control) {
    Map<String, List<String>> byRel = new LinkedHashMap<>();
    for (JsonNode link : control.path("links")) {
      String rel = link.path("rel").asText();
      String href = link.path("href").asText();
      if ((rel.equals("incorporated-into") || rel.equals("moved-to")) && href.startsWith("#")) {
        byRel
            .computeIfAbsent(rel, k -> new ArrayList<>())
            .add(labels.getOrDefault(href.substring(1), href.substring(1)));
      }
    }
    StringBuilder sb = new StringBuilder("Withdrawn from the catalogue");
    String sep = ": ";
    for (Map.Entry<String, List<String>> e : byRel.entrySet()) {
      sb.append(sep)
          .append(e.getKey().replace('-', ' '))
          .append(' ')
          .append(String.join(", ", e.getValue()));
      sep = "; ";
    }
    return sb.append('.').toString();
  }

  private void statement(JsonNode part, StringBuilder text) {
    prop(part, "label").ifPresent(l -> text.append(' ').append(l));
    if (part.has("prose")) {
      text.append(' ').append(prose(part.path("prose").asText(), 0));
    }
    for (JsonNode item : part.path("parts")) {
      if ("item".equals(item.path("name").asText())) {
        statement(item, text);
      }
    }
  }

  /** Prose as plain text: links to their text, no bold, parameters in NIST's notation. */
  private String prose(String prose, int depth) {
    String s = clean(prose);
    Matcher m = INSERT.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(param(m.group(1), depth)));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private String param(String id, int depth) {
    JsonNode p = params.get(id);
    if (p == null || depth > 8) {
      return "[Assignment: " + id + "]";
    }
    JsonNode select = p.path("select");
    if (select.isObject()) {
      List<String> choices = new ArrayList<>();
      for (JsonNode c : select.path("choice")) {
        choices.add(collapse(prose(c.asText(), depth + 1)));
      }
      String how = select.path("how-many").asText("");
      return "[Selection"
          + (how.isEmpty() ? "" : " (" + how.replace('-', ' ') + ")")
          + ": "
          + String.join("; ", choices)
          + "]";
    }
    return "[Assignment: " + collapse(prose(p.path("label").asText(id), depth + 1)) + "]";
  }

  private static Optional<String> prop(JsonNode node, String name) {
    for (JsonNode p : node.path("props")) {
      if (name.equals(p.path("name").asText())) {
        return Optional.of(p.path("value").asText());
      }
    }
    return Optional.empty();
  }

  /** OSCAL's Markdown reduced to plain text: links to their text, no bold or emphasis. */
  static String clean(String s) {
    return LINK.matcher(s).replaceAll(r -> Matcher.quoteReplacement(r.group(1))).replace("**", "");
  }

  static String collapse(String s) {
    return SPACE.matcher(s).replaceAll(" ").trim();
  }

  private static String oneLine(String s) {
    return collapse(s).replace('\n', ' ');
  }

  /**
   * Plain text as CommonMark that renders as exactly that text: a backslash before every ASCII
   * punctuation character that can start inline markup, and before what would start a block (a list
   * item, heading, quote) at the start of the text.
   *
   * @param plain the text
   * @return the Markdown
   */
  public static String escape(String plain) {
    StringBuilder sb = new StringBuilder(plain.length() + 16);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if ("\\`*_[]<>&!#|~".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    if (sb.length() > 0 && "-+=".indexOf(sb.charAt(0)) >= 0) {
      sb.insert(0, '\\');
    }
    Matcher m = Pattern.compile("^(\\d{1,9})([.)])").matcher(sb);
    if (m.find()) {
      sb.insert(m.end(1), '\\');
    }
    return sb.toString();
  }

  /**
   * A YAML double-quoted scalar.
   *
   * @param s the value
   * @return the scalar, with its quotes
   */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
