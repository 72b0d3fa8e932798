package io.github.tomannex.tom.internal.lint;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds which of a fixed set of folded literals occur in a text, in one pass over it: an
 * Aho-Corasick automaton over the text's characters folded as {@link Literals#fold(int)} does.
 * Immutable and thread-safe.
 */
final class LiteralScanner {
  private final int count;

  /** A power of two at least the number of character classes. */
  private final int stride;

  private final int shift;

  /** The folded characters of the literals, sorted: character class i + 1; 0 is none. */
  private final char[] alphabet;

  /** The class of a text character below {@link Literals#TABLE}, folded. */
  private final int[] rawClass = new int[Literals.TABLE];

  /**
   * The transition of state s on class c, at {@code s * stride + c}: the next state times {@code
   * stride}, bit-inverted if a literal ends there.
   */
  private final int[] next;

  /** The literals that end in a state, or null. */
  private final long[][] out;

  /**
   * @param literals folded, distinct, none empty
   */
  LiteralScanner(List<String> literals) {
    count = literals.size();
    TreeSet<Character> chars = new TreeSet<>();
    int total = 1;
    for (String l : literals) {
      for (int i = 0; i < l.length(); i++) {
        chars.add(l.charAt(i));
      }
      total += l.length();
    }
    alphabet = new char[chars.size()];
    int k = 0;
    for (char c : chars) {
      alphabet[k++] = c;
    }
    shift = 32 - Integer.numberOfLeadingZeros(alphabet.length); // classes 0 … length
    stride = 1 << shift;
    for (char c = 0; c < Literals.TABLE; c++) {
      rawClass[c] = classOf(Literals.foldChar(c));
    }

    // the trie
    int[] go = new int[total * stride];
    Arrays.fill(go, -1);
    long[][] ends = new long[total][];
    int states = 1;
    int words = (count + 63) / 64;
    for (int id = 0; id < count; id++) {
      String l = literals.get(id);
      int s = 0;
      for (int i = 0; i < l.length(); i++) {
        int c = classOf(l.charAt(i));
        if (go[s * stride + c] < 0) {
          go[s * stride + c] = states++;
        }
        s = go[s * stride + c];
      }
      if (ends[s] == null) {
        ends[s] = new long[words];
      }
      ends[s][id >>> 6] |= 1L << id;
    }

    // failure links, folded into a full transition table, breadth first
    next = Arrays.copyOf(go, states * stride);
    out = Arrays.copyOf(ends, states);
    int[] fail = new int[states];
    int[] queue = new int[states];
    int head = 0;
    int tail = 0;
    for (int c = 0; c < stride; c++) {
      int t = next[c];
      if (t < 0 || c == 0) {
        next[c] = 0;
      } else {
        fail[t] = 0;
        queue[tail++] = t;
      }
    }
    while (head < tail) {
      int s = queue[head++];
      long[] inherited = out[fail[s]];
      if (inherited != null) {
        long[] o = out[s] == null ? new long[words] : out[s].clone();
        for (int w = 0; w < words; w++) {
          o[w] |= inherited[w];
        }
        out[s] = o;
      }
      for (int c = 0; c < stride; c++) {
        int t = next[s * stride + c];
        if (t < 0 || c == 0) {
          next[s * stride + c] = c == 0 ? 0 : next[fail[s] * stride + c];
        } else {
          fail[t] = next[fail[s] * stride + c];
          queue[tail++] = t;
        }
      }
    }
    for (int i = 0; i < next.length; i++) {
      int t = next[i];
      next[i] = out[t] == null ? t * stride : ~(t * stride);
    }
  }

  private int classOf(int folded) {
    if (folded > 0xFFFF) {
      return 0;
    }
    int i = Arrays.binarySearch(alphabet, (char) folded);
    return i < 0 ? 0 : i + 1;
  }

  /** The number of literals. */
  int count() {
    return count;
  }

  /** The literals that occur in the folded text, as a bit set by their index. */
  long[] scan(CharSequence text) {
    long[] hits = new long[(count + 63) / 64];
    int[] next = this.next;
    int s = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char ch = text.charAt(i);
      int c;
      if (ch < Literals.TABLE) {
        c = rawClass[ch];
      } else if (Character.isHighSurrogate(ch)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        // a code point outside the basic plane: the literals hold none, but one that folds
        // into the basic plane is compared as its folded character
        c = classOf(Literals.fold(Character.toCodePoint(ch, text.charAt(++i))));
      } else {
        c = classOf(Literals.fold(ch));
      }
      s = next[s + c];
      if (s < 0) {
        s = ~s;
        long[] o = out[s >>> shift];
        for (int w = 0; w < o.length; w++) {
          hits[w] |= o[w];
        }
      }
    }
    return hits;
  }
}
