def page = new File(basedir, 'target/site/tom.html')
assert page.isFile() : 'no TOM page'
def html = page.getText('UTF-8')
assert html.contains('Anlage 2 – Technische und organisatorische Maßnahmen')
assert html.contains('Zutritt nur mit Ausweis')
assert html.contains('href="tom/annex-en.html"') && html.contains('href="tom/annex.json"')
assert html.contains('id="sec-confidentiality"')
// laid out by the site skin: the page has the skin's frame around the annex
assert html.contains('<div id="bodyColumn"') || html.contains('class="main-body"') || html.contains('id="banner"') : 'not skinned'
['annex-de.html', 'annex-en.html', 'annex-de.md', 'annex-en.md', 'annex-de.pdf', 'annex-en.pdf', 'annex.json'].each {
  assert new File(basedir, "target/site/tom/${it}").isFile() : "missing download ${it}"
}
return true
