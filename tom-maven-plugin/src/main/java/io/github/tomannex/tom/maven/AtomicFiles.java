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
 * Writes files so that a reader, or a build that fails midway, never sees a half-written one: each
 * file is written to a temporary file beside it and then moved over it (an atomic rename where the
 * file system has one).
 *
 * <p>Several files are written in two steps: {@link #stage} writes every temporary file, and only
 * when all of them are written does {@link Staged#commit} move them into place. A failure while
 * staging (a full disk, a target that is a directory, no permission) leaves every target as it was
 * and removes the temporary files. A failure during the moves themselves, which are only renames
 * within one directory, can leave some targets new and others old, but each one whole.
 *
 * <p>A file whose content is already the one to write is left alone (its modification time too).
 * The temporary files are named {@code .<name>.tom-<pid>-<nanos>-<thread>.tmp}, unique per process
 * and thread, so two builds writing the same directory at once do not collide; they are created
 * like any new file, so the result has the usual permissions rather than a temporary file's 0600. A
 * build killed while staging ({@code kill -9}) leaves its temporary files behind: {@link
 * #removeStale} removes those whose process no longer runs.
 */
final class AtomicFiles {
  /** How a file is written and moved; tests replace it to fail at a chosen point. */
  interface Io {
    void write(Path file, byte[] content) throws IOException;

    void move(Path from, Path to) throws IOException;
  }

  /** The real file system: create the temporary file anew; rename it atomically if possible. */
  static final Io FILES =
      new Io() {
        @Override
        public void write(Path file, byte[] content) throws IOException {
          Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
          try {
            Files.move(
                from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      };

  private AtomicFiles() {}

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
   * Writes the temporary file of each target whose content differs, changing no target. On failure
   * the temporary files written so far are deleted and the exception is thrown.
   *
   * @param files the targets and their contents, in the order they are to be moved
   * @return the staged files, to {@link Staged#commit} and to close (which deletes any temporary
   *     file that was not moved)
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
    return target.resolveSibling(
        "."
            + target.getFileName()
            + ".tom-"
            + PID
            + "-"
            + System.nanoTime()
            + "-"
            + Thread.currentThread().getId()
            + ".tmp");
  }

  private static final long PID = ProcessHandle.current().pid();

  /** A temporary file of this class: the target's name, the writing process's id. */
  private static final java.util.regex.Pattern TEMPORARY =
      java.util.regex.Pattern.compile(
          "\\.(.{1,200})\\.tom-([0-9]{1,19})-[0-9]{1,20}-[0-9]{1,20}\\.tmp");

  /**
   * A temporary file named as before the process id was part of the name, for one of the files tom
   * writes into an output directory; removed only when older than {@link #LEGACY_AGE}.
   */
  private static final java.util.regex.Pattern LEGACY =
      java.util.regex.Pattern.compile(
          "\\.((annex|changes)(-[A-Za-z0-9-]{1,40})?\\.(md|html|json|pdf)(\\.sha256)?|\\.tom-fingerprint)"
              + "\\.[0-9]{1,20}-[0-9]{1,20}\\.tmp");

  private static final long LEGACY_AGE = 3600_000L;

  /** Whether a file name is one of this class's temporary files. */
  static boolean isTemporary(String name) {
    return TEMPORARY.matcher(name).matches();
  }

  /**
   * Removes the temporary files that a build killed while staging left in {@code dir}: those named
   * by this class whose process no longer runs (and, of the earlier naming without a process id,
   * those of tom's own output files older than an hour). Nothing else is touched, nor a temporary
   * file of a build still running. Failures to list or delete are ignored: the next run tries
   * again.
   *
   * @return the names removed
   */
  static List<String> removeStale(Path dir) {
    List<String> removed = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return removed;
    }
    long now = System.currentTimeMillis();
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".tmp") || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        java.util.regex.Matcher m = TEMPORARY.matcher(name);
        boolean stale;
        if (m.matches()) {
          long pid;
          try {
            pid = Long.parseLong(m.group(2));
          } catch (NumberFormatException e) {
            continue;
          }
          stale = pid != PID && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } else {
          stale =
              LEGACY.matcher(name).matches()
                  && now - Files.getLastModifiedTime(f).toMillis() > LEGACY_AGE;
        }
        if (stale && Files.deleteIfExists(f)) {
          removed.add(name);
        }
      }
    } catch (IOException | java.io.UncheckedIOException | SecurityException e) {
      // not removed now; the next run tries again
    }
    return removed;
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
      if (Files.isRegularFile(target)
          && Files.size(target) == content.length
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
     * Moves every temporary file over its target, in order. On failure the remaining temporary
     * files are deleted (by {@link #close}) and the exception is thrown.
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
