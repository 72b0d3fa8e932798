import java.util.zip.ZipFile

def out = new File(basedir, 'target/tom')
def files = ['annex-de.docx', 'annex-en.docx', 'changes-de.docx', 'changes-en.docx',
             'subprocessors-de.docx', 'subprocessors-en.docx']
files.each { assert new File(out, it).isFile() : "missing $it" }
// each with its checksum beside it (sha256sum -c annex-de.docx.sha256)
def expected = files + files.collect { it + '.sha256' }
assert out.list().findAll { !it.startsWith('.') }.sort() == expected.sort() : "unexpected files: ${out.list()}"

def part = { String file, String name ->
  def zip = new ZipFile(new File(out, file))
  try {
    def entry = zip.getEntry(name)
    assert entry != null : "$file has no $name"
    return zip.getInputStream(entry).getText('UTF-8')
  } finally {
    zip.close()
  }
}

// the annex: Word's heading styles, a numbered list, the certificate table, language, properties
def annex = part('annex-de.docx', 'word/document.xml')
assert annex.contains('<w:pStyle w:val="Heading1"/>')
assert annex.contains('<w:numPr>')
assert annex.contains('<w:tbl>') && annex.contains('ISO/IEC 27001 Rechenzentrum Frankfurt')
assert !annex.contains('<w:ins ') && !annex.contains('<w:del ')
assert part('annex-de.docx', 'word/styles.xml').contains('<w:lang w:val="de-DE"')
def core = part('annex-en.docx', 'docProps/core.xml')
assert core.contains('<cp:version>2.0</cp:version>')
assert core.contains('<dc:language>en-GB</dc:language>')
assert part('annex-en.docx', 'word/footer1.xml').contains('w:instr=" PAGE ')

// the notice: the changed words as tracked changes by tom, dated version 2.0's effective date
def notice = part('changes-en.docx', 'word/document.xml')
def rev = 'w:author="tom" w:date="2026-07-01T00:00:00Z">'
assert notice =~ /<w:del w:id="\d+" ${rev}<w:r><w:delText xml:space="preserve">administrators<\/w:delText>/
assert notice =~ /<w:ins w:id="\d+" ${rev}<w:r><w:t xml:space="preserve">staff<\/w:t>/
assert part('changes-de.docx', 'word/document.xml').contains('>Beschäftigten</w:t>')
assert part('changes-en.docx', 'word/settings.xml').contains('<w:trackRevisions/>')

// the sub-processor document as Word too, under its title
def subs = part('subprocessors-de.docx', 'word/document.xml')
assert subs.contains('<w:pStyle w:val="Heading1"/>') && subs.contains('Unterauftragsverarbeiter')

def log = new File(basedir, 'build.log').text
assert log.contains('annex-de.docx, annex-en.docx')
assert log.contains('changes-de.docx')
return true
