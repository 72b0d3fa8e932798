/**
 * Reading YAML: {@code YamlReader} turns bytes into a tree of {@code YamlNode}s that keeps the
 * source position of every value, and answers malformed or hostile input (bytes that are not UTF-8,
 * anchors and aliases, nesting too deep, duplicate keys) with diagnostics. The first step of every
 * load. {@code Resources} reads tom-core's own data files ({@code labels.yaml}, {@code
 * taxonomy.yaml}, {@code layouts/*.yaml}, {@code lint-words.yaml}, {@code annex.css}).
 *
 * <p>Not API; may change in any release.
 *
 * <p>Dependencies: may use {@code io.github.tomannex.tom} ({@code Location}), {@code internal}
 * ({@code Chars}) and {@code internal.rules} ({@code Diagnostics}).
 */
package io.github.tomannex.tom.internal.yaml;
