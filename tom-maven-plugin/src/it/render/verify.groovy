def out = new File(basedir, 'target/tom')
['annex-de.md', 'annex-en.md', 'annex-de.html', 'annex-en.html', 'annex-de.pdf', 'annex-en.pdf', 'annex.json'].each {
  assert new File(out, it).isFile() : "missing $it"
}
// and the sub-processor list in the same formats and languages
['subprocessors-de.md', 'subprocessors-en.md', 'subprocessors-de.html', 'subprocessors-en.html', 'subprocessors-de.pdf', 'subprocessors-en.pdf', 'subprocessors.json'].each {
  assert new File(out, it).isFile() : "missing $it"
}
assert out.list().findAll { !it.startsWith(".") }.size() == 28 : "unexpected files: ${out.list()}"
// beside each file its checksum in the format of sha256sum (sha256sum -c annex-de.pdf.sha256)
['annex-de.md', 'annex-en.md', 'annex-de.html', 'annex-en.html', 'annex-de.pdf', 'annex-en.pdf', 'annex.json',
 'subprocessors-de.md', 'subprocessors-en.md', 'subprocessors-de.html', 'subprocessors-en.html', 'subprocessors-de.pdf', 'subprocessors-en.pdf', 'subprocessors.json'].each {
  def sum = new File(out, it + '.sha256').getText('UTF-8')
  def hex = java.security.MessageDigest.getInstance('SHA-256').digest(new File(out, it).bytes).encodeHex().toString()
  assert sum == hex + '  ' + it + '\n' : "$it.sha256: $sum"
}
// every document prints the SHA-256 of annex.json, which the customer can recompute
def jsonHash = java.security.MessageDigest.getInstance('SHA-256').digest(new File(out, 'annex.json').bytes).encodeHex().toString()
assert new File(out, 'annex-de.md').getText('UTF-8').contains(jsonHash)
assert new File(out, 'annex-en.html').getText('UTF-8').contains(jsonHash)
def md = new File(out, 'annex-de.md').getText('UTF-8')
assert md.startsWith('# Anlage 2 – Technische und organisatorische Maßnahmen\n')
assert md.contains('- Zutritt nur mit Ausweis')
def html = new File(out, 'annex-en.html').getText('UTF-8')
assert html.contains('<html lang="en">')
assert html.contains('Disks are encrypted with AES-256.')
def log = new File(basedir, 'build.log').text
assert log.contains('tom: rendered src/tom/catalogue.yaml to target/tom: annex-de.md, annex-en.md, annex-de.html, annex-en.html, annex-de.pdf, annex-en.pdf, annex.json, subprocessors-de.md, subprocessors-en.md, subprocessors-de.html, subprocessors-en.html, subprocessors-de.pdf, subprocessors-en.pdf, subprocessors.json, each with its .sha256 beside it')
assert new File(out, 'annex-de.pdf').bytes[0..4] == '%PDF-'.bytes : 'not a PDF'
assert !log.contains('com.openhtmltopdf') : 'openhtmltopdf logs into the build'
return true
