package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Diagnostic;
import org.apache.maven.plugin.logging.Log;

/**
 * Maven's log, with every message made one line of visible text: a catalogue's text (a title, a
 * key, a file name quoted by a diagnostic) must not start a new log line, where a CI runner would
 * read it as a command (GitHub Actions' {@code ::error …} or {@code ::add-mask::}). Every line the
 * plugin logs goes through {@link #clean}.
 */
final class SafeLog implements Log {
  private final Log log;

  private SafeLog(Log log) {
    this.log = log;
  }

  /** The log, sanitising; a log that already sanitises is returned as it is. */
  static Log of(Log log) {
    return log instanceof SafeLog ? log : new SafeLog(log);
  }

  /**
   * The text with every line break and control character replaced by a visible escape: CR as {@code
   * \r}, LF as {@code \n}, tab as {@code \t}, and the other C0 and C1 controls (among them NEL,
   * U+0085), DEL, the line and paragraph separators U+2028 and U+2029 and the bidi embedding,
   * override and isolate controls and lone surrogates as {@code \}{@code uXXXX}: {@link
   * Diagnostic#oneLine}, with tabs escaped too. Null stays null.
   */
  static String clean(CharSequence text) {
    // the same escapes as every diagnostic's text, and a tab too: a log line is one line
    return text == null ? null : Diagnostic.oneLine(text.toString()).replace("\t", "\\t");
  }

  @Override
  public boolean isDebugEnabled() {
    return log.isDebugEnabled();
  }

  @Override
  public void debug(CharSequence content) {
    log.debug(clean(content));
  }

  @Override
  public void debug(CharSequence content, Throwable error) {
    log.debug(clean(content), error);
  }

  @Override
  public void debug(Throwable error) {
    log.debug(error);
  }

  @Override
  public boolean isInfoEnabled() {
    return log.isInfoEnabled();
  }

  @Override
  public void info(CharSequence content) {
    log.info(clean(content));
  }

  @Override
  public void info(CharSequence content, Throwable error) {
    log.info(clean(content), error);
  }

  @Override
  public void info(Throwable error) {
    log.info(error);
  }

  @Override
  public boolean isWarnEnabled() {
    return log.isWarnEnabled();
  }

  @Override
  public void warn(CharSequence content) {
    log.warn(clean(content));
  }

  @Override
  public void warn(CharSequence content, Throwable error) {
    log.warn(clean(content), error);
  }

  @Override
  public void warn(Throwable error) {
    log.warn(error);
  }

  @Override
  public boolean isErrorEnabled() {
    return log.isErrorEnabled();
  }

  @Override
  public void error(CharSequence content) {
    log.error(clean(content));
  }

  @Override
  public void error(CharSequence content, Throwable error) {
    log.error(clean(content), error);
  }

  @Override
  public void error(Throwable error) {
    log.error(error);
  }
}
