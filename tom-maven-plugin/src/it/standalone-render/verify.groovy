def out = new File(basedir, 'out')
['annex-de.md', 'annex-en.md', 'annex-de.html', 'annex-en.html', 'annex.json'].each {
  assert new File(out, it).isFile() : "missing $it"
}
return true
