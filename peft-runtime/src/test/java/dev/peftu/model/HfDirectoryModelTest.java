package dev.peftu.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peftu.store.Safetensors;
import dev.peftu.store.SafetensorsDtype;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own BERT-family model in Hugging Face format loads and runs: a tiny randomly
 * initialised BERT written by the test, in f32 and in bf16.
 */
class HfDirectoryModelTest {

    private static final BertConfig TINY = new BertConfig(40, 16, 2, 4, 32, 32, 2, 1e-12f);
    private static final List<String> WORDS = List.of("the", "cat", "sat", "on", "mat", "dog", "ran", "far",
            "a", "big", "red", "ball", "##s", "##ing");

    @TempDir
    Path temp;

    @Test
    void bf16AndF32CopiesOfOneModelGiveTheSameOutputsWithinBf16Rounding() throws IOException {
        Map<String, HostTensor> weights = randomWeights(new Random(5));
        Path f32 = writeModel(temp.resolve("f32"), weights, SafetensorsDtype.F32);
        Path bf16 = writeModel(temp.resolve("bf16"), weights, SafetensorsDtype.BF16);
        List<String> texts = List.of("the cat sat on the mat", "a big red ball", "dogs ran far");
        try (BaseModel exact = BaseModel.fromDirectory(f32, 16);
             BaseModel rounded = BaseModel.fromDirectory(bf16, 16)) {
            float[][] expected = exact.embed(texts);
            float[][] actual = rounded.embed(texts);
            double largest = 0;
            double diff = 0;
            for (int t = 0; t < texts.size(); t++) {
                for (int h = 0; h < TINY.hiddenSize(); h++) {
                    largest = Math.max(largest, Math.abs(expected[t][h]));
                    diff = Math.max(diff, Math.abs(expected[t][h] - actual[t][h]));
                }
            }
            // bf16 keeps 8 significant bits: about 0.4% relative error per weight
            assertThat(diff).isGreaterThan(0).isLessThan(0.05 * largest);
        }
    }

    @Test
    void bertPrefixedCheckpointLoadsLikeAPlainOne() throws IOException {
        Map<String, HostTensor> weights = randomWeights(new Random(6));
        Map<String, HostTensor> prefixed = new LinkedHashMap<>();
        weights.forEach((k, v) -> prefixed.put("bert." + k, v));
        Path plain = writeModel(temp.resolve("plain"), weights, SafetensorsDtype.F32);
        Path withPrefix = writeModel(temp.resolve("prefixed"), prefixed, SafetensorsDtype.F32);
        try (BaseModel a = BaseModel.fromDirectory(plain, 16); BaseModel b = BaseModel.fromDirectory(withPrefix, 16)) {
            assertThat(b.embed(List.of("the red dog"))[0]).containsExactly(a.embed(List.of("the red dog"))[0]);
        }
    }

    @Test
    void tokensOfTheUsersTokenizerReachTheEncoder() throws IOException {
        Path dir = writeModel(temp.resolve("m"), randomWeights(new Random(7)), SafetensorsDtype.F32);
        try (BaseModel model = BaseModel.fromDirectory(dir, 16)) {
            // [CLS]=2 the=5 cat=6 [SEP]=3
            assertThat(model.tokenIds("The cat")).containsExactly(2, 5, 6, 3);
            try (NDManager step = NDManager.newBaseManager(model.encoder().device())) {
                EncodedBatch batch = EncodedBatch.pad(step, List.of(model.tokenIds("The cat")));
                assertThat(model.encoder().forward(step, batch, Injection.NONE).getShape().getShape())
                        .containsExactly(1, 4, TINY.hiddenSize());
            }
        }
    }

    @Test
    void missingTokenizerIsReportedWithItsPath() throws IOException {
        Path dir = writeModel(temp.resolve("m"), randomWeights(new Random(8)), SafetensorsDtype.F32);
        Files.delete(dir.resolve("tokenizer.json"));
        assertThatThrownBy(() -> BaseModel.fromDirectory(dir, 16)).hasMessageContaining("tokenizer.json");
    }

