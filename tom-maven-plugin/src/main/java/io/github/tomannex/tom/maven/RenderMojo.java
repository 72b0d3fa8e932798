package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.RenderedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the TOM catalogue and renders the annex: {@code annex-<lang>.md} and {@code
 * annex-<lang>.html} per language and {@code annex.json}; attaches them to the project (classifier
 * {@code tom-<lang>}, type = format; the JSON export as classifier {@code tom}; see {@code
 * classifier}) so {@code install} and {@code deploy} publish them; optionally packs them into the
 * jar under {@code META-INF/tom/}.
 *
 * <p>Every file is rendered before the first is written, and each is written to a temporary file
 * and moved into place, so a failure never leaves a half-written annex. When the catalogue, the
 * configuration and the plugin are unchanged and the files exist, nothing is rendered or written
 * again (a content fingerprint, not modification times, decides), but the files are still attached
 * and packed.
 *
 * <p>Beside each file it writes {@code <file>.sha256} (the format of {@code sha256sum}) and
 * attaches it under the file's classifier with type {@code <format>.sha256}, so whoever receives a
 * file can check it ({@code sha256sum -c annex-de.pdf.sha256}). Every annex also prints the SHA-256
 * of its {@code annex.json}.
 */
@Mojo(
    name = "render",
    defaultPhase = LifecyclePhase.GENERATE_RESOURCES,
    requiresProject = false,
    threadSafe = true)
public class RenderMojo extends AbstractOutputMojo {
  static final String JAR_PATH = "META-INF/tom";

  /** Packs the rendered files into the project's jar under {@code META-INF/tom/}. */
  @Parameter(property = "tom.includeInJar", defaultValue = "false")
  boolean includeInJar;

  /** Skips this goal only. */
  @Parameter(property = "tom.render.skip", defaultValue = "false")
  boolean skipRender;

  @Override
  String goal() {
    return "render";
  }

  @Override
  boolean skipGoal() {
    return skipRender;
  }

  @Override
  void run(Path path) throws MojoExecutionException, MojoFailureException {
    Formats wanted = wantedFormats();
    Optional<Instant> when = timestamp();
    Path dir = support.resolve(outputDirectory);
    removeStale(dir);
    Fingerprint fingerprint;
    try {
      fingerprint =
          Fingerprint.of(
              path,
              wanted.key() + "|" + when.map(Object::toString).orElse(""),
              languages,
              tomVersion,
              support.inputFiles(path));
    } catch (IOException e) {
      throw new MojoExecutionException(
          "tom: cannot read " + support.display(path) + ": " + e.getMessage(), e);
    }
    List<Fingerprint.Recorded> written = fingerprint.upToDate(dir);
    if (written != null) {
      log()
          .info(
              "tom: "
                  + support.display(dir)
                  + " is up to date ("
                  + String.join(
                      ", ",
                      written.stream()
                          .map(Fingerprint.Recorded::name)
                          .filter(n -> !n.endsWith(CatalogueSupport.CHECKSUM))
                          .toList())
                  + ")");
    } else {
      written = render(path, wanted, when, dir, fingerprint);
    }
    List<String> names = written.stream().map(Fingerprint.Recorded::name).toList();
    if (hasProject()) {
      if (attach) {
        attach(dir, written);
      }
      if (includeInJar) {
        includeInJar(dir, names);
      }
    }
  }

