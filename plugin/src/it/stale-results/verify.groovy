// The stale results were removed before the engine ran and never gated: the build failed instead.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('no @PeftuBenchmark specs in')
assert log.contains('but peftu gates are configured')
assert !log.contains('passed [')
assert !new File(basedir, 'target/peftu/results.json').exists() : 'the stale results are still there'
return true
