package io.github.tomannex.tom.internal.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a match of a word-list term needs in its text: clauses of literals, each clause a set of
 * which at least one occurs in every text the term matches. The literals are case-folded as the
 * case-insensitive patterns compare characters ({@link #fold(int)}), so a clause is a necessary
 * condition for a case-sensitive and a case-insensitive term alike: a text whose folded form holds
 * none of a clause's literals cannot match. Nothing here is sufficient; a term whose text passes is
 * still matched by its pattern.
 *
 * <p>Regular expressions are read by a small parser of the part of the syntax the word file uses;
 * anything else yields no clauses (the term is then always tried), which is always correct.
 */
final class Literals {
  private Literals() {}

  /** Folded characters below this are read from a table. */
  static final int TABLE = 0x250;

  private static final char[] FOLDED = new char[TABLE];

  static {
    for (int c = 0; c < TABLE; c++) {
      FOLDED[c] = (char) fold(c);
    }
  }

  /**
   * A character as {@link java.util.regex.Pattern} compares it case-insensitively with {@code
   * UNICODE_CASE}: lower case of upper case, one code point to one code point, no locale (so {@code
   * İ} and {@code ı} both fold to {@code i}, and {@code ß} stays {@code ß}).
   */
  static int fold(int cp) {
    return Character.toLowerCase(Character.toUpperCase(cp));
  }

  /** {@link #fold(int)} of a character of the basic plane, by table where it can. */
  static int foldChar(char c) {
    return c < TABLE ? FOLDED[c] : fold(c);
  }

  /** Each character folded; null if one is a surrogate or folds to one that folds further. */
  static String foldLiteral(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        return null;
      }
      int f = fold(c);
      // a pattern character p matches a text character c if c == fold(p) or fold(c) == fold(p);
      // the folded text holds fold(c), which is fold(p) in both cases only if fold(fold(p))
      // == fold(p)
      if (f > 0xFFFF || Character.isSurrogate((char) f) || fold(f) != f) {
        return null;
      }
      out.append((char) f);
    }
    return out.toString();
  }

  /**
   * What is known of a term's matches.
   *
   * @param clauses clauses of folded literals, each with one literal in every text it matches
   * @param lead folded, the text every match starts with, or null
   * @param anchored whether it can match only at the start of a text: a regular expression
   *     (compiled without {@code MULTILINE}) that begins with {@code ^}, after inline flags at
   *     most, has no alternative at its top level and never mentions the flag {@code m}; its {@code
   *     find()} then finds something exactly if {@code lookingAt()} does
   */
  record Analysis(List<Set<String>> clauses, String lead, boolean anchored) {
    static final Analysis NONE = new Analysis(List.of(), null, false);
  }

  /**
   * A plain term of the word file: its parts between spaces and stars are clauses, and a term that
   * does not start with a star starts with its first part.
   */
  static Analysis ofTerm(String term) {
    List<Set<String>> out = new ArrayList<>();
    for (String part : term.split("[* ]+")) {
      add(out, Set.of(part));
    }
    int end = 0;
    while (end < term.length() && term.charAt(end) != ' ' && term.charAt(end) != '*') {
      end++;
    }
    return new Analysis(List.copyOf(out), lead(term.substring(0, end)), false);
  }

  /** A regular expression: nothing if it uses syntax not read here. */
  static Analysis ofRegex(String regex) {
    try {
      Parser p = new Parser(regex);
      Info info = p.alternation();
      if (p.pos != regex.length()) {
        return Analysis.NONE;
      }
      List<Set<String>> out = new ArrayList<>();
      for (Set<String> clause : info.clauses) {
        add(out, clause);
      }
      if (info.exact != null) {
        add(out, Set.of(info.exact));
      }
      boolean single = p.topBranches == 1;
      return new Analysis(
          List.copyOf(out),
          single ? lead(p.lead) : null,
          single && !p.multiline && LEADING_FLAGS.matcher(regex).replaceFirst("").startsWith("^"));
    } catch (Unsupported | RuntimeException e) {
      return Analysis.NONE;
    }
  }

  /**
   * The start of a regular expression that runs over a span a failed match leaves to its
   * continuation: the expression begins with a fixed text (and zero-width checks, flags), followed
   * by a possessive {@code *+} or {@code ++} of one character class, and has no alternative at its
   * top level. Every attempt whose fixed text starts inside the span that class-run covers ends its
   * run where the first attempt's did, and then fails or succeeds as that one did: a failed attempt
   * lets the search skip them ({@link WordLists}).
   *
   * @param regex the fixed start, then an empty group that marks its end, then the run: match it to
   *     find where the run of an attempt ends
   * @param lead the number of characters the fixed start consumes
   */
  record Probe(String regex, int lead) {}

  /** The probe of an expression, or null if it does not begin as {@link Probe} says. */
  static Probe probe(String regex) {
    try {
      Parser p = new Parser(regex);
      p.alternation();
      if (p.pos != regex.length() || p.topBranches != 1 || p.runStart < 0) {
        return null;
      }
      return new Probe(
          regex.substring(0, p.runStart) + "()" + regex.substring(p.runStart, p.runEnd), p.runLead);
    } catch (Unsupported | RuntimeException e) {
      return null;
    }
  }

  private static String lead(String lead) {
    return lead == null || lead.isEmpty() ? null : foldLiteral(lead);
  }

  /**
   * A text folded character by character, the same length, or null if it holds surrogates (their
   * code points are compared whole).
   */
  static String foldText(CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        return null;
      }
      int f = foldChar(c);
      if (f > 0xFFFF) {
        return null;
      }
      out[i] = (char) f;
    }
    return new String(out);
  }

  /** Inline flags at the start of an expression. */
  private static final java.util.regex.Pattern LEADING_FLAGS =
      java.util.regex.Pattern.compile("^(?:\\(\\?[idsuU]*\\))*");

  /** Adds a clause, folded; drops it if a literal is empty or cannot be folded safely. */
  private static void add(List<Set<String>> out, Set<String> clause) {
    Set<String> folded = new LinkedHashSet<>();
    for (String literal : clause) {
      String f = literal.isEmpty() ? null : foldLiteral(literal);
      if (f == null) {
        return; // a weaker condition, still a necessary one
      }
      folded.add(f);
    }
    if (!folded.isEmpty() && !out.contains(folded)) {
      out.add(Set.copyOf(folded));
    }
  }

  /** Syntax this parser does not read. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  /**
   * What is known of a part of an expression: {@code exact}, if not null, the text every match of
   * it consumes; {@code clauses}, necessary literals beyond that.
   */
  private record Info(String exact, List<Set<String>> clauses) {
    static final Info NOTHING = new Info(null, List.of());
    static final Info EMPTY = new Info("", List.of());

    /** The one clause that stands for this part in an alternation, or null. */
    Set<String> best() {
      if (exact != null && !exact.isEmpty()) {
        return Set.of(exact);
      }
      Set<String> best = null;
      int score = 0;
      for (Set<String> c : clauses) {
        int min = c.stream().mapToInt(String::length).min().orElse(0);
        if (min > score) {
          best = c;
          score = min;
        }
      }
      return best;
    }

    /** The clauses of this part when it is required but not exactly once. */
    List<Set<String>> required() {
      List<Set<String>> out = new ArrayList<>(clauses);
      if (exact != null && !exact.isEmpty()) {
        out.add(Set.of(exact));
      }
      return out;
    }
  }

  /** A reader of the regular-expression syntax the word file uses. */
  private static final class Parser {
    private final String re;
    private int pos;
    private int depth;

    /** Whether a flag group mentions {@code m}. */
    private boolean multiline;

    /** The number of alternatives at the top level. */
    private int topBranches;

    /** The exact text at the start of the last top-level alternative. */
    private String lead;

    /**
     * Where the first top-level atom that is not fixed text starts and its quantifier ends, if it
     * is a character class run possessively ({@code *+}, {@code ++}); else -1.
     */
    private int runStart = -1;

    private int runEnd = -1;

    /** The length of the fixed text before it. */
    private int runLead;

    private boolean loose;

    Parser(String re) {
      this.re = re;
    }

    private boolean more() {
      return pos < re.length();
    }

    private char peek() {
      return re.charAt(pos);
    }

    Info alternation() throws Unsupported {
      List<Info> branches = new ArrayList<>();
      branches.add(sequence());
      while (more() && peek() == '|') {
        pos++;
        branches.add(sequence());
      }
      if (depth == 0) {
        topBranches = branches.size();
      }
      if (branches.size() == 1) {
        return branches.get(0);
      }
      Set<String> union = new LinkedHashSet<>();
      for (Info b : branches) {
        Set<String> best = b.best();
        if (best == null) {
          return Info.NOTHING;
        }
        union.addAll(best);
      }
      return new Info(null, List.of(union));
    }

    private Info sequence() throws Unsupported {
      StringBuilder run = new StringBuilder();
      boolean exact = true;
      List<Set<String>> clauses = new ArrayList<>();
      boolean top = depth == 0;
      while (more() && peek() != '|' && peek() != ')') {
        int atomStart = pos;
        Info raw = atom();
        int atomEnd = pos;
        Info a = quantified(raw);
        clauses.addAll(a.clauses);
        if (a.exact != null) {
          run.append(a.exact);
        } else {
          if (exact && top) {
            lead = run.toString(); // what every match of this alternative starts with
            if (!loose
                && raw == Info.NOTHING
                && isClass(atomStart, atomEnd)
                && (re.startsWith("*+", atomEnd) || re.startsWith("++", atomEnd))
                && pos == atomEnd + 2) {
              runStart = atomStart;
              runEnd = pos;
              runLead = run.length();
            }
            loose = true;
          }
          exact = false;
          flush(run, clauses);
        }
      }
      if (exact && top) {
        lead = run.toString();
      }
      if (exact) {
        return new Info(run.toString(), clauses);
      }
      flush(run, clauses);
      return new Info(null, clauses);
    }

    /** Whether the atom between these positions is one character class. */
    private boolean isClass(int start, int end) {
      char c = re.charAt(start);
      if (c == '[' || (c == '.' && end == start + 1)) {
        return true;
      }
      return c == '\\' && end > start + 1 && "dDsSwWhHvVpP".indexOf(re.charAt(start + 1)) >= 0;
    }

    private static void flush(StringBuilder run, List<Set<String>> clauses) {
      if (run.length() > 0) {
        clauses.add(Set.of(run.toString()));
        run.setLength(0);
      }
    }

    private Info quantified(Info a) throws Unsupported {
      if (!more()) {
        return a;
      }
      int min;
      boolean once = false;
      switch (peek()) {
        case '?', '*' -> {
          pos++;
          min = 0;
        }
        case '+' -> {
          pos++;
          min = 1;
        }
        case '{' -> {
          int close = re.indexOf('}', pos);
          if (close < 0) {
            throw new Unsupported();
          }
          String[] bounds = re.substring(pos + 1, close).split(",", -1);
          pos = close + 1;
          min = Integer.parseInt(bounds[0].strip());
          once = min == 1 && (bounds.length == 1 || bounds[1].strip().equals("1"));
        }
        default -> {
          return a;
        }
      }
      if (more() && (peek() == '?' || peek() == '+')) {
        pos++;
      }
      if (once) {
        return a;
      }
      return min == 0 ? Info.NOTHING : new Info(null, a.required());
    }

    private Info atom() throws Unsupported {
      char c = re.charAt(pos++);
      switch (c) {
        case '(' -> {
          return group();
        }
        case '[' -> {
          skipClass();
          return Info.NOTHING;
        }
        case '\\' -> {
          return escape();
        }
        case '.' -> {
          return Info.NOTHING;
        }
        case '^', '$' -> {
          return Info.EMPTY;
        }
        case '*', '+', '?', '{', '|', ')' -> throw new Unsupported();
        default -> {
          if (Character.isSurrogate(c)) {
            throw new Unsupported();
          }
          return new Info(String.valueOf(c), List.of());
        }
      }
    }

    private Info group() throws Unsupported {
      boolean lookaround = false;
      boolean negative = false;
      if (more() && peek() == '?') {
        pos++;
        if (!more()) {
          throw new Unsupported();
        }
        char k = re.charAt(pos++);
        if (k == '=' || k == '!') {
          lookaround = true;
          negative = k == '!';
        } else if (k == '<' && more() && (peek() == '=' || peek() == '!')) {
          lookaround = true;
          negative = re.charAt(pos++) == '!';
        } else if (k == '<') {
          int close = re.indexOf('>', pos);
          if (close < 0) {
            throw new Unsupported();
          }
          pos = close + 1; // a named group
        } else if (k != ':' && k != '>') {
          pos--;
          while (more() && "idmsuU-".indexOf(peek()) >= 0) {
            multiline |= peek() == 'm';
            pos++;
          }
          if (!more()) {
            throw new Unsupported(); // 'x' (comments) among them, or something else
          }
          if (peek() == ')') {
            pos++;
            return Info.EMPTY; // flags for what follows: consumes nothing
          }
          if (peek() != ':') {
            throw new Unsupported();
          }
          pos++;
        }
      }
      depth++;
      Info inner = alternation();
      depth--;
      if (!more() || peek() != ')') {
        throw new Unsupported();
      }
      pos++;
      if (lookaround) {
        return negative ? Info.EMPTY : new Info("", inner.required());
      }
      return inner;
    }

    private void skipClass() throws Unsupported {
      int depth = 1;
      boolean first = true;
      if (more() && peek() == '^') {
        pos++;
      }
      while (more()) {
        char c = re.charAt(pos++);
        if (c == '\\') {
          if (!more() || peek() == 'Q') {
            throw new Unsupported();
          }
          pos++;
        } else if (c == '[') {
          depth++;
          first = true;
          if (more() && peek() == '^') {
            pos++;
          }
          continue;
        } else if (c == ']' && !first) {
          if (--depth == 0) {
            return;
          }
        }
        first = false;
      }
      throw new Unsupported();
    }

    private Info escape() throws Unsupported {
      if (!more()) {
        throw new Unsupported();
      }
      char c = re.charAt(pos++);
      switch (c) {
        case 'b', 'B', 'A', 'G', 'Z', 'z' -> {
          return Info.EMPTY;
        }
        case 'd', 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V', 'R', 'X' -> {
          return Info.NOTHING;
        }
        case 'p', 'P' -> {
          if (more() && peek() == '{') {
            int close = re.indexOf('}', pos);
            if (close < 0) {
              throw new Unsupported();
            }
            pos = close + 1;
          } else {
            pos++;
          }
          return Info.NOTHING;
        }
        case 'Q' -> {
          int end = re.indexOf("\\E", pos);
          String quoted = re.substring(pos, end < 0 ? re.length() : end);
          pos = end < 0 ? re.length() : end + 2;
          for (int i = 0; i < quoted.length(); i++) {
            if (Character.isSurrogate(quoted.charAt(i))) {
              throw new Unsupported();
            }
          }
          return new Info(quoted, List.of());
        }
        case 't' -> {
          return new Info("\t", List.of());
        }
        case 'n' -> {
          return new Info("\n", List.of());
        }
        case 'r' -> {
          return new Info("\r", List.of());
        }
        case 'f' -> {
          return new Info("\f", List.of());
        }
        case 'a' -> {
          return new Info("\u0007", List.of());
        }
        case 'e' -> {
          return new Info("\u001B", List.of());
        }
        default -> {
          if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
            throw new Unsupported(); // back references, hex, octal, control and named escapes
          }
          return new Info(String.valueOf(c), List.of());
        }
      }
    }
  }
}
