package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.LoadResult;
import io.github.tomannex.tom.Tom;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.lifecycle.MavenExecutionPlan;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/**
 * The common part of every goal ({@code check}, {@code render}, {@code diff}, {@code report}): the
 * parameters they share, skip handling, loading and validating the catalogue, and mapping
 * diagnostics onto Maven's log and exceptions. Each goal implements {@link #run}; {@link
 * AbstractOutputMojo} adds what the goals that write files share.
 *
 * <p>The goals run without a project too ({@code requiresProject = false}). Maven runs such a goal,
 * when it is named on the command line, once for the whole reactor; in a reactor of several modules
 * the goal then runs itself in every module, each with that module's configuration, as if bound to
 * its lifecycle. Without a POM, the defaults that name {@code ${project.…}} directories are taken
 * from the current directory.
 */
public abstract class AbstractTomMojo extends AbstractMojo {
  /**
   * The catalogue file. When it is left at its default and the file does not exist, the goal does
   * nothing and says so in one INFO line; a catalogue set explicitly must exist.
   */
  @Parameter(
      property = "tom.catalogue",
      defaultValue = "${project.basedir}/" + CatalogueSupport.DEFAULT_CATALOGUE)
  File catalogue;

  /** Skips every goal of this plugin. */
  @Parameter(property = "tom.skip", defaultValue = "false")
  boolean skip;

  /** Fails the build when the catalogue has warnings, not only when it has errors. */
  @Parameter(property = "tom.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /**
   * Levels of lint rules (docs/rules.md), each {@code RULE=LEVEL} with a level of {@code off},
   * {@code info}, {@code warning} or {@code error}: in the POM one {@code <rule>} element each or a
   * comma-separated list, on the command line a comma-separated list, for example {@code
   * -Dtom.lint=SPEC-002=off,REV-001=warning}. They take precedence over the catalogue's {@code
   * lint:} key.
   */
  @Parameter(property = "tom.lint")
  List<String> lint;

  /**
   * Also writes the diagnostics in a machine-readable form: {@code none} (the default) or {@code
   * sarif} (SARIF 2.1.0, for code scanning in CI) to {@code diagnosticsFile}. The file is written
   * before the build fails, so CI can upload it.
   */
  @Parameter(property = "tom.diagnostics", defaultValue = "none")
  String diagnostics;

  /** Where {@code diagnostics=sarif} writes; give each catalogue of a project its own. */
  @Parameter(
      property = "tom.diagnosticsFile",
      defaultValue = "${project.build.directory}/tom/diagnostics.sarif")
  File diagnosticsFile;

  /** This plugin's version, for the SARIF file and the render fingerprint. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  String tomVersion;

  /** The project's base directory; paths in messages are relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  File basedir;

  /** Where Maven was started; the base directory when there is no project. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  File executionRoot;

  /** The project; Maven's stand-in, without a POM file, when run without a project. */
  @Parameter(defaultValue = "${project}", readonly = true)
  MavenProject project;

  /** The build, for its reactor and to share what was printed between goals. */
  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  /** This execution: whether it was named on the command line, its id in messages. */
  @Parameter(defaultValue = "${mojoExecution}", readonly = true)
  MojoExecution mojoExecution;

  @Component LifecycleExecutor lifecycleExecutor;

  @Component BuildPluginManager buildPluginManager;

  /** Resolves released baselines ({@code check} and {@code diff}). */
  @Component RepositorySystem repositorySystem;

  CatalogueSupport support;

  /** The log, every line of it sanitised: see {@link SafeLog}. */
  Log log() {
    return SafeLog.of(getLog());
  }

