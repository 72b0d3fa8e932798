package io.github.tomannex.tom.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files are replaced whole or not at all: a failure while writing several files leaves every target
 * as it was and no temporary file; readers never see a partial file.
 */
class AtomicFilesTest {
  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Every entry of the directory, file name to content ("<dir>" for directories). */
  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        out.put(
            p.getFileName().toString(),
            Files.isDirectory(p)
                ? "<dir>"
                : new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    return out;
  }

  /** Four files a to d with "old a" and so on; returns their paths in order. */
  private static List<Path> oldFiles(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String n : List.of("a.html", "b.html", "c.html", "d.html")) {
      files.add(Files.writeString(dir.resolve(n), "old " + n));
    }
    return files;
  }

  private static Map<Path, byte[]> newContents(List<Path> files) {
    Map<Path, byte[]> out = new LinkedHashMap<>();
    for (Path f : files) {
      out.put(f, bytes("new " + f.getFileName() + " ".repeat(100_000)));
    }
    return out;
  }

  @Test
  void staleTemporaryFilesOfAKilledBuildAreRemovedOnlyTomsOwn(@TempDir Path dir)
      throws IOException {
    long dead = 2147483646L; // beyond every pid_max: no such process
    assertTrue(ProcessHandle.of(dead).isEmpty());
    long self = ProcessHandle.current().pid();
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 2 * 3600_000L);
    Map<String, Boolean> files = new TreeMap<>(); // name -> removed?
    files.put(".annex-de.md.tom-" + dead + "-12345-1.tmp", true);
    files.put("..tom-fingerprint.tom-" + dead + "-12345-1.tmp", true);
    files.put(".changes.json.tom-" + dead + "-9-77.tmp", true);
    files.put(".annex-de.pdf.tom-" + self + "-12345-1.tmp", false); // a live build's
    files.put(".annex-en.html.123456789-31.tmp", true); // earlier naming, two hours old
    files.put(".annex.json.123456789-31.tmp", false); // earlier naming, just written
    files.put(".notes.tmp", false);
    files.put(".my.tom-" + dead + ".tmp", false);
    files.put("annex-de.md", false);
    files.put(".annex-de.md.tmp", false);
    files.put(".report.html.123456789-31.tmp", false); // not a name tom writes
    for (String name : files.keySet()) {
      Path f = Files.writeString(dir.resolve(name), "x");
      if (name.contains("123456789")) {
        Files.setLastModifiedTime(
            f,
            name.startsWith(".annex-en") || name.startsWith(".report")
                ? old
                : FileTime.fromMillis(System.currentTimeMillis()));
      }
    }
    List<String> removed = AtomicFiles.removeStale(dir);
    files.forEach((name, gone) -> assertEquals(gone, !Files.exists(dir.resolve(name)), name));
    assertEquals(
        files.entrySet().stream()
            .filter(Map.Entry::getValue)
            .map(Map.Entry::getKey)
            .sorted()
            .toList(),
        removed.stream().sorted().toList());
    assertEquals(List.of(), AtomicFiles.removeStale(dir.resolve("missing")));
  }

  @Test
  void temporaryNamesCarryTheProcessId() {
    String name = AtomicFiles.temporary(Path.of("out", "annex-de.md")).getFileName().toString();
    assertTrue(name.startsWith(".annex-de.md.tom-" + ProcessHandle.current().pid() + "-"), name);
    assertTrue(AtomicFiles.isTemporary(name), name);
  }

  @Test
  void writesANewFileAndReplacesAnOldOneWithTheUsualPermissions(@TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("annex-de.html");
    AtomicFiles.write(f, bytes("one"));
    assertEquals("one", Files.readString(f));
    AtomicFiles.write(f, bytes("two, longer"));
    assertEquals("two, longer", Files.readString(f));
    AtomicFiles.write(f, bytes(""));
    assertEquals("", Files.readString(f));
    assertEquals(Set.of("annex-de.html"), snapshot(dir).keySet(), "no temporary file left");
    if (Files.getFileStore(f).supportsFileAttributeView("posix")) {
      // a new file's permissions under the umask, not a temporary file's owner-only 0600
      Path plain = Files.writeString(dir.resolve("plain"), "x");
      assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(f));
    }
  }

  @Test
  void replacingMovesANewFileInRatherThanRewritingTheOldOne(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("annex.json"), "old");
    Object before = Files.readAttributes(f, BasicFileAttributes.class).fileKey();
    AtomicFiles.write(f, bytes("new"));
    Object after = Files.readAttributes(f, BasicFileAttributes.class).fileKey();
    if (before != null) { // an inode where the file system has them
      assertNotEquals(before, after, "the old file was rewritten in place");
    }
    assertEquals("new", Files.readString(f));
  }

  @Test
  void unchangedContentLeavesTheFileAlone(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("annex-de.md"), "same");
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(f, old);
    Object key = Files.readAttributes(f, BasicFileAttributes.class).fileKey();
    AtomicFiles.write(f, bytes("same"));
    assertEquals(old, Files.getLastModifiedTime(f));
    assertEquals(key, Files.readAttributes(f, BasicFileAttributes.class).fileKey());
  }

  @Test
  void aReaderSeesTheOldOrTheNewFileWholeNeverAPartOrNothing(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("annex-de.pdf");
    byte[] a = new byte[300_000];
    Arrays.fill(a, (byte) 'a');
    byte[] b = new byte[700_000];
    Arrays.fill(b, (byte) 'b');
    AtomicFiles.write(f, a);
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger reads = new AtomicInteger();
    List<String> bad = new ArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              while (!done.get()) {
                try {
                  byte[] seen = Files.readAllBytes(f);
                  if (!Arrays.equals(seen, a) && !Arrays.equals(seen, b)) {
                    bad.add("a read of " + seen.length + " bytes");
                  }
                  reads.incrementAndGet();
                } catch (IOException e) {
                  bad.add(e.toString()); // NoSuchFileException: the file was briefly missing
                }
              }
            });
    reader.start();
    for (int i = 0; i < 200; i++) {
      AtomicFiles.write(f, i % 2 == 0 ? b : a);
    }
    done.set(true);
    reader.join();
    assertEquals(List.of(), bad.subList(0, Math.min(bad.size(), 5)));
    assertTrue(reads.get() > 0);
    assertArrayEquals(a, Files.readAllBytes(f));
    assertEquals(Set.of("annex-de.pdf"), snapshot(dir).keySet());
  }

  @Test
  void aTargetThatIsADirectoryFailsBeforeAnyFileChanges(@TempDir Path dir) throws IOException {
    List<Path> files = oldFiles(dir);
    Files.delete(files.get(2));
    Files.writeString(Files.createDirectory(files.get(2)).resolve("keep"), "k");
    Map<String, String> before = snapshot(dir);
    FileSystemException e =
        assertThrows(FileSystemException.class, () -> AtomicFiles.writeAll(newContents(files)));
    assertTrue(
        e.getMessage().contains("c.html") && e.getMessage().contains("is a directory"),
        e.getMessage());
    assertEquals(before, snapshot(dir), "the earlier files were replaced, or temporary files left");
  }

  @Test
  void aWriteFailingHalfwayLeavesEveryTargetAndNoTemporaryFile(@TempDir Path dir)
      throws IOException {
    List<Path> files = oldFiles(dir);
    Map<String, String> before = snapshot(dir);
    AtomicInteger writes = new AtomicInteger();
    AtomicFiles.Io diskFull =
        new AtomicFiles.Io() {
          @Override
          public void write(Path file, byte[] content) throws IOException {
            if (writes.incrementAndGet() == 3) {
              // what a full disk does: part of the file is there, then the write fails
              Files.write(file, Arrays.copyOf(content, content.length / 2));
              throw new IOException("No space left on device");
            }
            AtomicFiles.FILES.write(file, content);
          }

          @Override
          public void move(Path from, Path to) throws IOException {
            throw new AssertionError("nothing may be moved when staging failed");
          }
        };
    IOException e =
        assertThrows(
            IOException.class, () -> AtomicFiles.stage(newContents(files), diskFull).close());
    assertEquals("No space left on device", e.getMessage());
    assertEquals(3, writes.get());
    assertEquals(before, snapshot(dir));
  }

  @Test
  void aRuntimeFailureWhileStagingAlsoRemovesTheTemporaryFiles(@TempDir Path dir)
      throws IOException {
    List<Path> files = oldFiles(dir);
    Map<String, String> before = snapshot(dir);
    AtomicInteger writes = new AtomicInteger();
    AtomicFiles.Io failing =
        new AtomicFiles.Io() {
          @Override
          public void write(Path file, byte[] content) throws IOException {
            AtomicFiles.FILES.write(file, content);
            if (writes.incrementAndGet() == 4) {
              throw new UncheckedIOException(new IOException("stream closed"));
            }
          }

          @Override
          public void move(Path from, Path to) {
            throw new AssertionError();
          }
        };
    assertThrows(UncheckedIOException.class, () -> AtomicFiles.stage(newContents(files), failing));
    assertEquals(before, snapshot(dir));
  }

  @Test
  void aFailedMoveLeavesEachFileWholeOldOrNewAndNoTemporaryFile(@TempDir Path dir)
      throws IOException {
    List<Path> files = oldFiles(dir);
    Map<Path, byte[]> contents = newContents(files);
    AtomicInteger moves = new AtomicInteger();
    AtomicFiles.Io failing =
        new AtomicFiles.Io() {
          @Override
          public void write(Path file, byte[] content) throws IOException {
            AtomicFiles.FILES.write(file, content);
          }

          @Override
          public void move(Path from, Path to) throws IOException {
            if (moves.incrementAndGet() == 3) {
              throw new IOException("rename failed");
            }
            AtomicFiles.FILES.move(from, to);
          }
        };
    try (AtomicFiles.Staged staged = AtomicFiles.stage(contents, failing)) {
      assertEquals(files, staged.targets());
      assertEquals(8, snapshot(dir).size(), "four targets and four temporary files");
      assertThrows(IOException.class, staged::commit);
    }
    assertEquals(Set.of("a.html", "b.html", "c.html", "d.html"), snapshot(dir).keySet());
    assertArrayEquals(contents.get(files.get(0)), Files.readAllBytes(files.get(0)));
    assertArrayEquals(contents.get(files.get(1)), Files.readAllBytes(files.get(1)));
    assertEquals("old c.html", Files.readString(files.get(2)));
    assertEquals("old d.html", Files.readString(files.get(3)));
  }

  @Test
  void closingWithoutCommitChangesNothing(@TempDir Path dir) throws IOException {
    List<Path> files = oldFiles(dir);
    Map<String, String> before = snapshot(dir);
    Map<Path, byte[]> contents = newContents(files);
    contents.put(files.get(1), bytes("old b.html")); // unchanged: not even staged
    try (AtomicFiles.Staged staged = AtomicFiles.stage(contents)) {
      assertEquals(List.of(files.get(0), files.get(2), files.get(3)), staged.targets());
    }
    assertEquals(before, snapshot(dir));
  }

  @Test
  void threadsWritingTheSameFileAtOnceLeaveOneWholeContent(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("annex-en.html");
    int threads = 8;
    List<byte[]> contents = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      contents.add(bytes(("thread " + i + " ").repeat(10_000 + i * 1_000)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        byte[] c = contents.get(i);
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int k = 0; k < 20; k++) {
                    AtomicFiles.write(f, c);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> r : results) {
        r.get(60, TimeUnit.SECONDS); // no thread failed: the temporary names did not collide
      }
    } finally {
      pool.shutdownNow();
    }
    byte[] last = Files.readAllBytes(f);
    assertTrue(contents.stream().anyMatch(c -> Arrays.equals(c, last)), "a mixed file");
    assertEquals(Set.of("annex-en.html"), snapshot(dir).keySet());
  }
}
