// The engine ran, results and report exist, JUnit XML was written and every check passed.
def peftu = new File(basedir, 'target/peftu')
assert new File(peftu, 'results.json').isFile()
def html = new File(peftu, 'index.html').getText('UTF-8')
assert html.contains('<td class="task">majority') && html.contains('<td class="task">head') : 'a leaderboard row per method'
assert html.contains('all checks passed')
assert new File(peftu, 'junit').listFiles().any { it.name.endsWith('.xml') } : 'no JUnit XML report'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
return true
