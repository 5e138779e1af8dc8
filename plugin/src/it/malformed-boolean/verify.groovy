// The build failed on the typo, naming the parameter and the value, before the engine ran.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("<significant> of the rule for method majority is 'ture'; expected true or false")
assert !log.contains('peftu engine:')
assert !new File(basedir, 'target/peftu/results.json').exists()
return true
