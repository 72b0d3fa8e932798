package io.github.tomannex.tom.oscal.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Category;
import io.github.tomannex.tom.Certificate;
import io.github.tomannex.tom.Document;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.MeasureStatus;
import io.github.tomannex.tom.Site;
import io.github.tomannex.tom.Subprocessor;
import io.github.tomannex.tom.Taxonomy;
import io.github.tomannex.tom.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A catalogue as an OSCAL 1.1.2 component definition (JSON). See docs/oscal.md for what becomes
 * what. Deterministic: the UUIDs are name-based ({@link Uuids}), the dates come from the catalogue,
 * keys are written in a fixed order with two-space indent and {@code \n} line ends.
 */
public final class Export {
  /** The OSCAL version the export follows (the schema the tests validate against). */
  public static final String OSCAL_VERSION = "1.1.2";

  /** The namespace of tom's own props. */
  public static final String NS = "https://github.com/tomannex/tom/ns/oscal";

  /** Where ISO/IEC 27001:2022 is published: the source of the Annex A implementation. */
  public static final String ISO27001_SOURCE = "https://www.iso.org/standard/27001";

  /** The SDM TOM catalogue of the Open Privacy OSCAL project (open-gov-group). */
  public static final String SDM_TOM_SOURCE =
      "https://raw.githubusercontent.com/open-gov-group/opengov-privacy-oscal/main/oscal/catalog/sdm_privacy_catalog.json";

  /**
   * The controls of the SDM TOM catalogue ({@link #SDM_TOM_SOURCE}) that the measures of a tom
   * category serve; categories without an entry have no counterpart there (docs/oscal.md).
   */
  public static final Map<String, List<String>> SDM_TOM =
      Map.ofEntries(
          Map.entry("purpose-separation", List.of("SDM-TOM-SEP-01")),
          Map.entry("pseudonymisation", List.of("SDM-TOM-DM-01")),
          Map.entry("encryption", List.of("SDM-TOM-CR-01", "SDM-TOM-CR-02")),
          Map.entry("system-access", List.of("SDM-TOM-AC-01")),
          Map.entry("data-access", List.of("SDM-TOM-AC-01")),
          Map.entry("data-media", List.of("SDM-TOM-DEL-01")),
          Map.entry("transfer-control", List.of("SDM-TOM-CR-01")),
          Map.entry("input-control", List.of("SDM-TOM-LG-02")),
          Map.entry("logging-monitoring", List.of("SDM-TOM-LG-01")),
          Map.entry("availability-control", List.of("SDM-TOM-BR-01")),
          Map.entry("recoverability", List.of("SDM-TOM-BR-01")),
          Map.entry("data-quality", List.of("SDM-TOM-REC-01")),
          Map.entry("data-lifecycle", List.of("SDM-TOM-LC-01", "SDM-TOM-DEL-01", "SDM-TOM-RES-01")),
          Map.entry("privacy-by-default", List.of("SDM-TOM-DM-01")),
          Map.entry("data-subject-support", List.of("SDM-TOM-REC-01", "SDM-TOM-RES-01")));

  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final Catalogue catalogue;
  private final Document document;
  private final String lang;
  private final String base;

  private Export(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.document = catalogue.document();
    this.lang = document.bindingLanguage();
    // the processor's name only: the UUIDs of measures, sites and certificates stay the same
    // from one version of the annex to the next, so a GRC tool updates rather than duplicates
    this.base = "tom/" + document.processor().name();
  }

  /**
   * The component definition of a catalogue.
   *
   * @param catalogue a catalogue from {@code Tom.load}
   * @return the JSON, UTF-8, ending with a line end
   */
  public static byte[] render(Catalogue catalogue) {
    return write(new Export(catalogue).root());
  }

  /** The UUID of something of the catalogue: stable across versions of one processor's annex. */
  private String uuid(String what) {
    return Uuids.of(base + "/" + what);
  }

  private ObjectNode root() {
    ObjectNode cd = F.objectNode();
    // a new version is a new document (OSCAL: the document UUID changes with each revision)
    cd.put("uuid", uuid("component-definition/" + document.version()));
    cd.set("metadata", metadata());
    ArrayNode components = cd.putArray("components");
    components.add(component());
    ArrayNode resources = F.arrayNode();
    for (Site s : catalogue.sites()) {
      resources.add(site(s));
    }
    for (Certificate c : catalogue.certificates()) {
      resources.add(certificate(c));
    }
    if (!resources.isEmpty()) {
      cd.putObject("back-matter").set("resources", resources);
    }
    ObjectNode out = F.objectNode();
    out.set("component-definition", cd);
    return out;
  }

