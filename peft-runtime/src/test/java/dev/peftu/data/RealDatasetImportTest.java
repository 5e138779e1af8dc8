package dev.peftu.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("dev.peftu.data.SharedDatasets#present")
class RealDatasetImportTest {

    /**
     * The README says 199 texts; the shipped file holds 200 rows (ids 1..200), every one labelled by
     * all 20 annotators, and no rule in the README drops any of them.
     */
    @Test
    void tweetevalGivesTwentyUsersWithAllTexts() throws IOException {
        AnnotatedTask task = SharedDatasets.tweeteval();

        assertThat(task.examplesByUser()).hasSize(20).containsKeys("M_1", "F_20");
        assertThat(task.examplesByUser().values()).allSatisfy(examples -> assertThat(examples).hasSize(200));
        assertThat(task.task().multiLabel()).isFalse();
        assertThat(task.droppedRows()).isEmpty();
    }

    @Test
    void studemoGivesTwentyFiveUsersAndDropsOnlyTheRowsWithoutAnEmotionAtTheThreshold() throws IOException {
        AnnotatedTask task = SharedDatasets.studemo();

        assertThat(task.examplesByUser()).hasSize(25);
        assertThat(task.droppedRows()).containsExactly(Map.entry(DropReason.NO_LABEL_AT_THRESHOLD.description(), 52));
        assertThat(task.exampleCount() + 52).isEqualTo(7463);
        assertThat(task.examplesByUser().values().stream().flatMap(List::stream))
                .allSatisfy(e -> assertThat(e.labels()).isNotEmpty().isSubsetOf(task.task().labels()))
                .allSatisfy(e -> assertThat(e.text()).isNotBlank());
    }

    @Test
    void bothSplitWithoutLosingUsers() throws IOException {
        PersonalizedDataset tweeteval = new PeftuSplitter(42).split(SharedDatasets.tweeteval());
        PersonalizedDataset studemo = new PeftuSplitter(42).split(SharedDatasets.studemo());

        assertThat(tweeteval.users()).hasSize(20).allSatisfy(u -> assertThat(u.test()).hasSize(20));
        assertThat(studemo.users()).allSatisfy(u -> assertThat(u.val().size() + u.test().size()).isGreaterThanOrEqualTo(2));
    }
}
