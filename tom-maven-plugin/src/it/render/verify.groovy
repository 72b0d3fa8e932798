def out = new File(basedir, 'target/tom')
['annex-de.md', 'annex-en.md', 'annex-de.html', 'annex-en.html', 'annex-de.pdf', 'annex-en.pdf', 'annex.json'].each {
  assert new File(out, it).isFile() : "missing $it"
}
// and the sub-processor list in the same formats and languages
['subprocessors-de.md', 'subprocessors-en.md', 'subprocessors-de.html', 'subprocessors-en.html', 'subprocessors-de.pdf', 'subprocessors-en.pdf', 'subprocessors.json'].each {
  assert new File(out, it).isFile() : "missing $it"
}
assert out.list().findAll { !it.startsWith(".") }.size() == 14 : "unexpected files: ${out.list()}"
def md = new File(out, 'annex-de.md').getText('UTF-8')
assert md.startsWith('# Anlage 2 – Technische und organisatorische Maßnahmen\n')
assert md.contains('- Zutritt nur mit Ausweis')
def html = new File(out, 'annex-en.html').getText('UTF-8')
assert html.contains('<html lang="en">')
assert html.contains('Disks are encrypted with AES-256.')
def log = new File(basedir, 'build.log').text
assert log.contains('tom: rendered src/tom/catalogue.yaml to target/tom: annex-de.md, annex-en.md, annex-de.html, annex-en.html, annex-de.pdf, annex-en.pdf, annex.json')
assert new File(out, 'annex-de.pdf').bytes[0..4] == '%PDF-'.bytes : 'not a PDF'
assert !log.contains('com.openhtmltopdf') : 'openhtmltopdf logs into the build'
return true
