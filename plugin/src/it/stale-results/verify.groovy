// The shard run removed the unsharded results and report (they would look current) and its own
// shard file, keeping the other shard's; the run of every user then removed that stale shard file,
// which a later merge would pick up. Nothing stale was gated: each build failed instead.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('peftu: removed the outputs of an earlier run: results.json, results-shard-1-of-2.json, benchmark-old.html, index.html')
assert log.contains('peftu: removed the outputs of an earlier run: results-shard-2-of-2.json')
assert log.contains('peftu shard 1/2 wrote no results to')
assert log.contains('no @PeftuBenchmark specs in')
assert log.contains('but peftu gates are configured')
assert !log.contains('passed [')
def left = new File(basedir, 'target/peftu').list().findAll { !it.startsWith('junit') } as List
assert left.isEmpty() : "stale outputs are still there: ${left}"
return true
