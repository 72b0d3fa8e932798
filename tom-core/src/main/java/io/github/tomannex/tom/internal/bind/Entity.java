package io.github.tomannex.tom.internal.bind;

import static io.github.tomannex.tom.internal.bind.Key.Kind.BOOL;
import static io.github.tomannex.tom.internal.bind.Key.Kind.CATEGORIES;
import static io.github.tomannex.tom.internal.bind.Key.Kind.CHOICE;
import static io.github.tomannex.tom.internal.bind.Key.Kind.DATE;
import static io.github.tomannex.tom.internal.bind.Key.Kind.GROUPS;
import static io.github.tomannex.tom.internal.bind.Key.Kind.ID;
import static io.github.tomannex.tom.internal.bind.Key.Kind.IDS;
import static io.github.tomannex.tom.internal.bind.Key.Kind.INTEGER;
import static io.github.tomannex.tom.internal.bind.Key.Kind.KEYWORD;
import static io.github.tomannex.tom.internal.bind.Key.Kind.LABELS;
import static io.github.tomannex.tom.internal.bind.Key.Kind.LANGUAGES;
import static io.github.tomannex.tom.internal.bind.Key.Kind.LAYOUT;
import static io.github.tomannex.tom.internal.bind.Key.Kind.LEVELS;
import static io.github.tomannex.tom.internal.bind.Key.Kind.LIST;
import static io.github.tomannex.tom.internal.bind.Key.Kind.MAPPING;
import static io.github.tomannex.tom.internal.bind.Key.Kind.NAME;
import static io.github.tomannex.tom.internal.bind.Key.Kind.NUMBERING;
import static io.github.tomannex.tom.internal.bind.Key.Kind.OVERRIDES;
import static io.github.tomannex.tom.internal.bind.Key.Kind.PERIOD;
import static io.github.tomannex.tom.internal.bind.Key.Kind.SECTIONS;
import static io.github.tomannex.tom.internal.bind.Key.Kind.STRING;
import static io.github.tomannex.tom.internal.bind.Key.Kind.TEXT;
import static io.github.tomannex.tom.internal.bind.Key.Kind.URL;
import static io.github.tomannex.tom.internal.bind.Key.optional;
import static io.github.tomannex.tom.internal.bind.Key.required;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of each entity of a catalogue, declared once: the binder takes from here which keys a
 * mapping may have (in this order, for messages), which it must have, how each value is read, and
 * where a child mapping's keys are. The JSON Schema ({@code CatalogueSchemaTest}), the word rules'
 * texts ({@code ContextKeysTest}) and the change notice's labels ({@code NoticeLabelsTest}) are
 * checked against these tables.
 */
