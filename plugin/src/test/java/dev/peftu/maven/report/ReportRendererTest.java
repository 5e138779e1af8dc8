package dev.peftu.maven.report;

import static dev.peftu.maven.Runs.benchmark;
import static dev.peftu.maven.Runs.method;
import static dev.peftu.maven.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.peftu.maven.Runs;
import dev.peftu.maven.gate.GateRule;
import dev.peftu.maven.gate.GateVerdict;
import dev.peftu.maven.gate.RegressionCheck;
import dev.peftu.results.BenchmarkConfiguration;
import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.ContenderKind;
import dev.peftu.results.DatasetSummary;
import dev.peftu.results.GateResult;
import dev.peftu.results.MethodResult;
import dev.peftu.results.NotRunBenchmark;
import dev.peftu.results.Outcome;
import dev.peftu.results.RunResults;
import dev.peftu.results.SampleResults;
import dev.peftu.results.UserResult;
import dev.peftu.stats.ConfidenceInterval;
import dev.peftu.stats.PairedStatistics;
import dev.peftu.stats.PercentileBootstrap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRendererTest {

    private static final Pattern METHOD_ROW = Pattern.compile(
            "<tr class=\"method\">\\s*<td class=\"rank\">([^<]*)</td>\\s*<td class=\"task\">([^<]+)(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern ACCURACY_CELL = Pattern.compile("<td class=\"num group[^\"]*\"");
    private static final Pattern DELTA_CELL = Pattern.compile("<td class=\"num delta[^\"]*\"");
    private static final Pattern MEAN_CELL = Pattern.compile("<td class=\"num mean[^\"]*\"[^>]*>([^<]*)");
    private static final Pattern BEST_CELL = Pattern.compile("<td class=\"num (?:group|mean) best\"[^>]*>([0-9.]+)<span class=\"marker\"");
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    /** The seed of the hand-made benchmark, not the samples' 42, so the report must use the benchmark's own. */
    private static final long SEED = 7;

    @TempDir
    Path dir;

    private final ReportRenderer renderer = new ReportRenderer();

    private final RunResults results = run(
            benchmark("tweeteval", List.of(GateResult.failed("loraBeatsMajority", "Expected method <lora> to beat <majority>")),
                    method("lora", 0.651, 0.62, 0.68), method("majority", 0.58, 0.55, 0.61), Runs.failed("ia3", "diverged")),
            benchmark("studemo", method("lora", 0.449, 0.40, 0.48), method("majority", 0.47, 0.43, 0.51)));

    @Test
    void writesTheIndexAndOnePagePerBenchmarkWithoutTemporaryFiles() throws IOException {
        List<Path> written = renderer.render(results, List.of(), dir);

        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("index.html", "benchmark-tweeteval.html", "benchmark-studemo.html");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(3);
        }
    }

    @Test
    void aBenchmarkPageOfAnEarlierReportThatThisOneHasNotIsRemovedAndOtherFilesKept() throws IOException {
        renderer.render(results, List.of(), dir);
        Files.writeString(dir.resolve("notes.html"), "mine");

        renderer.render(run(benchmark("studemo", method("lora", 0.449, 0.40, 0.48))), List.of(), dir);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("index.html", "benchmark-studemo.html", "notes.html");
        }
    }

    @Test
    void leaderboardHasARowPerMethodRankedByMeanAccuracyWithTwoColumnsPerBenchmarkAndTheMean() throws IOException {
        String html = index(results, List.of());

        assertThat(html).contains("<a href=\"benchmark-tweeteval.html\">tweeteval</a>", "<a href=\"benchmark-studemo.html\">studemo</a>");
        Matcher rows = METHOD_ROW.matcher(leaderboard(html));
        List<String> order = new ArrayList<>();
        while (rows.find()) {
            String method = rows.group(2).trim();
            order.add(rows.group(1) + " " + method);
            assertThat(ACCURACY_CELL.matcher(rows.group(3)).results().count()).as("accuracy cells of " + method).isEqualTo(2);
            assertThat(DELTA_CELL.matcher(rows.group(3)).results().count()).as("difference cells of " + method).isEqualTo(2);
            assertThat(MEAN_CELL.matcher(rows.group(3)).results().count()).as("mean cell of " + method).isEqualTo(1);
        }
        assertThat(order).containsExactly("1 lora", "2 majority", "— ia3");
        assertThat(BEST_CELL.matcher(leaderboard(html)).results().map(r -> r.group(1)).toList())
                .as("lora: best of tweeteval and best mean; majority: best of studemo").containsExactly("65.1", "55.0", "47.0");
        assertThat(html).contains("62.0–68.0", "<span class=\"badge fail\">failed</span>", "Δ vs<span class=\"refname\">majority</span>");
    }

    @Test
    void methodMissingFromABenchmarkHasAnEmptyCellAndRanksBelowMethodsThatFinishedEveryBenchmark() throws IOException {
        RunResults partial = run(benchmark("easy", method("lora", 0.95, 0.9, 0.99), method("majority", 0.6, 0.5, 0.7)),
                benchmark("hard", method("majority", 0.4, 0.3, 0.5), method("adapter", 0.45, 0.35, 0.55)));

        String table = leaderboard(index(partial, List.of()));

        List<String> order = METHOD_ROW.matcher(table).results().map(r -> r.group(2).trim()).toList();
        assertThat(order).as("majority finished both; lora (95.0) and adapter (45.0) one each").containsExactly("majority", "lora", "adapter");
        String lora = METHOD_ROW.matcher(table).results().filter(r -> r.group(2).trim().equals("lora")).findFirst().orElseThrow().group(3);
        assertThat(lora).contains("<td class=\"num group muted\" title=\"did not run\">—</td>", "title=\"lora did not run on hard\">—</td>",
                "<span class=\"ci\">1 of 2</span>");
        assertThat(index(partial, List.of())).contains("ranks below every method that finished all of them");
    }

    @Test
    void pairedDifferencesToMajorityAndBestBaselineMatchAnIndependentComputation() throws IOException {
        RunResults hand = run(handMade(8, 7, 9, 6));

        List<Path> pages = renderer.render(hand, List.of(), dir);
        String page = Files.readString(pages.get(1));

        // lora [8,7,9,6], majority [5,6,7,4], zero-shot [6,6,6,6] of 10 examples each
        // four users: whatever the interval, no difference can be significant, and each p cell says so
        String four = "4 users: no difference can be significant";
        String threeOfFour = "4 users, 3 not tied: no difference can be significant";
        assertThat(pairedRow(page, "lora")).containsExactly("lora",
                "+20.0", interval(0.3, 0.1, 0.2, 0.2), "4/0/0", "0.125" + four,
                "zero-shot", "+15.0", interval(0.2, 0.1, 0.3, 0.0), "3/1/0", "0.250" + threeOfFour);
        assertThat(pairedRow(page, "zero-shot")).as("the best baseline is compared with the next best")
                .containsExactly("zero-shot baseline",
                        "+5.0", interval(0.1, 0.0, -0.1, 0.2), "2/1/1", "0.750" + threeOfFour,
                        "majority", "+5.0", interval(0.1, 0.0, -0.1, 0.2), "2/1/1", "0.750" + threeOfFour);
        assertThat(pairedRow(page, "majority")).containsExactly("majority baseline", "— majority is the reference itself",
                "zero-shot", "−5.0", interval(-0.1, 0.0, 0.1, -0.2), "1/1/2", "0.750" + threeOfFour);
        assertThat(page).as("the interval of lora vs majority lies above zero, but four users cannot be significant")
                .contains("<td class=\"num delta even group\"").doesNotContain("delta up", "delta down");
        assertThat(pairedRow(page, "ia3")).containsExactly("ia3", "— ia3 failed", "zero-shot", "— ia3 failed");
        String index = Files.readString(pages.get(0));
        assertThat(index).contains("Δ vs<span class=\"refname\">zero-shot</span>",
                ">+15.0<span class=\"ci\">" + interval(0.2, 0.1, 0.3, 0.0) + "</span><span class=\"ref caveat\">"
                        + threeOfFour + "</span></td>");
    }

    @Test
    void withoutABaselineThereIsNothingToCompareWithAndThePageSaysSo() throws IOException {
        RunResults peftOnly = run(benchmark("tweeteval", method("lora", 0.6, 0.5, 0.7), method("adapter", 0.55, 0.45, 0.65)));

        List<Path> pages = renderer.render(peftOnly, List.of(), dir);

        String page = Files.readString(pages.get(1));
        assertThat(pairedRow(page, "lora")).containsExactly("lora", "— no majority baseline ran", "—", "— no other baseline finished");
        assertThat(page).contains("No method could be compared with a baseline: no baseline finished.")
                .doesNotContain("class=\"user diff\"");
        assertThat(Files.readString(pages.get(0))).contains("Δ vs<span class=\"refname\">best baseline</span>");
    }

    @Test
    void benchmarkPageDrawsOneDifferenceDotPerUserOfEachMethodComparedWithTheBestBaseline() throws IOException {
        String page = Files.readString(renderer.render(run(handMade(8, 7, 9, 6)), List.of(), dir).get(1));

        String plot = page.substring(page.indexOf("id=\"differences\""), page.indexOf("id=\"distribution\""));
        assertThat(Pattern.compile("<circle class=\"user diff\"").matcher(plot).results().count())
                .as("four users of lora, zero-shot and majority; ia3 failed").isEqualTo(12);
        assertThat(plot).contains("<line class=\"zero\"", "lora − zero-shot: +15.0 points", ">vs majority</text>");
    }

    @Test
    void significantDifferencesAreColouredAndOnlyThose() throws IOException {
        // eight users of ten examples: lora wins all eight against majority (p = 2/256, green);
        // zero-shot ties five and wins three (the interval lies above zero, p = 0.25: not coloured)
        RunResults eight = run(benchmark("eight", scored("lora", "lora", Map.of(), ContenderKind.PEFT, 9, 8, 9, 8, 9, 8, 9, 8),
                scored("majority", "majority", Map.of(), ContenderKind.BASELINE, 6, 6, 6, 6, 6, 6, 6, 6),
                scored("zero-shot", "zero-shot", Map.of(), ContenderKind.BASELINE, 7, 7, 7, 6, 6, 6, 6, 6)));

        String page = Files.readString(renderer.render(eight, List.of(), dir).get(1));

        assertThat(pairedRow(page, "lora")).contains("8/0/0", "0.008");
        assertThat(page).containsPattern("<td class=\"num delta up group\" title=\"lora − majority: \\+25\\.0 points")
                .containsPattern("<td class=\"num delta even group\" title=\"zero-shot − majority: \\+3\\.8 points")
                .contains("8 users, 3 not tied: no difference can be significant");
    }

    @Test
    void anIdenticalRerunStillHasAPositiveDetectableDropAndMoreUsersMakeItSmaller() throws IOException {
        String eight = detectableDrop(8);
        String thirtyTwo = detectableDrop(32);

        // 7 of 10 right: q = 8/12, floor q(1-q)/10 = 0.0222 per user, MDE = 2.80 sqrt(floor / n):
        // 14.77 points at 8 users, half that at 32
        assertThat(eight).isEqualTo("14.8");
        assertThat(thirtyTwo).isEqualTo("7.4");
    }

    /** The detectable drop a report states for {@code users} users of ten examples rerun unchanged. */
    private String detectableDrop(int users) throws IOException {
        int[] right = new int[users];
        Arrays.fill(right, 7);
        RunResults same = run(benchmark("rerun", scored("lora", "lora", Map.of(), ContenderKind.PEFT, right)));
        List<GateVerdict> verdicts = new RegressionCheck(0.01).evaluate(same, same);
        String page = Files.readString(renderer.render(same, verdicts, dir.resolve("u" + users)).get(1));
        Matcher drop = Pattern.compile("Smallest drop the regression gate can detect: <strong>([0-9.]+) points</strong>")
                .matcher(page);
        assertThat(drop.find()).as("the detectable drop of " + users + " users").isTrue();
        assertThat(page).contains("detects drops over " + drop.group(1) + " points", "at these " + users + " users")
                .as("every user tied: nothing to colour, so no caveat either").doesNotContain("not tied");
        return drop.group(1);
    }

    @Test
    void regressionVerdictsGiveTheLeastSensitiveMethodsDropAndBeatsVerdictsTheirPairedNumbers() throws IOException {
        RunResults now = run(handMade(8, 7, 9, 6, 8, 7));
        RunResults before = run(handMade(4, 7, 9, 2, 8, 7));
        BenchmarkResult is = now.benchmarks().get(0);
        BenchmarkResult was = before.benchmarks().get(0);
        PairedStatistics statistics = new PairedStatistics(SEED);
        List<GateVerdict> verdicts = new ArrayList<>();
        for (String method : List.of("lora", "zero-shot", "majority")) {
            verdicts.add(new GateVerdict("regression (tolerance 0.010)", "hand", method, true, "within noise",
                    statistics.compare(is.method(method).orElseThrow(), was.method(method).orElseThrow())));
        }
        verdicts.add(new GateVerdict("beats majority by 0.020", "hand", "lora", true, "margin 0.200",
                statistics.compare(is.method("lora").orElseThrow(), is.method("majority").orElseThrow())));

        String page = Files.readString(renderer.render(now, verdicts, dir).get(1));

        // lora moved ([8,7,9,6,8,7] now vs [4,7,9,2,8,7]): its observed spread (variance 0.043) is
        // above every binomial floor (at most 0.024, majority's), so lora is the least sensitive
        String lora = minimumDetectable(0.4, 0.0, 0.0, 0.4, 0.0, 0.0);
        assertThat(page).contains("Smallest drop the regression gate can detect: <strong>" + lora + " points</strong>",
                "among the 3 compared methods, reached by lora", "detects drops over " + lora + " points")
                .doesNotContain("detects drops over 0.0 points");
        assertThat(page).contains("+20.0 " + interval(0.3, 0.1, 0.2, 0.2, 0.3, 0.1)
                + "<span class=\"ref\">vs majority · W/T/L 6/0/0 · p 0.031</span>");
    }

    @Test
    void withTooFewUsersTheReportSaysNoDropCanBeDetected() throws IOException {
        RunResults now = run(handMade(8, 7, 9, 6));
        List<GateVerdict> verdicts = new RegressionCheck(0.01).evaluate(now, now);

        String page = Files.readString(renderer.render(now, verdicts, dir).get(1));

        assertThat(page).contains("Smallest drop the regression gate can detect: <strong>none</strong>. 4 users: no"
                + " difference can be significant", "detects no drop: 4 users");
    }

    @Test
    void withoutRegressionVerdictsTheDetectableDropNeedsABaseline() throws IOException {
        String page = Files.readString(renderer.render(results, GateRule.minimum("*", "lora", 0.5).evaluate(results), dir).get(1));

        assertThat(page).contains("Smallest drop the regression gate can detect: <strong>unknown</strong>",
                "needs a regression baseline");
    }

    @Test
    void indexListsTheBenchmarksThatDidNotRunWithTheirReasons() throws IOException {
        RunResults withSkipped = new RunResults(results.run(), results.benchmarks(), List.of(
                new NotRunBenchmark("real-tweeteval", Outcome.SKIPPED, "requires configuration parameter peftu.data"),
                new NotRunBenchmark("broken", Outcome.FAILED, "cannot read data/broken.json: line 3: expected an object")));

        String html = index(withSkipped, List.of());

        String notRun = html.substring(html.indexOf("id=\"not-run\""), html.indexOf("id=\"checks\""));
        assertThat(notRun).contains("real-tweeteval", "<span class=\"badge skip\">skipped</span>",
                "requires configuration parameter peftu.data", "broken", "<span class=\"badge fail\">failed</span>",
                "cannot read data/broken.json: line 3: expected an object");
        assertThat(html).contains("3 methods · 2 did not run");
        assertThat(index(results, List.of())).doesNotContain("id=\"not-run\"");
    }

    @Test
    void showsGatesRulesAndRegressionsWithTheirNumbers() throws IOException {
        List<GateVerdict> verdicts = GateRule.minimum("*", "lora", 0.5).evaluate(results);

        String html = index(results, verdicts);

        assertThat(html).contains("2 checks failed", "loraBeatsMajority", "minimum 0.500",
                "accuracy 0.449 [0.400, 0.480] is below the minimum 0.500 by 0.051");
    }

    @Test
    void aRunWhoseDatasetFailedShowsTheConfiguredChecksAsNotEvaluatedWithTheFailureUnderARedBadge() throws IOException {
        String failure = "data.json: $.u1.train.s1.label: expected a non-empty array of labels";
        RunResults failedRun = new RunResults(results.run(), List.of(),
                List.of(new NotRunBenchmark("bad", Outcome.FAILED, failure)));
        RunResults baseline = run(benchmark("bad", method("majority", 0.58, 0.55, 0.61)));
        List<GateVerdict> verdicts = new ArrayList<>(GateRule.minimum("*", "majority", 0.5).evaluate(failedRun));
        verdicts.addAll(new RegressionCheck(0.01).evaluate(failedRun, baseline));

        String html = index(failedRun, verdicts);

        String checks = html.substring(html.indexOf("id=\"checks\""));
        assertThat(checks).doesNotContain("No gates, rules or regression checks were configured");
        assertThat(Pattern.compile("<tr class=\"not-evaluated\">\\s*<td><span class=\"badge skip\">not evaluated</span>")
                .matcher(checks).results().count()).isEqualTo(2);
        assertThat(checks).contains("minimum 0.500", "regression (tolerance 0.010)", "benchmark bad failed: " + failure);
        assertThat(html).contains("<div class=\"status\"><span class=\"badge fail\">1 benchmark failed · 2 checks not evaluated</span>");
    }

    @Test
    void checksNotEvaluatedOnASkippedBenchmarkGiveAGreyBadgeAndNoneAtAllWithoutChecks() throws IOException {
        RunResults skipped = new RunResults(results.run(), List.of(),
                List.of(new NotRunBenchmark("real", Outcome.SKIPPED, "requires configuration parameter peftu.data")));

        assertThat(index(skipped, GateRule.minimum("*", "lora", 0.5).evaluate(skipped)))
                .contains("<span class=\"badge skip\">1 check not evaluated</span>");
        assertThat(index(skipped, List.of())).doesNotContain("<div class=\"status\">")
                .contains("No gates, rules or regression checks were configured");
    }

    @Test
    void escapesTextComingFromResults() throws IOException {
        RunResults hostile = run(benchmark("<b>x</b>", method("<script>alert(1)</script>", 0.5, 0.4, 0.6)));

        String html = Files.readString(renderer.render(hostile, List.of(), dir).get(0));

        assertThat(html).doesNotContain("<script>", "<b>x</b>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void benchmarkPageCountsHowOftenACombinedMethodChoseEachMethod() throws IOException {
        MethodResult lora = method("lora", 0.7, 0.6, 0.8);
        List<String> chosen = List.of("retrieval", "lora", "retrieval", "(fitted)", "retrieval");
        List<UserResult> users = new ArrayList<>();
        for (int i = 0; i < lora.users().size(); i++) {
            users.add(lora.users().get(i).withChoice(chosen.get(i)));
        }
        MethodResult stack = new MethodResult("stack", "stack", Map.of("of", "lora,retrieval"), ContenderKind.COMBINED,
                Outcome.PASSED, null, 0, lora.accuracy(), lora.ciLow(), lora.ciHigh(), lora.macroF1(), 0.1, users);

        String page = Files.readString(renderer.render(run(benchmark("tweeteval", lora, stack)), List.of(), dir).get(1));

        assertThat(page).contains("<span class=\"badge kind\">combined</span>",
                "chosen per user on validation: retrieval 3 · (fitted) 1 · lora 1");
        assertThat(page.split("chosen per user on validation", -1)).as("only the combined method's row").hasSize(2);
    }

    @Test
    void benchmarkPageShowsDatasetConfigurationSettingsDeviceAndOneDotPerUser() throws IOException {
        String page = Files.readString(renderer.render(results, List.of(), dir).get(1));

        assertThat(page).contains("Hateful, Non-hateful", "0.310", "73,728", "3.3 s", "diverged",
                "Data: PEFT-U (ChrisIsKing/Parameter-Efficient-Personalization)", "<dt>Device used</dt><dd>cpu</dd>",
                "<dt>Seed</dt><dd>42</dd>", "<dt>Epochs</dt><dd>each method&#39;s own</dd>", "<dt>Users limit</dt><dd>all</dd>",
                "<dt>Max length</dt><dd>128 tokens</dd>", "sha256:0123abcd");
        assertThat(Pattern.compile("<circle class=\"user\"").matcher(page).results().count())
                .as("one dot per user of each passed method").isEqualTo(10);
        String studemo = Files.readString(dir.resolve("benchmark-studemo.html"));
        assertThat(studemo).doesNotContain("Data: ");

        String hand = Files.readString(renderer.render(run(handMade(8, 7, 9, 6)), List.of(), dir).get(1));
        assertThat(hand).contains("<dt>Seed</dt><dd>7</dd>", "<dt>Epochs</dt><dd>2</dd>", "<dt>Users limit</dt><dd>10</dd>",
                "<dt>Max length</dt><dd>64 tokens</dd>", "sha256:feedbeef", "<td colspan=\"8\" class=\"settings\">alpha=32 · r=4</td>");

        MethodResult labelled = scored("lora-r4", "lora", Map.of("r", "4"), ContenderKind.PEFT, 6, 7);
        String relabelled = Files.readString(renderer.render(run(benchmark("tweeteval", labelled)), List.of(), dir).get(1));
        assertThat(relabelled).contains("<span class=\"contender\">runs lora</span> r=4</td>");
    }

    @Test
    void datasetSectionCountsWhatTheOptInDroppedPerReasonAndSaysNothingWhenNothingWas() throws IOException {
        BenchmarkResult hand = handMade(8, 7, 9, 6);
        BenchmarkResult dropping = new BenchmarkResult("hand", hand.configuration(),
                new DatasetSummary(4, 40, List.of("yes", "no"), false, null, null,
                        Map.of("empty or missing label", 3), Map.of("fewer than 10 examples", 1)),
                hand.methods(), List.of());

        String page = Files.readString(renderer.render(run(dropping), List.of(), dir).get(1));
        String clean = Files.readString(renderer.render(run(hand), List.of(), dir.resolve("clean")).get(1));

        assertThat(page).contains("<dt>Left out (invalidRows = DROP)</dt>",
                "3 rows: empty or missing label<br>1 user: fewer than 10 examples</dd>");
        assertThat(clean).doesNotContain("Left out");
    }

    /**
     * One user per count, ten test examples each: {@code lora} right on the given counts,
     * {@code majority} on 5, 6, 7, 4 (repeated), {@code zero-shot} on 6 each, and a failed {@code ia3}.
     */
    private static BenchmarkResult handMade(int... loraRight) {
        return new BenchmarkResult("hand", new BenchmarkConfiguration(SEED, 2, 10, "all-MiniLM-L6-v2", 64, "sha256:feedbeef"),
                new DatasetSummary(4, 40, List.of("yes", "no"), false, null, null),
                List.of(scored("lora", "lora", Map.of("r", "4", "alpha", "32"), ContenderKind.PEFT, loraRight),
                        scored("majority", "majority", Map.of(), ContenderKind.BASELINE, cycled(loraRight.length, 5, 6, 7, 4)),
                        scored("zero-shot", "zero-shot", Map.of(), ContenderKind.BASELINE, cycled(loraRight.length, 6)),
                        MethodResult.failed("ia3", "ia3", Map.of(), ContenderKind.PEFT, "diverged", 0.1)),
                List.of());
    }

    /** {@code counts} repeated to {@code users} values. */
    private static int[] cycled(int users, int... counts) {
        return IntStream.range(0, users).map(u -> counts[u % counts.length]).toArray();
    }

    private static MethodResult scored(String name, String contender, Map<String, String> settings, ContenderKind kind,
                                       int... right) {
        List<UserResult> users = new ArrayList<>();
        for (int u = 0; u < right.length; u++) {
            users.add(SampleResults.user("u" + (u + 1), right[u], 10));
        }
        double mean = users.stream().mapToDouble(UserResult::accuracy).average().orElseThrow();
        return new MethodResult(name, contender, settings, kind, Outcome.PASSED, null, 0, mean, Math.max(0, mean - 0.1),
                Math.min(1, mean + 0.1), mean, 1.0, users);
    }

    /** The 95% paired interval of these per-user differences, in points, as the report prints it. */
    private static String interval(double... differences) {
        ConfidenceInterval ci = new PercentileBootstrap(PairedStatistics.RESAMPLES, SEED).meanInterval(differences, 0.95);
        return "[" + points(ci.low()) + ", " + points(ci.high()) + "]";
    }

    /** 2.80 times the standard deviation of the differences over the square root of the users, in points. */
    private static String minimumDetectable(double... differences) {
        double mean = Arrays.stream(differences).average().orElseThrow();
        double variance = Arrays.stream(differences).map(d -> (d - mean) * (d - mean)).sum() / (differences.length - 1);
        return String.format(Locale.ROOT, "%.1f", (1.959963984540054 + 0.8416212335729143)
                * Math.sqrt(variance / differences.length) * 100);
    }

    private static String points(double fraction) {
        String text = String.format(Locale.ROOT, "%+.1f", fraction * 100);
        return text.substring(1).equals("0.0") ? "0.0" : text.replace('-', '\u2212');
    }

    /** The texts of the cells of a method's row in a benchmark page's paired differences table. */
    private static List<String> pairedRow(String page, String method) {
        String table = page.substring(page.indexOf("<table class=\"paired\">"), page.indexOf("</table>", page.indexOf("<table class=\"paired\">")));
        Matcher row = Pattern.compile("<tr>\\s*<td class=\"task\">" + Pattern.quote(method) + "[ <].*?</tr>", Pattern.DOTALL).matcher(table);
        assertThat(row.find()).as("paired row of " + method).isTrue();
        return CELL.matcher(row.group()).results().map(c -> TAG.matcher(c.group(1)).replaceAll("").replaceAll("\\s+", " ").trim())
                .toList();
    }

    private static String leaderboard(String html) {
        return html.substring(html.indexOf("<table class=\"leaderboard\">"), html.indexOf("</table>", html.indexOf("<table class=\"leaderboard\">")));
    }

    private String index(RunResults run, List<GateVerdict> verdicts) throws IOException {
        return Files.readString(renderer.render(run, verdicts, dir).get(0));
    }
}
