def log = new File(basedir, 'build.log').text
assert log.contains("tom: an artifact with classifier 'tom-de' and type 'md' is already attached from target/one/annex-de.md; two executions cannot attach the same annex: set <attach>false</attach> on one of them")
return true
