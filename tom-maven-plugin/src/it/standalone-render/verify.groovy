def log = new File(basedir, 'build.log').text
['out', 'target/tom'].each { dir ->
  def out = new File(basedir, dir)
  ['annex-de.md', 'annex-en.md', 'annex-de.html', 'annex-en.html', 'annex.json'].each {
    assert new File(out, it).isFile() : "missing $dir/$it"
  }
}
assert log.contains('tom: rendered catalogue.yaml to target/tom: ')
def literal = []
basedir.eachFileRecurse { if (it.name.contains('${')) literal << it }
assert literal.isEmpty() : "unresolved expressions as file names: ${literal}"
return true
