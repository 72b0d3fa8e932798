package io.github.tomannex.tom.internal.bind;

import io.github.tomannex.tom.Location;
import io.github.tomannex.tom.internal.Suggest;
import io.github.tomannex.tom.internal.rules.Diagnostics;
import io.github.tomannex.tom.internal.yaml.YamlNode;
import io.github.tomannex.tom.internal.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts a catalogue together from its files before it is bound: the fragments named by {@code
 * include:} (files relative to the including file, or released JSON exports named by Maven
 * coordinates and fetched through a resolver), and for a variant the master named by {@code base:},
 * with the variant's overrides, additions, replacements and {@code remove:} applied. Works on the
 * YAML trees, so every value keeps the position in the file it was written in: a diagnostic about
 * an included measure points into the fragment.
 *
 * <p>Cycles, missing files, too deep nesting and too many files are reported with the chain of
 * includes; nothing here throws for bad input. Not thread-safe; one per load.
 */
public final class Assembler {
  /** The top-level keys read here, before binding; the binder never sees them. */
  public static final List<String> KEYS = List.of("include", "base", "remove");

  /** The keys a fragment may have. */
  static final List<String> FRAGMENT_KEYS =
      List.of("tom", "include", "subprocessors", "sites", "certificates", "measures");

  /** The lists a fragment adds to. */
  static final List<String> LISTS = List.of("subprocessors", "sites", "certificates", "measures");

  /** How deep includes and bases may nest. */
  public static final int MAX_DEPTH = 16;

  /** How many files and artifacts one catalogue may read besides itself. */
  public static final int MAX_FILES = 256;

  /** {@code groupId:artifactId:version}: a released export, not a path. */
  static final Pattern COORDINATES =
      Pattern.compile("[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+:[A-Za-z0-9_.+-]+");

  private final YamlReader reader;
  private final Diagnostics diags;
  private final long maxBytes;
  private final Function<String, Optional<byte[]>> artifacts;

  /** What was read besides the catalogue: absolute paths of files, coordinates of artifacts. */
  private final Set<String> inputs = new LinkedHashSet<>();

  private int reads;

  /** A file on the chain of includes. */
  private record Origin(String name, String key, Path dir, String nameDir) {}

  /**
   * @param reader reads each file
   * @param diags where problems go
   * @param maxBytes the size limit of each file
   * @param artifacts resolves Maven coordinates to the bytes of a JSON export, or null when there
   *     is no resolver
   */
  public Assembler(
      YamlReader reader,
      Diagnostics diags,
      long maxBytes,
      Function<String, Optional<byte[]>> artifacts) {
    this.reader = reader;
    this.diags = diags;
    this.maxBytes = maxBytes;
    this.artifacts = artifacts;
  }

  /** Whether a catalogue's tree needs assembling: it includes, derives from or removes. */
  public static boolean needed(YamlNode root) {
    return root instanceof YamlNode.Mapping m && KEYS.stream().anyMatch(m.keys()::containsKey);
  }

  /** The files and artifacts read so far, in order: absolute paths and coordinates. */
  public List<String> inputs() {
    return List.copyOf(inputs);
  }

  /**
   * The catalogue put together, or null when a file it needs could not be read (reported).
   *
   * @param root the catalogue's tree
   * @param file the catalogue's file; null when it was not read from one (includes are then
   *     relative to {@code source} taken as a path)
   * @param source the catalogue's name in diagnostics
   */
  public YamlNode.Mapping assemble(YamlNode.Mapping root, Path file, String source) {
    Path dir;
    if (file != null) {
      Path abs = file.toAbsolutePath().normalize();
      dir = abs.getParent();
    } else {
      Path p;
      try {
        p = Path.of(source).toAbsolutePath().normalize();
      } catch (InvalidPathException e) {
        p = Path.of("").toAbsolutePath().resolve("catalogue");
      }
      dir = p.getParent();
      file = p;
    }
    Origin origin =
        new Origin(source, file.toAbsolutePath().normalize().toString(), dir, parentName(source));
    Deque<Origin> chain = new ArrayDeque<>();
    chain.addLast(origin);
    return catalogue(root, chain);
  }

