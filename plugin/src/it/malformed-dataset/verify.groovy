// The dataset's own error, with file and JSON path, is in the failure message Maven logs.
def log = new File(basedir, 'build.log').getText('UTF-8')
def failed = log.indexOf('Failed to execute goal')
assert failed >= 0 && log.indexOf('peftu verification failed', failed) > failed
assert log.indexOf('data.json: $.u1.train.s1.label: expected a non-empty array of labels', failed) > failed :
        'the dataset error is not in the failure message'
assert !log.contains('run mvn peftu:verify first')
// allowSkipped lets skipped benchmarks pass, not a failed dataset: its hint would mislead here
assert !log.contains('allowSkipped') : 'the failure of a dataset carries the allowSkipped hint'
return true
