package dev.peftu.baselines;

import static dev.peftu.baselines.BaselineFixtures.example;
import static dev.peftu.baselines.BaselineFixtures.topLabels;
import static org.assertj.core.api.Assertions.assertThat;

import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.UserData;
import java.util.List;
import org.junit.jupiter.api.Test;

class OneSizeFitsAllBaselineTest {

    private static final TaskDefinition TASK = new TaskDefinition("t", List.of("yes", "no"), false, "");

    @Test
    void predictsTheOtherUsersMajorityForTheSameTextId() {
        PersonalizedDataset dataset = new PersonalizedDataset(TASK, List.of(
                new UserData("a", List.of(example("t1", "one", "yes"), example("t2", "two", "no")), List.of(), List.of()),
                new UserData("b", List.of(example("t1", "one", "yes"), example("t2", "two", "yes")), List.of(), List.of()),
                new UserData("c", List.of(example("t9", "nine", "no"), example("t8", "eight", "no")), List.of(),
                        List.of(example("t1", "one", "no"), example("t2", "two", "no")))));

        // t1: a and b said yes. t2: a no, b yes -> tie -> task order -> yes. c's own "no" habit is ignored.
        assertThat(topLabels(new OneSizeFitsAllBaseline(), dataset).get("c")).containsExactly("yes", "yes");
    }

    @Test
    void matchesByTextWhenNoOtherUserHasTheTextId() {
        PersonalizedDataset dataset = new PersonalizedDataset(TASK, List.of(
                new UserData("a", List.of(example("x-1", "same words", "no"), example("x-2", "other", "yes"),
                        example("x-3", "more", "yes")), List.of(), List.of()),
                new UserData("c", List.of(), List.of(), List.of(example("c-1", "same words", "yes")))));

        assertThat(topLabels(new OneSizeFitsAllBaseline(), dataset).get("c")).containsExactly("no");
    }

    @Test
    void usesOnlyOtherUsersTrainingSplitsAndFallsBackToTheGlobalMajority() {
        PersonalizedDataset dataset = new PersonalizedDataset(TASK, List.of(
                new UserData("a", List.of(example("t5", "five", "no"), example("t6", "six", "no")),
                        List.of(example("t1", "one", "yes")), List.of(example("t2", "two", "yes"))),
                new UserData("c", List.of(example("t7", "seven", "yes")), List.of(),
                        List.of(example("t1", "one", "yes"), example("t2", "two", "yes")))));

        // Nobody else trained on t1 or t2 (a has them only in val/test): global train majority is "no" (2 of 3).
        assertThat(topLabels(new OneSizeFitsAllBaseline(), dataset).get("c")).containsExactly("no", "no");
    }
}
