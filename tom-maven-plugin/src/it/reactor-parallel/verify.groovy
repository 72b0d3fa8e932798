import java.security.MessageDigest
import java.util.zip.ZipFile

// Eight modules rendered four at a time (builds 1 and 3) give the same bytes as the same
// build one module at a time (build 2, into target-sequential/).
def sha(File f) { MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 4')
assert !log.contains('not marked as @threadSafe')
def errors = log.readLines().findAll { it.startsWith('[ERROR]') }
assert errors.isEmpty() : "errors in a build: ${errors}"
// a first run into an empty IT repository logs the resolver's checksum warnings (with their
// stack traces) for plugins copied from the local repository: not tom's
def exceptions = log.readLines().findAll {
  it.contains('Exception') && !it.contains('ChecksumFailureException') && !it.startsWith('    at ')
}
assert exceptions.isEmpty() : "exceptions in a build: ${exceptions}"

def all = { langs, formats ->
  def names = []
  ['md', 'html', 'pdf'].findAll { formats.contains(it) }.each { f -> langs.each { names << "annex-${it}.${f}".toString() } }
  if (formats.contains('json')) { names << 'annex.json' }
  // the sub-processor list, in every format and language of the annex
  ['md', 'html', 'pdf'].findAll { formats.contains(it) }.each { f -> langs.each { names << "subprocessors-${it}.${f}".toString() } }
  if (formats.contains('json')) { names << 'subprocessors.json' }
  names
}
def expected = [
  m1: all(['de', 'en'], ['md', 'html', 'json', 'pdf']) + ['diagnostics.sarif'],
  m2: all(['de'], ['md', 'html']),
  m3: all(['en'], ['md', 'html', 'json']),
  m4: all(['de', 'en'], ['md', 'html', 'pdf']),
  m5: all(['en'], ['md', 'html']),
  m6: ['annex.json', 'subprocessors.json', 'diagnostics.sarif'],
  m7: all(['de', 'en'], ['md', 'html']),
  m8: all(['en', 'de'], ['md', 'html', 'json', 'pdf']),
]
def jars = ['m2', 'm4', 'm7']

expected.each { module, names ->
  def parallel = new File(basedir, "${module}/target/tom")
  def sequential = new File(basedir, "${module}/target-sequential/tom")
  def want = (names + names.findAll { it.startsWith('annex') || it.startsWith('subprocessors') }.collect { it + '.sha256' } + ['.tom-fingerprint']) as Set
  assert parallel.list() as Set == want : "${module}: ${parallel.list()}"
  assert sequential.list() as Set == want : "${module} (sequential): ${sequential.list()}"
  want.each { name ->
    assert sha(new File(parallel, name)) == sha(new File(sequential, name)) : "${module}/${name} differs between the parallel and the sequential build"
  }
  names.findAll { it.endsWith('.pdf') }.each { assert new File(parallel, it).bytes[0..4] == '%PDF-'.bytes }
  // each module's own text, not a neighbour's (m7 renders m1's catalogue)
  def own = module == 'm7' ? 'm1' : module
  def doc = names.find { it.endsWith('.md') } ?: 'annex.json'
  def text = new File(parallel, doc).getText('UTF-8')
  assert text.contains("(module ${own})") || text.contains("(Modul ${own})") : "${module}/${doc}"
  if (jars.contains(module)) {
    def jar = new File(basedir, "${module}/target/${module}-1.0.jar")
    assert sha(jar) == sha(new File(basedir, "${module}/target-sequential/${module}-1.0.jar")) : "${module}: the jars differ"
    def entries = new ZipFile(jar).withCloseable { z -> z.entries().collect { it.name } }
    names.each { assert entries.contains("META-INF/tom/${it}".toString()) : "${module}.jar lacks ${it}: ${entries}" }
  }
}
// rendered once by each clean build, up to date in build 3
assert log.count('tom: rendered ') == 16
// paths in messages are relative to where Maven was started, the root
assert (1..8).every { log.count("tom: m${it}/target/tom is up to date") == 1 } : 'build 3 rendered again'
return true
