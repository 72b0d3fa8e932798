package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.LoadResult;
import io.github.tomannex.tom.RuleLevel;
import io.github.tomannex.tom.Sarif;
import io.github.tomannex.tom.Severity;
import io.github.tomannex.tom.Tom;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * What every goal shares: where the catalogue is, loading it, printing its diagnostics in the form
 * IDEs and CI log parsers pick up, and wording problems in POM terms.
 *
 * <p>Paths in messages, diagnostics, SARIF and annotations are all relative to where Maven was
 * started (the execution root, normally the repository root), so a finding reads the same in the
 * console, in code scanning and on a pull request, whichever module it is in. Each finding is
 * printed once per build: a later goal that loads the same catalogue (check, then render, then
 * diff) does not print it again, but says how many it left out.
 */
final class CatalogueSupport {
  /** One engine for all goals and threads: it is immutable and thread-safe. */
  static final Tom TOM = Tom.builder().build();

  static final String DEFAULT_CATALOGUE = "src/tom/catalogue.yaml";

  private final Path base;

  /** Where Maven was started, normally the repository root: every path shown starts here. */
  private final Path root;

  private final Log log;

  /** The findings printed so far in this build (shared by all goals and threads). */
  private final Set<String> printed;

  /**
   * The catalogues loaded so far in this build, by {@link #loadKey}: check, render, diff and report
   * of one module load the same file with the same options, and the second load is taken from here
   * (shared by all goals and threads, like {@link #printed}).
   */
  private final Map<String, Object> loaded;

  /** Where GitHub Actions annotations go: standard output, where the runner reads them. */
  PrintStream out = System.out;

  /**
   * What check and render configure beyond the catalogue: lint rule levels, a SARIF file, GitHub
   * Actions annotations.
   *
   * @param lint rule levels that take precedence over the catalogue's {@code lint:} key
   * @param sarif where to write the diagnostics as SARIF, or null
   * @param githubActions whether to print the diagnostics as GitHub Actions annotations
   * @param toolVersion the plugin's version, for the SARIF file
   */
  record Options(
      Map<String, RuleLevel> lint, Path sarif, boolean githubActions, String toolVersion) {}

  /**
   * @param basedir the project's base directory, or null without a project
   * @param executionRoot where Maven was started, or null
   */
  CatalogueSupport(File basedir, File executionRoot, Log log) {
    this(basedir, executionRoot, log, ConcurrentHashMap.newKeySet(), new ConcurrentHashMap<>());
  }

  /**
   * @param basedir the project's base directory, or null without a project
   * @param executionRoot where Maven was started, or null
   * @param printed the findings already printed in this build, see {@link #printedIn}
   * @param loaded the catalogues already loaded in this build, see {@link #loadedIn}
   */
  CatalogueSupport(
      File basedir, File executionRoot, Log log, Set<String> printed, Map<String, Object> loaded) {
    File dir =
        basedir != null
            ? basedir
            : executionRoot != null ? executionRoot : new File(System.getProperty("user.dir"));
    this.base = dir.toPath().toAbsolutePath().normalize();
    this.root =
        executionRoot != null ? executionRoot.toPath().toAbsolutePath().normalize() : this.base;
    this.log = SafeLog.of(log);
    this.printed = printed;
    this.loaded = loaded;
  }

  /** With the state one build shares: what was printed and loaded so far. */
  static CatalogueSupport of(
      File basedir, File executionRoot, Log log, org.apache.maven.execution.MavenSession session) {
    return new CatalogueSupport(basedir, executionRoot, log, printedIn(session), loadedIn(session));
  }

  private static final String PRINTED = "io.github.tomannex.tom.printed";
  private static final String LOADED = "io.github.tomannex.tom.loaded";

