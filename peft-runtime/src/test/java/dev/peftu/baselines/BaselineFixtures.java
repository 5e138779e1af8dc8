package dev.peftu.baselines;

import dev.peftu.data.Example;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import java.util.List;
import java.util.Map;

/** Small hand-made inputs for the baseline tests. */
final class BaselineFixtures {

    private BaselineFixtures() {
    }

    static Example example(String id, String text, String... labels) {
        return new Example(id, text, List.of(labels));
    }

    /** Runs a contender without a base model and returns its top labels per user. */
    static Map<String, List<String>> topLabels(UserByUserBaseline contender, PersonalizedDataset dataset) {
        ContenderResult result = contender.run(new RunContext(dataset, null, 1, Map.of(), null), ProgressListener.NONE);
        return result.predictionsByUser().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue().stream().map(Prediction::label).toList()));
    }
}
