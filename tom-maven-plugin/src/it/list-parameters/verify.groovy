def log = new File(basedir, 'build.log').text
def names = { dir -> (new File(basedir, dir).list() ?: []).findAll { !it.startsWith('.') && !it.endsWith('.sha256') }.sort() }
// beside each rendered file its checksum
['target/tom', 'target/cli'].each { dir -> names(dir).each { assert new File(basedir, "$dir/${it}.sha256").isFile() : "no $dir/${it}.sha256" } }
// 1: <formats><format>md</format><format>json</format></formats>, <languages> with en only,
// <lint> with one <rule> each: META-002 off, META-003 an info
assert names('target/tom') == ['annex-en.md', 'annex.json', 'subprocessors-en.md', 'subprocessors.json'] : names('target/tom')
assert log.contains('info: META-003: the annex does not name the data processing agreement')
// 2: -Dtom.formats=md,html -Dtom.languages="de, en" -Dtom.lint=META-002=info,META-003=off
assert names('target/cli') == ['annex-de.html', 'annex-de.md', 'annex-en.html', 'annex-en.md', 'subprocessors-de.html', 'subprocessors-de.md', 'subprocessors-en.html', 'subprocessors-en.md'] : names('target/cli')
assert log.contains('info: META-002: the processor')
assert !log.contains('warning: META-002') && !log.contains('warning: META-003')
return true
