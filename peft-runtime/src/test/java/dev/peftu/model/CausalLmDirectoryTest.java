package dev.peftu.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peftu.store.FileFormatException;
import dev.peftu.store.Safetensors;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a causal LM's directory reads its architecture as transformers does, and every broken
 * part of it (model_type, rotary settings, a shard, a dtype, a tensor, the tokenizer) is an error
 * naming the file and the field or tensor, before anything runs.
 */
class CausalLmDirectoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void architectureOfADirectoryIsTheCausalLmItsConfigDescribes() throws IOException {
        Architecture llama = BaseModel.architectureOf(Optional.of(CausalFixtures.directory("llama")));
        assertThat(llama).isInstanceOf(CausalLmConfig.class);
        CausalLmConfig config = (CausalLmConfig) llama;
        assertThat(config.modelType()).isEqualTo("llama");
        assertThat(config.keyValueWidth()).isEqualTo(32);
        assertThat(config.rotary()).isEqualTo(new RotaryEmbedding(50_000.0,
                Optional.of(new RotaryEmbedding.Llama3Scaling(8f, 1f, 4f, 16))));
        assertThat(config.tieWordEmbeddings()).isTrue();
        assertThat(config.linearSites().subList(0, 7)).extracting(LinearSite::modulePath).containsExactly(
                "layers.0.self_attn.q_proj", "layers.0.self_attn.k_proj", "layers.0.self_attn.v_proj",
                "layers.0.self_attn.o_proj", "layers.0.mlp.gate_proj", "layers.0.mlp.up_proj",
                "layers.0.mlp.down_proj");
        assertThat(config.qualifiedPath(config.attentionOutput(1))).isEqualTo("model.layers.1.self_attn.o_proj");
        assertThat(config.feedForwardOutput(1).shortName()).isEqualTo("down_proj");

