// 3 GiB each, sparse: nothing is written to disk
['src/tom/catalogue.yaml', 'big.json'].each {
  def f = new File(basedir, it)
  f.parentFile.mkdirs()
  new RandomAccessFile(f, 'rw').withCloseable { raf -> raf.setLength(3L << 30) }
}
return true