  private List<Fingerprint.Recorded> render(
      Path path, Formats wanted, Optional<Instant> when, Path dir, Fingerprint fingerprint)
      throws MojoExecutionException, MojoFailureException {
    Catalogue catalogue = load(path);
    List<String> langs = CatalogueSupport.languages(languages, catalogue);
    List<RenderedFile> rendered;
    try {
      rendered = wanted.render(catalogue, langs, when, getLog());
    } catch (RuntimeException e) {
      throw new MojoExecutionException(
          "tom: rendering " + support.display(path) + " failed: " + e, e);
    }
    // each file with its checksum beside it, <file>.sha256 in the format of sha256sum, so the
    // holder of an attached file can check it (sha256sum -c)
    List<Fingerprint.Recorded> written = new ArrayList<>();
    Map<Path, byte[]> files = new LinkedHashMap<>();
    for (RenderedFile f : rendered) {
      files.put(dir.resolve(f.fileName()), f.bytes());
      written.add(Fingerprint.Recorded.of(f));
    }
    for (RenderedFile f : rendered) {
      String sum = f.fileName() + CatalogueSupport.CHECKSUM;
      files.put(dir.resolve(sum), CatalogueSupport.checksumLine(f.fileName(), f.bytes()));
      written.add(new Fingerprint.Recorded(sum, f.language()));
    }
    List<String> names = written.stream().map(Fingerprint.Recorded::name).toList();
    try {
      Files.createDirectories(dir);
      List<String> previous = Fingerprint.previousNames(dir);
      // every file is written beside its target first: a failure there changes nothing, and
      // the last render's files and fingerprint stay as they were
      try (AtomicFiles.Staged staged = AtomicFiles.stage(files)) {
        fingerprint.forget(dir); // a failure from here on must not leave a stale "up to date"
        staged.commit();
      }
      for (String old : previous) {
        if (!names.contains(old)) {
          Files.deleteIfExists(dir.resolve(old)); // a language or format no longer asked for
        }
      }
      fingerprint.save(dir, written);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "tom: cannot write the annex to " + support.display(dir) + ": " + e.getMessage(), e);
    }
    log()
        .info(
            "tom: rendered "
                + support.display(path)
                + " to "
                + support.display(dir)
                + ": "
                + String.join(", ", rendered.stream().map(RenderedFile::fileName).toList())
                + ", each with its "
                + CatalogueSupport.CHECKSUM
                + " beside it");
    return written;
  }

  /** Removes what a killed earlier build left while staging: {@link AtomicFiles#removeStale}. */
  static void removeStale(Path dir, CatalogueSupport support) {
    List<String> removed = AtomicFiles.removeStale(dir);
    if (!removed.isEmpty()) {
      support
          .log()
          .info(
              "tom: removed "
                  + CatalogueSupport.plural(removed.size(), "temporary file")
                  + " that an interrupted build left in "
                  + support.display(dir)
                  + ": "
                  + String.join(", ", removed));
    }
  }

  private void removeStale(Path dir) {
    removeStale(dir, support);
  }

  /**
   * Attaches each file under the classifier and its language, the sub-processor documents under
   * {@code <classifier>-subprocessors-<lang>} and {@code <classifier>-subprocessors}; the same file
   * again is harmless, another file under its id fails.
   */
  private void attach(Path dir, List<Fingerprint.Recorded> files) throws MojoFailureException {
    for (Fingerprint.Recorded file : files) {
      support.attach(
          project,
          projectHelper,
          dir.resolve(file.name()),
          classifier
              + (file.subprocessors() ? "-subprocessors" : "")
              + file.language().map(l -> "-" + l.toLowerCase(Locale.ROOT)).orElse(""));
    }
    log().debug("tom: attached " + files);
  }

  private void includeInJar(Path dir, List<String> names) {
    if ("pom".equals(project.getPackaging())) {
      log().info("tom: includeInJar has no effect on a module with packaging pom");
      return;
    }
    String directory = dir.toString();
    boolean present =
        project.getResources().stream()
            .anyMatch(
                r -> directory.equals(r.getDirectory()) && JAR_PATH.equals(r.getTargetPath()));
    if (!present) {
      Resource resource = new Resource();
      resource.setDirectory(directory);
      resource.setTargetPath(JAR_PATH);
      resource.setFiltering(false);
      resource.setIncludes(new ArrayList<>(names));
      project.addResource(resource);
    }
  }

  /** One file through a temporary file and a move: {@link AtomicFiles#write}. */
  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    AtomicFiles.write(target, bytes);
  }
}
