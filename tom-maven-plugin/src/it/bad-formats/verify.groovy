def log = new File(basedir, 'build.log').text
assert log.contains("tom: <formats> has 'rtf', which is not a format; expected a comma-separated list of md, html, json, oscal, or pdf with io.github.tomannex:tom-pdf as a dependency of the plugin, or docx with io.github.tomannex:tom-docx as a dependency of the plugin")
assert !new File(basedir, 'target/tom').exists()
return true
