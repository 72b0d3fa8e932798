/**
 * The implementation of tom-docx: a small WordprocessingML writer over tom's {@link
 * io.github.tomannex.tom.AnnexHandler} events and a deterministic ZIP package. Not API: it may
 * change in any release.
 */
package io.github.tomannex.tom.docx.internal;
