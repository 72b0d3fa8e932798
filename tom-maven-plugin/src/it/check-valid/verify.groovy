def log = new File(basedir, 'build.log').text
assert log.contains('tom: src/tom/catalogue.yaml is valid: 2 measures, languages de, en, layout de-classic')
assert !new File(basedir, 'target/tom').exists() : 'check must not render'
return true
