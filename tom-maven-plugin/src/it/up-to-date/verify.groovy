def log = new File(basedir, 'build.log').text
assert log.contains('tom: target/tom is up to date (annex-de.md, annex-en.md, annex-de.html, annex-en.html)')
assert new File(basedir, 'target/tom/annex-de.html').isFile()
return true
