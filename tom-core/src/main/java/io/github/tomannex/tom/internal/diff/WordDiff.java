package io.github.tomannex.tom.internal.diff;

import io.github.tomannex.tom.CatalogueDiff.Edit;
import io.github.tomannex.tom.CatalogueDiff.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * A word-level diff of two plain texts: the longest common subsequence of their tokens (words and
 * the whitespace between them), after the common prefix and suffix are set aside. Texts whose
 * differing middles are too long for the quadratic table are reported as one deletion and one
 * insertion, so a hostile input costs bounded time and memory.
 */
public final class WordDiff {
  /** The largest table ((tokens before + 1) × (tokens after + 1)) computed: 4 M ints, 16 MB. */
  static final long MAX_CELLS = 4_000_000L;

  private WordDiff() {}

  /**
   * The runs of kept, deleted and inserted words that turn {@code before} into {@code after}.
   *
   * @param before the old text
   * @param after the new text
   * @return the runs, in reading order; adjacent runs differ in their edit
   */
  public static List<Words> diff(String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    int start = 0;
    while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
      start++;
    }
    int endA = a.size();
    int endB = b.size();
    while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
      endA--;
      endB--;
    }
    Runs runs = new Runs();
    for (int i = 0; i < start; i++) {
      runs.add(Edit.KEEP, a.get(i));
    }
    int n = endA - start;
    int m = endB - start;
    if (n == 0 || m == 0 || (long) (n + 1) * (m + 1) > MAX_CELLS) {
      for (int i = start; i < endA; i++) {
        runs.add(Edit.DELETE, a.get(i));
      }
      for (int j = start; j < endB; j++) {
        runs.add(Edit.INSERT, b.get(j));
      }
    } else {
      middle(a.subList(start, endA), b.subList(start, endB), runs);
    }
    for (int i = endA; i < a.size(); i++) {
      runs.add(Edit.KEEP, a.get(i));
    }
    return runs.out();
  }

  private static void middle(List<String> a, List<String> b, Runs runs) {
    int n = a.size();
    int m = b.size();
    // lcs[i * w + j]: the longest common subsequence of a[i..] and b[j..], in one array
    int w = m + 1;
    int[] lcs = new int[(n + 1) * w];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i * w + j] =
            a.get(i).equals(b.get(j))
                ? lcs[(i + 1) * w + j + 1] + 1
                : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        runs.add(Edit.KEEP, a.get(i));
        i++;
        j++;
      } else if (j >= m || (i < n && lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) {
        runs.add(Edit.DELETE, a.get(i));
        i++;
      } else {
        runs.add(Edit.INSERT, b.get(j));
        j++;
      }
    }
  }

  /**
   * Words as a reader sees them, runs of anything but whitespace ({@code 2026-01-01}, {@code
   * AES-256}), with the punctuation that ends a sentence or clause as a token of its own, and the
   * runs of whitespace between them.
   */
  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      boolean space = Character.isWhitespace(s.charAt(i));
      int j = i + 1;
      while (j < s.length() && Character.isWhitespace(s.charAt(j)) == space) {
        j++;
      }
      int end = j;
      if (!space) {
        while (end > i + 1 && TRAILING.indexOf(s.charAt(end - 1)) >= 0) {
          end--;
        }
      }
      out.add(s.substring(i, end));
      if (end < j) {
        out.add(s.substring(end, j));
      }
      i = j;
    }
    return out;
  }

  /** Punctuation split off the end of a word: "daily." is "daily" and ".". */
  private static final String TRAILING = ".,;:!?)";

  /**
   * Collects tokens into runs. Whitespace kept between two changed words joins the change, so "a b
   * c" → "x y z" reads as one deletion and one insertion, not six; within a stretch of changes,
   * deletions come before insertions.
   */
  private static final class Runs {
    private final List<Edit> edits = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    void add(Edit edit, String token) {
      edits.add(edit);
      texts.add(token);
    }

    List<Words> out() {
      List<Edit> e = new ArrayList<>();
      List<String> t = new ArrayList<>();
      int n = edits.size();
      for (int k = 0; k < n; k++) {
        if (edits.get(k) == Edit.KEEP
            && texts.get(k).isBlank()
            && k > 0
            && k < n - 1
            && edits.get(k - 1) != Edit.KEEP
            && edits.get(k + 1) != Edit.KEEP) {
          e.add(Edit.DELETE);
          t.add(texts.get(k));
          e.add(Edit.INSERT);
          t.add(texts.get(k));
        } else {
          e.add(edits.get(k));
          t.add(texts.get(k));
        }
      }
      List<Words> out = new ArrayList<>();
      StringBuilder sb = new StringBuilder();
      Edit[] current = {null};
      java.util.function.BiConsumer<Edit, String> emit =
          (edit, text) -> {
            if (current[0] != null && edit != current[0]) {
              out.add(new Words(current[0], sb.toString()));
              sb.setLength(0);
            }
            current[0] = edit;
            sb.append(text);
          };
      int k = 0;
      while (k < e.size()) {
        if (e.get(k) == Edit.KEEP) {
          emit.accept(Edit.KEEP, t.get(k));
          k++;
          continue;
        }
        int end = k;
        while (end < e.size() && e.get(end) != Edit.KEEP) {
          end++;
        }
        for (Edit want : new Edit[] {Edit.DELETE, Edit.INSERT}) {
          for (int x = k; x < end; x++) {
            if (e.get(x) == want) {
              emit.accept(want, t.get(x));
            }
          }
        }
        k = end;
      }
      if (current[0] != null) {
        out.add(new Words(current[0], sb.toString()));
      }
      return List.copyOf(out);
    }
  }
}
