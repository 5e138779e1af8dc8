package dev.peftu.bench;

/**
 * What one benchmark configuration measured: training every user of the dataset with one PEFT
 * method in cohorts of one size.
 *
 * @param method the PEFT method's name
 * @param cohortSize users trained together in one batched pass
 * @param users users trained
 * @param steps optimizer steps taken, over all cohorts and epochs
 * @param tokens real (non-padding) tokens of the training rows processed, over all epochs
 * @param seconds wall-clock seconds spent in training, summed over the cohorts
 * @param heapPeakBytes peak JVM heap in use while training
 * @param rssPeakBytes peak resident set size of the process while training, -1 if unknown
 */
record ThroughputMeasurement(String method, int cohortSize, int users, int steps, long tokens, double seconds,
                             long heapPeakBytes, long rssPeakBytes) {

    ThroughputMeasurement {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("seconds must be positive, was " + seconds);
        }
    }

    /** Returns the real tokens trained on per second. */
    double tokensPerSecond() {
        return tokens / seconds;
    }

    /** Returns the users whose modules were trained per minute. */
    double usersPerMinute() {
        return users * 60.0 / seconds;
    }
}
