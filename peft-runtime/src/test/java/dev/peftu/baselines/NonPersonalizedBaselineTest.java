package dev.peftu.baselines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peftu.contenders.Contenders;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.SyntheticTaskGenerator;
import dev.peftu.data.UserData;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.RunContext;
import dev.peftu.model.BaseModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The non-personalized baseline: one shared module for everyone, trained on large batches. */
class NonPersonalizedBaselineTest {

    @Test
    void sharedModuleTrainsOnBatchesAsLargeAsOneCohortStep() throws Exception {
        PersonalizedDataset dataset = SyntheticTaskGenerator.defaults().users(4).textsPerUser(20).seed(3).dataset();
        int rows = dataset.users().stream().mapToInt(u -> u.train().size()).sum();
        List<Integer> stepsPerEpoch = new ArrayList<>();
        try (BaseModel base = BaseModel.embedded(32)) {
            RunContext context = new RunContext(dataset, base, 1, Map.of(), null);
            ContenderResult result = Contenders.create(NonPersonalizedBaseline.NAME,
                    Map.of("epochs", "1", "batchSize", "4", "cohortSize", "2")).run(context,
                    (phase, done, total) -> stepsPerEpoch.add(total));
            // batches of 4 x 2 = 8 rows over everyone's training rows
            assertThat(stepsPerEpoch).isNotEmpty().containsOnly((rows + 7) / 8);
            assertThat(result.predictionsByUser().keySet())
                    .containsExactlyInAnyOrderElementsOf(dataset.users().stream().map(UserData::userId).toList());
        }
    }
}
