/**
 * The HTML report of a run: {@link dev.peftu.maven.report.ReportRenderer} turns a run's results and
 * the build's gate verdicts into view records (a PEFT-U style leaderboard table, one page per
 * benchmark with per-user accuracy strip plots) and renders them with the FreeMarker templates of
 * the {@code peftu-reports-templates} jar. Numbers are formatted and plot coordinates computed here
 * so the templates only lay them out.
 */
package dev.peftu.maven.report;
