// pdf asked for, tom-pdf not a dependency of the plugin: one clear error (a MojoFailureException,
// which Maven shows without a stack trace unless -e, as the invoker runs it) with the XML to add;
// nothing written
def log = new File(basedir, 'build.log').text
assert log.contains("tom: <formats> has 'pdf', which io.github.tomannex:tom-pdf renders; it is not a dependency of the plugin. Add it inside the <plugin> element of tom-maven-plugin in the POM:")
def version = (new File(basedir, 'pom.xml').text =~ /<artifactId>tom-maven-plugin<\/artifactId>\s*<version>([^<]+)<\/version>/)[0][1]
assert version
assert log.contains("<dependencies><dependency><groupId>io.github.tomannex</groupId><artifactId>tom-pdf</artifactId><version>${version}</version></dependency></dependencies>") : 'no XML with the plugin version'
assert log.contains('[ERROR] Failed to execute goal')
assert log.contains('org.apache.maven.plugin.MojoFailureException: tom: <formats> has \'pdf\'') : 'not a plain failure'
assert !log.contains('NoClassDefFoundError') && !log.contains('ServiceConfigurationError')
assert !new File(basedir, 'target/tom').exists()
return true