public enum Entity {
  /** A section of a layout of the catalogue's own ({@code layout.sections}, subsections). */
  SECTION(
      "section",
      required("id", ID),
      required("title", TEXT),
      optional("intro", TEXT),
      optional("categories", CATEGORIES),
      optional("style", CHOICE),
      optional("group-by", CHOICE),
      optional("groups", GROUPS),
      optional("certificates", BOOL),
      optional("subprocessors", BOOL),
      optional("review", BOOL),
      optional("omit-if-empty", BOOL),
      optional("sections", SECTIONS)),
  /** An entry of {@code layout.overrides}: what it changes of a built-in section. */
  SECTION_OVERRIDE(
      "sectionOverride",
      optional("title", TEXT),
      optional("intro", TEXT),
      optional("categories", CATEGORIES),
      optional("add-categories", CATEGORIES),
      optional("style", CHOICE),
      optional("group-by", CHOICE),
      optional("groups", GROUPS),
      optional("certificates", BOOL),
      optional("subprocessors", BOOL),
      optional("review", BOOL),
      optional("omit-if-empty", BOOL)),
  /** {@code layout.other}: the trailing section for categories no section places. */
  OTHER("other", optional("title", TEXT), optional("intro", TEXT)),
  /** A {@code layout} that extends a built-in one. */
  LAYOUT_EXTENSION(
      "layoutExtension",
      required("extends", KEYWORD),
      optional("overrides", OVERRIDES),
      optional("numbering", NUMBERING),
      Key.of("other", false, MAPPING, OTHER),
      optional("labels", LABELS)),
  /** A {@code layout} of the catalogue's own, also the format of the built-in layouts. */
  OWN_LAYOUT(
      "ownLayout",
      optional("numbering", NUMBERING),
      required("sections", SECTIONS),
      Key.of("other", false, MAPPING, OTHER),
      optional("labels", LABELS)),
  /** {@code document.processor}. */
  PROCESSOR(
      "processor", required("name", STRING), optional("address", NAME), optional("contact", NAME)),
  /** {@code document.agreement.scc}: the EU standard contractual clauses the annex serves. */
  SCC("scc", required("decision", CHOICE), optional("module", INTEGER), optional("annex", CHOICE)),
  /** {@code document.agreement}. */
  AGREEMENT(
      "agreement",
      optional("title", TEXT),
      optional("reference", NAME),
      optional("date", DATE),
      Key.of("scc", false, MAPPING, SCC)),
  /** {@code document}. */
  DOCUMENT(
      "document",
      required("title", TEXT),
      optional("label", TEXT),
      required("version", STRING),
      required("effective", DATE),
      required("languages", LANGUAGES),
      Key.of("processor", true, MAPPING, PROCESSOR),
      Key.of("agreement", false, MAPPING, AGREEMENT),
      optional("url", URL),
      optional("preamble", TEXT),
      optional("closing", TEXT),
      optional("equally-binding", BOOL),
      optional("acceptance", BOOL)),
  /** {@code review}. */
  REVIEW(
      "review", required("interval", PERIOD), required("last", DATE), optional("statement", TEXT)),
  /** An item of {@code subprocessors}. */
  SUBPROCESSOR(
      "subprocessor",
      required("id", ID),
      required("name", STRING),
      optional("service", TEXT),
      optional("location", NAME),
      optional("transfer", TEXT),
      optional("notice-period", PERIOD)),
  /** An item of {@code sites}. */
  SITE(
      "site",
      required("id", ID),
      required("name", TEXT),
      required("kind", CHOICE),
      optional("location", NAME),
      optional("operator", ID)),
  /** An item of {@code certificates}. */
  CERTIFICATE(
      "certificate",
      required("id", ID),
      required("title", TEXT),
      required("standard", STRING),
      optional("number", NAME),
      optional("issuer", NAME),
      optional("holder", ID),
      optional("site", ID),
      optional("scope", IDS),
      optional("valid-from", DATE),
      optional("valid-until", DATE)),
  /** An item of {@code measures}. */
  MEASURE(
      "measure",
      required("id", ID),
      required("category", KEYWORD),
      required("text", TEXT),
      optional("site", ID),
      optional("type", CHOICE),
      optional("status", CHOICE),
      optional("due", DATE),
      optional("reason", TEXT),
      optional("certificates", IDS)),
  /**
   * An item of {@code changes}. Its texts are history, written after the fact, and not read by the
   * word rules.
   */
  CHANGE(
      "change",
      required("version", STRING).withoutWords(),
      required("date", DATE),
      optional("measure", ID),
      optional("certificate", ID),
      required("reason", TEXT).withoutWords()),
  /** The top level. */
  TOP(
      "catalogue",
      required("tom", INTEGER),
      Key.of("document", true, MAPPING, DOCUMENT),
      Key.of("review", true, MAPPING, REVIEW),
      optional("layout", LAYOUT),
      Key.of("subprocessors", false, LIST, SUBPROCESSOR),
      Key.of("sites", false, LIST, SITE),
      Key.of("certificates", false, LIST, CERTIFICATE),
      Key.of("measures", true, LIST, MEASURE),
      Key.of("changes", false, LIST, CHANGE),
      optional("lint", LEVELS));

  private final String what;
  private final Map<String, Key> keys = new LinkedHashMap<>();

  Entity(String what, Key... keys) {
    this.what = what;
    for (Key k : keys) {
      if (this.keys.put(k.name(), k) != null) {
        throw new IllegalArgumentException(what + " declares '" + k.name() + "' twice");
      }
    }
  }

  /** What the entity is called, for example {@code measure}. */
  public String what() {
    return what;
  }

  /** The keys, in the order of the catalogue format. */
  public List<Key> keys() {
    return List.copyOf(keys.values());
  }

  /** The key names, in order. */
  public List<String> names() {
    return List.copyOf(keys.keySet());
  }

  /** A declared key. */
  public Key key(String name) {
    Key k = keys.get(name);
    if (k == null) {
      throw new IllegalArgumentException(what + " has no key '" + name + "'");
    }
    return k;
  }
}
