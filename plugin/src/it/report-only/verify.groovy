// peftu:report wrote the leaderboard and one page per benchmark from the committed results.json.
def results = new groovy.json.JsonSlurper().parse(new File(basedir, 'results.json'))
def report = new File(basedir, 'target/peftu')
def index = new File(report, 'index.html')
assert index.isFile() : "no ${index}"
def html = index.getText('UTF-8')
assert html.contains('<table class="leaderboard">')
['lora', 'adapter', 'majority', 'ia3'].each { method ->
    assert html.contains("<td class=\"task\">${method}") : "no row for ${method}"
}
assert html.contains('href="benchmark-tweeteval.html"')
assert html.contains('minimum 0.990') && html.contains('is below the minimum 0.990')
assert html.contains('beats majority by 0.020')
assert html.contains('loraBeatsMajority')
assert html.contains(results.benchmarks[0].dataset.source) : 'the dataset source is not shown'
def page = new File(report, 'benchmark-tweeteval.html')
assert page.isFile() : "no ${page}"
def dots = results.benchmarks[0].methods.findAll { it.status == 'passed' }.sum { it.users.size() }
assert page.getText('UTF-8').findAll('<circle class="user"').size() == dots : 'one dot per user of each passed method'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS') : 'report must not fail the build on a failed rule'
return true
