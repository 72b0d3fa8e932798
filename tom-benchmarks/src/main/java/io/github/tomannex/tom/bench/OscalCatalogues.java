package io.github.tomannex.tom.bench;

import io.github.tomannex.tom.oscal.OscalImport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Real content at scale: an OSCAL catalogue, above all NIST SP 800-53 Rev. 5 ({@link
 * #NIST_SP800_53}, 1,189 controls and enhancements), as a tom catalogue, converted by the product's
 * OSCAL import ({@link OscalImport}, module tom-oscal; docs/oscal.md says what becomes what). The
 * skeleton is English, layout {@code gdpr-art32}, dated with the catalogue's own date: load it with
 * {@link Conversion#clock()} (a month later) or the review is overdue ({@code REV-001}, an error).
 *
 * <p>From the command line: {@code OscalCatalogues [oscal.json [out.yaml]]}; without arguments, it
 * converts {@link #NIST_SP800_53} found by {@link #findCorpusFile(String)} and writes the YAML to
 * standard output.
 */
public final class OscalCatalogues {
  /** The NIST SP 800-53 Rev. 5.0.1 OSCAL catalogue in the shared corpus (oscal/). */
  public static final String NIST_SP800_53 = "nist_sp800-53_rev5.0.1_catalog_2021-06-08.json";

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
   * @throws io.github.tomannex.tom.oscal.OscalImportException when it is not an OSCAL catalogue
   */
  public static Conversion convert(Path oscalJson) {
    try {
      return convert(Files.readAllBytes(oscalJson), oscalJson.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Converts an OSCAL catalogue.
   *
   * @param oscalJson the document, with its top-level {@code catalog}
   * @param sourceName the name for messages
   * @return the tom catalogue
   * @throws io.github.tomannex.tom.oscal.OscalImportException when it is not an OSCAL catalogue
   */
  public static Conversion convert(byte[] oscalJson, String sourceName) {
    OscalImport.Skeleton s = OscalImport.builder().build().convert(oscalJson, sourceName);
    return new Conversion(s.yaml(), s.measures(), s.withdrawn(), s.released());
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
}
