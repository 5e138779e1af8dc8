package dev.peftu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peftu.data.Example;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.UserData;
import dev.peftu.model.BaseModel;
import dev.peftu.model.PromptEncoder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The causal-LM benchmark's users: texts of single-token words whose prompts all take the same
 * tokens, on a stand-in tokenizer and on the random llama fixture's byte-level BPE.
 */
class CausalBenchUsersTest {

    /** A stand-in tokenizer: the template takes 4 tokens, each word one. */
    private static final ToIntFunction<String> WORDS_PLUS_FOUR = text -> 4 + (int) text.chars()
            .filter(c -> c == ' ').count();
    private static Path directory;
    private static BaseModel model;

    @BeforeAll
    static void load() throws URISyntaxException {
        directory = Path.of(CausalBenchUsersTest.class.getResource("/causal/llama").toURI());
        model = BaseModel.fromDirectory(directory, 64);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void theTemplateLeavesTheRestOfThePromptToWords() {
        assertThat(CausalBenchUsers.wordsPerText(WORDS_PLUS_FOUR, 32)).isEqualTo(28);
        assertThatThrownBy(() -> CausalBenchUsers.wordsPerText(WORDS_PLUS_FOUR, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("takes 4 tokens without a text")
                .hasMessageContaining("peftu.bench.promptTokens");
    }

    @Test
    void everyUserGetsTextsOfItsOwnWithOneLabelEachTheSameForTheSameSeed() {
        PersonalizedDataset dataset = CausalBenchUsers.dataset(List.of("red", "green", "blue"), 3, 5, 6, 42);
        assertThat(dataset.users()).extracting(UserData::userId).containsExactly("user01", "user02", "user03");
        for (UserData user : dataset.users()) {
            assertThat(user.train()).hasSize(5).allSatisfy(example -> {
                assertThat(example.text()).matches("( (red|green|blue)){6}");
                assertThat(example.labels()).hasSize(1).first().isIn("positive", "negative");
            });
            assertThat(user.val()).isEmpty();
            assertThat(user.test()).isEmpty();
        }
        assertThat(CausalBenchUsers.dataset(List.of("red", "green", "blue"), 3, 5, 6, 42).users())
                .isEqualTo(dataset.users());
        CausalBenchUsers.requirePromptLength(dataset, WORDS_PLUS_FOUR, 10);
        assertThatThrownBy(() -> CausalBenchUsers.requirePromptLength(dataset, WORDS_PLUS_FOUR, 11))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("text user01-t0").hasMessageContaining("takes 10 tokens; expected 11");
    }

    @Test
    void onAByteLevelBpeEveryPromptTakesExactlyTheTokensAsked() {
        List<String> words = CausalBenchUsers.singleTokenWords(directory.resolve("tokenizer.json"),
                model.tokenizer(), 100);
        assertThat(words).isNotEmpty().contains("the").allSatisfy(word ->
                assertThat(model.tokenizer().encodeWithoutSpecialTokens(" " + word)).hasSize(1));
        PromptEncoder prompts = model.promptEncoder(CausalBenchUsers.TASK);
        ToIntFunction<String> promptLength = text -> prompts.prompt(text).length;
        PersonalizedDataset dataset = CausalBenchUsers.dataset(words, 2, 4,
                CausalBenchUsers.wordsPerText(promptLength, 20), 7);
        CausalBenchUsers.requirePromptLength(dataset, promptLength, 20);
    }

    @Test
    void theAnchorsGetEachSequencesPromptAndGoldLabelIdsAndTheTimerCountsThem() throws Exception {
        PromptEncoder prompts = model.promptEncoder(CausalBenchUsers.TASK);
        List<String> words = CausalBenchUsers.singleTokenWords(directory.resolve("tokenizer.json"),
                model.tokenizer(), 100);
        PersonalizedDataset dataset = CausalBenchUsers.dataset(words, 2, 3,
                CausalBenchUsers.wordsPerText(text -> prompts.prompt(text).length, 16), 7);
        JsonNode users = new ObjectMapper().readTree(CausalBenchUsers.anchorData(dataset, prompts)).path("users");
        assertThat(users).hasSize(2);
        long labelTokens = 0;
        for (int u = 0; u < 2; u++) {
            assertThat(users.get(u).path("id").asText()).isEqualTo(dataset.users().get(u).userId());
            JsonNode rows = users.get(u).path("rows");
            assertThat(rows).hasSize(3);
            for (int r = 0; r < 3; r++) {
                Example example = dataset.users().get(u).train().get(r);
                long[] label = prompts.labelIds(CausalBenchUsers.TASK.labels().indexOf(example.labels().get(0)));
                assertThat(ids(rows.get(r).path("prompt"))).containsExactly(prompts.prompt(example.text()));
                assertThat(ids(rows.get(r).path("label"))).containsExactly(label);
                if (u == 0) {
                    labelTokens += label.length;
                }
            }
        }
        CohortTrainingTimer timer = new CohortTrainingTimer(model, "lora", 1, 1, dataset, 7);
        assertThat(timer.trainingTokens(dataset.users().get(0))).isEqualTo(3 * 16 + labelTokens);
    }

    private static long[] ids(JsonNode array) {
        long[] ids = new long[array.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = array.get(i).asLong();
        }
        return ids;
    }
}
