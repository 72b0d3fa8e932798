def log = new File(basedir, 'build.log').getText('UTF-8')
def file002 = 'src/tom/catalogue.yaml:1:1: error: FILE-002: the file has 3221225472 bytes, more than the limit of 67108864 bytes'
assert log.count('[ERROR] ' + file002) == 3 : 'render, check and diff each answer FILE-002'
assert log.contains('big.json:1:1: error: FILE-002: the file has 3221225472 bytes')
assert !log.contains('Required array size too large')
assert !log.contains('OutOfMemoryError')
assert log.count('BUILD FAILURE') == 4
assert !new File(basedir, 'target/tom').exists()
// the catalogue and baseline stay as they were
assert new File(basedir, 'src/tom/catalogue.yaml').length() == 3L << 30
['src/tom/catalogue.yaml', 'big.json'].each { new File(basedir, it).delete() }
return true