        CausalLmConfig qwen3 = (CausalLmConfig) BaseModel.architectureOf(
                Optional.of(CausalFixtures.directory("qwen3")));
        assertThat(qwen3.headSize()).isEqualTo(24);
        assertThat(qwen3.site(0, CausalLmConfig.QUERY).outFeatures()).isEqualTo(96);
        assertThat(qwen3.attentionOutput(0).inFeatures()).isEqualTo(96);
        assertThat(qwen3.rotary().llama3()).isEmpty();
        CausalLmConfig mistral = (CausalLmConfig) BaseModel.architectureOf(
                Optional.of(CausalFixtures.directory("mistral")));
        assertThat(mistral.slidingWindow()).hasValue(5);
        assertThat(mistral.tieWordEmbeddings()).isFalse();
    }

    @Test
    void transformers5sRopeParametersReadAsTheOlderRopeThetaAndRopeScaling() throws IOException {
        CausalFixtures.copy("llama", dir);
        Architecture legacy = BaseModel.architectureOf(Optional.of(dir));
        editConfig(config -> {
            ObjectNode parameters = ((ObjectNode) config.remove("rope_scaling")).deepCopy();
            parameters.set("rope_theta", config.remove("rope_theta"));
            config.set("rope_parameters", parameters);
        });

        assertThat(BaseModel.architectureOf(Optional.of(dir))).isEqualTo(legacy);
    }

    @Test
    void anUnsupportedModelTypeIsNamedWithTheSupportedOnes() throws IOException {
        CausalFixtures.copy("llama", dir);
        editConfig(config -> config.put("model_type", "gpt2"));

        assertThatThrownBy(() -> CausalLmDirectory.open(dir)).isInstanceOf(FileFormatException.class)
                .hasMessageContaining(dir.resolve("config.json").toString())
                .hasMessageContaining("field model_type is \"gpt2\"")
                .hasMessageContaining("bert, llama, mistral, qwen2, qwen3");
        assertThatThrownBy(() -> BaseModel.architectureOf(Optional.of(dir)))
                .hasMessageContaining("field model_type is \"gpt2\"");
    }

    @Test
    void aRotaryScalingOtherThanLlama3sIsNamedByItsField() throws IOException {
        CausalFixtures.copy("llama", dir);
        editConfig(config -> ((ObjectNode) config.get("rope_scaling")).put("rope_type", "yarn"));

        assertThatThrownBy(() -> CausalLmDirectory.open(dir)).isInstanceOf(FileFormatException.class)
                .hasMessageContaining("config.json")
                .hasMessageContaining("field rope_scaling.rope_type is \"yarn\"; expected \"llama3\"");
    }

    @Test
    void aMissingShardIsNamedWithTheIndexThatListsIt() throws IOException {
        CausalFixtures.copy("mistral", dir);
        Files.delete(dir.resolve("model-00003-of-00009.safetensors"));

        assertThatThrownBy(() -> CausalLmDirectory.open(dir)).isInstanceOf(FileFormatException.class)
                .hasMessageContaining(dir.resolve("model.safetensors.index.json").toString())
                .hasMessageContaining("names shard model-00003-of-00009.safetensors, which is missing");
    }

    @Test
    void anUnsupportedDtypeIsNamedWithItsFileAndTensor() throws IOException {
        CausalFixtures.copy("llama", dir);
        Path weights = dir.resolve("model.safetensors");
        String first = replaceFirstDtype(weights, "\"F32\"", "\"F64\"");

        assertThatThrownBy(() -> CausalLmDirectory.open(dir)).isInstanceOf(FileFormatException.class)
                .hasMessageContaining(weights.toString())
                .hasMessageContaining("tensor " + first + ": dtype F64 is not supported");
    }

    @Test
    void aMisShapedTensorIsNamedWithTheShapeTheConfigCallsFor() throws IOException {
        CausalFixtures.copy("llama", dir);
        Path weights = dir.resolve("model.safetensors");
        Map<String, HostTensor> tensors = new LinkedHashMap<>(Safetensors.read(weights));
        tensors.put(CausalLmWeightNames.FINAL_NORM, new HostTensor(new long[] {63}, new float[63]));
        Safetensors.write(weights, tensors, Map.of("format", "pt"));

        assertThatThrownBy(() -> CausalLmDirectory.open(dir)).isInstanceOf(FileFormatException.class)
                .hasMessageContaining(weights.toString())
                .hasMessageContaining("tensor model.norm.weight has shape [63]; expected shape [64]");
    }

    @Test
    void aMissingOutputProjectionOfUntiedEmbeddingsIsNamedWithTheIndexThatShouldListIt() throws IOException {
        CausalFixtures.copy("mistral", dir);
        Path index = editWeightMap(weightMap -> weightMap.remove(CausalLmWeightNames.LM_HEAD));

        assertThatThrownBy(() -> CausalLmDirectory.open(dir)).isInstanceOf(FileFormatException.class)
                .hasMessageContaining(index.toString())
                .hasMessageContaining("tensor lm_head.weight is missing");
    }

    @Test
    void aTensorMissingFromTheShardTheIndexMapsItToIsNamedWithThatShard() throws IOException {
        CausalFixtures.copy("mistral", dir);
        String wrongShard = JSON.readTree(dir.resolve(HfModelDirectory.WEIGHTS_INDEX_FILE).toFile())
                .get("weight_map").get(CausalLmWeightNames.EMBEDDING).asText();
        editWeightMap(weightMap -> weightMap.put(CausalLmWeightNames.FINAL_NORM, wrongShard));

        assertThatThrownBy(() -> CausalLmDirectory.open(dir)).isInstanceOf(FileFormatException.class)
                .hasMessageContaining(dir.resolve(wrongShard).toString())
                .hasMessageContaining("tensor model.norm.weight is missing");
    }

    @Test
    void aMissingTokenizerIsNamed() throws IOException {
        CausalFixtures.copy("qwen2", dir);
        Files.delete(dir.resolve("tokenizer.json"));

        assertThatThrownBy(() -> CausalLmDirectory.open(dir)).isInstanceOf(FileNotFoundException.class)
                .hasMessageContaining(dir.resolve("tokenizer.json").toString());
    }

    @Test
    void aBertDirectoryIsNotACausalLm() throws IOException {
        CausalFixtures.copy("qwen2", dir);
        editConfig(config -> config.put("model_type", "bert"));

        assertThatThrownBy(() -> CausalLmDirectory.open(dir)).isInstanceOf(FileFormatException.class)
                .hasMessageContaining("config.json");
    }

    private void editConfig(Consumer<ObjectNode> edit) throws IOException {
        Path file = dir.resolve("config.json");
        ObjectNode config = (ObjectNode) JSON.readTree(file.toFile());
        edit.accept(config);
        Files.writeString(file, config.toString());
    }

    /** Edits the shard index's weight_map in place; returns the index file. */
    private Path editWeightMap(Consumer<ObjectNode> edit) throws IOException {
        Path index = dir.resolve(HfModelDirectory.WEIGHTS_INDEX_FILE);
        ObjectNode root = (ObjectNode) JSON.readTree(index.toFile());
        edit.accept((ObjectNode) root.get("weight_map"));
        Files.writeString(index, root.toString());
        return index;
    }

    /** Rewrites the first tensor dtype of a safetensors header in place (same length); returns that tensor's name. */
    private static String replaceFirstDtype(Path file, String from, String to) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int headerLength = (int) ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong();
        String header = new String(bytes, 8, headerLength, StandardCharsets.UTF_8);
        int at = header.indexOf(from);
        String patched = header.substring(0, at) + to + header.substring(at + from.length());
        byte[] patchedBytes = patched.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(patchedBytes, 0, bytes, 8, headerLength);
        Files.write(file, bytes);
        String before = header.substring(0, at);
        int nameEnd = before.lastIndexOf("\":{");
        return before.substring(before.lastIndexOf('"', nameEnd - 1) + 1, nameEnd);
    }

    @Test
    void everySupportedModelTypeHasAFixture() {
        assertThat(CausalFixtures.NAMES).containsExactlyElementsOf(CausalLmConfig.MODEL_TYPES);
        assertThat(List.copyOf(CausalFixtures.NAMES)).allSatisfy(name ->
                assertThat(CausalFixtures.directory(name).resolve("expected.json")).exists());
    }
}