    static Map<String, HostTensor> randomWeights(Random random) {
        Map<String, HostTensor> weights = new LinkedHashMap<>();
        BertWeightNames.expectedShapes(TINY).forEach((name, shape) -> {
            int size = (int) java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b);
            float[] data = new float[size];
            boolean layerNormWeight = name.contains("LayerNorm.weight");
            for (int i = 0; i < size; i++) {
                data[i] = layerNormWeight ? 1f + 0.1f * (float) random.nextGaussian() : 0.2f * (float) random.nextGaussian();
            }
            weights.put(name, new HostTensor(shape, data));
        });
        return weights;
    }

    static Path writeModel(Path dir, Map<String, HostTensor> weights, SafetensorsDtype dtype) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper();
        ObjectNode config = json.createObjectNode()
                .put("model_type", "bert")
                .put("vocab_size", TINY.vocabSize())
                .put("hidden_size", TINY.hiddenSize())
                .put("num_hidden_layers", TINY.layers())
                .put("num_attention_heads", TINY.heads())
                .put("intermediate_size", TINY.intermediateSize())
                .put("max_position_embeddings", TINY.maxPositions())
                .put("type_vocab_size", TINY.typeVocabSize())
                .put("layer_norm_eps", 1e-12)
                .put("hidden_act", "gelu");
        json.writeValue(dir.resolve("config.json").toFile(), config);
        Safetensors.write(dir.resolve("model.safetensors"), weights, Map.of(), dtype);
        json.writeValue(dir.resolve("tokenizer.json").toFile(), tokenizer(json));
        return dir;
    }

    /** A WordPiece tokenizer.json of the shape BERT checkpoints ship. */
    static ObjectNode tokenizer(ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        root.put("version", "1.0");
        root.putNull("truncation");
        root.putNull("padding");
        ArrayNode added = root.putArray("added_tokens");
        List<String> special = List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]");
        for (int i = 0; i < special.size(); i++) {
            added.addObject().put("id", i).put("content", special.get(i)).put("single_word", false)
                    .put("lstrip", false).put("rstrip", false).put("normalized", false).put("special", true);
        }
        root.putObject("normalizer").put("type", "BertNormalizer").put("clean_text", true)
                .put("handle_chinese_chars", true).putNull("strip_accents").put("lowercase", true);
        root.putObject("pre_tokenizer").put("type", "BertPreTokenizer");
        ObjectNode post = root.putObject("post_processor");
        post.put("type", "TemplateProcessing");
        ArrayNode single = post.putArray("single");
        single.addObject().putObject("SpecialToken").put("id", "[CLS]").put("type_id", 0);
        single.addObject().putObject("Sequence").put("id", "A").put("type_id", 0);
        single.addObject().putObject("SpecialToken").put("id", "[SEP]").put("type_id", 0);
        ArrayNode pair = post.putArray("pair");
        pair.addObject().putObject("SpecialToken").put("id", "[CLS]").put("type_id", 0);
        pair.addObject().putObject("Sequence").put("id", "A").put("type_id", 0);
        pair.addObject().putObject("SpecialToken").put("id", "[SEP]").put("type_id", 0);
        pair.addObject().putObject("Sequence").put("id", "B").put("type_id", 1);
        pair.addObject().putObject("SpecialToken").put("id", "[SEP]").put("type_id", 1);
        ObjectNode specialTokens = post.putObject("special_tokens");
        for (String token : List.of("[CLS]", "[SEP]")) {
            ObjectNode entry = specialTokens.putObject(token);
            entry.put("id", token);
            entry.putArray("ids").add(special.indexOf(token));
            entry.putArray("tokens").add(token);
        }
        root.putObject("decoder").put("type", "WordPiece").put("prefix", "##").put("cleanup", true);
        ObjectNode model = root.putObject("model");
        model.put("type", "WordPiece").put("unk_token", "[UNK]").put("continuing_subword_prefix", "##")
                .put("max_input_chars_per_word", 100);
        ObjectNode vocab = model.putObject("vocab");
        for (int i = 0; i < special.size(); i++) {
            vocab.put(special.get(i), i);
        }
        for (int i = 0; i < WORDS.size(); i++) {
            vocab.put(WORDS.get(i), special.size() + i);
        }
        return root;
    }
}
