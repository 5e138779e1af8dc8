// The dataset's own error, with file and JSON path, is in the failure message Maven logs.
def log = new File(basedir, 'build.log').getText('UTF-8')
def failed = log.indexOf('Failed to execute goal')
def error = 'data.json: $.u1.train.s1.label: expected a non-empty array of labels'
assert failed >= 0 && log.indexOf('peftu verification failed', failed) > failed
assert log.indexOf(error, failed) > failed : 'the dataset error is not in the failure message'
assert !log.contains('run mvn peftu:verify first')
// allowSkipped lets skipped benchmarks pass, not a failed dataset: its hint would mislead here
assert !log.contains('allowSkipped') : 'the failure of a dataset carries the allowSkipped hint'

assert log =~ /\[bad-data\/majority\] minimum 0\.500: not evaluated: benchmark \S+ failed: cannot read the dataset/

// The report shows the configured rule and regression check as not evaluated, with the failure,
// under a red badge; it does not claim that nothing was configured.
def peftu = new File(basedir, 'target/peftu')
def index = new File(peftu, 'index.html').getText('UTF-8')
assert index.contains('<span class="badge fail">1 benchmark failed · 2 checks not evaluated</span>')
def checks = index.substring(index.indexOf('id="checks"'))
assert (checks =~ /<span class="badge skip">not evaluated<\/span>/).size() == 2
assert checks.contains('minimum 0.500') && checks.contains('regression (tolerance 0.010)')
assert checks.contains(error)
assert !index.contains('No gates, rules or regression checks were configured')

// What verify wrote has the mode a plainly created file gets (the umask's), not owner-only.
def posix = java.nio.file.Files.&getPosixFilePermissions
def plainFile = posix(java.nio.file.Files.createFile(new File(peftu, 'probe.txt').toPath()))
['results.json', 'index.html'].each { assert posix(new File(peftu, it).toPath()) == plainFile : it }
return true
