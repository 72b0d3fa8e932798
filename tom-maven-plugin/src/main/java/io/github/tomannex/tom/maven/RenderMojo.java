package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Format;
import io.github.tomannex.tom.LoadResult;
import io.github.tomannex.tom.RenderedFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the TOM catalogue and renders the annex: {@code annex-<lang>.md} and {@code
 * annex-<lang>.html} per language and {@code annex.json}. Every file is rendered before the
 * first is written, and each is written to a temporary file and moved into place, so a
 * failure never leaves a half-written annex.
 */
@Mojo(
    name = "render",
    defaultPhase = LifecyclePhase.GENERATE_RESOURCES,
    requiresProject = false,
    threadSafe = true)
public class RenderMojo extends AbstractTomMojo {
  /** Where the annex is written. */
  @Parameter(property = "tom.outputDirectory", defaultValue = "${project.build.directory}/tom")
  File outputDirectory;

  /** The formats, comma-separated: {@code md}, {@code html}, {@code json}. */
  @Parameter(property = "tom.formats", defaultValue = "md,html")
  String formats;

  @Override
  protected void run(Catalogue catalogue, String source, LoadResult result)
      throws MojoExecutionException, MojoFailureException {
    Set<Format> wanted = parseFormats(formats);
    List<RenderedFile> files;
    try {
      files = TOM.renderAll(catalogue, wanted, List.of());
    } catch (RuntimeException e) {
      throw new MojoExecutionException("tom: rendering " + source + " failed: " + e, e);
    }
    Path dir = resolve(outputDirectory);
    try {
      Files.createDirectories(dir);
      for (RenderedFile f : files) {
        writeAtomically(dir.resolve(f.fileName()), f.bytes());
      }
    } catch (IOException e) {
      throw new MojoExecutionException("tom: cannot write the annex to " + display(dir) + ": "
          + e.getMessage(), e);
    }
    getLog().info("tom: rendered " + source + " to " + display(dir) + ": "
        + files.stream().map(RenderedFile::fileName).collect(Collectors.joining(", ")));
  }

  static Set<Format> parseFormats(String value) throws MojoFailureException {
    Set<Format> out = EnumSet.noneOf(Format.class);
    for (String name : value.split(",")) {
      if (name.isBlank()) {
        continue;
      }
      Optional<Format> f = Format.byName(name);
      if (f.isEmpty()) {
        throw new MojoFailureException("tom: <formats> has '" + name.trim() + "', which is not a"
            + " format; expected a comma-separated list of "
            + Arrays.stream(Format.values()).map(Format::extension).collect(Collectors.joining(", "))
            + " (set <formats> or -Dtom.formats)");
      }
      out.add(f.get());
    }
    if (out.isEmpty()) {
      throw new MojoFailureException("tom: <formats> is empty; expected a comma-separated list of "
          + Arrays.stream(Format.values()).map(Format::extension).collect(Collectors.joining(", ")));
    }
    return out;
  }

  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    if (Files.exists(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
      return; // unchanged: keep the file as it is
    }
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
