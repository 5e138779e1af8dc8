package dev.peftu.baselines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peftu.data.AnnotatedTask;
import dev.peftu.data.KrippendorffAlpha;
import dev.peftu.data.PeftuSplitter;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.SharedDatasets;
import dev.peftu.data.SyntheticTaskGenerator;
import dev.peftu.eval.Contender;
import dev.peftu.eval.MethodScore;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.eval.Scoring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Imports the real datasets (TweetEval/Röttger et al. 2022 and StudEmo/Ngo et al. 2022, as
 * redistributed by PEFT-U), splits them, and prints a table of users, examples, labels, alpha
 * and the baselines' test accuracy. Skipped when ../shared/datasets is absent.
 */
@EnabledIf("dev.peftu.data.SharedDatasets#present")
class RealDatasetSummaryTest {

    private static final long SEED = 42;

    @Test
    void everyBaselineScoresEveryUserOfBothRealDatasetsAndTheSyntheticOnes() throws Exception {
        Map<String, PersonalizedDataset> datasets = new LinkedHashMap<>();
        Map<String, Integer> dropped = new LinkedHashMap<>();
        for (Map.Entry<String, AnnotatedTask> raw : Map.of(
                "tweeteval", SharedDatasets.tweeteval(), "studemo", SharedDatasets.studemo()).entrySet()) {
            datasets.put(raw.getKey(), new PeftuSplitter(SEED).split(raw.getValue()));
            datasets.put(raw.getKey() + " (no leak)",
                    new PeftuSplitter(PeftuSplitter.Mode.NO_LEAK, SEED).split(raw.getValue()));
            dropped.put(raw.getKey(), raw.getValue().droppedRows().values().stream().mapToInt(i -> i).sum());
        }
        datasets.put("synthetic default", SyntheticTaskGenerator.defaults().dataset());
        datasets.put("private rules", SyntheticTaskGenerator.privateRulesDataset(SEED));

        List<Contender> baselines = List.of(new MajorityBaseline(), new OneSizeFitsAllBaseline(), new RetrievalBaseline(),
                new CrowdCalibratedBaseline());
        List<String> table = new ArrayList<>();
        table.add(String.format("%-22s %5s %8s %6s %6s  %-22s %-22s %-22s %-22s", "dataset", "users", "examples",
                "labels", "alpha", "majority", "one-size-fits-all", "retrieval", "crowd-calibrated"));
        for (Map.Entry<String, PersonalizedDataset> entry : datasets.entrySet()) {
            PersonalizedDataset dataset = entry.getValue();
            StringBuilder row = new StringBuilder(String.format("%-22s %5d %8d %6d %6.3f ", entry.getKey(),
                    dataset.users().size(), dataset.exampleCount(), dataset.task().labels().size(),
                    KrippendorffAlpha.of(dataset)));
            for (Contender baseline : baselines) {
                MethodScore score = new Scoring(SEED).score(dataset,
                        baseline.run(new RunContext(dataset, null, SEED, Map.of(), null), ProgressListener.NONE));
                assertThat(score.users()).hasSize(dataset.users().size());
                assertThat(score.accuracy()).isBetween(score.ciLow(), score.ciHigh());
                row.append(String.format(" %5.1f [%4.1f-%4.1f] F1 %4.2f", 100 * score.accuracy(),
                        100 * score.ciLow(), 100 * score.ciHigh(), score.macroF1()));
            }
            table.add(row.toString());
        }
        table.add("dropped rows on import: " + dropped);
        System.out.println(String.join(System.lineSeparator(), table));
    }
}