  /**
   * Whether this goal is skipped ({@code tom.skip} or its own {@code tom.<goal>.skip}); says so in
   * one INFO line when it is.
   */
  final boolean skipped() {
    if (skip || skipGoal()) {
      log()
          .info(
              "tom: "
                  + goal()
                  + " skipped ("
                  + (skip ? "tom.skip" : "tom." + goal() + ".skip")
                  + "=true)");
      return true;
    }
    return false;
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      return;
    }
    if (reactorFromCommandLine()) {
      runInEveryModule();
      return;
    }
    boolean standalone = !hasProject();
    File base =
        standalone
            ? (executionRoot != null && !executionRoot.getPath().contains("${")
                ? executionRoot
                : new File(System.getProperty("user.dir")))
            : project.getBasedir();
    if (base == null) {
      base = basedir;
    }
    support = newSupport(base);
    catalogue = standaloneDefault(catalogue, base);
    diagnosticsFile = standaloneDefault(diagnosticsFile, base);
    standaloneDefaults(base);
    Path path = support.resolve(catalogue);
    if (project != null
        && project.getContextValue(FROM_ROOT) != null
        && !Files.exists(path)
        && catalogueOnCommandLine()) {
      // -Dtom.catalogue at a multi-module root: the modules that do not have it are skipped
      log()
          .info(
              "tom: no catalogue at "
                  + support.display(path)
                  + " (-Dtom.catalogue) in this"
                  + " module; "
                  + goal()
                  + " has nothing to do here");
      return;
    }
    if (support.absent(path, goal())) {
      return;
    }
    if (project != null) {
      project.setContextValue(RAN + goal(), Boolean.TRUE);
    }
    try {
      tooLarge(path);
      run(path);
    } catch (OutOfMemoryError e) {
      throw outOfMemory(path, e);
    }
  }

  /** Marks, in a module's context, that a goal found a catalogue there. */
  private static final String RAN = "io.github.tomannex.tom.ran:";

  /** Marks, in a module's context, that the goal runs there for a run from the root. */
  private static final String FROM_ROOT = "io.github.tomannex.tom.fromRoot";

  private boolean catalogueOnCommandLine() {
    return session != null
        && session.getUserProperties() != null
        && session.getUserProperties().getProperty("tom.catalogue") != null;
  }

  /** Whether there is a real project, with a POM, rather than Maven's stand-in. */
  boolean hasProject() {
    return project != null && project.getFile() != null;
  }

  /**
   * Answers a catalogue over the size limit with FILE-002 before anything reads it (the render
   * fingerprint, the check record): the loader reports it without reading the file.
   */
  private void tooLarge(Path path) throws MojoExecutionException, MojoFailureException {
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "tom: cannot read " + support.display(path) + ": " + SafeLog.clean(e.getMessage()), e);
    }
    if (size > Tom.DEFAULT_MAX_INPUT_BYTES) {
      load(path); // FILE-002: an error, so this throws
      throw new MojoFailureException(
          "tom: "
              + support.display(path)
              + " has "
              + size
              + " bytes, more than the limit of "
              + Tom.DEFAULT_MAX_INPUT_BYTES
              + " bytes");
    }
  }

  /** What an OutOfMemoryError in a goal means for the user. */
  MojoFailureException outOfMemory(Path path, OutOfMemoryError e) {
    String display = support == null ? SafeLog.clean(String.valueOf(path)) : support.display(path);
    return new MojoFailureException(outOfMemoryMessage(goal(), display, e), e);
  }

  /** What happened, with which catalogue, and how to give Maven more heap. */
  static String outOfMemoryMessage(String goal, String catalogue, OutOfMemoryError e) {
    long max = Runtime.getRuntime().maxMemory();
    return "tom: "
        + goal
        + " ran out of memory with "
        + catalogue
        + " (Java heap of "
        + (max == Long.MAX_VALUE ? "no fixed size" : (max >> 20) + " MiB")
        + ": "
        + SafeLog.clean(e.getMessage())
        + "). A catalogue this large needs more heap: raise it"
        + " for Maven, e.g. export MAVEN_OPTS=-Xmx2g (or -Xmx2g in .mvn/jvm.config), or make the"
        + " catalogue smaller";
  }

  /**
   * A default that names {@code ${project.basedir}} or {@code ${project.build.directory}}, left
   * unresolved by Maven when there is no POM, taken from {@code base} ({@code target} under it for
   * the build directory). Any other value is returned as it is.
   */
  static File standaloneDefault(File value, File base) {
    if (value == null) {
      return null;
    }
    String p = value.getPath();
    for (String[] expr :
        new String[][] {
          {"${project.build.directory}", "target"}, {"${project.basedir}", ""}, {"${basedir}", ""}
        }) {
      int at = p.lastIndexOf(expr[0]);
      if (at >= 0) {
        String rest = p.substring(at + expr[0].length()).replaceFirst("^[/\\\\]+", "");
        File dir = expr[1].isEmpty() ? base : new File(base, expr[1]);
        return rest.isEmpty() ? dir : new File(dir, rest);
      }
    }
    return value;
  }

  /** The goal's own directory parameters, through {@link #standaloneDefault}. */
  void standaloneDefaults(File base) {}

  /**
   * Whether this goal was named on the command line in a reactor of other modules than the one
   * Maven runs it on: Maven runs a goal without a required project once, on the top-level project,
   * not in each module.
   */
  private boolean reactorFromCommandLine() {
    if (!hasProject()
        || session == null
        || mojoExecution == null
        || mojoExecution.getSource() != MojoExecution.Source.CLI
        || (mojoExecution.getMojoDescriptor() != null
            && mojoExecution.getMojoDescriptor().isProjectRequired())) { // Maven runs it in each
      return false;
    }
    List<MavenProject> projects = session.getProjects();
    return projects != null
        && !(projects.size() == 1 && projects.get(0) == project)
        && !projects.isEmpty();
  }

  /**
   * Runs this goal in every module of the reactor, in build order, each with its own configuration
   * (as Maven would for a goal bound to its lifecycle); then fails when it failed in any module,
   * naming them.
   */
  private void runInEveryModule() throws MojoExecutionException, MojoFailureException {
    Log log = log();
    List<MavenProject> projects = session.getProjects();
    String task =
        mojoExecution.getGroupId()
            + ":"
            + mojoExecution.getArtifactId()
            + ":"
            + mojoExecution.getVersion()
            + ":"
            + goal();
    Path root =
        (executionRoot != null ? executionRoot : new File(System.getProperty("user.dir")))
            .toPath()
            .toAbsolutePath()
            .normalize();
    List<String> failed = new ArrayList<>();
    List<String> withCatalogue = new ArrayList<>();
    Exception first = null;
    boolean onlyFailures = true;
    for (MavenProject p : projects) {
      Path dir = p.getBasedir().toPath().toAbsolutePath().normalize();
      String where =
          dir.startsWith(root) && !dir.equals(root)
              ? root.relativize(dir).toString().replace(File.separatorChar, '/')
              : ".";
      String name = p.getArtifactId() + (where.equals(".") ? "" : " (" + where + ")");
      log.info("tom: " + goal() + " in module " + name);
      MavenSession s = session.clone();
      s.setCurrentProject(p);
      p.setContextValue(RAN + goal(), null);
      p.setContextValue(FROM_ROOT, Boolean.TRUE);
      try {
        MavenExecutionPlan plan = lifecycleExecutor.calculateExecutionPlan(s, task);
        for (MojoExecution planned : plan.getMojoExecutions()) {
          MojoExecution each =
              new MojoExecution(
                  planned.getMojoDescriptor(),
                  planned.getExecutionId(),
                  MojoExecution.Source.LIFECYCLE);
          each.setConfiguration(planned.getConfiguration());
          each.setLifecyclePhase(planned.getLifecyclePhase());
          buildPluginManager.executeMojo(s, each);
        }
      } catch (MojoFailureException e) {
        failed.add(name);
        first = first == null ? e : first;
        for (String line : String.valueOf(e.getMessage()).split("\n")) {
          log.error(line); // tom's messages: their parts are sanitised, their lines are meant
        }
      } catch (Exception e) {
        failed.add(name);
        first = first == null ? e : first;
        onlyFailures = false;
        log.error("tom: " + goal() + " in module " + name + ": " + e.getMessage());
      } finally {
        s.setCurrentProject(project);
        p.setContextValue(FROM_ROOT, null);
      }
      if (Boolean.TRUE.equals(p.getContextValue(RAN + goal()))) {
        withCatalogue.add(p.getArtifactId());
      }
    }
    String summary =
        "tom: "
            + goal()
            + " ran in "
            + CatalogueSupport.plural(projects.size(), "module")
            + "; "
            + (withCatalogue.isEmpty()
                ? "none has a catalogue"
                : "with a catalogue: " + String.join(", ", withCatalogue));
    if (failed.isEmpty() && withCatalogue.isEmpty() && catalogueOnCommandLine()) {
      throw new MojoFailureException(
          summary
              + ": -Dtom.catalogue="
              + SafeLog.clean(session.getUserProperties().getProperty("tom.catalogue"))
              + " is in no module (it is taken from each module's directory)");
    }
    if (!failed.isEmpty()) {
      String message =
          summary + "; failed in " + String.join(", ", failed) + ":\n" + first.getMessage();
      if (onlyFailures) {
        throw new MojoFailureException(message, first);
      }
      throw new MojoExecutionException(message, first);
    }
    log.info(summary);
  }

  /** The goal's name, for messages and its skip property {@code tom.<goal>.skip}. */
  abstract String goal();

  /** Whether the goal's own skip parameter is set. */
  abstract boolean skipGoal();

  /**
   * Does the goal's work.
   *
   * @param catalogue the catalogue file, which exists
   * @throws MojoExecutionException on I/O or internal failures
   * @throws MojoFailureException on problems the user must fix
   */
  abstract void run(Path catalogue) throws MojoExecutionException, MojoFailureException;

  /**
   * Loads, prints diagnostics (and writes them as SARIF and GitHub Actions annotations when
   * configured), fails on errors (and warnings with failOnWarning).
   */
  Catalogue load(Path path) throws MojoFailureException, MojoExecutionException {
    return loadResult(path).orElseThrow();
  }

  /** {@link #load}, with the diagnostics that were printed. */
  LoadResult loadResult(Path path) throws MojoFailureException, MojoExecutionException {
    return support.load(path, failOnWarning, options(System.getenv("GITHUB_ACTIONS")));
  }

  /**
   * The support for catalogues under {@code base}, resolving fragments included by Maven
   * coordinates through the build's repositories (every goal and the site report alike).
   */
  CatalogueSupport newSupport(File base) {
    CatalogueSupport s = CatalogueSupport.of(base, executionRoot, getLog(), session);
    if (session != null && session.getRepositorySession() != null) {
      s.artifacts =
          new FragmentResolver(
              repositorySystem,
              session.getRepositorySession(),
              project == null ? List.of() : project.getRemoteProjectRepositories());
    }
    return s;
  }

  /**
   * Finds and loads baselines for {@code check} and {@code diff}: released versions of this project
   * are resolved from its repositories.
   *
   * @param classifier the classifier under which releases attached their JSON export
   */
  Baselines baselines(String classifier) {
    return new Baselines(
        support,
        support.log(),
        repositorySystem,
        session == null ? null : session.getRepositorySession(),
        project == null ? List.of() : project.getRemoteProjectRepositories(),
        project,
        classifier);
  }

  /** The validation options, from the parameters and the GITHUB_ACTIONS variable. */
  CatalogueSupport.Options options(String githubActions) throws MojoFailureException {
    String format = diagnostics == null ? "none" : diagnostics.trim();
    if (!format.equals("none") && !format.equals("sarif")) {
      throw new MojoFailureException(
          "tom: <diagnostics> is '"
              + format
              + "', which is not a"
              + " diagnostics format; expected none or sarif (set <diagnostics> or"
              + " -Dtom.diagnostics)");
    }
    Path sarif = null;
    if (format.equals("sarif")) {
      sarif =
          support.resolve(
              diagnosticsFile != null ? diagnosticsFile : new File("target/tom/diagnostics.sarif"));
    }
    return new CatalogueSupport.Options(
        CatalogueSupport.lint(lint),
        sarif,
        "true".equalsIgnoreCase(githubActions == null ? null : githubActions.trim()),
        tomVersion);
  }
}