  /**
   * The set of findings printed in this build: kept in the repository session's data, which every
   * goal, module and thread of one build shares (Maven clones the session per module, not its
   * repository session). A set of its own when there is no session.
   */
  @SuppressWarnings("unchecked")
  static Set<String> printedIn(org.apache.maven.execution.MavenSession session) {
    org.eclipse.aether.RepositorySystemSession repo =
        session == null ? null : session.getRepositorySession();
    if (repo == null || repo.getData() == null) {
      return ConcurrentHashMap.newKeySet();
    }
    org.eclipse.aether.SessionData data = repo.getData();
    while (true) {
      Object v = data.get(PRINTED);
      if (v instanceof Set) {
        return (Set<String>) v;
      }
      Set<String> fresh = ConcurrentHashMap.newKeySet();
      if (data.set(PRINTED, v, fresh)) {
        return fresh;
      }
    }
  }

  /**
   * The catalogues loaded in this build, kept like {@link #printedIn}. Its values are this plugin's
   * {@link LoadResult}s; one of another plugin version in the same build is a different class and
   * is not taken (the key holds the plugin's version too).
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> loadedIn(org.apache.maven.execution.MavenSession session) {
    org.eclipse.aether.RepositorySystemSession repo =
        session == null ? null : session.getRepositorySession();
    if (repo == null || repo.getData() == null) {
      return new ConcurrentHashMap<>();
    }
    org.eclipse.aether.SessionData data = repo.getData();
    while (true) {
      Object v = data.get(LOADED);
      if (v instanceof Map) {
        return (Map<String, Object>) v;
      }
      Map<String, Object> fresh = new ConcurrentHashMap<>();
      if (data.set(LOADED, v, fresh)) {
        return fresh;
      }
    }
  }

  Log log() {
    return log;
  }

  Path base() {
    return base;
  }

  /** A configured file, relative paths taken from the base directory. */
  Path resolve(File file) {
    Path p = file.toPath();
    return (p.isAbsolute() ? p : base.resolve(p)).normalize();
  }

  /**
   * A path for messages: relative to where Maven was started when it lies inside, with '/'
   * separators, else absolute; control characters and line breaks in it made visible.
   */
  String display(Path path) {
    Path p = path.toAbsolutePath().normalize();
    return SafeLog.clean(
        p.startsWith(root) && !p.equals(root)
            ? root.relativize(p).toString().replace(File.separatorChar, '/')
            : p.toString());
  }

  /**
   * Prints a line of a catalogue's findings unless this build printed it already.
   *
   * @return whether it was printed
   */
  boolean printOnce(Path catalogue, Severity severity, String line) {
    if (!printed.add(catalogue.toAbsolutePath().normalize() + "\u0000" + line)) {
      return false;
    }
    switch (severity) {
      case ERROR -> log.error(line);
      case WARNING -> log.warn(line);
      case INFO -> log.info(line);
    }
    return true;
  }

  /** Says how many findings were left out because an earlier goal printed them. */
  void repeated(Path catalogue, int count) {
    if (count > 0) {
      log.info(
          "tom: "
              + plural(count, "finding")
              + " in "
              + display(catalogue)
              + (count == 1 ? " was" : " were")
              + " printed above in this build; not repeated");
    }
  }

  /** Whether the catalogue parameter is at its default: then a missing file means "no annex". */
  boolean isDefault(Path catalogue) {
    return catalogue.equals(base.resolve(DEFAULT_CATALOGUE));
  }

  /** Whether the goal has nothing to do because the default catalogue does not exist. */
  boolean absent(Path catalogue, String goal) throws MojoFailureException {
    if (Files.isRegularFile(catalogue)) {
      return false;
    }
    if (!Files.exists(catalogue) && isDefault(catalogue)) {
      log.info(
          "tom: no catalogue at "
              + display(catalogue)
              + "; "
              + goal
              + " has nothing to do"
              + " (set <catalogue> or -Dtom.catalogue to use another file)");
      return true;
    }
    throw new MojoFailureException(
        "tom: <catalogue> points to "
            + display(catalogue)
            + ", which "
            + (Files.exists(catalogue) ? "is not a file" : "does not exist")
            + "; set <catalogue> in the plugin configuration or -Dtom.catalogue");
  }

