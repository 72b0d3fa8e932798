package io.github.tomannex.tom.maven;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes files so that a reader, or a build that fails midway, never sees a half-written one:
 * each file is written to a temporary file beside it and then moved over it (an atomic rename
 * where the file system has one).
 *
 * <p>Several files are written in two steps: {@link #stage} writes every temporary file, and
 * only when all of them are written does {@link Staged#commit} move them into place. A failure
 * while staging (a full disk, a target that is a directory, no permission) leaves every target
 * as it was and removes the temporary files. A failure during the moves themselves, which are
 * only renames within one directory, can leave some targets new and others old, but each one
 * whole.
 *
 * <p>A file whose content is already the one to write is left alone (its modification time
 * too). The temporary files are named {@code .<name>.<nanos>-<thread>.tmp}, unique per thread,
 * so two builds writing the same directory at once do not collide; they are created like any
 * new file, so the result has the usual permissions rather than a temporary file's 0600.
 */
final class AtomicFiles {
  /** How a file is written and moved; tests replace it to fail at a chosen point. */
  interface Io {
    void write(Path file, byte[] content) throws IOException;

    void move(Path from, Path to) throws IOException;
  }

  /** The real file system: create the temporary file anew; rename it atomically if possible. */
  static final Io FILES = new Io() {
    @Override
    public void write(Path file, byte[] content) throws IOException {
      Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
      try {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  };

  private AtomicFiles() {
  }

  /** Writes one file through a temporary file and a move; unchanged content is not rewritten. */
  static void write(Path target, byte[] content) throws IOException {
    try (Staged staged = stage(Map.of(target, content))) {
      staged.commit();
    }
  }

  /**
   * Writes every file, all or none as far as the file system allows: see the class comment.
   *
   * @param files the targets and their contents, written in this order
   */
  static void writeAll(Map<Path, byte[]> files) throws IOException {
    try (Staged staged = stage(files)) {
      staged.commit();
    }
  }

  /**
   * Writes the temporary file of each target whose content differs, changing no target. On
   * failure the temporary files written so far are deleted and the exception is thrown.
   *
   * @param files the targets and their contents, in the order they are to be moved
   * @return the staged files, to {@link Staged#commit} and to close (which deletes any
   *     temporary file that was not moved)
   */
  static Staged stage(Map<Path, byte[]> files) throws IOException {
    return stage(files, FILES);
  }

  static Staged stage(Map<Path, byte[]> files, Io io) throws IOException {
    Staged staged = new Staged(io);
    try {
      for (Map.Entry<Path, byte[]> e : new LinkedHashMap<>(files).entrySet()) {
        staged.add(e.getKey(), e.getValue());
      }
      return staged;
    } catch (IOException | RuntimeException | Error e) {
      staged.closeQuietly(e);
      throw e;
    }
  }

  /** The temporary file beside a target. */
  static Path temporary(Path target) {
    return target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + "-"
        + Thread.currentThread().getId() + ".tmp");
  }

  /** Whether a file name is one of this class's temporary files. */
  static boolean isTemporary(String name) {
    return name.startsWith(".") && name.endsWith(".tmp");
  }

  /** Temporary files written and not yet moved into place. */
  static final class Staged implements Closeable {
    private final Io io;
    /** Pairs of temporary file and target, in order. */
    private final List<Path[]> pending = new ArrayList<>();

    private Staged(Io io) {
      this.io = io;
    }

    private void add(Path target, byte[] content) throws IOException {
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        // found now, before any target changes; the move would fail on it later
        throw new FileSystemException(target.toString(), null, "is a directory");
      }
      if (Files.isRegularFile(target) && Files.size(target) == content.length
          && Arrays.equals(Files.readAllBytes(target), content)) {
        return; // unchanged: keep the file as it is
      }
      Path tmp = temporary(target);
      pending.add(new Path[] {tmp, target});
      io.write(tmp, content); // on failure, close() deletes what it may have left
    }

    /** The targets that {@link #commit} will replace, in order. */
    List<Path> targets() {
      return pending.stream().map(p -> p[1]).toList();
    }

    /**
     * Moves every temporary file over its target, in order. On failure the remaining
     * temporary files are deleted (by {@link #close}) and the exception is thrown.
     */
    void commit() throws IOException {
      while (!pending.isEmpty()) {
        Path[] p = pending.get(0);
        io.move(p[0], p[1]);
        pending.remove(0);
      }
    }

    /** Deletes every temporary file not moved into place. */
    @Override
    public void close() throws IOException {
      IOException first = null;
      for (Path[] p : pending) {
        try {
          Files.deleteIfExists(p[0]);
        } catch (IOException e) {
          if (first == null) {
            first = e;
          } else {
            first.addSuppressed(e);
          }
        }
      }
      pending.clear();
      if (first != null) {
        throw first;
      }
    }

    private void closeQuietly(Throwable cause) {
      try {
        close();
      } catch (IOException e) {
        cause.addSuppressed(e);
      }
    }
  }
}
