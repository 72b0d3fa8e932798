def yaml = new File(basedir, 'src/tom/catalogue.yaml').getText('UTF-8')
assert yaml.contains('  languages: [de]\n')
assert yaml.contains('  effective: 2026-11-02\n') : 'the last run overwrote the skeleton'
assert yaml.contains('  - id: sdm-tom-cr-01\n    category: encryption\n')
assert yaml.contains('  - id: x-1\n    category: security-governance # check: no category known for this control\n')
def log = new File(basedir, 'build.log').text
assert log.contains('tom: wrote src/tom/catalogue.yaml from "Kleiner Katalog": 2 measures; 1 category to check (marked # check).')
assert log.contains('tom: src/tom/catalogue.yaml exists; import-oscal does not replace a catalogue unless told to: -Dtom.oscal.overwrite=true, or another -Dtom.oscal.output')
assert log.contains("tom: bad.json:5:5: the control id 'A' gives the measure id 'a', which an earlier control already gave")
assert !new File(basedir, 'out/bad.yaml').exists() : 'no half-written output'
assert !log.contains('OscalImportException') : 'the message only, not the exception'
assert !log.contains('error: ') : "the skeleton loads without errors: $log"
return true
