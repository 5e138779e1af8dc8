package dev.peftu.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.model.BaseModel;
import dev.peftu.model.TextTokenizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetrievalAugmentedInputsTest {

    private static final TaskDefinition TASK = new TaskDefinition("t", List.of("yes", "no"), false, "");

    private static Example example(String id, String text, String label) {
        return new Example(id, text, List.of(label));
    }

    /** Two users who share one text id; each has texts about cats and dogs the other never saw. */
    private static PersonalizedDataset twoUsers() {
        UserData ann = new UserData("ann",
                List.of(example("s1", "cats purr softly", "yes"), example("s2", "cats chase mice", "no"),
                        example("s3", "dogs bark loudly", "yes")),
                List.of(example("s4", "cats sleep all day", "yes")),
                List.of(example("s5", "cats purr and sleep", "no")));
        UserData bob = new UserData("bob",
                List.of(example("s5", "cats purr and sleep", "yes"), example("b1", "cats of bob purr", "yes")),
                List.of(),
                List.of(example("s1", "cats purr softly", "no")));
        return new PersonalizedDataset(TASK, List.of(ann, bob));
    }

    @Test
    void followsEachTextWithTheUsersOwnMostSimilarTrainingExamples() {
        PersonalizedDataset augmented = RetrievalAugmentedInputs.augment(twoUsers(), 2);

        Example test = augmented.user("ann").test().get(0);
        assertThat(test.id()).isEqualTo("s5");
        assertThat(test.labels()).containsExactly("no");
        assertThat(test.text()).isEqualTo("""
                cats purr and sleep

                Earlier labels of this user:
                - yes: cats purr softly
                - no: cats chase mice""");
    }

    @Test
    void neverShowsTheExampleItselfAnotherUsersTextOrHeldOutRows() {
        PersonalizedDataset original = twoUsers();
        PersonalizedDataset augmented = RetrievalAugmentedInputs.augment(original, 5);

        for (UserData user : augmented.users()) {
            UserData before = original.user(user.userId());
            List<String> ownTrainTexts = before.train().stream().map(Example::text).toList();
            for (List<Example> split : List.of(user.train(), user.val(), user.test())) {
                for (Example example : split) {
                    String text = before.train().stream().filter(e -> e.id().equals(example.id())).findFirst()
                            .or(() -> before.val().stream().filter(e -> e.id().equals(example.id())).findFirst())
                            .or(() -> before.test().stream().filter(e -> e.id().equals(example.id())).findFirst())
                            .orElseThrow().text();
                    String[] parts = example.text().split("\n", -1);
                    assertThat(parts[0]).isEqualTo(text);
                    List<String> history = Arrays.stream(parts).filter(line -> line.startsWith("- "))
                            .map(line -> line.substring(line.indexOf(": ") + 2)).toList();
                    assertThat(history).as("history of %s/%s", user.userId(), example.id())
                            .doesNotContain(text)
                            .allSatisfy(line -> assertThat(ownTrainTexts).contains(line));
                }
            }
        }
        // bob's test text s1 is ann's training text, yet bob's input only shows bob's own history
        String bobsTest = augmented.user("bob").test().get(0).text();
        assertThat(bobsTest.substring(bobsTest.indexOf(RetrievalAugmentedInputs.HISTORY_HEADER)))
                .doesNotContain("softly", "mice", "dogs")
                .contains("- yes: cats of bob purr");
    }

    @Test
    void zeroNeighboursLeavesTheDatasetAsItIsAndNegativeIsRejected() {
        PersonalizedDataset original = twoUsers();

        assertThat(RetrievalAugmentedInputs.augment(original, 0)).isSameAs(original);
        assertThatThrownBy(() -> RetrievalAugmentedInputs.augment(original, -1))
                .hasMessageContaining("retrieve must be a whole number >= 0 but was -1");
    }

    @Test
    void truncationToTheModelsLengthCutsTheHistoryNotTheText() {
        String text = "cats purr and sleep in the warm afternoon sun";
        UserData user = new UserData("ann", List.of(
                example("h1", "cats purr " + "very ".repeat(40) + "loudly", "yes"),
                example("h2", "cats sleep " + "so ".repeat(40) + "long", "no")),
                List.of(), List.of(example("t1", text, "no")));
        String input = RetrievalAugmentedInputs.augment(new PersonalizedDataset(TASK, List.of(user)), 2)
                .user("ann").test().get(0).text();

        try (BaseModel model = BaseModel.embedded(24)) {
            TextTokenizer tokenizer = model.tokenizer();
            long[] alone = tokenizer.encode(text);
            long[] augmented = tokenizer.encode(input);
            assertThat(augmented).hasSize(24);
            // the text's tokens without its closing [SEP] open the truncated input unchanged
            assertThat(Arrays.copyOf(augmented, alone.length - 1)).containsExactly(Arrays.copyOf(alone, alone.length - 1));
        }
    }
}
