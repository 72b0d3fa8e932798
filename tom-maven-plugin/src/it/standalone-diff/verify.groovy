def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'out')
assert out.list().sort() == ['.tom-changes', 'changes-de.md', 'changes-de.md.sha256', 'changes-en.md', 'changes-en.md.sha256', 'changes.json', 'changes.json.sha256'] : "out has ${out.list()}"
def de = new File(out, 'changes-de.md').getText('UTF-8')
assert de.startsWith('# Änderungen gegenüber Version 1.0\n')
assert de.contains('**Entfallen:** Biometrische Zutrittskontrolle')
def json = new groovy.json.JsonSlurper().parse(new File(out, 'changes.json'))
assert json.baseline.version == '1.0' && json.current.version == '2.0'
assert json.reductions*.id == ['pa-dc-biometric']
assert json.reductions[0].recorded.version == '2.0'

assert log.contains('tom: no baseline given; set -Dtom.baseline to a catalogue or JSON export to compare with')
assert !new File(basedir, 'none').exists() : 'nothing is written without a baseline'
assert log.contains("tom: the baseline '1.0' is not a file, and without a project there is no released version to resolve")
assert log.contains("unrecorded.yaml:35:5: error: DIFF-002: measure 'av-backup' was implemented in version 1.0 and is now planned")
assert new File(basedir, 'unrecorded/changes-de.md').getText('UTF-8').contains('Keine Begründung im Änderungsprotokoll.') : 'the notice is written before the build fails'
assert log.contains('tom: the baseline missing.json does not exist')

// diff removes the notices it no longer writes, and nothing else
def fewer = new File(basedir, 'fewer').list().sort()
assert fewer == ['.tom-changes', 'annex-en.md', 'changes-de.md', 'changes-de.md.sha256', 'changes-notes.txt', 'changes.json', 'changes.json.sha256'] : "fewer has ${fewer}"
assert log.contains('tom: removed the earlier change notice changes-en.md, changes-en.md.sha256 from fewer')
def gone = new File(basedir, 'gone').list().sort()
assert gone == ['annex-en.md', 'changes-notes.txt'] : "gone has ${gone}"
assert log.contains('tom: removed the earlier change notice changes-de.md, changes-en.md, changes.json, changes-de.md.sha256, changes-en.md.sha256, changes.json.sha256 from gone')
return true
