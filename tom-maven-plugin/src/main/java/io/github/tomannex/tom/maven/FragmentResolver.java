package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Tom;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Resolves the fragments a catalogue includes by Maven coordinates ({@code groupId:artifactId:
 * version}): the JSON export a release attached (type {@code json}, classifier {@code tom}, as
 * {@code render} attaches it), from the build's repositories (the local one first, offline too).
 * Remembers each file it resolved, so that the caches of a build can hash it.
 */
final class FragmentResolver implements Function<String, Optional<byte[]>> {
  /** The classifier under which {@code render} attaches the JSON export by default. */
  static final String CLASSIFIER = "tom";

  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> repositories;
  private final Map<String, Path> resolved = new ConcurrentHashMap<>();

  FragmentResolver(
      RepositorySystem system,
      RepositorySystemSession session,
      List<RemoteRepository> repositories) {
    this.system = system;
    this.session = session;
    this.repositories = repositories == null ? List.of() : repositories;
  }

  @Override
  public Optional<byte[]> apply(String coordinates) {
    Optional<Path> file = file(coordinates);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (Files.size(file.get()) > Tom.DEFAULT_MAX_INPUT_BYTES) {
        throw new IllegalStateException(
            file.get() + " is larger than " + Tom.DEFAULT_MAX_INPUT_BYTES + " bytes");
      }
      return Optional.of(Files.readAllBytes(file.get()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.get() + ": " + e.getMessage(), e);
    }
  }

  /** The export's file in the local repository, resolved if need be. */
  Optional<Path> file(String coordinates) {
    Path known = resolved.get(coordinates);
    if (known != null) {
      return Optional.of(known);
    }
    if (system == null || session == null) {
      return Optional.empty();
    }
    String[] parts = coordinates.split(":");
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      File f =
          system
              .resolveArtifact(
                  session,
                  new ArtifactRequest(
                      new DefaultArtifact(parts[0], parts[1], CLASSIFIER, "json", parts[2]),
                      repositories,
                      null))
              .getArtifact()
              .getFile();
      if (f == null) {
        return Optional.empty();
      }
      resolved.put(coordinates, f.toPath());
      return Optional.of(f.toPath());
    } catch (ArtifactResolutionException e) {
      return Optional.empty();
    }
  }
}
