package dev.peftu.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.model.BaseModel;
import dev.peftu.model.TextTokenizer;
import java.util.ArrayList;
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
        PersonalizedDataset augmented = unbounded(twoUsers(), 2);

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
        PersonalizedDataset augmented = unbounded(original, 5);

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

        assertThat(unbounded(original, 0)).isSameAs(original);
        assertThatThrownBy(() -> unbounded(original, -1))
                .hasMessageContaining("retrieve must be a whole number >= 0 but was -1");
    }

    @Test
    void theHistoryIsCutToTheTokensTheTextLeavesAndTheTextIsKeptWhole() {
        String text = "cats purr and sleep in the warm afternoon sun";
        UserData user = new UserData("ann", List.of(
                example("h1", "cats purr " + "very ".repeat(40) + "loudly", "yes"),
                example("h2", "cats sleep " + "so ".repeat(40) + "long", "no")),
                List.of(), List.of(example("t1", text, "no")));
        try (BaseModel model = BaseModel.embedded(32)) {
            TextTokenizer tokenizer = model.tokenizer();
            RetrievalAugmentedInputs.Augmented augmented = budgeted(new PersonalizedDataset(TASK, List.of(user)), 2,
                    tokenizer);
            String input = augmented.dataset().user("ann").test().get(0).text();
            long[] alone = tokenizer.encode(text);
            long[] tokens = tokenizer.encode(input);

            // the whole input fits, so the tokenizer cuts nothing; the text opens it unchanged
            assertThat(tokens.length).isLessThan(32);
            assertThat(input).startsWith(text + "\n\n" + RetrievalAugmentedInputs.HISTORY_HEADER + "\n- ");
            // the first neighbour is cut to the words that fit, its label kept; the second is left out
            String line = input.substring(input.lastIndexOf("\n- ") + 3);
            assertThat(line).startsWith("yes: cats purr");
            assertThat("yes: cats purr " + "very ".repeat(40) + "loudly").startsWith(line).isNotEqualTo(line);
            assertThat(input).doesNotContain("sleep so");
            // one word more would not have fit
            String next = "cats purr " + "very ".repeat(40) + "loudly";
            String longer = input.substring(0, input.lastIndexOf("\n- ") + 3) + "yes: "
                    + String.join(" ", Arrays.copyOf(next.split(" "), line.split(" ").length));
            assertThat(tokenizer.encode(longer).length).isEqualTo(32);
            // the mean is over every input, the two training examples' included
            UserData after = augmented.dataset().user("ann");
            List<Example> inputs = new ArrayList<>(after.train());
            inputs.addAll(after.test());
            List<Example> texts = new ArrayList<>(user.train());
            texts.addAll(user.test());
            int history = 0;
            for (int n = 0; n < inputs.size(); n++) {
                history += tokenizer.encode(inputs.get(n).text()).length - tokenizer.encode(texts.get(n).text()).length;
            }
            assertThat(augmented.meanHistoryTokens()).isEqualTo(history / 3.0);
            assertThat(tokens.length - alone.length).isPositive();
        }
    }

    @Test
    void aTextThatFillsTheBudgetAloneGetsNoHistory() {
        String text = "cats purr and sleep in the warm afternoon sun " + "all day long ".repeat(10);
        UserData user = new UserData("ann", List.of(example("h1", "cats purr", "yes"), example("h2", "cats sleep", "no")),
                List.of(), List.of(example("t1", text, "no")));
        try (BaseModel model = BaseModel.embedded(24)) {
            RetrievalAugmentedInputs.Augmented augmented = budgeted(new PersonalizedDataset(TASK, List.of(user)), 2,
                    model.tokenizer());

            assertThat(augmented.dataset().user("ann").test().get(0).text()).isEqualTo(text);
            assertThat(augmented.meanHistoryTokens()).isGreaterThan(0);
            // the two short training texts got history; the long text none
            assertThat(augmented.dataset().user("ann").train()).allSatisfy(e -> assertThat(e.text())
                    .contains(RetrievalAugmentedInputs.HISTORY_HEADER));
        }
    }

    /** Augments with a budget no input reaches: every neighbour is kept whole. */
    private static PersonalizedDataset unbounded(PersonalizedDataset dataset, int k) {
        return RetrievalAugmentedInputs.augment(dataset, k, text -> text.split("\\s+").length + 2, Integer.MAX_VALUE)
                .dataset();
    }

    private static RetrievalAugmentedInputs.Augmented budgeted(PersonalizedDataset dataset, int k,
                                                              TextTokenizer tokenizer) {
        return RetrievalAugmentedInputs.augment(dataset, k, text -> tokenizer.encode(text).length,
                tokenizer.maxLength());
    }
}
