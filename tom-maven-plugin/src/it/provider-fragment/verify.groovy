def export = new File(localRepositoryPath, 'it/tom/dc-provider-annex/1.0/dc-provider-annex-1.0-tom.json')
assert export.isFile() : 'the provider installed its JSON export'
def annex = new File(basedir, 'customer/target/tom/annex-en.md').getText('UTF-8')
assert annex.contains('A security policy approved by the management applies.')
assert annex.contains('Entry with badge and vein scan only') : 'the provider measure is included'
assert annex.contains('ISO/IEC 27001:2022 of the Frankfurt data centre') : 'and its certificate'
assert annex.contains('Rechenzentrum AG') : 'the provider is named as sub-processor'
def log = new File(basedir, 'build.log').getText('UTF-8')
// the included data centre is rz's: its measures are evidenced by the provider's certificate
assert !log.contains('SUB-006') && log.contains('customer-annex')
assert !log.contains('[ERROR]')
return true
