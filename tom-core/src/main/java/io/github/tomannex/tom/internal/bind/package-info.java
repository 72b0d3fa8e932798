/**
 * Binding: turns a {@code YamlNode} tree into the API's values and reports every structural
 * problem. {@code CatalogueBinder} binds a catalogue with the key tables declared once in {@code
 * Entity} ({@code Key}, read through {@code Obj} and {@code Values}); {@code LayoutBinder} and
 * {@code Layouts} bind the built-in layouts and labels ({@code layouts/*.yaml}, {@code
 * labels.yaml}) and a catalogue's {@code layout} key; {@code TaxonomyReader} reads {@code
 * taxonomy.yaml}; {@code Positions} records where each part was written, building the {@code
 * SourceMap}; {@code ExportAdapter} reads tom's own JSON export back as a catalogue.
 *
 * <p>Not API; may change in any release.
 *
 * <p>Dependencies: may use {@code io.github.tomannex.tom}, {@code internal}, {@code internal.yaml}
 * and {@code internal.rules}. Must not use {@code validate}, {@code lint}, {@code render} or {@code
 * diff}, which come after it.
 */
package io.github.tomannex.tom.internal.bind;
