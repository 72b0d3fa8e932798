def dir = new File(localRepositoryPath, 'it/tom/variants/1.0')
['tom.json', 'tom-de.md', 'tom-en.md', 'acme.json', 'acme-de.md', 'acme-en.md',
 'beta.json', 'beta-de.md', 'beta-en.md', 'acme-changes-de.md'].each {
  assert new File(dir, "variants-1.0-${it}").isFile() : "not installed: variants-1.0-${it} in ${dir.list()}"
}
def standard = new File(dir, 'variants-1.0-tom-en.md').getText('UTF-8')
def acme = new File(dir, 'variants-1.0-acme-en.md').getText('UTF-8')
def beta = new File(dir, 'variants-1.0-beta-en.md').getText('UTF-8')
// the fragment's inherited measures are in every annex
[standard, acme, beta].each { assert it.contains('Entry with badge and vein scan only') }
assert standard.contains('Administrative log-ins require a second factor.')
assert !acme.contains('Administrative log-ins require a second factor.') : 'removed in acme'
assert acme.contains('IPsec') && !standard.contains('IPsec') && !beta.contains('IPsec')
assert acme.contains('AVV-ACME-7') && acme.contains('2026.1-acme')
assert beta.contains('logs are kept for 30 days') && !beta.contains('90 days')
assert standard.contains('logs are kept for 90 days')
def changes = new File(dir, 'variants-1.0-acme-changes-de.md').getText('UTF-8')
assert changes.contains('IPsec') : 'the notice against the master names the addition'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('variant src/tom/acme.yaml is valid') : 'check on the master checks the variants'
assert log.contains('variant src/tom/beta.yaml is valid')
assert !log.contains('[ERROR]')
return true
