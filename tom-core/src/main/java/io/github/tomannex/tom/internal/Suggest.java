package io.github.tomannex.tom.internal;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" suggestions by edit distance. */
public final class Suggest {
  private Suggest() {}

  /**
   * The candidate closest to {@code value}, if it is close enough to be a likely typo: an edit
   * distance of at most a quarter of the value's length (and at least 1), or a case-insensitive
   * match, or one being a prefix of the other.
   *
   * @return a hint such as {@code did you mean 'title'?}, or null
   */
  public static String hint(String value, Collection<String> candidates) {
    String best = closest(value, candidates);
    return best == null ? null : "did you mean '" + best + "'?";
  }

  /**
   * Beyond this many candidates no suggestion is searched: a typo among thousands of ids is better
   * found by the id itself, and the search must stay cheap.
   */
  static final int MAX_CANDIDATES = 500;

  public static String closest(String value, Collection<String> candidates) {
    if (value.length() > 200 || candidates.size() > MAX_CANDIDATES) {
      return null;
    }
    String v = value.toLowerCase(Locale.ROOT);
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    for (String c : candidates) {
      String lc = c.toLowerCase(Locale.ROOT);
      int limit = Math.max(1, Math.round(v.length() / 4f));
      boolean prefix = v.length() >= 3 && (lc.startsWith(v) || v.startsWith(lc));
      if (!prefix && Math.abs(lc.length() - v.length()) > limit) {
        continue; // the distance is at least the difference in length
      }
      int d = lc.equals(v) ? 0 : distance(v, lc);
      if ((d <= limit || prefix) && d < bestScore) {
        best = c;
        bestScore = d;
      }
    }
    return best;
  }

  /** Damerau-Levenshtein distance (optimal string alignment). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
