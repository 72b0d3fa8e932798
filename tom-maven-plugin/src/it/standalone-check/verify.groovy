def log = new File(basedir, 'build.log').text
assert log.contains('tom: catalogue.yaml is valid: 2 measures')
return true
