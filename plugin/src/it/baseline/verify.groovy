// peftu:baseline copied the validated results to peftu-baseline.json and left no temporary file.
def baseline = new File(basedir, 'peftu-baseline.json')
assert baseline.isFile() : "no ${baseline}"
def json = new groovy.json.JsonSlurper().parse(baseline)
def results = new groovy.json.JsonSlurper().parse(new File(basedir, 'results.json'))
assert json.schema == 'peftu-results/1'
assert json.benchmarks*.name == results.benchmarks*.name
assert json.benchmarks[0].methods*.accuracy == results.benchmarks[0].methods*.accuracy
assert !basedir.listFiles().any { it.name.endsWith('.tmp') } : 'temporary file left behind'
return true
