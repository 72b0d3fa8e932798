/**
 * Reading YAML: {@code YamlReader} turns bytes into a tree of {@code Node}s that keeps the source
 * position of every value, and answers malformed or hostile input (bytes that are not UTF-8,
 * anchors and aliases, nesting too deep, duplicate keys) with diagnostics. The first step of every
 * load.
 *
 * <p>Not API; may change in any release.
 *
 * <p>Dependencies: may use {@code io.github.tomannex.tom} ({@code Location}) and {@code internal}
 * ({@code Diagnostics}, {@code Chars}). Nothing else; every other internal package reads {@code
 * Node}s.
 */
package io.github.tomannex.tom.internal.yaml;
