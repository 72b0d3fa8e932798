/**
 * The tom Maven plugin: the goals {@code check} ({@code CheckMojo}), {@code render} ({@code
 * RenderMojo}), {@code diff} ({@code DiffMojo}) and the site report {@code report} ({@code
 * ReportMojo}). {@code AbstractTomMojo} and {@code CatalogueSupport} hold what the goals share
 * (finding and loading the catalogue, printing diagnostics, SARIF), {@code AbstractOutputMojo} what
 * {@code render} and {@code diff} share (output directory, formats, languages, attaching); {@code
 * Formats} looks the formats a goal renders up by id among the {@code OutputFormat}s on the
 * plugin's class path (tom-pdf's {@code pdf} when tom-pdf is a dependency of the plugin); {@code
 * Baselines} finds the baseline of a diff; {@code Fingerprint} decides whether a render is up to
 * date; {@code AtomicFiles} writes outputs so that none is ever half-written; {@code SafeLog} keeps
 * catalogue text from forging log lines; {@code SinkAnnexHandler} writes the annex through Doxia
 * for the site.
 *
 * <p>Not a library API: the plugin's interface is its goals and parameters ({@code
 * docs/plugin.md}).
 *
 * <p>Dependencies: uses the API of tom-core ({@code io.github.tomannex.tom}) only, never an {@code
 * internal} package; other formats reach it through {@code OutputFormat}.
 */
package io.github.tomannex.tom.maven;
