import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermission

def log = new File(basedir, 'build.log').text
assert log.contains('tom: target/tom is up to date (annex-de.md, annex-en.md, annex-de.html, annex-en.html, subprocessors-de.md, subprocessors-en.md, subprocessors-de.html, subprocessors-en.html)')
assert log.contains('tom: rendered src/tom/catalogue.yaml to target/tom: annex-de.md, annex-de.html')
// check: the first build checks, the second finds the record of today's check with the same
// options; the third has other options for render only, so check stays recorded
assert log.count('tom: src/tom/catalogue.yaml is valid: ') == 1 : 'check ran more than once'
assert log.count('tom: src/tom/catalogue.yaml is unchanged since it was checked today with the same options; not checked again') == 2
assert new File(basedir, 'target/.tom-check').list().size() == 1
// the recorded check repeats its warnings, so a build that skips the work says the same;
// each build prints a finding once, though check and render both load the catalogue
assert log.count('[WARNING] src/tom/catalogue.yaml:3:3: warning: META-003:') == 3
assert log.count('findings in src/tom/catalogue.yaml were printed above in this build; not repeated') == 2
def out = new File(basedir, 'target/tom')
assert new File(out, 'annex-de.html').isFile()
assert !new File(out, 'annex-en.html').exists() && !new File(out, 'annex-en.md').exists() : "stale files: ${out.list()}"
// the temporary files of a killed build are removed by the next one; the user's file stays
assert log.contains('tom: removed 2 temporary files that an interrupted build left in target/tom: ')
assert out.list().findAll { it.endsWith('.tmp') } == ['.notes.tmp'] : "${out.list()}"
// written like any other build output, not with a temporary file's owner-only permissions
def perms = Files.getPosixFilePermissions(new File(out, 'annex-de.html').toPath())
assert perms.contains(PosixFilePermission.OWNER_READ) && perms.contains(PosixFilePermission.GROUP_READ) : "permissions ${perms}"
return true
