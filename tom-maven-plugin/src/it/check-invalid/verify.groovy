def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] src/tom/catalogue.yaml:3:3: error: SCHEMA-001: unknown key 'titel' in 'document'")
assert log.contains("(did you mean 'title'?)")
assert log.contains('src/tom/catalogue.yaml:5:14: error: SCHEMA-004:')
assert log.contains("src/tom/catalogue.yaml:14:15: error: CAT-001: measure 'enc-disk' has category 'encryptoin'")
assert log.contains('tom: src/tom/catalogue.yaml has 3 errors')
assert !log.contains('Exception') || log.contains('MojoFailureException') : 'no stack trace of our own'
assert !log.contains('\tat io.github.tomannex')
// the same test runs with the wrapper's Maven and with the declared minimum (3.8.7)
def expected = basedir.path.contains('it-minimum-maven') ? 'Apache Maven 3.8.7' : 'Apache Maven 3.9.'
assert new File(basedir, 'build.log').text.contains(expected) : "not run with ${expected}"
return true
