// The old-schema baseline was refused naming the way out; peftu:baseline then replaced it with the
// validated results and left no temporary file.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('peftu-baseline.json') && log.contains('peftu-results/1')
assert log.contains('mvn peftu:baseline')
def baseline = new File(basedir, 'peftu-baseline.json')
def json = new groovy.json.JsonSlurper().parse(baseline)
def results = new groovy.json.JsonSlurper().parse(new File(basedir, 'results.json'))
assert json.schema == 'peftu-results/2'
assert json.benchmarks*.name == results.benchmarks*.name
assert json.benchmarks[0].methods*.accuracy == results.benchmarks[0].methods*.accuracy
assert json.benchmarks[0].methods[0].users[0].examples == results.benchmarks[0].methods[0].users[0].examples
assert !basedir.listFiles().any { it.name.endsWith('.tmp') } : 'temporary file left behind'
return true
