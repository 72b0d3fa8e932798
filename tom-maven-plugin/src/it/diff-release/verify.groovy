def log = new File(basedir, 'build.log').getText('UTF-8')
def repo = new File(localRepositoryPath, 'it/tom/diff-release')

// 1: the first release has nothing to compare with
assert log.contains('tom: no released version of it.tom:diff-release before 1.0 with an attached tom JSON export was found') : 'release 1.0 should skip the diff'
assert new File(repo, '1.0/diff-release-1.0-tom.json').isFile() : "1.0 did not install its export: ${new File(repo, '1.0').list()}"
assert !new File(repo, '1.0').list().any { it.contains('changes') } : 'release 1.0 has no change notice'

// 2: 2.0 is compared with 1.0 from the repository, and its notice installed
assert log.contains('against version 1.0 (it.tom:diff-release:json:tom:1.0): measures 1 added, 1 changed, 1 removed; 1 reduction (0 not recorded)') : 'diff of 2.0 against 1.0 missing'
['tom-changes-de.md', 'tom-changes-en.md', 'tom-changes-de.html', 'tom-changes-en.html', 'tom-changes-de.pdf', 'tom-changes-en.pdf', 'tom-changes.json'].each {
  assert new File(repo, "2.0/diff-release-2.0-${it}").isFile() : "not installed: ${it} in ${new File(repo, '2.0').list()}"
}
def de = new File(repo, '2.0/diff-release-2.0-tom-changes-de.md').getText('UTF-8')
assert de.startsWith('# Änderungen gegenüber Version 1.0\n')
assert de.contains('**Entfallen:** Biometrische Zutrittskontrolle')
assert de.contains('Begründung (Version 2.0, 15.06.2026): Die Biometrie wurde durch Chipkarten mit PIN ersetzt.')
assert de.contains('für alle ~~Administratoren~~**Beschäftigten**')
assert de.contains('Gültig bis: 31.03.2027 → 31.03.2030')
assert de.contains('**Neu:** Meldung von Sicherheitsvorfällen binnen 24 Stunden')
def en = new File(repo, '2.0/diff-release-2.0-tom-changes-en.html').getText('UTF-8')
assert en.contains('Changes since version 1.0')
assert en.contains('<del>administrators</del><ins>staff</ins>')
assert new File(repo, '2.0/diff-release-2.0-tom-changes-de.pdf').bytes[0..3] == '%PDF'.bytes as List

// 3: an unrecorded reduction fails the build with the measure's position
assert log.contains("v2-unrecorded.yaml:35:5: error: DIFF-002: measure 'av-backup' was implemented in version 1.0 and is now planned") : 'DIFF-002 missing'
assert log.contains("has 1 reduction of protection since version 1.0 (it.tom:diff-release:json:tom:1.0) that its 'changes' log does not record")

// 4: check with a baseline fails the same way, before anything is rendered
assert log.count('error: DIFF-002') >= 2 : 'check with tom.baseline did not guard'

// 5: an explicit baseline that cannot be found fails and says why
assert log.contains('tom: the baseline it.tom:diff-release:json:tom:0.9 could not be resolved (Maven is offline and it is not in the local repository)')

// 6: a baseline file works offline, and gives the same notice as the released version
def byFile = new File(basedir, 'target/by-file/changes-de.md')
assert new File(basedir, 'release-1.0/annex.json').isFile()
assert byFile.isFile()
assert byFile.getText('UTF-8') == de : 'the notice against the export file differs from the one against the release'
// 7: a second execution does not overwrite the first one's notice
assert log.contains("tom: the diff execution 'changes' of this build already wrote target/tom/changes-de.md; give each diff execution its own <outputDirectory> and <classifier>")
return true
