// text a PDF cannot draw is a warning in the build, naming the measure, language and character
def log = new File(basedir, 'build.log').getText('UTF-8')
def warnings = log.readLines().findAll { it.contains('PDF-001') }
assert warnings.size() == 1 : "expected one PDF-001 warning: $warnings"
def w = warnings[0]
assert w.startsWith('[WARNING] src/tom/catalogue.yaml:17:11: warning: PDF-001: measure \'enc-disk\' (de): the PDF cannot draw U+1F512') : w
assert new File(basedir, 'target/tom/annex-de.pdf').isFile()
assert new File(basedir, 'target/tom/annex-en.pdf').isFile() : 'the PDF is written all the same'
return true
