// An earlier run's outputs are left where verify writes its own: results that would pass the
// configured rule, its report pages and the results of both shards of an earlier split run.
def dir = new File(basedir, 'target/peftu')
dir.mkdirs()
def earlier = new File(basedir, 'earlier-results.json').bytes
['results.json', 'results-shard-1-of-2.json', 'results-shard-2-of-2.json'].each { new File(dir, it).bytes = earlier }
new File(dir, 'index.html').text = '<html>all checks passed</html>'
new File(dir, 'benchmark-old.html').text = '<html>old</html>'
return true
