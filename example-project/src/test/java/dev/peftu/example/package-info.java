/**
 * The example team's personalization benchmarks: a synthetic subjective task on the embedded base
 * model that runs on every build, and the TweetEval and StudEmo annotator tables, which run only
 * when the build is given a data directory ({@code -Dpeftu.data=<dir>}). Each class is a spec the
 * peftu engine runs; its {@code @Gate} methods are the team's acceptance checks.
 */
package dev.peftu.example;
