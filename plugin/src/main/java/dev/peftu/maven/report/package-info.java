/**
 * The HTML report of a run: {@link dev.peftu.maven.report.ReportRenderer} turns a run's results and
 * the build's gate verdicts into view records (a leaderboard of methods ranked over benchmarks, each
 * with its paired difference to the benchmark's best baseline; one page per benchmark with its
 * configuration, the methods' settings, paired differences to the majority and the best baseline,
 * per-user strip plots of accuracies and of differences, and the smallest drop the regression gate
 * can detect) and renders them with the FreeMarker templates of the {@code peftu-reports-templates}
 * jar. Paired comparisons are computed once per benchmark with the benchmark's seed; numbers are
 * formatted and plot coordinates computed here so the templates only lay them out.
 */
package dev.peftu.maven.report;
