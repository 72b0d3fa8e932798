def log = new File(basedir, 'build.log').text
// 1: META-002 off by -Dtom.lint, META-003 off by the catalogue; REV-002 stays a warning
assert log.contains('[WARNING] src/tom/catalogue.yaml:11:13: warning: REV-002:')
// 2: the plugin's levels win over the catalogue's
assert log.contains('[INFO] src/tom/catalogue.yaml:8:5: info: META-002: the processor')
assert log.contains('warning: META-003: the annex does not name the data processing agreement')
// 3: an unknown rule, worded in POM terms with a suggestion
assert log.contains("tom: <lint>: 'META-02' is not a configurable rule")
assert log.contains("did you mean 'META-002'?")
// 4: failOnWarning turns the warnings into a failed build
assert log.contains('[WARNING] src/tom/catalogue.yaml:8:5: warning: META-002: the processor')
assert log.contains('(failOnWarning is set: <failOnWarning> or -Dtom.failOnWarning)')
return true
