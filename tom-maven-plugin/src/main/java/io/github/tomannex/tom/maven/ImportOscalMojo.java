package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Tom;
import io.github.tomannex.tom.oscal.OscalImport;
import io.github.tomannex.tom.oscal.OscalImportException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Turns an OSCAL catalogue (JSON: the SDM TOM catalogue, BSI Grundschutz++, NIST SP 800-53, ISO/IEC
 * 27001 Annex A, or another) into a tom catalogue skeleton to fill in: one measure per control with
 * the control's statement as its text and a category (controls of an unknown catalogue are marked
 * "check"), placeholders for the processor. Refuses to replace an existing file unless {@code
 * overwrite} is set. Run it once, from the command line, with or without a project: {@code mvn
 * io.github.tomannex:tom-maven-plugin:import-oscal -Dtom.oscal.input=catalog.json
 * -Dtom.oscal.language=de}. See docs/oscal.md.
 */
@Mojo(name = "import-oscal", requiresProject = false, threadSafe = true)
public class ImportOscalMojo extends AbstractMojo {
  /** The OSCAL catalogue, JSON. */
  @Parameter(property = "tom.oscal.input", required = true)
  File input;

  /** Where the skeleton is written: by default where the other goals look for the catalogue. */
  @Parameter(
      property = "tom.oscal.output",
      defaultValue = "${project.basedir}/" + CatalogueSupport.DEFAULT_CATALOGUE)
  File output;

  /**
   * The language of the OSCAL catalogue's texts, the skeleton's only language: {@code de}, {@code
   * en}.
   */
  @Parameter(property = "tom.oscal.language", defaultValue = "en")
  String language;

  /** The skeleton's layout (docs/layouts.md); {@code gdpr-art32} places every category. */
  @Parameter(property = "tom.oscal.layout", defaultValue = "gdpr-art32")
  String layout;

  /**
   * The skeleton's effective date and last review, {@code YYYY-MM-DD}. Unset: today (UTC), so that
   * the skeleton's review is not overdue; the processor sets the real dates when filling it in.
   */
  @Parameter(property = "tom.oscal.date")
  String date;

  /** Replaces an existing file at {@code output}; without it the goal refuses to. */
  @Parameter(property = "tom.oscal.overwrite", defaultValue = "false")
  boolean overwrite;

  /** The project; Maven's stand-in, without a POM file, when run without a project. */
  @Parameter(defaultValue = "${project}", readonly = true)
  MavenProject project;

  /** Where Maven was started; the base directory when there is no project. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  File executionRoot;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    boolean standalone = project == null || project.getFile() == null;
    File base =
        standalone
            ? (executionRoot != null && !executionRoot.getPath().contains("${")
                ? executionRoot
                : new File(System.getProperty("user.dir")))
            : project.getBasedir();
    CatalogueSupport support = new CatalogueSupport(base, executionRoot, getLog());
    output = AbstractTomMojo.standaloneDefault(output, base);
    if (input == null) {
      throw new MojoFailureException(
          "tom: import-oscal needs the OSCAL catalogue: set -Dtom.oscal.input=<file.json>");
    }
    Path in = input.toPath();
    Path out = output.toPath();
    if (!Files.isRegularFile(in)) {
      throw new MojoFailureException(
          "tom: the OSCAL catalogue " + support.display(in) + " does not exist or is not a file");
    }
    if (Files.exists(out) && !overwrite) {
      throw new MojoFailureException(
          "tom: "
              + support.display(out)
              + " exists; import-oscal does not replace a catalogue unless told to:"
              + " -Dtom.oscal.overwrite=true, or another -Dtom.oscal.output");
    }
    OscalImport.Builder builder;
    try {
      builder = OscalImport.builder().language(language.trim()).layout(layout.trim());
      if (date != null && !date.isBlank()) {
        builder.date(LocalDate.parse(date.trim()));
      } else {
        builder.date(LocalDate.now(ZoneOffset.UTC));
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new MojoFailureException("tom: import-oscal: " + e.getMessage());
    }
    OscalImport.Skeleton skeleton;
    try {
      long size = Files.size(in);
      if (size > Tom.DEFAULT_MAX_INPUT_BYTES) {
        throw new MojoFailureException(
            "tom: "
                + support.display(in)
                + " has "
                + size
                + " bytes; an OSCAL catalogue of more than "
                + Tom.DEFAULT_MAX_INPUT_BYTES
                + " bytes is not read");
      }
      skeleton = builder.build().convert(Files.readAllBytes(in), support.display(in));
    } catch (OscalImportException e) {
      throw new MojoFailureException("tom: " + e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "tom: cannot read " + support.display(in) + ": " + e.getMessage(), e);
    }
    try {
      if (out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      AtomicFiles.write(out, skeleton.bytes());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "tom: cannot write " + support.display(out) + ": " + e.getMessage(), e);
    }
    support
        .log()
        .info(
            "tom: wrote "
                + support.display(out)
                + " from \""
                + skeleton.title()
                + "\": "
                + CatalogueSupport.plural(skeleton.measures(), "measure")
                + (skeleton.withdrawn() > 0
                    ? ", " + skeleton.withdrawn() + " withdrawn (not applicable)"
                    : "")
                + (skeleton.guessed() > 0
                    ? "; "
                        + CatalogueSupport.plural(skeleton.guessed(), "category")
                        + " to check (marked # check)"
                    : "")
                + ". Fill in the processor and rewrite each text to say what you do.");
  }
}
