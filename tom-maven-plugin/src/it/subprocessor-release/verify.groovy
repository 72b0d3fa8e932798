def log = new File(basedir, 'build.log').getText('UTF-8')
def repo = new File(localRepositoryPath, 'it/tom/subprocessor-release')

// 1 and 2: each release attaches the sub-processor documents under their own classifier
['1.0', '2.0'].each { v ->
  ['tom-subprocessors-de.md', 'tom-subprocessors-en.md', 'tom-subprocessors-de.html', 'tom-subprocessors-en.html', 'tom-subprocessors.json'].each {
    assert new File(repo, "${v}/subprocessor-release-${v}-${it}").isFile() : "not installed: ${v} ${it} in ${new File(repo, v).list()}"
  }
}
def list = new File(repo, '2.0/subprocessor-release-2.0-tom-subprocessors-en.md').getText('UTF-8')
assert list.startsWith('# Annex 3 – Sub-processors\n')
assert list.contains('## Example Mail Inc.')
assert list.contains('- Transfer to third countries (Chapter V GDPR): Standard contractual clauses (Decision (EU) 2021/914), module 3')
assert list.contains('- Transfer to third countries (Chapter V GDPR): none, processing within the EEA')
assert list.contains('- Notice of changes: 30 days in advance')
assert !list.contains('Fax Dienst')
def json = new groovy.json.JsonSlurper().parse(new File(repo, '2.0/subprocessor-release-2.0-tom-subprocessors.json'))
assert json.kind == 'subprocessors' && json.version == '2.0'
assert json.subprocessors*.id == ['hosting', 'mail']
assert json.subprocessors[1].eea == false && json.subprocessors[0].eea == true

// 2: the change notice says first that sub-processors changed, and until when the controller may object
def de = new File(repo, '2.0/subprocessor-release-2.0-tom-changes-de.md').getText('UTF-8')
def art28 = de.indexOf('## Änderung der Unterauftragsverarbeiter (Art. 28 Abs. 2 DSGVO)')
assert art28 > 0 : de
assert de.indexOf('\n## ') == art28 - 1 : 'the sub-processor block is not the first section'
assert de.contains('- **Neu:** Example Mail Inc. – Versand von E-Mails (Virginia, USA)')
assert de.contains('- **Entfallen:** Fax Dienst GmbH – Faxversand (Köln, Deutschland)')
assert de.contains('Diese Fassung (Stand 01.06.2026) kündigt die Änderung an; neue oder geänderte Unterauftragsverarbeiter werden erst nach Ablauf der Ankündigungsfrist (30 Tage) eingesetzt. Der Verantwortliche kann bis zum 01.07.2026 Einspruch erheben (Art. 28 Abs. 2 Satz 2 DSGVO).')
def en = new File(repo, '2.0/subprocessor-release-2.0-tom-changes-en.html').getText('UTF-8')
assert en.contains('The controller may object until 1 July 2026')

// 2: the site page speaks the binding language and links the list, the notice and the feed
def page = new File(basedir, 'target/site/tom.html').getText('UTF-8')
assert page.contains('lang="de"') && page.contains('tom-annex') : 'no lang attribute on the annex'
assert page.contains('href="tom/subprocessors-de.html"') && page.contains('href="tom/subprocessors.json"')
assert page.contains('href="tom/changes-de.html"') : 'no link to the change notice'
assert page.contains('href="tom/subprocessors.atom"') : 'no link to the feed'
assert page.contains('Technische und organisatorische Maßnahmen') : 'menu or title not German'
assert new File(basedir, 'target/site/tom/subprocessors.json').isFile()
assert new File(basedir, 'target/site/tom/changes-de.html').isFile()

// 2: the feed: both releases, newest first, dated by their effective dates, stable ids
def feedFile = new File(basedir, 'target/site/tom/subprocessors.atom')
assert feedFile.isFile() : 'no feed'
def feedText = feedFile.getText('UTF-8')
def feed = new groovy.xml.XmlSlurper().parseText(feedText)
assert feed.name() == 'feed'
assert feed.updated.text() == '2026-06-01T00:00:00Z'
assert feed.entry.size() == 2 : feedText
assert feed.entry[0].updated.text() == '2026-06-01T00:00:00Z'
assert feed.entry[1].updated.text() == '2026-01-15T00:00:00Z'
assert feed.entry[0].title.text().startsWith('Version 2.0')
assert feed.entry.every { it.id.text().startsWith('urn:uuid:') }
assert feed.entry[0].content.text().contains('Neu: Example Mail Inc.')
assert feed.entry[0].content.text().contains('Entfallen: Fax Dienst GmbH')
assert feed.entry[0].content.text().contains('Einspruch bis 01.07.2026')
assert feed.entry[1].content.text().contains('Fax Dienst GmbH')

// 3: a new sub-processor without a notice period is a warning; the build goes on
assert log.contains("warning: DIFF-004: sub-processor 'support' is new since version 2.0 and has no 'notice-period'") : 'DIFF-004 missing'
// check and diff both compare with 2.0 (-Dtom.baseline): the warning is printed once
assert log.count("warning: DIFF-004: sub-processor 'support'") == 1 : 'DIFF-004 printed ' + log.count("warning: DIFF-004: sub-processor 'support'") + ' times'
def noPeriod = new File(basedir, 'target/no-period/changes-de.md').getText('UTF-8')
assert noPeriod.contains('Support Partner GmbH – Kundensupport (Wien, Österreich); keine Ankündigungsfrist angegeben')
return true
