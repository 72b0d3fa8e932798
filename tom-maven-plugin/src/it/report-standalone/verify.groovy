def pages = ['target/reports/tom.html', 'target/site/tom.html'].collect { new File(basedir, it) }.findAll { it.isFile() }
assert pages : 'tom.html not written'
assert pages[0].getText('UTF-8').contains('Zutritt nur mit Ausweis')
return true
