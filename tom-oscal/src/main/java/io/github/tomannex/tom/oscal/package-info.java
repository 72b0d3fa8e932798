/**
 * OSCAL for GRC tools: {@link io.github.tomannex.tom.oscal.OscalFormat} exports a catalogue as an
 * OSCAL 1.1.2 component definition (output format {@code oscal}); {@link
 * io.github.tomannex.tom.oscal.OscalImport} turns an OSCAL catalogue (SDM TOM, BSI, NIST SP 800-53,
 * ISO/IEC 27001 Annex A) into a tom catalogue skeleton. docs/oscal.md explains the mapping.
 */
package io.github.tomannex.tom.oscal;
