import groovy.json.JsonSlurper

def out = new File(basedir, 'target/tom')
// the sub-processor list comes as JSON (OSCAL lists the sub-processors as parties), each file with its checksum
def files = ['annex.json', 'annex.oscal.json', 'subprocessors.json']
assert out.list().findAll { !it.startsWith('.') }.sort() == (files + files.collect { it + '.sha256' }).sort() : "files: ${out.list()}"
def log = new File(basedir, 'build.log').text
assert log.contains('tom: rendered src/tom/catalogue.yaml to target/tom: annex.json, annex.oscal.json')
def oscal = new JsonSlurper().parse(new File(out, 'annex.oscal.json'), 'UTF-8')
def cd = oscal['component-definition']
assert cd.metadata['oscal-version'] == '1.1.2'
assert cd.metadata['last-modified'] == '2026-01-15T00:00:00Z'
assert cd.components[0].title == 'IT Beispiel GmbH'
def ids = cd.components[0]['control-implementations'].collectMany { it['implemented-requirements'] }.collect { it['control-id'] }
assert ids.contains('a.8.24') : "encryption maps to Annex A 8.24: $ids"
assert ids.contains('sdm-tom-cr-01') : "and to the SDM TOM catalogue: $ids"
// attached under classifier tom with the whole extension as type: no clash with annex.json
def repo = new File(localRepositoryPath, 'it/tom/render-oscal/1.0')
assert new File(repo, 'render-oscal-1.0-tom.oscal.json').bytes == new File(out, 'annex.oscal.json').bytes
assert new File(repo, 'render-oscal-1.0-tom.json').bytes == new File(out, 'annex.json').bytes
return true
