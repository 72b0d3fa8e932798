package io.github.tomannex.tom.maven;

import java.io.File;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

/**
 * What the goals that write and attach files ({@code render}: the annex, {@code diff}: the change
 * notice) share: where they write, in which formats and languages, and how the files are attached
 * to the project.
 */
public abstract class AbstractOutputMojo extends AbstractTomMojo {
  /**
   * Where the files are written: the annex ({@code render}) and, next to it, the change notice
   * ({@code diff}).
   */
  @Parameter(property = "tom.outputDirectory", defaultValue = "${project.build.directory}/tom")
  File outputDirectory;

  /**
   * The formats: {@code md}, {@code html}, {@code json}, {@code oscal} (an OSCAL component
   * definition for GRC tools, {@code annex.oscal.json}), {@code pdf} with
   * io.github.tomannex:tom-pdf and {@code docx} (Word, the change notice with tracked changes) with
   * io.github.tomannex:tom-docx as a dependency of the plugin (any format registered for
   * ServiceLoader on the plugin's class path is accepted by its id). In the POM one {@code
   * <format>} element each or a comma-separated list, on the command line a comma-separated list
   * ({@code -Dtom.formats=md,html,json}).
   */
  @Parameter(property = "tom.formats", defaultValue = "md,html")
  List<String> formats;

  /**
   * The languages to write, each one of the catalogue's: in the POM one {@code <language>} element
   * each or a comma-separated list, on the command line a comma-separated list. Empty means all of
   * the catalogue's languages.
   */
  @Parameter(property = "tom.languages")
  List<String> languages;

  /** Attaches the written files to the project, so install and deploy publish them. */
  @Parameter(property = "tom.attach", defaultValue = "true")
  boolean attach;

  /**
   * The classifier of the attached files. {@code render} attaches {@code <classifier>-<lang>} for
   * each document and {@code <classifier>} for the JSON export, and the sub-processor list as
   * {@code <classifier>-subprocessors-<lang>} ({@code <classifier>-subprocessors} for {@code
   * subprocessors.json}); {@code diff} attaches the change notice as {@code
   * <classifier>-changes-<lang>} ({@code <classifier>-changes} for JSON). Give each execution its
   * own when a project attaches several annexes.
   */
  @Parameter(property = "tom.classifier", defaultValue = "tom")
  String classifier;

  /**
   * The build's timestamp for reproducible output: the PDF's creation date. Unset, the PDF takes
   * the catalogue's effective date.
   */
  @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
  String outputTimestamp;

  @Component MavenProjectHelper projectHelper;

  @Override
  void standaloneDefaults(File base) {
    outputDirectory = standaloneDefault(outputDirectory, base);
  }

  /** The formats asked for. */
  Formats wantedFormats() throws MojoFailureException {
    return Formats.parse(formats == null ? "" : String.join(",", formats));
  }

  /** {@code project.build.outputTimestamp} as an instant, empty when unset. */
  Optional<Instant> timestamp() throws MojoFailureException {
    return Formats.timestamp(outputTimestamp);
  }
}
