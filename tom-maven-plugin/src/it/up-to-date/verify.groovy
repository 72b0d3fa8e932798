import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermission

def log = new File(basedir, 'build.log').text
assert log.contains('tom: target/tom is up to date (annex-de.md, annex-en.md, annex-de.html, annex-en.html)')
assert log.contains('tom: rendered src/tom/catalogue.yaml to target/tom: annex-de.md, annex-de.html')
def out = new File(basedir, 'target/tom')
assert new File(out, 'annex-de.html').isFile()
assert !new File(out, 'annex-en.html').exists() && !new File(out, 'annex-en.md').exists() : "stale files: ${out.list()}"
assert !out.list().any { it.endsWith('.tmp') }
// written like any other build output, not with a temporary file's owner-only permissions
def perms = Files.getPosixFilePermissions(new File(out, 'annex-de.html').toPath())
assert perms.contains(PosixFilePermission.OWNER_READ) && perms.contains(PosixFilePermission.GROUP_READ) : "permissions ${perms}"
return true
