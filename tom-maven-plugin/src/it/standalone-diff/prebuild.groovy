// files that are not the change notice's: the annex, and the user's own
['fewer', 'gone'].each { d ->
  def dir = new File(basedir, d)
  dir.mkdirs()
  new File(dir, 'annex-en.md').text = 'the annex'
  new File(dir, 'changes-notes.txt').text = 'mine'
}
return true
