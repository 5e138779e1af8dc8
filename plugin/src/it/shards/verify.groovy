// Two shards merged equal the unsharded run: same users, same per-user outcomes, same accuracies
// and intervals; only timings differ. A missing shard and a shard of another configuration fail.
// The unsharded run removed the shard files; what it wrote has the mode of a plainly created file.
def json = new groovy.json.JsonSlurper()
def merged = json.parse(new File(basedir, 'target/merged/results.json'))
def whole = json.parse(new File(basedir, 'target/peftu/results.json'))
assert merged.run.shard == null
assert new File(basedir, 'target/merged/index.html').isFile()
assert merged.benchmarks.size() == 1 && whole.benchmarks.size() == 1
def m = merged.benchmarks[0]
def w = whole.benchmarks[0]
assert m.configuration == w.configuration
assert m.methods*.name == w.methods*.name
m.methods.eachWithIndex { method, i ->
    def expected = w.methods[i]
    assert method.users.size() == 8
    assert method.users == expected.users : "users of ${method.name}"
    ['accuracy', 'ciLow', 'ciHigh', 'macroF1', 'status', 'settings', 'trainableParameters'].each { field ->
        assert method[field] == expected[field] : "${method.name}.${field}"
    }
}
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('peftu shard 1/2: results in')
assert log.contains('gates and the report come with mvn peftu:merge')
assert log.contains('peftu: merged 2 shards into')
assert !log.contains('sharded / head: reused 8')
assert log.contains('peftu merge failed: shard 2/2 is missing (results-shard-2-of-2.json)')
assert log =~ /peftu merge failed: .*results-shard-2-of-2\.json: benchmark sharded ran with another configuration than in .*results-shard-1-of-2\.json: \{epochs=2 vs 1\}/
assert log.contains('peftu: removed the outputs of an earlier run: results-shard-1-of-2.json, results-shard-2-of-2.json')
def peftu = new File(basedir, 'target/peftu')
assert !peftu.list().any { it.startsWith('results-shard-') }
def posix = java.nio.file.Files.&getPosixFilePermissions
def plainFile = posix(java.nio.file.Files.createFile(new File(peftu, 'probe.txt').toPath()))
def plainDirectory = posix(java.nio.file.Files.createDirectory(new File(peftu, 'probe-dir').toPath()))
['results.json', 'index.html'].each { assert posix(new File(peftu, it).toPath()) == plainFile : it }
def moduleFile = java.nio.file.Files.walk(new File(peftu, 'modules').toPath())
        .filter { it.fileName.toString() == 'adapter_config.json' }.findFirst().orElseThrow()
assert posix(moduleFile) == plainFile : moduleFile
assert posix(moduleFile.parent) == plainDirectory : moduleFile.parent
return true
