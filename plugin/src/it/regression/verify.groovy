// The recorded baseline gates the reruns: unchanged passes, a code regression fails with the
// paired numbers, a run with other epochs is refused.
def baseline = new groovy.json.JsonSlurper().parse(new File(basedir, 'peftu-baseline.json'))
assert baseline.schema == 'peftu-results/2'
assert baseline.benchmarks[0].configuration.epochs == 1
def log = new File(basedir, 'build.log').getText('UTF-8')
def check = '[synthetic/regressing-head] regression (tolerance 0.020): '
assert log.contains('peftu baseline written to')
assert log.contains('passed ' + check + 'unchanged: now vs baseline +0.000 [+0.000, +0.000], W/T/L 0/')
def regression = log.readLines().find { it.contains(check + 'dropped ') }
assert regression != null : 'no regression of the regressing head'
assert regression =~ /, significantly \(the paired interval lies below zero, sign-flip p = 0\.0\d\d\): now vs baseline -/
assert regression =~ /W\/T\/L \d+\/\d+\/\d+, p = 0\.\d{3}, 12 users/
assert log.contains('[synthetic/*] regression (tolerance 0.020): cannot compare with the baseline:'
        + ' the benchmark ran with another configuration (epochs: 2 vs 1, now vs baseline)')
return true