  /**
   * Loads and validates with the given options; prints every diagnostic, writes them as SARIF and
   * GitHub Actions annotations when asked (also when the build then fails); fails on errors, and on
   * warnings when {@code failOnWarning} is set.
   *
   * @return the result, which has a catalogue (it has no errors)
   */
  LoadResult load(Path catalogue, boolean failOnWarning, Options options)
      throws MojoFailureException, MojoExecutionException {
    String source = display(catalogue);
    Tom tom = engine(options.lint());
    String key = loadKey(catalogue, source, options, inputFiles(catalogue));
    LoadResult result =
        key != null && loaded.get(key) instanceof LoadResult earlier ? earlier : null;
    if (result == null) {
      result = tom.load(catalogue, source);
      if (key != null) {
        loaded.put(key, result);
      }
    }
    int repeated = 0;
    for (Diagnostic d : result.diagnostics()) {
      if (!printOnce(catalogue, d.severity(), d.format())) {
        repeated++;
      }
    }
    repeated(catalogue, repeated);
    String uri = fromRoot(catalogue);
    if (options.sarif() != null) {
      writeSarif(result, uri, options);
    }
    if (options.githubActions()) {
      for (Diagnostic d : result.diagnostics()) {
        String line = annotation(d, uri);
        if (printed.add("::\u0000" + catalogue.toAbsolutePath().normalize() + "\u0000" + line)) {
          out.println(line);
        }
      }
      out.flush();
    }
    if (result.hasErrors()) {
      boolean unreadable =
          result.diagnostics().stream()
              .filter(d -> d.severity() == Severity.ERROR)
              .allMatch(d -> d.rule().equals("FILE-001"));
      String summary = summary(source, result, Severity.ERROR, "");
      if (unreadable) {
        throw new MojoExecutionException(summary); // an I/O problem, not the catalogue's content
      }
      throw new MojoFailureException(summary);
    }
    if (failOnWarning && result.count(Severity.WARNING) > 0) {
      throw new MojoFailureException(
          summary(
              source,
              result,
              Severity.WARNING,
              " (failOnWarning is set: <failOnWarning> or -Dtom.failOnWarning)"));
    }
    return result;
  }

  /**
   * Resolves the fragments that catalogues include by Maven coordinates; null without a project's
   * repository session (then such an include is reported as unresolvable).
   */
  FragmentResolver artifacts;

  /** The engine for these rule levels, resolving included artifacts. */
  Tom engine(Map<String, RuleLevel> lint) {
    if (lint.isEmpty() && artifacts == null) {
      return TOM;
    }
    Tom.Builder b = Tom.builder();
    lint.forEach(b::ruleSeverity);
    if (artifacts != null) {
      b.artifacts(artifacts);
    }
    return b.build();
  }

  /**
   * The files a catalogue reads besides itself ({@code include:}, {@code base:}, and the resolved
   * files of included artifacts), for the keys of caches and up-to-date checks: an edit to a
   * fragment or to the master of a variant must count as a change of the catalogue.
   */
  List<Path> inputFiles(Path catalogue) {
    List<Path> out = new ArrayList<>();
    for (String input : engine(Map.of()).inputs(catalogue)) {
      if (input.contains("/") || input.contains("\\")) {
        out.add(Path.of(input)); // a file, absolute
      } else if (artifacts != null) {
        artifacts.file(input).ifPresent(out::add); // coordinates; unresolved: load reports it
      }
    }
    return out;
  }

