package io.github.tomannex.tom;

/**
 * Receives the annex in one language as a stream of structural events, for writers of other formats
 * (a Maven site page, a word processor document). {@link Tom#render(Catalogue, String,
 * AnnexHandler)} calls these in document order; starts and ends are always balanced. Texts arrive
 * sanitised exactly as in the HTML output: raw HTML as literal text, unsafe links as their text.
 *
 * <p>Every method has an empty default, so a handler implements what it needs. {@code role}
 * arguments name what a block is: {@code meta} (processor, version and date lines), {@code
 * preamble}, {@code intro} (a section's intro sentence), {@code review} (the review statement),
 * {@code review-dates}, {@code none} (a section without measures), {@code evidence} (who provides
 * and what evidences all measures of a section, after them), {@code closing}, {@code planned} or
 * {@code not-applicable} (a measure's status), or the empty string.
 */
public interface AnnexHandler {
  /**
   * The document starts.
   *
   * @param language the language code
   * @param title the plain-text title, label included
   */
  default void startDocument(String language, String title) {}

  /** The document ends. */
  default void endDocument() {}

  /**
   * A heading starts. Level 1 is the document title, level 2 a top-level section.
   *
   * @param level 1 to 6
   * @param anchor a stable anchor id, unique in the document
   */
  default void startHeading(int level, String anchor) {}

  /** The heading ends. */
  default void endHeading() {}

  /**
   * A paragraph starts.
   *
   * @param role what the paragraph is (see the type's description)
   */
  default void startParagraph(String role) {}

  /** The paragraph ends. */
  default void endParagraph() {}

  /**
   * A list starts.
   *
   * @param ordered whether items are numbered
   * @param start the number of the first item of an ordered list; 1 for a bullet list
   */
  default void startList(boolean ordered, int start) {}

  /** The list ends. */
  default void endList() {}

  /**
   * A list item starts.
   *
   * @param anchor an anchor id such as {@code m-<measure id>}, or the empty string
   * @param role the item's status role, or the empty string
   */
  default void startListItem(String anchor, String role) {}

  /** The list item ends. */
  default void endListItem() {}

  /** A block quote starts. */
  default void startQuote() {}

  /** The block quote ends. */
  default void endQuote() {}

  /**
   * A block of preformatted text.
   *
   * @param text the text, lines separated by {@code \n}
   */
  default void codeBlock(String text) {}

  /** A thematic break. */
  default void rule() {}

  /**
   * Plain text.
   *
   * @param text the characters, not escaped
   */
  default void text(String text) {}

  /**
   * Inline code.
   *
   * @param text the characters
   */
  default void code(String text) {}

  /** A line break inside a paragraph. */
  default void lineBreak() {}

  /** Emphasis starts. */
  default void startEmphasis() {}

  /** Emphasis ends. */
  default void endEmphasis() {}

  /** Strong emphasis starts. */
  default void startStrong() {}

  /** Strong emphasis ends. */
  default void endStrong() {}

  /**
   * A link starts.
   *
   * @param href an http, https or mailto address, or a relative one
   */
  default void startLink(String href) {}

  /** The link ends. */
  default void endLink() {}

  /**
   * Words only in the current text of a change notice ({@link Tom#renderChanges}) start; an annex
   * has none.
   */
  default void startInsertion() {}

  /** The inserted words end. */
  default void endInsertion() {}

  /**
   * Words only in the baseline's text of a change notice start, to be shown struck through; an
   * annex has none.
   */
  default void startDeletion() {}

  /** The deleted words end. */
  default void endDeletion() {}
}
