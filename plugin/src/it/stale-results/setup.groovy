// An earlier run's results, which would pass the configured rule, are left where verify writes its own.
def stale = new File(basedir, 'target/peftu/results.json')
stale.parentFile.mkdirs()
stale.bytes = new File(basedir, 'earlier-results.json').bytes
return true
