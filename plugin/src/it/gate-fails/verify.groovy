// The build failed listing the failed rule with its numbers and the failed @Gate; the report shows both.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('peftu verification failed')
assert log.contains('[synthetic/majority] minimum 1.000: accuracy ') && log.contains('is below the minimum 1.000 by')
assert log.contains('majorityBeatsItself')
def html = new File(basedir, 'target/peftu/index.html').getText('UTF-8')
assert html.contains('majorityBeatsItself') && html.contains('is below the minimum 1.000')
return true
