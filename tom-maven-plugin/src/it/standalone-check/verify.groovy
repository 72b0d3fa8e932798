def log = new File(basedir, 'build.log').text
assert log.contains('tom: catalogue.yaml is valid: 2 measures')
assert log.contains('tom: no catalogue at src/tom/catalogue.yaml; check has nothing to do')
assert !log.contains('BUILD FAILURE')
assert new File(basedir, 'target/tom/diagnostics.sarif').isFile()
assert log.contains('tom: wrote the diagnostics as SARIF to target/tom/diagnostics.sarif')
def literal = []
basedir.eachFileRecurse { if (it.name.contains('${')) literal << it }
assert literal.isEmpty() : "unresolved expressions as file names: ${literal}"
return true