  private static String parentName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return slash < 0 ? "" : name.substring(0, slash);
  }

  /** A catalogue or variant: its includes merged, its base applied. */
  private YamlNode.Mapping catalogue(YamlNode.Mapping m, Deque<Origin> chain) {
    YamlNode.Mapping own = withIncludes(m, chain);
    YamlNode baseNode = m.entries().get("base");
    YamlNode removeNode = m.entries().get("remove");
    if (baseNode == null) {
      if (removeNode != null) {
        diags.report(
            m.keys().get("remove"),
            "SCHEMA-002",
            "'remove' is only for a variant, a catalogue with 'base:'; here the measure can simply"
                + " be deleted");
      }
      return without(own, List.of("base", "remove"));
    }
    if (!(baseNode instanceof YamlNode.Scalar s)
        || s.kind() != YamlNode.ScalarKind.STRING
        || s.text().isBlank()) {
      diags.report(
          baseNode.location(),
          "SCHEMA-002",
          "'base' is "
              + baseNode.describe()
              + "; expected the path of the master catalogue, relative to this file");
      return null;
    }
    YamlNode.Mapping master = read(s.text(), s.location(), chain, true);
    if (master == null) {
      return null;
    }
    return overlay(master, own, removeNode, chain.getLast());
  }

  /** A fragment: only its lists, with its own includes merged. */
  private YamlNode.Mapping fragment(YamlNode.Mapping m, Deque<Origin> chain) {
    String name = chain.getLast().name();
    for (Map.Entry<String, Location> key : m.keys().entrySet()) {
      if (!FRAGMENT_KEYS.contains(key.getKey())) {
        String close = Suggest.closest(key.getKey(), FRAGMENT_KEYS);
        diags.report(
            key.getValue(),
            "SCHEMA-001",
            "unknown key '"
                + key.getKey()
                + "' in fragment '"
                + name
                + "' (included by "
                + chain.stream()
                    .limit(chain.size() - 1)
                    .map(Origin::name)
                    .collect(Collectors.joining(" → "))
                + "); a fragment has only "
                + String.join(", ", FRAGMENT_KEYS)
                + (key.getKey().equals("document") || key.getKey().equals("review")
                    ? ", the including catalogue has the document and review"
                    : ""),
            close == null || close.equals(key.getKey()) ? null : "did you mean '" + close + "'?");
      }
    }
    YamlNode.Mapping own = withIncludes(m, chain);
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    Map<String, Location> keys = new LinkedHashMap<>();
    for (String list : LISTS) {
      YamlNode v = own.entries().get(list);
      if (v == null || (v instanceof YamlNode.Scalar sc && sc.kind() == YamlNode.ScalarKind.NULL)) {
        continue;
      }
      if (!(v instanceof YamlNode.Seq)) {
        diags.report(
            v.location(),
            "SCHEMA-002",
            "'" + list + "' in fragment '" + name + "' is " + v.describe() + "; expected a list");
        continue;
      }
      entries.put(list, v);
      keys.put(list, own.keys().get(list));
    }
    return new YamlNode.Mapping(entries, keys, m.location());
  }

  /** The mapping without {@code include}, its lists extended by the included fragments'. */
  private YamlNode.Mapping withIncludes(YamlNode.Mapping m, Deque<Origin> chain) {
    YamlNode includeNode = m.entries().get("include");
    if (includeNode == null) {
      return m;
    }
    Location includeAt = m.keys().get("include");
    Map<String, List<YamlNode>> extra = new LinkedHashMap<>();
    if (includeNode instanceof YamlNode.Seq seq) {
      int index = 0;
      for (YamlNode item : seq.items()) {
        index++;
        YamlNode.Scalar operator = null;
        if (item instanceof YamlNode.Mapping im) {
          // {from: <path or coordinates>, operator: <sub-processor id>}: the fragment's sites and
          // certificates are that sub-processor's (its measures there inherited)
          Obj o = new Obj(im, "include[" + index + "]", diags, List.of("from", "operator"));
          YamlNode op = o.get("operator");
          if (op instanceof YamlNode.Scalar os
              && os.kind() == YamlNode.ScalarKind.STRING
              && Values.ID.matcher(os.text()).matches()) {
            operator = os;
          } else if (op != null) {
            diags.report(
                op.location(),
                "SCHEMA-002",
                "'include["
                    + index
                    + "].operator' is "
                    + op.describe()
                    + "; expected the id of a sub-processor");
          }
          item = o.require("from");
          if (item == null) {
            continue;
          }
        }
        if (!(item instanceof YamlNode.Scalar s)
            || s.kind() != YamlNode.ScalarKind.STRING
            || s.text().isBlank()) {
          diags.report(
              item.location(),
              "SCHEMA-002",
              "an item of 'include' is "
                  + item.describe()
                  + "; expected the path of a fragment relative to this file, the Maven"
                  + " coordinates groupId:artifactId:version of a released JSON export, or"
                  + " {from: <either>, operator: <sub-processor id>}");
          continue;
        }
        YamlNode.Mapping fragment = read(s.text().trim(), s.location(), chain, false);
        if (fragment == null) {
          continue;
        }
        for (Map.Entry<String, YamlNode> e : fragment.entries().entrySet()) {
          if (e.getValue() instanceof YamlNode.Seq items) {
            List<YamlNode> add = items.items();
            if (operator != null && e.getKey().equals("sites")) {
              add = attributed(add, "operator", operator);
            } else if (operator != null && e.getKey().equals("certificates")) {
              add = attributed(add, "holder", operator);
            }
            extra.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(add);
          }
        }
      }
    } else if (!(includeNode instanceof YamlNode.Scalar sc
        && sc.kind() == YamlNode.ScalarKind.NULL)) {
      diags.report(
          includeNode.location(),
          "SCHEMA-002",
          "'include' is "
              + includeNode.describe()
              + "; expected a list of fragment paths or Maven coordinates");
    }
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    Map<String, Location> keys = new LinkedHashMap<>();
    for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
      String key = e.getKey();
      if (key.equals("include")) {
        continue;
      }
      YamlNode v = e.getValue();
      List<YamlNode> more = extra.remove(key);
      if (more != null && v instanceof YamlNode.Seq own) {
        List<YamlNode> all = new ArrayList<>(own.items());
        all.addAll(more);
        v = new YamlNode.Seq(all, own.location());
      } else if (more != null
          && v instanceof YamlNode.Scalar sc
          && sc.kind() == YamlNode.ScalarKind.NULL) {
        v = new YamlNode.Seq(more, sc.location());
      }
      entries.put(key, v);
      keys.put(key, m.keys().get(key));
    }
    for (Map.Entry<String, List<YamlNode>> e : extra.entrySet()) {
      entries.put(e.getKey(), new YamlNode.Seq(e.getValue(), includeNode.location()));
      keys.put(e.getKey(), includeAt);
    }
    return new YamlNode.Mapping(entries, keys, m.location());
  }

  /** The entries, each without {@code key} given it with the value {@code id}. */
  private static List<YamlNode> attributed(List<YamlNode> items, String key, YamlNode.Scalar id) {
    List<YamlNode> out = new ArrayList<>(items.size());
    for (YamlNode item : items) {
      if (item instanceof YamlNode.Mapping m && !m.keys().containsKey(key)) {
        Map<String, YamlNode> entries = new LinkedHashMap<>(m.entries());
        Map<String, Location> keys = new LinkedHashMap<>(m.keys());
        entries.put(key, id);
        keys.put(key, id.location());
        item = new YamlNode.Mapping(entries, keys, m.location());
      }
      out.add(item);
    }
    return out;
  }

  /**
   * Reads an included fragment or a base catalogue, put together in turn; null when it cannot be
   * read (reported at {@code at}, in the including file).
   */
  private YamlNode.Mapping read(String ref, Location at, Deque<Origin> chain, boolean base) {
    String what = base ? "the master catalogue" : "the fragment";
    String verb = base ? "base of " : "include of ";
    if (chain.size() > MAX_DEPTH || reads >= MAX_FILES) {
      diags.report(
          at,
          "INC-003",
          (chain.size() > MAX_DEPTH
                  ? "includes and bases nest deeper than " + MAX_DEPTH + " levels"
                  : "the catalogue reads more than " + MAX_FILES + " files")
              + " at '"
              + ref
              + "' ("
              + chainText(chain, true)
              + "); flatten the includes");
      return null;
    }
    Origin here = chain.getLast();
    boolean artifact = COORDINATES.matcher(ref).matches() && ref.indexOf('/') < 0;
    byte[] bytes;
    Origin origin;
    if (artifact) {
      origin = new Origin(ref, "artifact:" + ref, null, "");
      if (cycle(origin, at, chain)) {
        return null;
      }
      if (artifacts == null) {
        diags.report(
            at,
            "INC-002",
            "'"
                + ref
                + "' names a released export by its Maven coordinates, but nothing resolves"
                + " artifacts here ("
                + chainText(chain, true)
                + "); the Maven plugin does, a program passes a resolver to"
                + " Tom.Builder.artifacts");
        return null;
      }
      Optional<byte[]> found;
      try {
        found = artifacts.apply(ref);
      } catch (RuntimeException e) {
        diags.report(
            at,
            "INC-002",
            "cannot resolve '" + ref + "' (" + chainText(chain, true) + "): " + e.getMessage());
        return null;
      }
      if (found == null || found.isEmpty()) {
        diags.report(
            at,
            "INC-002",
            "cannot resolve '"
                + ref
                + "' ("
                + chainText(chain, true)
                + "); expected a released version with tom's JSON export attached (type json,"
                + " classifier tom)");
        return null;
      }
      bytes = found.get();
      if (bytes.length > maxBytes) {
        diags.report(
            at,
            "FILE-002",
            "'" + ref + "' has " + bytes.length + " bytes, more than the limit of " + maxBytes);
        return null;
      }
    } else {
      if (here.dir() == null) {
        diags.report(
            at,
            "SCHEMA-002",
            "'"
                + ref
                + "' is a path, but '"
                + here.name()
                + "' was resolved as an artifact; an artifact can include only artifacts");
        return null;
      }
      Path file;
      try {
        file = here.dir().resolve(ref).normalize();
      } catch (InvalidPathException e) {
        diags.report(at, "FILE-001", "'" + ref + "' is not a valid path: " + e.getReason());
        return null;
      }
      String name = nameOf(here.nameDir(), ref);
      origin = new Origin(name, file.toString(), file.getParent(), parentName(name));
      if (cycle(origin, at, chain)) {
        return null;
      }
      bytes = readFile(file, name, at, what, verb, chain);
      if (bytes == null) {
        return null;
      }
    }
    reads++;
    inputs.add(artifact ? ref : origin.key());
    Optional<YamlNode> tree = reader.read(bytes, origin.name(), diags);
    if (tree.isEmpty()) {
      return null;
    }
    YamlNode top = tree.get();
    if (ExportAdapter.isDiffExport(bytes, top)) {
      diags.report(
          at,
          "SCHEMA-002",
          "'"
              + ref
              + "' is the JSON of a change notice (changes.json); expected "
              + what
              + " or an annex export");
      return null;
    }
    if (!(top instanceof YamlNode.Mapping m)) {
      diags.report(
          top.location(),
          "SCHEMA-002",
          "the top level of '" + origin.name() + "' is " + top.describe() + "; expected a mapping");
      return null;
    }
    boolean export = ExportAdapter.isExport(bytes, top);
    if (export) {
      m = ExportAdapter.toCatalogue(m, diags);
    }
    chain.addLast(origin);
    try {
      if (base) {
        return catalogue(m, chain);
      }
      if (export) {
        // a released annex: its entries, not its document, review, layout or log
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Location> keys = new LinkedHashMap<>();
        for (String list : LISTS) {
          if (m.entries().get(list) instanceof YamlNode.Seq seq) {
            entries.put(list, seq);
            keys.put(list, m.keys().get(list));
          }
        }
        return new YamlNode.Mapping(entries, keys, m.location());
      }
      return fragment(m, chain);
    } finally {
      chain.removeLast();
    }
  }

  private byte[] readFile(
      Path file, String name, Location at, String what, String verb, Deque<Origin> chain) {
    String via = " (" + verb + chainText(chain, false) + ")";
    try {
      if (Files.isDirectory(file)) {
        diags.report(
            at, "FILE-001", "'" + name + "' is a directory" + via + "; expected " + what + " file");
        return null;
      }
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        diags.report(at, "FILE-001", "'" + name + "' is not a regular file" + via);
        return null;
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        diags.report(
            at,
            "FILE-002",
            "'" + name + "' has " + size + " bytes, more than the limit of " + maxBytes + via);
        return null;
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
          diags.report(
              at, "FILE-002", "'" + name + "' is larger than the limit of " + maxBytes + via);
          return null;
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      diags.report(at, "FILE-001", "'" + name + "' does not exist" + via);
      return null;
    } catch (IOException | SecurityException e) {
      diags.report(
          at,
          "FILE-001",
          "cannot read '" + name + "'" + via + ": " + String.valueOf(e.getMessage()));
      return null;
    }
  }

  /** Reports a file that is already on the chain. */
  private boolean cycle(Origin origin, Location at, Deque<Origin> chain) {
    for (Origin o : chain) {
      if (o.key().equals(origin.key())) {
        diags.report(
            at,
            "INC-001",
            "'"
                + origin.name()
                + "' is read again by itself: "
                + chainText(chain, false)
                + " → "
                + origin.name()
                + "; remove one of the includes (or bases) of the cycle");
        return true;
      }
    }
    return false;
  }

  /** The chain of files for messages: {@code a.yaml → shared/b.yaml}. */
  private static String chainText(Deque<Origin> chain, boolean prefix) {
    String text = chain.stream().map(Origin::name).collect(Collectors.joining(" → "));
    return prefix ? (chain.size() == 1 ? "in " : "included by ") + text : text;
  }

  /** The name of an included file for diagnostics: relative to the including file's name. */
  static String nameOf(String dir, String ref) {
    String joined = dir.isEmpty() ? ref : dir + "/" + ref;
    joined = joined.replace('\\', '/');
    Deque<String> parts = new ArrayDeque<>();
    boolean absolute = joined.startsWith("/");
    for (String part : joined.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return (absolute ? "/" : "") + String.join("/", parts);
  }

  /** The variant on its master: overrides, additions, replacements and removals. */
  private YamlNode.Mapping overlay(
      YamlNode.Mapping master, YamlNode.Mapping variant, YamlNode removeNode, Origin origin) {
    Map<String, YamlNode> entries = new LinkedHashMap<>(master.entries());
    Map<String, Location> keys = new LinkedHashMap<>(master.keys());
    Map<String, YamlNode> replaced = new LinkedHashMap<>();
    List<YamlNode> added = new ArrayList<>();
    for (Map.Entry<String, YamlNode> e : variant.entries().entrySet()) {
      String key = e.getKey();
      YamlNode v = e.getValue();
      if (key.equals("base") || key.equals("remove")) {
        continue;
      }
      YamlNode old = entries.get(key);
      switch (key) {
        case "document", "review", "lint" -> {
          if (old instanceof YamlNode.Mapping o && v instanceof YamlNode.Mapping n) {
            v = merge(o, n);
          }
        }
        case "subprocessors", "sites", "certificates", "changes" -> {
          if (old instanceof YamlNode.Seq o && v instanceof YamlNode.Seq n) {
            List<YamlNode> all = new ArrayList<>(o.items());
            all.addAll(n.items());
            v = new YamlNode.Seq(all, n.location());
          }
        }
        case "measures" -> {
          if (old instanceof YamlNode.Seq && v instanceof YamlNode.Seq n) {
            Set<String> masterIds = idsOf(old);
            for (YamlNode item : n.items()) {
              String id = idOf(item);
              if (id != null && !replaced.containsKey(id) && masterIds.contains(id)) {
                replaced.put(id, item);
              } else {
                added.add(item);
              }
            }
            continue;
          }
        }
        default -> {}
      }
      entries.put(key, v);
      keys.put(key, variant.keys().get(key));
    }
    Map<String, String> removed = removals(removeNode, master, variant, origin);
    if (entries.get("measures") instanceof YamlNode.Seq seq
        && (!replaced.isEmpty() || !added.isEmpty() || !removed.isEmpty())) {
      List<YamlNode> all = new ArrayList<>();
      for (YamlNode item : seq.items()) {
        String id = idOf(item);
        if (id != null && removed.containsKey(id)) {
          continue;
        }
        all.add(id != null && replaced.containsKey(id) ? replaced.get(id) : item);
      }
      all.addAll(added);
      entries.put("measures", new YamlNode.Seq(all, seq.location()));
    }
    return new YamlNode.Mapping(entries, keys, variant.location());
  }

  /** The ids of the measures the variant removes, each with a reason; problems reported. */
  private Map<String, String> removals(
      YamlNode node, YamlNode.Mapping master, YamlNode.Mapping variant, Origin origin) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node == null
        || (node instanceof YamlNode.Scalar sc && sc.kind() == YamlNode.ScalarKind.NULL)) {
      return out;
    }
    if (!(node instanceof YamlNode.Seq seq)) {
      diags.report(
          node.location(),
          "SCHEMA-002",
          "'remove' is " + node.describe() + "; expected a list of {id, reason}");
      return out;
    }
    Set<String> known = idsOf(master.entries().get("measures"));
    Set<String> given = idsOf(variant.entries().get("measures"));
    Map<String, Location> seen = new LinkedHashMap<>();
    int i = 0;
    for (YamlNode item : seq.items()) {
      i++;
      if (!(item instanceof YamlNode.Mapping m)) {
        diags.report(
            item.location(),
            "SCHEMA-002",
            "'remove["
                + i
                + "]' is "
                + item.describe()
                + "; expected a mapping with id and reason");
        continue;
      }
      Obj o = new Obj(m, "remove[" + i + "]", diags, List.of("id", "reason"));
      YamlNode idNode = o.require("id");
      String id = idNode instanceof YamlNode.Scalar s ? s.text() : null;
      String what = id == null ? "'remove[" + i + "]'" : "the removal of measure '" + id + "'";
      YamlNode reason = o.get("reason");
      boolean hasReason =
          reason instanceof YamlNode.Scalar r
              ? !r.text().isBlank()
              : reason instanceof YamlNode.Mapping rm && !rm.entries().isEmpty();
      if (!hasReason) {
        diags.report(
            o.has("reason") ? o.at("reason") : m.location(),
            "SCHEMA-003",
            what
                + " has no 'reason'; a variant that leaves out a measure of its master says why"
                + " (the controller reads it as a reduction of protection)");
      }
      if (id == null) {
        continue;
      }
      Location first = seen.putIfAbsent(id, idNode.location());
      if (first != null) {
        diags.report(
            idNode.location(),
            "REF-001",
            "measure '" + id + "' is removed twice; it is already removed at line " + first.line());
        continue;
      }
      if (!known.contains(id)) {
        diags.report(
            idNode.location(),
            "REF-002",
            "'remove' names measure '"
                + id
                + "', which the master of '"
                + origin.name()
                + "' does not have",
            Suggest.hint(id, known));
        continue;
      }
      if (given.contains(id)) {
        diags.report(
            idNode.location(),
            "SCHEMA-002",
            "measure '"
                + id
                + "' is both removed and given in '"
                + origin.name()
                + "'; to replace it, give it without removing it");
        continue;
      }
      out.put(id, id);
    }
    return out;
  }

  private static YamlNode.Mapping merge(YamlNode.Mapping master, YamlNode.Mapping variant) {
    Map<String, YamlNode> entries = new LinkedHashMap<>(master.entries());
    Map<String, Location> keys = new LinkedHashMap<>(master.keys());
    entries.putAll(variant.entries());
    keys.putAll(variant.keys());
    return new YamlNode.Mapping(entries, keys, variant.location());
  }

  private static String idOf(YamlNode item) {
    return item instanceof YamlNode.Mapping m
            && m.entries().get("id") instanceof YamlNode.Scalar s
            && s.kind() == YamlNode.ScalarKind.STRING
        ? s.text()
        : null;
  }

  private static Set<String> idsOf(YamlNode list) {
    Set<String> ids = new LinkedHashSet<>();
    if (list instanceof YamlNode.Seq seq) {
      for (YamlNode item : seq.items()) {
        String id = idOf(item);
        if (id != null) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  private static YamlNode.Mapping without(YamlNode.Mapping m, List<String> drop) {
    if (drop.stream().noneMatch(m.keys()::containsKey)) {
      return m;
    }
    Map<String, YamlNode> entries = new LinkedHashMap<>(m.entries());
    Map<String, Location> keys = new LinkedHashMap<>(m.keys());
    for (String k : drop) {
      entries.remove(k);
      keys.remove(k);
    }
    return new YamlNode.Mapping(entries, keys, m.location());
  }
}
