package io.github.tomannex.tom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real content at scale: converts an OSCAL catalogue, above all NIST SP 800-53 Rev. 5 ({@link
 * #NIST_SP800_53}, 1,189 controls and enhancements), into a tom catalogue.
 *
 * <p>What becomes what:
 *
 * <ul>
 *   <li>Every control and every enhancement, in the order of the source (family by family, a
 *       control followed by its enhancements), becomes one measure; none is skipped.
 *   <li>The id is the OSCAL id in lower case ({@code ac-2}, {@code ac-2.1}), of the form {@code
 *       [a-z0-9][a-z0-9.-]*} that tom requires (another id stops the conversion).
 *   <li>The category comes from the control's family ({@link #FAMILIES}), or from the base control
 *       where a family spans several categories ({@link #CONTROLS}); an enhancement takes the
 *       category of its base control.
 *   <li>The text is the control's label and title, then its statement: the statement's prose and
 *       its items with their labels ({@code a.}, {@code 1.}, {@code (a)}), on one line. Parameters
 *       ({@code {{ insert: param, ac-2_prm_1 }}}) become NIST's own notation: {@code [Assignment:
 *       organization-defined frequency]}, or {@code [Selection (one or more): a; b]} for a choice.
 *       OSCAL's Markdown (links to other controls, bold) is reduced to plain text, and every
 *       character that CommonMark would read as markup is escaped with a backslash, so the annex
 *       shows the text as NIST wrote it.
 *   <li>A withdrawn control (182 in Rev. 5.0.1) keeps its id and title and becomes a measure with
 *       status {@code not-applicable}, the reason naming where NIST moved it ("Withdrawn from SP
 *       800-53 Rev. 5: incorporated into AC-2k.").
 *   <li>The document: English only, layout {@code gdpr-art32} (which places every category),
 *       version and effective date from the OSCAL metadata; the last review is that date, so load
 *       it with {@link Conversion#clock()} (a month later) or the review is overdue ({@code
 *       REV-001}, an error). No {@code lint:} block: none is needed.
 * </ul>
 *
 * <p>The output is deterministic: the same OSCAL file gives the same YAML bytes (no clock, host or
 * path in it; strings are written by this class, not by a YAML library).
 *
 * <p>From the command line: {@code OscalCatalogues [oscal.json [out.yaml]]}; without arguments, it
 * converts {@link #NIST_SP800_53} found by {@link #findCorpusFile(String)} and writes the YAML to
 * standard output.
 */
public final class OscalCatalogues {
  /** The NIST SP 800-53 Rev. 5.0.1 OSCAL catalogue in the shared corpus (oscal/). */
  public static final String NIST_SP800_53 = "nist_sp800-53_rev5.0.1_catalog_2021-06-08.json";

  /**
   * The tom category of each SP 800-53 family (the OSCAL group id). Families whose controls fall
   * into several categories have their exceptions in {@link #CONTROLS}.
   */
  public static final Map<String, String> FAMILIES =
      Map.ofEntries(
          Map.entry("ac", "data-access"), // Access Control: authorisation, enforcement
          Map.entry("at", "personnel"), // Awareness and Training
          Map.entry("au", "logging-monitoring"), // Audit and Accountability
          Map.entry("ca", "review-evaluation"), // Assessment, Authorization, and Monitoring
          Map.entry("cm", "secure-configuration"), // Configuration Management
          Map.entry("cp", "recoverability"), // Contingency Planning
          Map.entry("ia", "system-access"), // Identification and Authentication
          Map.entry("ir", "incident-management"), // Incident Response
          Map.entry("ma", "secure-configuration"), // Maintenance of systems and their tools
          Map.entry("mp", "data-media"), // Media Protection
          Map.entry("pe", "physical-access"), // Physical and Environmental Protection
          Map.entry("pl", "security-governance"), // Planning
          Map.entry("pm", "security-governance"), // Program Management
          Map.entry("ps", "personnel"), // Personnel Security
          Map.entry("pt", "purpose-separation"), // PII Processing and Transparency
          Map.entry("ra", "security-governance"), // Risk Assessment
          Map.entry("sa", "secure-development"), // System and Services Acquisition
          Map.entry("sc", "network-security"), // System and Communications Protection
          Map.entry("si", "secure-configuration"), // System and Information Integrity
          Map.entry("sr", "processor-control")); // Supply Chain Risk Management

  /** Base controls whose category differs from their family's; their enhancements follow them. */
  public static final Map<String, String> CONTROLS =
      Map.ofEntries(
          // AC: logging on, sessions and remote or mobile access are system access; the
          // permissions once logged on (AC-3, AC-5, AC-6 ...) stay data access
          Map.entry("ac-2", "system-access"), // Account Management
          Map.entry("ac-7", "system-access"), // Unsuccessful Logon Attempts
          Map.entry("ac-8", "system-access"), // System Use Notification
          Map.entry("ac-9", "system-access"), // Previous Logon Notification
          Map.entry("ac-10", "system-access"), // Concurrent Session Control
          Map.entry("ac-11", "system-access"), // Device Lock
          Map.entry("ac-12", "system-access"), // Session Termination
          Map.entry("ac-14", "system-access"), // Permitted Actions without Identification
          Map.entry("ac-17", "system-access"), // Remote Access
          Map.entry("ac-18", "system-access"), // Wireless Access
          Map.entry("ac-19", "system-access"), // Access Control for Mobile Devices
          Map.entry("ac-4", "transfer-control"), // Information Flow Enforcement
          Map.entry("ac-20", "transfer-control"), // Use of External Systems
          Map.entry("ac-21", "transfer-control"), // Information Sharing
          // CP: plans, alternate sites and services keep systems available; backup and
          // recovery (the family's default) restore them
          Map.entry("cp-2", "availability-control"), // Contingency Plan
          Map.entry("cp-6", "availability-control"), // Alternate Storage Site
          Map.entry("cp-7", "availability-control"), // Alternate Processing Site
          Map.entry("cp-8", "availability-control"), // Telecommunications Services
          Map.entry("cp-11", "resilience"), // Alternate Communications Protocols
          Map.entry("cp-13", "resilience"), // Alternative Security Mechanisms
          // PE: power, fire, water and climate protect availability, not entry
          Map.entry("pe-9", "availability-control"), // Power Equipment and Cabling
          Map.entry("pe-10", "availability-control"), // Emergency Shutoff
          Map.entry("pe-11", "availability-control"), // Emergency Power
          Map.entry("pe-12", "availability-control"), // Emergency Lighting
          Map.entry("pe-13", "availability-control"), // Fire Protection
          Map.entry("pe-14", "availability-control"), // Environmental Controls
          Map.entry("pe-15", "availability-control"), // Water Damage Protection
          Map.entry("pe-17", "availability-control"), // Alternate Work Site
          Map.entry("pe-18", "availability-control"), // Location of System Components
          Map.entry("pe-23", "availability-control"), // Facility Location
          // PT: consent, notices and the data subject's side
          Map.entry("pt-4", "data-subject-support"), // Consent
          Map.entry("pt-5", "data-subject-support"), // Privacy Notice
          Map.entry("pt-7", "privacy-by-default"), // Specific Categories of PII
          // RA: testing and evaluating
          Map.entry("ra-5", "review-evaluation"), // Vulnerability Monitoring and Scanning
          Map.entry("ra-10", "incident-management"), // Threat Hunting
          // SA: services by others are processor control
          Map.entry("sa-4", "processor-control"), // Acquisition Process
          Map.entry("sa-9", "processor-control"), // External System Services
          Map.entry("sa-8", "privacy-by-default"), // Security and Privacy Engineering Principles
          // SC: cryptography, transmission and isolation
          Map.entry("sc-2", "purpose-separation"), // Separation of System and User Functionality
          Map.entry("sc-4", "purpose-separation"), // Information in Shared System Resources
          Map.entry("sc-5", "resilience"), // Denial-of-service Protection
          Map.entry("sc-6", "resilience"), // Resource Availability
          Map.entry("sc-8", "transfer-control"), // Transmission Confidentiality and Integrity
          Map.entry("sc-12", "encryption"), // Cryptographic Key Establishment and Management
          Map.entry("sc-13", "encryption"), // Cryptographic Protection
          Map.entry("sc-24", "resilience"), // Fail in Known State
          Map.entry("sc-28", "encryption"), // Protection of Information at Rest
          Map.entry("sc-36", "resilience"), // Distributed Processing and Storage
          Map.entry("sc-39", "purpose-separation"), // Process Isolation
          // SI: monitoring, input, data quality and retention
          Map.entry("si-4", "logging-monitoring"), // System Monitoring
          Map.entry("si-10", "input-control"), // Information Input Validation
          Map.entry("si-12", "data-lifecycle"), // Information Management and Retention
          Map.entry("si-13", "resilience"), // Predictable Failure Prevention
          Map.entry("si-17", "resilience"), // Fail-safe Procedures
          Map.entry("si-18", "data-quality"), // PII Quality Operations
          Map.entry("si-19", "pseudonymisation")); // De-identification

  private static final Pattern INSERT =
      Pattern.compile("\\{\\{\\s*insert:\\s*param,\\s*([A-Za-z0-9_.-]+)\\s*}}");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

  private OscalCatalogues() {}

  /**
   * A converted catalogue.
   *
   * @param yaml the tom catalogue
   * @param measures the number of measures: every control and enhancement
   * @param withdrawn how many of them are withdrawn controls (status not-applicable)
   * @param released the source's release date: the effective date and the last review
   */
  public record Conversion(String yaml, int measures, int withdrawn, LocalDate released) {
    /**
     * A clock a month after the release, for loading the catalogue as if reviewed recently; with
     * the real date the review of a 2021 release is overdue ({@code REV-001}).
     *
     * @return a fixed clock, UTC
     */
    public Clock clock() {
      return Clock.fixed(
          released.plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }
  }

  /**
   * Converts an OSCAL catalogue file.
   *
   * @param oscalJson the OSCAL catalogue, JSON
   * @return the tom catalogue
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when it is not an OSCAL catalogue
   */
  public static Conversion convert(Path oscalJson) {
    try {
      return convert(new ObjectMapper().readTree(Files.readAllBytes(oscalJson)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Converts an OSCAL catalogue.
   *
   * @param root the document, with its top-level {@code catalog}
   * @return the tom catalogue
   * @throws IllegalArgumentException when it is not an OSCAL catalogue
   */
  public static Conversion convert(JsonNode root) {
    JsonNode catalog = root.path("catalog");
    if (!catalog.isObject() || !catalog.path("groups").isArray()) {
      throw new IllegalArgumentException("not an OSCAL catalogue with groups: no catalog.groups");
    }
    return new Converter(catalog).run();
  }

  /**
   * Finds a file of the shared corpus: in the directory of system property {@code tom.corpus} or
   * environment variable {@code TOM_CORPUS} when set, else in {@code shared/corpus} next to the
   * working directory or one of its parents (the corpus lives beside the repository, at {@code
   * ../shared/corpus}; a clean checkout does not have it).
   *
   * @param name the file's path inside the corpus, for example {@code "oscal/" + NIST_SP800_53}
   * @return the file, or empty when there is none
   */
  public static Optional<Path> findCorpusFile(String name) {
    String dir = System.getProperty("tom.corpus", System.getenv("TOM_CORPUS"));
    if (dir != null && !dir.isBlank()) {
      Path p = Path.of(dir).resolve(name);
      return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path p = d.resolve("shared").resolve("corpus").resolve(name);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The NIST SP 800-53 catalogue of the corpus, converted.
   *
   * @return the conversion
   * @throws IllegalStateException when the corpus file is not there
   */
  public static Conversion nist() {
    Path p =
        findCorpusFile("oscal/" + NIST_SP800_53)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "corpus file oscal/"
                            + NIST_SP800_53
                            + " not found in ../shared/corpus; set"
                            + " -Dtom.corpus=<dir> or TOM_CORPUS"));
    return convert(p);
  }

  /**
   * Writes the YAML of a conversion.
   *
   * @param args {@code [oscal.json [out.yaml]]}
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Conversion c = args.length > 0 ? convert(Path.of(args[0])) : nist();
    if (args.length > 1) {
      Files.writeString(Path.of(args[1]), c.yaml(), StandardCharsets.UTF_8);
      System.err.printf(
          Locale.ROOT,
          "%s: %d measures (%d withdrawn), %d bytes%n",
          args[1],
          c.measures(),
          c.withdrawn(),
          c.yaml().getBytes(StandardCharsets.UTF_8).length);
    } else {
      System.out.write(c.yaml().getBytes(StandardCharsets.UTF_8));
      System.out.flush();
    }
  }

  /** One conversion: the parameter and label tables, then the measures in source order. */
  private static final class Converter {
    private final JsonNode catalog;
    private final Map<String, JsonNode> params = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private final StringBuilder out = new StringBuilder(1 << 20);
    private int measures;
    private int withdrawn;

    Converter(JsonNode catalog) {
      this.catalog = catalog;
    }

    Conversion run() {
      for (JsonNode group : catalog.path("groups")) {
        index(group.path("controls"));
      }
      JsonNode meta = catalog.path("metadata");
      String title = meta.path("title").asText("OSCAL catalogue");
      String version = meta.path("version").asText("1");
      String modified = meta.path("last-modified").asText("");
      if (modified.length() < 10) {
        throw new IllegalArgumentException("metadata.last-modified is missing: " + modified);
      }
      LocalDate released = LocalDate.parse(modified.substring(0, 10));
      header(title, version, released);
      for (JsonNode group : catalog.path("groups")) {
        String family = group.path("id").asText();
        String category = FAMILIES.get(family);
        if (category == null) {
          throw new IllegalArgumentException(
              "no category for the family '"
                  + family
                  + "' ("
                  + group.path("title").asText()
                  + "); add it to OscalCatalogues.FAMILIES");
        }
        for (JsonNode control : group.path("controls")) {
          measures(control, CONTROLS.getOrDefault(control.path("id").asText(), category));
        }
      }
      return new Conversion(out.toString(), measures, withdrawn, released);
    }

    /** Every parameter by id, and every control's and statement part's display label. */
    private void index(JsonNode controls) {
      for (JsonNode control : controls) {
        String id = control.path("id").asText();
        String label = prop(control, "label").orElse(id.toUpperCase(Locale.ROOT));
        labels.put(id, label);
        for (JsonNode p : control.path("params")) {
          params.put(p.path("id").asText(), p);
        }
        indexParts(control.path("parts"), id, label);
        index(control.path("controls"));
      }
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

    private void header(String title, String version, LocalDate released) {
      out.append("# A tom catalogue converted from the OSCAL catalogue \"")
          .append(title)
          .append("\" ")
          .append(version)
          .append(",\n")
          .append("# by io.github.tomannex.tom.bench.OscalCatalogues: one measure per control and")
          .append(" enhancement.\n")
          .append("# The last review is the release date: load it with a clock a month later.\n")
          .append("tom: 1\n")
          .append("document:\n")
          .append("  label: \"Annex\"\n")
          .append("  title: ")
          .append(
              quote(
                  escape(
                      "Technical and organisational measures"
                          + " pursuant to Art. 32 GDPR: "
                          + title)))
          .append('\n')
          .append("  version: ")
          .append(quote(version))
          .append('\n')
          .append("  effective: ")
          .append(released)
          .append('\n')
          .append("  languages: [en]\n")
          .append("  processor:\n")
          .append("    name: \"Benchmark Inc.\"\n")
          .append("    address: \"1 Example Street, Springfield, USA\"\n")
          .append("  agreement:\n")
          .append("    title: \"Data processing agreement\"\n")
          .append("    reference: \"DPA-BENCH-1\"\n")
          .append("  url: https://example.org/tom/nist\n")
          .append("  preamble: ")
          .append(
              quote(
                  escape(
                      "The measures are the controls and"
                          + " control enhancements of "
                          + title
                          + ", version "
                          + version
                          + ", each with its"
                          + " statement as published; parameters are shown as NIST writes them, as"
                          + " [Assignment: ...] and [Selection: ...]. Withdrawn controls are listed as not"
                          + " applicable.")))
          .append('\n')
          .append("review:\n")
          .append("  interval: P1Y\n")
          .append("  last: ")
          .append(released)
          .append('\n')
          .append("  statement: \"The measures are reviewed every year; changes to the measures")
          .append(" that lower the level of protection need the prior approval of the")
          .append(" controller.\"\n")
          .append("layout: gdpr-art32\n")
          .append("measures:\n");
    }

    private void measures(JsonNode control, String category) {
      String id = control.path("id").asText();
      String label = labels.get(id);
      String head = label + " " + clean(control.path("title").asText());
      String measureId = id.toLowerCase(Locale.ROOT);
      if (!ID.matcher(measureId).matches()) {
        throw new IllegalArgumentException("control id '" + id + "' is not a tom id");
      }
      out.append("  - id: ")
          .append(measureId)
          .append('\n')
          .append("    category: ")
          .append(category)
          .append('\n');
      if ("withdrawn".equals(prop(control, "status").orElse(""))) {
        withdrawn++;
        out.append("    status: not-applicable\n")
            .append("    reason: ")
            .append(quote(escape(withdrawal(control))))
            .append('\n')
            .append("    text: ")
            .append(quote(escape(head)))
            .append('\n');
      } else {
        StringBuilder text = new StringBuilder(head).append(':');
        for (JsonNode part : control.path("parts")) {
          if ("statement".equals(part.path("name").asText())) {
            statement(part, text);
          }
        }
        out.append("    text: ").append(quote(escape(collapse(text.toString())))).append('\n');
      }
      measures++;
      for (JsonNode enhancement : control.path("controls")) {
        measures(enhancement, category);
      }
    }

    /** "Withdrawn from ...: incorporated into AC-2k, AC-3." from the control's links. */
    private String withdrawal(JsonNode control) {
      Map<String, List<String>> byRel = new java.util.LinkedHashMap<>();
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

  /**
   * Plain text as CommonMark that renders as exactly that text: a backslash before every ASCII
   * punctuation character that can start inline markup, and before what would start a block (a list
   * item, heading, quote) at the start of the text.
   */
  static String escape(String plain) {
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

  /** A YAML double-quoted scalar. */
  static String quote(String s) {
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
