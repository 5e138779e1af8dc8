package dev.peftu.maven.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.peftu.results.ContenderKind;
import dev.peftu.maven.Runs;
import dev.peftu.maven.gate.GateRule;
import dev.peftu.maven.gate.GateVerdict;
import dev.peftu.maven.gate.RegressionCheck;
import dev.peftu.results.BenchmarkConfiguration;
import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.DatasetSummary;
import dev.peftu.results.GateResult;
import dev.peftu.results.MethodResult;
import dev.peftu.results.NotRunBenchmark;
import dev.peftu.results.Outcome;
import dev.peftu.results.RunResults;
import dev.peftu.results.SampleResults;
import dev.peftu.results.UserResult;
import dev.peftu.stats.PairedComparison;
import dev.peftu.stats.PairedStatistics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a rendered report in headless Chromium: the pages must load without console messages, the
 * browser's DOM must hold the leaderboard's method rows and benchmark columns, and screenshots of
 * the index and of a benchmark page are written to {@code target/peftu-report.png} and
 * {@code target/peftu-report-benchmark.png} for a human look, and that of a failed run's index to
 * {@code target/peftu-report-failed.png}. Skipped where Chromium is not installed.
 */
class ReportInBrowserTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    /** The built-in methods and baselines, so the table is as wide as a real run's. */
    private static final List<String> METHODS = List.of("lora", "adapter", "pfeiffer", "ia3", "prompt-tuning",
            "prefix-tuning", "head", "non-personalized", "one-size-fits-all", "retrieval", "few-shot", "zero-shot",
            "majority");
    private static final Set<String> BASELINES = Set.of("non-personalized", "one-size-fits-all", "retrieval", "few-shot",
            "zero-shot", "majority");
    private static final String[] TASKS = {"tweeteval", "studemo", "synthetic"};

    @TempDir
    Path dir;

    @Test
    void leaderboardAndBenchmarkPageLoadCleanlyInChromiumWithAMethodRowAndBenchmarkColumnsEach() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        RunResults results = sampleRun(11, List.of(new NotRunBenchmark("real-studemo", Outcome.SKIPPED,
                "requires configuration parameter peftu.data")));
        List<Path> pages = new ReportRenderer().render(results, verdicts(results, sampleRun(12, List.of())),
                dir.resolve("report"));

        Browser dom = chromium(dir.resolve("profile-dom"), "--dump-dom", pages.get(0).toUri().toString());
        Browser pageDom = chromium(dir.resolve("profile-page-dom"), "--dump-dom", pages.get(1).toUri().toString());
        Browser shot = chromium(dir.resolve("profile-shot"), "--screenshot=" + Paths.get("target/peftu-report.png").toAbsolutePath(),
                "--window-size=1280,2600", "--hide-scrollbars", pages.get(0).toUri().toString());
        Browser pageShot = chromium(dir.resolve("profile-page"), "--screenshot="
                + Paths.get("target/peftu-report-benchmark.png").toAbsolutePath(),
                "--window-size=1280,4200", "--hide-scrollbars", pages.get(1).toUri().toString());

        assertThat(dom.log() + pageDom.log() + shot.log() + pageShot.log()).doesNotContain(":CONSOLE(");
        String table = between(dom.out(), "<table class=\"leaderboard\">", "</table>");
        assertThat(Pattern.compile("<th colspan=\"2\" class=\"bench\">").matcher(between(table, "<thead>", "</thead>"))
                .results().count()).isEqualTo(TASKS.length);
        assertThat(Pattern.compile("<tr class=\"method\">").matcher(between(table, "<tbody>", "</tbody>")).results().count())
                .isEqualTo(METHODS.size());
        assertThat(between(dom.out(), "<section class=\"card\" id=\"not-run\">", "</section>")).contains("real-studemo");
        assertThat(Pattern.compile("<circle class=\"user diff\"").matcher(pageDom.out()).results().count())
                .as("a dot per user of every method compared with the best baseline").isEqualTo(20L * METHODS.size());
        assertThat(Files.size(Paths.get("target/peftu-report.png"))).isGreaterThan(10_000);
        assertThat(Files.size(Paths.get("target/peftu-report-benchmark.png"))).isGreaterThan(10_000);
    }

    @Test
    void aFailedRunsReportLoadsCleanlyWithItsChecksNotEvaluatedUnderARedBadge() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        RunResults failed = new RunResults(sampleRun(11, List.of()).run(), List.of(), List.of(new NotRunBenchmark(
                "tweeteval", Outcome.FAILED, "src/test/data/bad/data.json: $.u1.train.s1.label: expected a non-empty"
                        + " array of labels")));
        List<GateVerdict> verdicts = new ArrayList<>(GateRule.minimum("*", "lora", 0.6).evaluate(failed));
        verdicts.addAll(GateRule.beats("tweeteval", "lora", "majority", 0.02).evaluate(failed));
        verdicts.addAll(new RegressionCheck(0.01).evaluate(failed, sampleRun(12, List.of())));
        Path index = new ReportRenderer().render(failed, verdicts, dir.resolve("failed")).get(0);

        Browser dom = chromium(dir.resolve("profile-failed-dom"), "--dump-dom", index.toUri().toString());
        Browser shot = chromium(dir.resolve("profile-failed-shot"), "--screenshot="
                + Paths.get("target/peftu-report-failed.png").toAbsolutePath(), "--window-size=1280,1100",
                "--hide-scrollbars", index.toUri().toString());

        assertThat(dom.log() + shot.log()).doesNotContain(":CONSOLE(");
        assertThat(between(dom.out(), "<header", "</header>"))
                .contains("<span class=\"badge fail\">1 benchmark failed · 3 checks not evaluated</span>");
        assertThat(Pattern.compile("<span class=\"badge skip\">not evaluated</span>")
                .matcher(between(dom.out(), "<section class=\"card\" id=\"checks\">", "</section>")).results().count())
                .isEqualTo(3);
        assertThat(Files.size(Paths.get("target/peftu-report-failed.png"))).isGreaterThan(10_000);
    }

    @Test
    void theAlphaColumnHeaderRendersAsAGreekSmallAlphaNotAsACapital() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        Path index = new ReportRenderer().render(sampleRun(11, List.of()), List.of(), dir.resolve("report")).get(0);
        // innerText is the text as rendered, after CSS such as text-transform: uppercase
        Path probe = index.resolveSibling("probe.html");
        Files.writeString(probe, Files.readString(index).replace("</body>", "<script>document.body.dataset.rendered ="
                + " document.querySelector('#benchmarks thead').innerText;</script></body>"));

        Browser dom = chromium(dir.resolve("profile-alpha"), "--dump-dom", probe.toUri().toString());

        Matcher rendered = Pattern.compile("data-rendered=\"([^\"]*)\"").matcher(dom.out());
        assertThat(rendered.find()).as("the rendered header text in " + dom.out()).isTrue();
        assertThat(rendered.group(1)).contains("USERS", "\u03b1").doesNotContain("\u0391");
    }

    private record Browser(String out, String log) {
    }

    private static Browser chromium(Path profile, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
        Path err = Files.createTempFile(profile.getParent(), "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium did not finish within 90 s: " + command);
        }
        return new Browser(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("position of " + start).isNotNegative();
        return text.substring(from, text.indexOf(end, from));
    }

    /**
     * A minimum rule, a beats rule and the regression check against {@code baseline}; verdicts that
     * compare two results carry their paired comparison.
     */
    private static List<GateVerdict> verdicts(RunResults results, RunResults baseline) {
        List<GateVerdict> verdicts = new ArrayList<>(GateRule.minimum("*", "adapter", 0.6).evaluate(results));
        verdicts.addAll(GateRule.beats("tweeteval", "lora", "majority", 0.02).evaluate(results).stream()
                .map(v -> withComparison(v, results.benchmark(v.benchmark()).orElseThrow(), "majority")).toList());
        verdicts.addAll(new RegressionCheck(0.01).evaluate(results, baseline).stream()
                .map(v -> withComparison(v, results, baseline)).toList());
        return verdicts;
    }

    private static GateVerdict withComparison(GateVerdict verdict, BenchmarkResult benchmark, String rival) {
        if (verdict.pairedComparison().isPresent()) {
            return verdict;
        }
        PairedComparison comparison = new PairedStatistics(benchmark.configuration().seed())
                .compare(benchmark.method(verdict.method()).orElseThrow(), benchmark.method(rival).orElseThrow());
        return new GateVerdict(verdict.check(), verdict.benchmark(), verdict.method(), verdict.passed(),
                verdict.message(), comparison);
    }

    private static GateVerdict withComparison(GateVerdict verdict, RunResults now, RunResults before) {
        MethodResult is = now.benchmark(verdict.benchmark()).flatMap(b -> b.method(verdict.method())).orElseThrow();
        MethodResult was = before.benchmark(verdict.benchmark()).flatMap(b -> b.method(verdict.method())).orElseThrow();
        if (verdict.pairedComparison().isPresent() || !is.passed()) {
            return verdict;
        }
        return new GateVerdict(verdict.check(), verdict.benchmark(), verdict.method(), verdict.passed(),
                verdict.message(), new PairedStatistics(now.benchmark(verdict.benchmark()).orElseThrow().configuration().seed())
                .compare(is, was));
    }

    /** Three tasks, thirteen methods, 20 users each, accuracies drawn around a per-method level. */
    static RunResults sampleRun(long seed, List<NotRunBenchmark> notRun) {
        Random random = new Random(seed);
        List<BenchmarkResult> benchmarks = new ArrayList<>();
        for (int t = 0; t < TASKS.length; t++) {
            List<MethodResult> methods = new ArrayList<>();
            for (int m = 0; m < METHODS.size(); m++) {
                if (t == 1 && m == 3) {
                    methods.add(Runs.failed("ia3", "java.lang.IllegalStateException: loss became NaN at epoch 2"));
                    continue;
                }
                methods.add(method(METHODS.get(m), 0.70 - 0.015 * m - 0.08 * t, random));
            }
            String source = t < 2 ? "PEFT-U repository (ChrisIsKing/Parameter-Efficient-Personalization, data/), from "
                    + (t == 0 ? "TweetEval/Röttger et al. 2022" : "StudEmo/Ngo et al. 2022") : null;
            DatasetSummary dataset = new DatasetSummary(20, 3980, t == 1 ? List.of("joy", "trust", "anticipation",
                    "surprise", "fear", "sadness", "disgust", "anger", "valence", "arousal") : List.of("Hateful", "Non-hateful"),
                    t == 1, t == 2 ? null : 0.18 + 0.1 * t, source);
            List<GateResult> gates = t == 0 ? List.of(GateResult.passed("loraBeatsZeroShot")) : List.of();
            BenchmarkConfiguration configuration = new BenchmarkConfiguration(42, t == 1 ? 1 : null, t == 1 ? 25 : null,
                    "all-MiniLM-L6-v2", 128, "sha256:9f2c4e1d7a3b5c8e0f6a2d4b7c9e1f3a5b7d9c2e4f6a8b0c1d3e5f7a9b2c4d6e");
            benchmarks.add(new BenchmarkResult(TASKS[t], configuration, dataset, methods, gates));
        }
        RunResults run = Runs.run(benchmarks.toArray(BenchmarkResult[]::new));
        return new RunResults(run.run(), run.benchmarks(), notRun);
    }

    private static MethodResult method(String name, double level, Random random) {
        List<UserResult> users = new ArrayList<>();
        double sum = 0;
        for (int u = 1; u <= 20; u++) {
            double accuracy = Math.max(0, Math.min(1, Math.round((level + random.nextGaussian() * 0.1) * 20) / 20.0));
            users.add(SampleResults.user("annotator-" + u, (int) Math.round(accuracy * 20), 20));
            sum += accuracy;
        }
        double mean = sum / users.size();
        boolean baseline = BASELINES.contains(name);
        Map<String, String> settings = baseline ? Map.of() : Map.of("learningRate", "0.001", "epochs", "3",
                "batchSize", "8", "r", "8", "alpha", "32", "targetModules", "query,value");
        return new MethodResult(name, name, settings, baseline ? ContenderKind.BASELINE : ContenderKind.PEFT,
                Outcome.PASSED, null, baseline ? 0 : 20_000 + name.length() * 7_000L, mean, Math.max(0, mean - 0.045),
                Math.min(1, mean + 0.045), mean - 0.04, baseline ? 0.4 : 35 + name.length() * 4.5, users);
    }
}
