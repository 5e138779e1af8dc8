package dev.peftu.maven.report;

import static dev.peftu.maven.Runs.benchmark;
import static dev.peftu.maven.Runs.method;
import static dev.peftu.maven.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.peftu.maven.Runs;
import dev.peftu.maven.gate.GateRule;
import dev.peftu.maven.gate.GateVerdict;
import dev.peftu.results.GateResult;
import dev.peftu.results.RunResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRendererTest {

    private static final Pattern BODY_ROW = Pattern.compile("<tr>\\s*<td class=\"task\"><a href=\"([^\"]+)\">([^<]+)</a></td>(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"num[^\"]*\"");
    private static final Pattern BEST_CELL = Pattern.compile("<td class=\"num best\"[^>]*>([0-9.]+)<span class=\"marker\"");

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
    void leaderboardHasABenchmarkRowPerTaskAndACellPerMethodWithTheBestMarked() throws IOException {
        String html = index(List.of());

        Matcher rows = BODY_ROW.matcher(html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>")));
        int count = 0;
        while (rows.find()) {
            count++;
            assertThat(CELL.matcher(rows.group(3)).results().count()).as("cells of " + rows.group(2)).isEqualTo(3);
            Matcher best = BEST_CELL.matcher(rows.group(3));
            assertThat(best.find()).as("best cell of " + rows.group(2)).isTrue();
            assertThat(best.group(1)).isEqualTo(rows.group(2).equals("tweeteval") ? "65.1" : "47.0");
            assertThat(rows.group(1)).isEqualTo("benchmark-" + rows.group(2) + ".html");
        }
        assertThat(count).isEqualTo(2);
        assertThat(html).contains("<th class=\"num\">lora</th>", "<th class=\"num\">majority</th>", "<th class=\"num\">ia3</th>");
        assertThat(html).contains("62.0–68.0", "<span class=\"badge fail\">failed</span>");
    }

    @Test
    void meanRowAveragesEachMethodOverTheBenchmarksWhereItPassed() throws IOException {
        String html = index(List.of());
        String mean = html.substring(html.indexOf("<tr class=\"mean\">"), html.indexOf("</tfoot>"));

        assertThat(mean).contains("title=\"mean over 2 of 2 benchmarks\">55.0<", "title=\"mean over 2 of 2 benchmarks\">52.5<");
        assertThat(BEST_CELL.matcher(mean).results().map(r -> r.group(1)).toList()).containsExactly("55.0");
    }

    @Test
    void showsGatesRulesAndRegressionsWithTheirNumbers() throws IOException {
        List<GateVerdict> verdicts = GateRule.minimum("*", "lora", 0.5).evaluate(results);

        String html = index(verdicts);

        assertThat(html).contains("2 checks failed", "loraBeatsMajority", "minimum 0.500",
                "accuracy 0.449 [0.400, 0.480] is below the minimum 0.500 by 0.051");
    }

    @Test
    void escapesTextComingFromResults() throws IOException {
        RunResults hostile = run(benchmark("<b>x</b>", method("<script>alert(1)</script>", 0.5, 0.4, 0.6)));

        String html = Files.readString(renderer.render(hostile, List.of(), dir).get(0));

        assertThat(html).doesNotContain("<script>", "<b>x</b>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void benchmarkPageShowsDatasetMethodsProvenanceAndOneDotPerUser() throws IOException {
        String page = Files.readString(renderer.render(results, List.of(), dir).get(1));

        assertThat(page).contains("Hateful, Non-hateful", "0.310", "73,728", "3.3 s", "diverged",
                "Data: PEFT-U (ChrisIsKing/Parameter-Efficient-Personalization)");
        assertThat(Pattern.compile("<circle class=\"user\"").matcher(page).results().count())
                .as("one dot per user of each passed method").isEqualTo(10);
        String studemo = Files.readString(dir.resolve("benchmark-studemo.html"));
        assertThat(studemo).doesNotContain("Data: ");
    }

    private String index(List<GateVerdict> verdicts) throws IOException {
        return Files.readString(renderer.render(results, verdicts, dir).get(0));
    }
}
