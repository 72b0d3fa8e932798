// After a failed write (build 2) and an invalid catalogue (build 4), out/ holds exactly what
// build 1 wrote: the same bytes as a fresh render of the same inputs, no temporary file.
def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'out')
def fresh = new File(basedir, 'target/fresh')

assert log.contains('tom: rendered src/tom/catalogue.yaml to out: annex-de.md, annex-de.html')
// build 2 failed on the directory in the way, not earlier
assert log.contains('tom: cannot write the annex to out: ') && log.contains('annex-en.html: is a directory') : 'build 2 did not fail writing'
// build 3: the fingerprint of build 1 survived with its files
assert log.contains('tom: out is up to date (annex-de.md, annex-de.html, subprocessors-de.md, subprocessors-de.html)') : 'build 3 rendered again'
// build 4 failed validating
assert log.contains("src/tom/invalid.yaml:15:15: error: CAT-001: measure 'enc-disk' has category 'encryptoin'")
assert log.contains('tom: rendered src/tom/catalogue.yaml to target/fresh: annex-de.md, annex-de.html')

def names = out.list() as Set
def written = ['annex-de.md', 'annex-de.html', 'subprocessors-de.md', 'subprocessors-de.html']
assert names == (['.tom-fingerprint', 'annex-en.html'] + written + written.collect { it + '.sha256' }) as Set : "out/ holds ${names}"
assert new File(out, 'annex-en.html').list() as List == ['README.txt']
(['.tom-fingerprint'] + written + written.collect { it + '.sha256' }).each { name ->
  assert new File(out, name).bytes == new File(fresh, name).bytes : "out/${name} differs from a fresh render"
}
def md = new File(out, 'annex-de.md').getText('UTF-8')
assert md.contains('Zutritt nur mit Ausweis') && !md.contains('(v2)') && !md.contains('(invalid)')
[out, fresh].each { dir ->
  assert !dir.list().any { it.endsWith('.tmp') } : "temporary files in ${dir}: ${dir.list()}"
}
return true
