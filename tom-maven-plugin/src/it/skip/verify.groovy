def log = new File(basedir, 'build.log').text
assert log.contains('tom: check skipped (tom.skip=true)')
assert log.contains('tom: render skipped (tom.render.skip=true)')
assert log.contains('is valid: 2 measures') : 'tom.render.skip leaves check running'
assert !new File(basedir, 'target/tom').exists()
return true
