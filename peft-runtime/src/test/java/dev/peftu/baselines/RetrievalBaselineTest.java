package dev.peftu.baselines;

import static dev.peftu.baselines.BaselineFixtures.example;
import static dev.peftu.baselines.BaselineFixtures.topLabels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.peftu.contenders.Contenders;
import dev.peftu.data.Bm25Index;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.UserData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetrievalBaselineTest {

    private static final TaskDefinition TASK = new TaskDefinition("t", List.of("yes", "no"), false, "");

    private static PersonalizedDataset dataset() {
        return new PersonalizedDataset(TASK, List.of(new UserData("u", List.of(
                example("1", "the tax cut hurts drivers", "no"),
                example("2", "a tax cut for students", "no"),
                example("3", "the bike lane helps drivers", "yes"),
                example("4", "a bike lane for kids", "yes"),
                example("5", "a park for kids", "yes")), List.of(), List.of(
                example("6", "Tax cut, again!", "no"),
                example("7", "zebra crossing", "yes")))));
    }

    @Test
    void votesWithTheMostSimilarTrainingTextsAndFallsBackToTheUsersMajority() {
        // "Tax cut" only matches the two "no" texts; "zebra crossing" matches nothing -> majority "yes".
        assertThat(topLabels(new RetrievalBaseline(), dataset()).get("u")).containsExactly("no", "yes");
    }

    @Test
    void weighsVotesByScoreAndHonoursK() {
        PersonalizedDataset dataset = new PersonalizedDataset(TASK, List.of(new UserData("u", List.of(
                example("1", "apple pie", "no"), example("2", "red car", "yes"), example("3", "red bus", "yes"),
                example("4", "red van", "yes"), example("5", "red cup", "yes"), example("6", "green tea", "no"),
                example("7", "black tea", "no"), example("8", "hot tea", "no")),
                List.of(), List.of(example("9", "red apple", "no")))));

        // All texts have two words, so scores are idf sums: "apple" ln 6 = 1.79 for text 1 ("no"),
        // "red" ln 2 = 0.69 for each of texts 2-5 ("yes"). k=1: "no". k=5: yes 2.77 beats no 1.79.
        assertThat(topLabels((RetrievalBaseline) Contenders.create(RetrievalBaseline.NAME, Map.of("k", "1")), dataset).get("u")).containsExactly("no");
        assertThat(topLabels(new RetrievalBaseline(), dataset).get("u")).containsExactly("yes");
        assertThatThrownBy(() -> Contenders.create(RetrievalBaseline.NAME, Map.of("k1", "fast")))
                .hasMessage("retrieval: setting k1=fast: expected a finite number >= 0");
        assertThatThrownBy(() -> Contenders.create(RetrievalBaseline.NAME, Map.of("k", "2.5")))
                .hasMessage("retrieval: setting k=2.5: expected a whole number >= 1");
    }

    @Test
    void scoresWithBm25() {
        Bm25Index index = new Bm25Index(List.of("a b", "a c c"), 1.2, 0.75);

        // "c": N=2, df=1 -> idf = ln(1 + 1.5/1.5) = ln 2; doc 1 has tf=2, length 3, average 2.5:
        // ln 2 * 2 * 2.2 / (2 + 1.2 * (0.25 + 0.75 * 3 / 2.5))
        assertThat(index.score("c", 1)).isCloseTo(Math.log(2) * 4.4 / (2 + 1.2 * 1.15), within(1e-12));
        assertThat(index.score("c", 0)).isZero();
        assertThat(index.search("C!", 5)).extracting(Bm25Index.Hit::document).containsExactly(1);
    }

    @Test
    void tokenizesIntoLowercaseWords() {
        assertThat(Bm25Index.tokenize("Hello, WORLD! it's 2x")).containsExactly("hello", "world", "it", "s", "2x");
    }

    @Test
    void recordsItsEffectiveSettingsWithoutTheIgnoredEpochs() {
        assertThat(Contenders.create(RetrievalBaseline.NAME, Map.of("k", "3", "epochs", "2")).effectiveSettings())
                .containsOnlyKeys("k", "k1", "b")
                .containsEntry("k", "3");
    }
}
