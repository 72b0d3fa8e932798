import java.security.MessageDigest
import java.util.zip.ZipFile

def sha(File f) { MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def repo = new File(localRepositoryPath, 'it/tom')

// every attachment of the annex module is installed
def annexDir = new File(repo, 'annex/1.0')
['tom-de.html', 'tom-en.html', 'tom-de.md', 'tom-en.md', 'tom-de.pdf', 'tom-en.pdf', 'tom.json'].each {
  assert new File(annexDir, "annex-1.0-${it}").isFile() : "not installed: annex-1.0-${it} in ${annexDir.list()}"
}
assert new File(annexDir, 'annex-1.0.pom').isFile()

// the jar carries the annex, and only the rendered files
def jar = new File(repo, 'app/1.0/app-1.0.jar')
def entries = new ZipFile(jar).withCloseable { z -> z.entries().collect { it.name } }
assert entries.contains('META-INF/tom/annex-de.md')
assert entries.contains('META-INF/tom/annex-de.html')
assert !entries.any { it.contains('annex-en') } : 'languages=de renders German only'
assert !entries.any { it.contains('.tom-fingerprint') }
assert !new File(repo, 'app/1.0').list().any { it.contains('-tom') } : 'attach=false attaches nothing'

// the second clean build gives the same bytes
assert sha(new File(basedir, 'app/target/app-1.0.jar')) == sha(jar) : 'jar differs between builds'
['de.html', 'en.html', 'de.md', 'en.md', 'de.pdf', 'en.pdf'].each {
  assert sha(new File(basedir, "annex/target/tom/annex-${it}")) == sha(new File(annexDir, "annex-1.0-tom-${it}")) : "annex-${it} differs"
}
assert sha(new File(basedir, 'annex/target/tom/annex.json')) == sha(new File(annexDir, 'annex-1.0-tom.json'))

// no absolute path, user or host name in any output
def home = System.getProperty('user.home')
new File(basedir, 'annex/target/tom').eachFile { f ->
  def text = new String(f.bytes, 'ISO-8859-1')
  assert !text.contains(basedir.absolutePath) && !text.contains(home) : "${f.name} holds a local path"
}
def log = new File(basedir, 'build.log').text
assert log.contains('tom: ') && !log.contains('[ERROR]')
// the same test runs with the wrapper's Maven and with the declared minimum (3.8.7)
def expected = basedir.path.contains('it-minimum-maven') ? 'Apache Maven 3.8.7' : 'Apache Maven 3.9.'
assert new File(basedir, 'build.log').text.contains(expected) : "not run with ${expected}"
return true