  private ObjectNode metadata() {
    ObjectNode m = F.objectNode();
    m.put("title", line(text(document.title())));
    m.put("last-modified", document.effective() + "T00:00:00Z");
    m.put("version", document.version());
    m.put("oscal-version", OSCAL_VERSION);
    ArrayNode props = F.arrayNode();
    props.add(prop("effective", document.effective().toString()));
    for (String l : document.languages()) {
      props.add(prop("language", l));
    }
    document.label().ifPresent(t -> texts(props, "label", t));
    texts(props, "title", document.title());
    document
        .agreement()
        .ifPresent(
            a -> {
              a.title().ifPresent(t -> texts(props, "agreement-title", t));
              a.reference().ifPresent(t -> texts(props, "agreement-reference", t));
            });
    props.add(prop("review-interval", catalogue.review().interval().toString()));
    props.add(prop("review-last", catalogue.review().last().toString()));
    props.add(prop("review-next", catalogue.review().next().toString()));
    m.set("props", props);
    document
        .url()
        .ifPresent(u -> m.putArray("links").addObject().put("href", u).put("rel", "alternate"));
    ArrayNode roles = m.putArray("roles");
    roles.addObject().put("id", "provider").put("title", "Processor");
    if (!catalogue.subprocessors().isEmpty()) {
      roles.addObject().put("id", "subprocessor").put("title", "Sub-processor");
    }
    ArrayNode parties = m.putArray("parties");
    ObjectNode p = parties.addObject();
    p.put("uuid", uuid("processor"));
    p.put("type", "organization");
    p.put("name", line(document.processor().name()));
    ArrayNode pp = F.arrayNode();
    document.processor().address().ifPresent(t -> texts(pp, "address", t));
    document.processor().contact().ifPresent(t -> texts(pp, "contact", t));
    if (!pp.isEmpty()) {
      p.set("props", pp);
    }
    for (Subprocessor s : catalogue.subprocessors()) {
      ObjectNode sp = parties.addObject();
      sp.put("uuid", uuid("subprocessor/" + s.id()));
      sp.put("type", "organization");
      sp.put("name", line(s.name()));
      ArrayNode props2 = sp.putArray("props");
      props2.add(prop("subprocessor-id", s.id()));
      s.service().ifPresent(t -> texts(props2, "service", t));
      s.place().ifPresent(t -> texts(props2, "location", t));
      s.transfer().ifPresent(t -> texts(props2, "transfer", t));
      s.noticePeriod().ifPresent(n -> props2.add(prop("notice-period", n.toString())));
    }
    ArrayNode rp = m.putArray("responsible-parties");
    rp.addObject().put("role-id", "provider").putArray("party-uuids").add(uuid("processor"));
    if (!catalogue.subprocessors().isEmpty()) {
      ArrayNode ids = rp.addObject().put("role-id", "subprocessor").putArray("party-uuids");
      catalogue.subprocessors().forEach(s -> ids.add(uuid("subprocessor/" + s.id())));
    }
    return m;
  }

  private ObjectNode component() {
    ObjectNode c = F.objectNode();
    c.put("uuid", uuid("component"));
    c.put("type", "service");
    c.put("title", line(document.processor().name()));
    c.put(
        "description", document.preamble().flatMap(t -> t.in(lang)).orElse(text(document.title())));
    c.putArray("responsible-roles")
        .addObject()
        .put("role-id", "provider")
        .putArray("party-uuids")
        .add(uuid("processor"));
    ArrayNode impls = c.putArray("control-implementations");
    ArrayNode iso = F.arrayNode();
    ArrayNode sdm = F.arrayNode();
    Taxonomy taxonomy = Taxonomy.standard();
    for (Measure m : catalogue.measures()) {
      Optional<Category> cat = taxonomy.find(m.category());
      for (String control : cat.map(Category::iso27001).orElse(List.of())) {
        iso.add(requirement(m, "iso27001", "a." + control, "A." + control));
      }
      for (String control : SDM_TOM.getOrDefault(m.category(), List.of())) {
        sdm.add(requirement(m, "sdm-tom", control.toLowerCase(Locale.ROOT), control));
      }
    }
    if (!iso.isEmpty()) {
      ObjectNode i = impls.addObject();
      i.put("uuid", uuid("implementation/iso27001"));
      i.put("source", ISO27001_SOURCE);
      i.put(
          "description",
          "The measures by the ISO/IEC 27001:2022 Annex A controls they serve, as tom's taxonomy"
              + " maps their categories; control-id a.5.15 is Annex A control 5.15.");
      i.set("implemented-requirements", iso);
    }
    if (!sdm.isEmpty()) {
      ObjectNode i = impls.addObject();
      i.put("uuid", uuid("implementation/sdm-tom"));
      i.put("source", SDM_TOM_SOURCE);
      i.put(
          "description",
          "The measures by the controls of the SDM TOM catalogue (Standard-Datenschutzmodell) they"
              + " serve, mapped from their categories.");
      i.set("implemented-requirements", sdm);
    }
    if (impls.isEmpty()) {
      c.remove("control-implementations");
    }
    return c;
  }

