def log = new File(basedir, 'build.log').text
assert log.contains("tom: an artifact with classifier 'tom-de' and type 'md' is already attached from target/one/annex-de.md; two executions cannot attach under the same classifier: give one of them another <classifier>, or set <attach>false</attach>")
return true
