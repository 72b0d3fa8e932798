// what a build killed while staging (kill -9) left behind, and a file of the user's
def out = new File(basedir, 'target/tom')
out.mkdirs()
new File(out, '.annex-de.md.tom-2147483646-123-1.tmp').text = 'half'
new File(out, '..tom-fingerprint.tom-2147483646-124-1.tmp').text = 'half'
new File(out, '.notes.tmp').text = 'mine'
return true
