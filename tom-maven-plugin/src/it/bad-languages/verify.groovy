def log = new File(basedir, 'build.log').text
assert log.contains("tom: <languages> has 'fr', which is not one of the catalogue's languages: de, en")
assert !new File(basedir, 'target/tom/annex-de.md').exists()
return true
