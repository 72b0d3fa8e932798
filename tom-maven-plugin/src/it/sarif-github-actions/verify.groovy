import groovy.json.JsonSlurper

def file = new File(basedir, 'target/tom/diagnostics.sarif')
assert file.isFile() : 'no SARIF file'
def sarif = new JsonSlurper().parse(file)
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'tom'
def ids = run.tool.driver.rules*.id
assert ids.containsAll(['META-002', 'REV-002']) : ids
assert ids.indexOf('META-002') < ids.indexOf('REV-002') : 'rules in documented order'
assert run.tool.driver.rules.find { it.id == 'META-002' }.helpUri.endsWith('docs/rules.md#meta-002')
assert run.results.every { it.ruleIndex != null && ids[it.ruleIndex] == it.ruleId }
def meta2 = run.results.find { it.ruleId == 'META-002' }
assert meta2.level == 'warning'
assert meta2.locations[0].physicalLocation.artifactLocation.uri == 'src/tom/catalogue.yaml'
assert meta2.locations[0].physicalLocation.region.startLine == 8
assert meta2.locations[0].physicalLocation.region.startColumn == 5
assert file.bytes == new File(basedir, 'target/again.sarif').bytes : 'SARIF differs between runs'

def failed = new JsonSlurper().parse(new File(basedir, 'target/failed.sarif'))
assert failed.runs[0].results.find { it.ruleId == 'META-002' }.level == 'error'

def log = new File(basedir, 'build.log').text
assert log.contains('\n::warning file=src/tom/catalogue.yaml,line=8,col=5,title=META-002::the processor')
assert log.contains('\n::warning file=src/tom/catalogue.yaml,line=11,col=13,title=REV-002::')
assert log.contains('\n::error file=src/tom/catalogue.yaml,line=8,col=5,title=META-002::')
assert log.contains('tom: wrote the diagnostics as SARIF to target/tom/diagnostics.sarif')
return true
