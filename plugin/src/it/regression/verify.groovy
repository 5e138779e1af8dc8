// The committed baseline claims a perfect majority baseline: the run drops beyond tolerance and CI.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('peftu verification failed')
assert log.contains('[synthetic/majority] regression (tolerance 0.010): dropped ')
assert log.contains('> tolerance 0.010 and outside CI')
return true
