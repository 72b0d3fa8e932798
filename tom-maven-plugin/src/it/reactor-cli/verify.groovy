import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def builds = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD ') }
assert builds.size() == 7 : "${builds.size()} builds"

// 1: every module, each once; the SARIF file in module a with a path from the root
def b1 = builds[0]
['tom: check in module reactor-cli', 'tom: check in module a (a)', 'tom: check in module b (b)'].each {
  assert b1.count(it) == 1 : "build 1: ${it}"
}
assert b1.contains('tom: no catalogue at src/tom/catalogue.yaml; check has nothing to do')
assert b1.contains('tom: no catalogue at b/src/tom/catalogue.yaml; check has nothing to do')
assert b1.contains('[WARNING] a/src/tom/catalogue.yaml:3:3: warning: META-003:')
assert b1.contains('tom: a/src/tom/catalogue.yaml is valid: 2 measures')
assert b1.contains('tom: check ran in 3 modules; with a catalogue: a')
assert b1.contains('BUILD SUCCESS')
def sarif = new File(basedir, 'a/target/tom/diagnostics.sarif')
assert sarif.isFile() : 'no SARIF in module a'
def result = new JsonSlurper().parse(sarif).runs[0].results.find { it.ruleId == 'META-003' }
assert result.locations[0].physicalLocation.artifactLocation.uri == 'a/src/tom/catalogue.yaml'
assert !new File(basedir, 'target/tom').exists() && !new File(basedir, 'b/target/tom').exists()

// 2: render with a's own <formats>md</formats>; check's warning not printed again by render
def b2 = builds[1]
assert b2.count('a/src/tom/catalogue.yaml:3:3: warning: META-003:') == 1 : 'a finding printed twice'
assert b2 =~ /tom: 21 findings in a\/src\/tom\/catalogue.yaml were printed above in this build; not repeated/
assert b2.contains('tom: rendered a/src/tom/catalogue.yaml to a/target/tom: annex-de.md, annex-en.md')
assert b2.contains('tom: render ran in 3 modules; with a catalogue: a')
def aOut = new File(basedir, 'a/target/tom').list().findAll { it.startsWith('annex') && !it.endsWith('.sha256') }.sort()
assert aOut == ['annex-de.md', 'annex-en.md'] : "a/target/tom has ${aOut}"

// 3: diff against a's baseline file
def b3 = builds[2]
assert b3.contains('tom: a/src/tom/catalogue.yaml (version 1.0) against a/baseline.yaml')
assert new File(basedir, 'a/target/tom/changes-de.md').isFile()
assert b3.contains('BUILD SUCCESS')

// 4: the failure names the module and the finding
def b4 = builds[3]
assert b4.contains('tom: check ran in 3 modules; with a catalogue: a; failed in a (a):')
assert b4.contains('a/src/tom/catalogue.yaml:3:3: error: META-003:')
assert b4.contains('BUILD FAILURE')

// 5: one module selected
def b5 = builds[4]
assert b5.contains('tom: no catalogue at b/src/tom/catalogue.yaml; check has nothing to do')
assert !b5.contains('tom: check in module a')
assert b5.contains('BUILD SUCCESS')

// 6: -Dtom.catalogue is taken in each module; the modules without it are skipped
def b6 = builds[5]
assert b6.contains('tom: no catalogue at b/baseline.yaml (-Dtom.catalogue) in this module; check has nothing to do here')
assert b6.contains('tom: a/baseline.yaml is valid: 2 measures')
assert b6.contains('tom: check ran in 3 modules; with a catalogue: a')
assert b6.contains('BUILD SUCCESS')

// 7: given, and in no module
def b7 = builds[6]
assert b7.contains('tom: check ran in 3 modules; none has a catalogue: -Dtom.catalogue=nowhere.yaml is in no module')
assert b7.contains('BUILD FAILURE')
return true