  private ObjectNode requirement(Measure m, String source, String controlId, String label) {
    ObjectNode r = F.objectNode();
    r.put("uuid", uuid("requirement/" + source + "/" + controlId + "/" + m.id()));
    r.put("control-id", controlId);
    r.put("description", text(m.text()));
    ArrayNode props = r.putArray("props");
    props.add(F.objectNode().put("name", "label").put("value", label));
    props.add(prop("measure-id", m.id()));
    props.add(prop("category", m.category()));
    props.add(prop("implementation-status", m.status().id()));
    m.due().ifPresent(d -> props.add(prop("due", d.toString())));
    m.type().ifPresent(t -> props.add(prop("type", t.name().toLowerCase(Locale.ROOT))));
    texts(props, "text", m.text());
    m.reason().ifPresent(t -> texts(props, "reason", t));
    ArrayNode links = F.arrayNode();
    m.site().ifPresent(s -> links.add(link("site/" + s, "site")));
    for (String cert : m.certificates()) {
      links.add(link("certificate/" + cert, "certificate"));
    }
    if (!links.isEmpty()) {
      r.set("links", links);
    }
    if (m.status() == MeasureStatus.NOT_APPLICABLE) {
      m.reason().flatMap(t -> t.in(lang)).ifPresent(t -> r.put("remarks", t));
    } else if (m.status() == MeasureStatus.PLANNED) {
      m.due().ifPresent(d -> r.put("remarks", "Planned; due " + d + "."));
    }
    return r;
  }

  private ObjectNode site(Site s) {
    ObjectNode r = F.objectNode();
    r.put("uuid", uuid("site/" + s.id()));
    r.put("title", line(text(s.name())));
    ArrayNode props = r.putArray("props");
    props.add(prop("type", "site"));
    props.add(prop("site-id", s.id()));
    props.add(prop("kind", s.kind().name().toLowerCase(Locale.ROOT)));
    s.operator().ifPresent(o -> props.add(prop("operator", o)));
    texts(props, "name", s.name());
    return r;
  }

  private ObjectNode certificate(Certificate c) {
    ObjectNode r = F.objectNode();
    r.put("uuid", uuid("certificate/" + c.id()));
    r.put("title", line(text(c.title())));
    ArrayNode props = r.putArray("props");
    props.add(prop("type", "certificate"));
    props.add(prop("certificate-id", c.id()));
    props.add(prop("standard", c.standard()));
    c.number().ifPresent(t -> texts(props, "number", t));
    c.issuer().ifPresent(t -> texts(props, "issuer", t));
    // a resource has no links: the sub-processor and sites are named by their tom ids, which
    // the parties and resources carry as props (subprocessor-id, site-id)
    c.holder().ifPresent(h -> props.add(prop("holder", h)));
    c.site().ifPresent(s -> props.add(prop("site", s)));
    c.scope().forEach(s -> props.add(prop("scope", s)));
    c.validFrom().ifPresent(d -> props.add(prop("valid-from", d.toString())));
    c.validUntil().ifPresent(d -> props.add(prop("valid-until", d.toString())));
    texts(props, "title", c.title());
    return r;
  }

  private ObjectNode link(String what, String rel) {
    return F.objectNode().put("href", "#" + uuid(what)).put("rel", rel);
  }

  /** A tom prop: its name, tom's namespace, its value on one line. */
  private static ObjectNode prop(String name, String value) {
    return F.objectNode().put("name", name).put("ns", NS).put("value", line(value));
  }

  /** A prop per language, in the catalogue's order of languages: the language as its class. */
  private void texts(ArrayNode props, String name, Text text) {
    for (String l : document.languages()) {
      String v = line(text.in(l).orElse(""));
      if (!v.isEmpty()) {
        props.add(prop(name, v).put("class", l));
      }
    }
  }

  private String text(Text t) {
    return t.in(lang).orElseGet(() -> t.values().values().iterator().next());
  }

  /** Whitespace collapsed to single spaces: OSCAL strings and markup-lines have no line ends. */
  static String line(String s) {
    return SPACE.matcher(s).replaceAll(" ").trim();
  }

  /** The JSON, keys in the order written, two-space indent, {@code \n} line ends. */
  private static byte[] write(ObjectNode root) {
    ObjectMapper mapper = new ObjectMapper();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
      g.setPrettyPrinter(pretty);
      mapper.writeTree(g, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    out.write('\n');
    return out.toByteArray();
  }
}