  /**
   * What decides a load's result: the plugin's version, the path, the name diagnostics use, the
   * rule levels, and the SHA-256 of the file's bytes and of every file it includes or derives from
   * (so a catalogue, a fragment or a master changed during the build, by a generator or a second
   * execution, is loaded again). Null when a file cannot be read or the catalogue is above tom's
   * size limit: then it is loaded each time, and {@link Tom#load} reports why.
   */
  private static String loadKey(Path catalogue, String source, Options options, List<Path> inputs) {
    try {
      if (Files.size(catalogue) > Tom.DEFAULT_MAX_INPUT_BYTES) {
        return null;
      }
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      String sha = java.util.HexFormat.of().formatHex(md.digest(Files.readAllBytes(catalogue)));
      StringBuilder more = new StringBuilder();
      for (Path input : inputs) {
        more.append(input.toAbsolutePath().normalize())
            .append('=')
            .append(java.util.HexFormat.of().formatHex(md.digest(Files.readAllBytes(input))))
            .append(';');
      }
      return String.join(
          "\u0000",
          String.valueOf(options.toolVersion()),
          catalogue.toAbsolutePath().normalize().toString(),
          source,
          options.lint().toString(),
          sha,
          more);
    } catch (IOException | java.security.NoSuchAlgorithmException | RuntimeException e) {
      return null;
    }
  }

  /** The catalogue's path from where Maven was started, with '/' separators. */
  String fromRoot(Path catalogue) {
    Path p = catalogue.toAbsolutePath().normalize();
    return root.relativize(p).toString().replace(File.separatorChar, '/');
  }

  private void writeSarif(LoadResult result, String uri, Options options)
      throws MojoExecutionException {
    Path file = options.sarif();
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      AtomicFiles.write(
          file,
          Sarif.write(result.diagnostics(), Optional.ofNullable(options.toolVersion()), s -> uri)
              .getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new MojoExecutionException(
          "tom: cannot write " + display(file) + ": " + e.getMessage(), e);
    }
    log.info("tom: wrote the diagnostics as SARIF to " + display(file));
  }

  /**
   * A diagnostic as a GitHub Actions workflow command, which the runner shows as an annotation on
   * the file and line: {@code ::warning file=…,line=…,col=…,title=RULE::message}.
   */
  static String annotation(Diagnostic d, String file) {
    String kind =
        switch (d.severity()) {
          case ERROR -> "error";
          case WARNING -> "warning";
          case INFO -> "notice";
        };
    return "::"
        + kind
        + " file="
        + property(file)
        + ",line="
        + d.location().line()
        + ",col="
        + d.location().column()
        + ",title="
        + property(d.rule())
        + "::"
        + data(d.fullMessage());
  }

  /**
   * A workflow command's value: {@code %}, CR and LF encoded as the runner decodes them, every
   * other control character and line separator (NEL, U+2028, U+2029) made visible, so the command
   * stays one line.
   */
  private static String data(String s) {
    return SafeLog.clean(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
  }

  private static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }

  /**
   * Reads the {@code lint} parameter: {@code RULE=LEVEL} entries, for example {@code SPEC-002=off}
   * and {@code REV-001=warning} (Maven splits a comma-separated value into them).
   */
  static Map<String, RuleLevel> lint(List<String> entries) throws MojoFailureException {
    Map<String, RuleLevel> out = new LinkedHashMap<>();
    if (entries == null) {
      return out;
    }
    String why =
        " (set <lint> or -Dtom.lint, e.g. SPEC-002=off,REV-001=warning; the rules are"
            + " in docs/rules.md)";
    for (String entry : entries) {
      String e = entry == null ? "" : entry.trim();
      if (e.isEmpty()) {
        continue;
      }
      int eq = e.indexOf('=');
      if (eq < 0) {
        throw new MojoFailureException(
            "tom: <lint> has '" + e + "', which is not RULE=LEVEL" + why);
      }
      String rule = e.substring(0, eq).trim();
      String text = e.substring(eq + 1).trim();
      RuleLevel level =
          RuleLevel.parse(text)
              .orElseThrow(
                  () ->
                      new MojoFailureException(
                          "tom: <lint> sets "
                              + rule
                              + " to '"
                              + text
                              + "'; expected off, info, warning or error"
                              + why));
      try {
        Tom.builder().ruleSeverity(rule, level);
      } catch (IllegalArgumentException x) {
        throw new MojoFailureException("tom: <lint>: " + x.getMessage() + why);
      }
      out.put(rule, level);
    }
    return out;
  }

