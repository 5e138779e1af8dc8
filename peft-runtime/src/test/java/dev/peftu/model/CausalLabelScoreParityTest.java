package dev.peftu.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import dev.peftu.data.LabelPrompt;
import dev.peftu.data.TaskDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The label scores peftu computes on a causal LM equal those transformers computes in float32,
 * within 1e-4, for every supported model_type: the prompt encoder gives the token ids
 * transformers' tokenizer gives (each filled prompt with the special tokens tokenizer.json
 * defines, each label's words alone without them), and {@link LabelLikelihood} over one
 * right-padded batch of every prompt followed by every label's words (words of 4 and 9 tokens)
 * gives the sum, and the mean, of the log-softmax log-likelihoods of the label's tokens after
 * its prompt that transformers gives each sequence run on its own.
 */
class CausalLabelScoreParityTest {

    private static final float TOLERANCE = 1e-4f;
    private static final Map<String, BaseModel> MODELS = new ConcurrentHashMap<>();

    private static BaseModel model(String name) {
        return MODELS.computeIfAbsent(name, n -> BaseModel.fromDirectory(CausalFixtures.directory(n), 128));
    }

    @AfterAll
    static void closeModels() {
        MODELS.values().forEach(BaseModel::close);
        MODELS.clear();
    }

    @ParameterizedTest
    @MethodSource("dev.peftu.model.CausalFixtures#names")
    void promptsAndLabelWordsEncodeToTheIdsOfTransformersTokenizer(String name) {
        CausalFixtures.Training expected = CausalFixtures.Training.of(name);
        PromptEncoder encoder = model(name).promptEncoder(expected.task(false));
        for (int p = 0; p < expected.texts().size(); p++) {
            assertThat(encoder.prompt(expected.texts().get(p))).as("%s prompt %d", name, p)
                    .containsExactly(expected.promptIds().get(p));
        }
        for (int l = 0; l < expected.labels().size(); l++) {
            assertThat(encoder.labelIds(l)).as("%s words of %s", name, expected.labels().get(l))
                    .containsExactly(expected.labelIds().get(l));
        }
        assertThat(expected.labelIds().get(0).length).as("label words of different lengths")
                .isNotEqualTo(expected.labelIds().get(1).length);
    }

    @ParameterizedTest
    @MethodSource("dev.peftu.model.CausalFixtures#names")
    void sumAndMeanLabelScoresOfABatchEqualTransformers(String name) {
        CausalFixtures.Training expected = CausalFixtures.Training.of(name);
        BaseModel model = model(name);
        for (String kind : List.of("sum", "mean")) {
            TaskDefinition task = expected.task(kind.equals("mean"));
            PromptEncoder encoder = model.promptEncoder(task);
            assertThat(encoder.prompt()).isEqualTo(new LabelPrompt(expected.template(), task.prompt().verbalizations(),
                    kind.equals("mean")));
            List<long[]> prompts = new ArrayList<>();
            expected.texts().forEach(text -> prompts.add(encoder.prompt(text)));
            int[][] labels = new int[prompts.size()][];
            Arrays.fill(labels, IntStream.range(0, task.labels().size()).toArray());
            float[] scores;
            try (NDManager step = NDManager.newBaseManager(model.device())) {
                scores = LabelLikelihood.scores(step, model.causalLm(), encoder, prompts, labels, Injection.NONE)
                        .toFloatArray();
            }
            float[][] table = expected.scores().get(kind);
            double largest = 0;
            for (int p = 0; p < table.length; p++) {
                for (int l = 0; l < table[p].length; l++) {
                    largest = Math.max(largest, Math.abs(scores[p * table[p].length + l] - table[p][l]));
                }
            }
            assertThat(largest).as("%s %s: largest difference of %d scores", name, kind, scores.length)
                    .isLessThan(TOLERANCE);
        }
    }
}
