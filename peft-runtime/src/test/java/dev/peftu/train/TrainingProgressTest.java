package dev.peftu.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.SyntheticTaskGenerator;
import dev.peftu.model.BaseModel;
import dev.peftu.peft.PeftMethods;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingProgressTest {

    private record Report(String phase, int done, int total) {
    }

    @Test
    void stepsCountOnAcrossEpochsTowardsOneTotal() {
        PersonalizedDataset dataset = SyntheticTaskGenerator.privateRulesDataset(2);
        List<Report> reports = new ArrayList<>();
        try (BaseModel model = BaseModel.embedded(16)) {
            CohortTrainer trainer = new CohortTrainer(model, PeftMethods.byName("head"),
                    Map.of("epochs", "3", "batchSize", "8", "patience", "5"), dataset.task(), 2);
            int planned = trainer.plannedSteps(dataset.users());
            trainer.train(dataset.users(), (phase, done, total) -> reports.add(new Report(phase, done, total)));

            assertThat(planned).isPositive();
            assertThat(reports).extracting(Report::total).containsOnly(planned);
            assertThat(reports).extracting(Report::phase).contains("epoch 1/3", "epoch 2/3", "epoch 3/3");
            for (int i = 1; i < reports.size(); i++) {
                assertThat(reports.get(i).done()).as("report %d after %s", i, reports.get(i - 1))
                        .isGreaterThan(reports.get(i - 1).done());
            }
            assertThat(reports.get(reports.size() - 1).done()).isEqualTo(planned);
        }
    }
}
