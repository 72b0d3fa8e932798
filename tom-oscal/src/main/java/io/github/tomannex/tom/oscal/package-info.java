/**
 * OSCAL for GRC tools: {@link io.github.tomannex.tom.oscal.OscalFormat} exports a catalogue as an
 * OSCAL 1.1.2 component definition (output format {@code oscal}). docs/oscal.md explains the
 * mapping.
 */
package io.github.tomannex.tom.oscal;
