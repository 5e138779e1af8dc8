// The build failed naming the report directory and the file in its way, before the engine ran.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('report directory ' + new File(basedir, 'pom.xml/peftu').path + ' cannot be created: '
        + new File(basedir, 'pom.xml').path + ' is not a directory')
assert !log.contains('peftu engine:')
assert !new File(basedir, 'target/peftu/results.json').exists()
return true