  static String summary(String source, LoadResult result, Severity severity, String why) {
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARNING);
    long shown = result.count(severity);
    String first =
        result.diagnostics().stream()
            .filter(d -> d.severity() == severity)
            .limit(5)
            .map(d -> "  " + SafeLog.clean(d.format()))
            .collect(Collectors.joining("\n"));
    List<String> counts = new ArrayList<>();
    if (errors > 0) {
      counts.add(plural(errors, "error"));
    }
    if (warnings > 0) {
      counts.add(plural(warnings, "warning"));
    }
    return "tom: "
        + source
        + " has "
        + String.join(" and ", counts)
        + why
        + ":\n"
        + first
        + (shown > 5 ? "\n  … and " + (shown - 5) + " more, listed above" : "");
  }

  /**
   * The languages to render: all of the catalogue's when {@code wanted} is blank, else the listed
   * ones, each of which must be one of the catalogue's.
   */
  static List<String> languages(List<String> wanted, Catalogue catalogue)
      throws MojoFailureException {
    List<String> all = catalogue.document().languages();
    Set<String> out = new LinkedHashSet<>();
    for (String lang : wanted == null ? List.<String>of() : wanted) {
      String l = lang == null ? "" : lang.trim();
      if (l.isEmpty()) {
        continue;
      }
      if (!all.contains(l)) {
        throw new MojoFailureException(
            "tom: <languages> has '"
                + l
                + "', which is not one of"
                + " the catalogue's languages: "
                + String.join(", ", all)
                + " (set <languages> or -Dtom.languages, or leave it empty for all)");
      }
      out.add(l);
    }
    return out.isEmpty() ? all : List.copyOf(out);
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /**
   * Attaches a file to the project, typed by its extension: everything after the first dot, so
   * {@code annex.oscal.json} is of type {@code oscal.json}, not the JSON export's {@code json}
   * (tom's file names have no other dot, see {@link
   * io.github.tomannex.tom.RenderedFile#fileName()}). The same file again under the same classifier
   * and type is harmless (a second run of the goal in one build); another file under them fails:
   * two executions must not attach under one classifier.
   */
  void attach(MavenProject project, MavenProjectHelper helper, Path file, String classifier)
      throws MojoFailureException {
    String name = file.getFileName().toString();
    String type = type(name);
    Path self = file.toAbsolutePath().normalize();
    for (org.apache.maven.artifact.Artifact a : project.getAttachedArtifacts()) {
      if (classifier.equals(a.getClassifier()) && type.equals(a.getType())) {
        File other = a.getFile();
        if (other != null && other.toPath().toAbsolutePath().normalize().equals(self)) {
          return;
        }
        throw new MojoFailureException(
            "tom: an artifact with classifier '"
                + classifier
                + "' and type '"
                + type
                + "' is already attached"
                + (other == null ? "" : " from " + display(other.toPath()))
                + "; two executions cannot attach under the same classifier: give one of them"
                + " another <classifier>, or set <attach>false</attach>");
      }
    }
    helper.attachArtifact(project, type, classifier, file.toFile());
  }

  /** The suffix of the checksum file written beside each rendered file. */
  static final String CHECKSUM = ".sha256";

  /**
   * The artifact type of a file: everything after the first dot of its name, so an extension of two
   * names stays whole ({@code oscal.json}) and a checksum keeps the extension of the file it checks
   * ({@code md.sha256}, {@code oscal.json.sha256}); the checksums of a language's documents do not
   * share one type under their classifier.
   */
  static String type(String name) {
    // everything after the first dot: md, oscal.json, md.sha256, oscal.json.sha256
    return name.substring(name.indexOf('.') + 1);
  }

  /**
   * A checksum file's content in the format of {@code sha256sum}: the SHA-256 of the bytes, two
   * spaces, the file name, a line end; {@code sha256sum -c annex-de.pdf.sha256} checks the file.
   */
  static byte[] checksumLine(String name, byte[] bytes) {
    try {
      String hex =
          java.util.HexFormat.of()
              .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
      return (hex + "  " + name + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
