/**
 * Examples of using tom as a library: {@code ApiExample} loads a catalogue, prints its diagnostics
 * and renders the annex as Markdown. The module also holds the sample catalogues ({@code src/tom})
 * that the plugin checks, renders and diffs in this module's build.
 *
 * <p>Not API. Dependencies: the API of tom-core ({@code io.github.tomannex.tom}) only.
 */
package io.github.tomannex.tom.samples;
