def log = new File(basedir, 'build.log').text
assert log.contains('tom: no catalogue at src/tom/catalogue.yaml; render has nothing to do')
return true
