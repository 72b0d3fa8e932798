package io.github.tomannex.tom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * The {@link OutputFormat}s on a class path, found with {@link ServiceLoader}, and the lookup of
 * one by id. A Maven plugin or an application passes the class loader that sees its formats;
 * tom-pdf's {@code pdf} is there only when {@code io.github.tomannex:tom-pdf} is.
 */
public final class OutputFormats {
  /** The artifact that provides each format tom publishes outside tom-core. */
  private static final Map<String, String> PROVIDED_BY =
      Map.of(
          "pdf", "io.github.tomannex:tom-pdf",
          "docx", "io.github.tomannex:tom-docx",
          "oscal", "io.github.tomannex:tom-oscal");

  /** tom-core's formats, first and in this order. */
  private static final List<String> CORE = List.of("md", "html", "json");

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]{0,15}");

  /** An extension: a name, or two joined by a dot ({@code oscal.json}). */
  private static final Pattern EXTENSION =
      Pattern.compile("[a-z][a-z0-9]{0,15}(\\.[a-z][a-z0-9]{0,15})?");

  private OutputFormats() {}

  /**
   * The formats the thread's context class loader sees (tom-core's loader when there is none): see
   * {@link #available(ClassLoader)}.
   *
   * @return the formats, in the order of {@link #available(ClassLoader)}
   * @throws IllegalStateException when two formats have the same id or one is malformed
   */
  public static List<OutputFormat> available() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return available(loader == null ? OutputFormat.class.getClassLoader() : loader);
  }

  /**
   * The formats a class loader sees. The order is stable, whatever the order of the class path: the
   * formats with a file per language first, then those with one file for all languages; within
   * each, tom-core's ({@code md}, {@code html}, {@code json}) before the others, and the others by
   * id. So {@code md, html, pdf, json} with tom-pdf present.
   *
   * @param loader where to look for {@code META-INF/services/io.github.tomannex.tom.OutputFormat}
   * @return the formats
   * @throws IllegalStateException when two formats have the same id, one cannot be created, or one
   *     has an id or extension that is not lower-case letters and digits (an extension may be two
   *     such names joined by a dot)
   */
  public static List<OutputFormat> available(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    Map<String, OutputFormat> byId = new LinkedHashMap<>();
    try {
      for (OutputFormat f : ServiceLoader.load(OutputFormat.class, loader)) {
        String id = f.id();
        if (id == null || !NAME.matcher(id).matches()) {
          throw new IllegalStateException(
              "the output format "
                  + f.getClass().getName()
                  + " has the id '"
                  + id
                  + "'; expected lower-case letters and digits, such as md");
        }
        if (f.extension() == null || !EXTENSION.matcher(f.extension()).matches()) {
          throw new IllegalStateException(
              "the output format "
                  + f.getClass().getName()
                  + " has the extension '"
                  + f.extension()
                  + "'; expected lower-case letters and digits, such as md, or two such names"
                  + " joined by a dot, such as oscal.json");
        }
        OutputFormat other = byId.putIfAbsent(id, f);
        if (other != null && other.getClass() != f.getClass()) {
          throw new IllegalStateException(
              "two output formats have the id '"
                  + id
                  + "': "
                  + other.getClass().getName()
                  + " and "
                  + f.getClass().getName());
        }
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("cannot load the output formats: " + e.getMessage(), e);
    }
    List<OutputFormat> all = new ArrayList<>(byId.values());
    all.sort(
        Comparator.comparing((OutputFormat f) -> !f.perLanguage())
            .thenComparing(f -> CORE.contains(f.id()) ? CORE.indexOf(f.id()) : CORE.size())
            .thenComparing(OutputFormat::id));
    return List.copyOf(all);
  }

  /**
   * Looks a format up by id among those a class loader sees, ignoring case and surrounding blanks;
   * the names of {@link Format}'s constants ({@code markdown}) are accepted too.
   *
   * @param id the id, for example {@code html}
   * @param loader where to look, as for {@link #available(ClassLoader)}
   * @return the format, or empty
   * @throws IllegalStateException as {@link #available(ClassLoader)}
   */
  public static Optional<OutputFormat> find(String id, ClassLoader loader) {
    Objects.requireNonNull(id, "id");
    return find(id, available(loader));
  }

  /**
   * Looks a format up by id, as {@link #find}, and says what is wrong when there is none.
   *
   * @param id the id, for example {@code html}
   * @param loader where to look, as for {@link #available(ClassLoader)}
   * @return the format
   * @throws IllegalArgumentException when no format has that id: the message names the known ids
   *     and, for a format tom publishes separately such as {@code pdf}, the artifact to add ({@code
   *     io.github.tomannex:tom-pdf})
   * @throws IllegalStateException as {@link #available(ClassLoader)}
   */
  public static OutputFormat byId(String id, ClassLoader loader) {
    Objects.requireNonNull(id, "id");
    List<OutputFormat> all = available(loader);
    return find(id, all).orElseThrow(() -> new IllegalArgumentException(unknown(id, all)));
  }

  /**
   * The artifact ({@code groupId:artifactId}) that provides a format tom publishes outside
   * tom-core.
   *
   * @param id the id, for example {@code pdf}
   * @return {@code io.github.tomannex:tom-pdf} for {@code pdf}; empty for other ids
   */
  public static Optional<String> providedBy(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(PROVIDED_BY.get(id.trim().toLowerCase(Locale.ROOT)));
  }

  private static Optional<OutputFormat> find(String id, List<OutputFormat> all) {
    String n = id.trim().toLowerCase(Locale.ROOT);
    String alias = Format.byName(n).map(Format::extension).orElse(n);
    return all.stream().filter(f -> f.id().equals(alias)).findFirst();
  }

  private static String unknown(String id, List<OutputFormat> all) {
    String known = String.join(", ", all.stream().map(OutputFormat::id).toList());
    Optional<String> artifact = providedBy(id);
    return artifact
        .map(
            a ->
                "the output format '"
                    + id.trim()
                    + "' is provided by "
                    + a
                    + ", which is not on the class path; add it (available: "
                    + known
                    + ")")
        .orElse("'" + id.trim() + "' is not an output format; available: " + known);
  }
}
