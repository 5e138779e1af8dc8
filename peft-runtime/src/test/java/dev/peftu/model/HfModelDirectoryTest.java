package dev.peftu.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peftu.store.FileFormatException;
import dev.peftu.store.Safetensors;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HfModelDirectoryTest {

    private static final BertConfig TINY = new BertConfig(50, 8, 2, 2, 16, 20, 2, 1e-7f);

    @TempDir
    Path dir;

    private Map<String, Object> config;
    private Map<String, HostTensor> encoder;

    @BeforeEach
    void writeTinyCheckpoint() throws IOException {
        config = new LinkedHashMap<>();
        config.put("model_type", "bert");
        config.put("vocab_size", 50);
        config.put("hidden_size", 8);
        config.put("num_hidden_layers", 2);
        config.put("num_attention_heads", 2);
        config.put("intermediate_size", 16);
        config.put("max_position_embeddings", 20);
        config.put("type_vocab_size", 2);
        config.put("layer_norm_eps", 1e-7);
        config.put("hidden_act", "gelu");
        writeConfig();
        Random random = new Random(7);
        encoder = new LinkedHashMap<>();
        BertWeightNames.expectedShapes(TINY).forEach((name, shape) -> encoder.put(name, RandomTensors.gaussian(random, shape)));
        Map<String, HostTensor> checkpoint = new LinkedHashMap<>();
        encoder.forEach((name, tensor) -> checkpoint.put("bert." + name, tensor));
        checkpoint.put("bert.pooler.dense.weight", RandomTensors.gaussian(random, 8, 8));
        checkpoint.put("classifier.weight", RandomTensors.gaussian(random, 3, 8));
        Safetensors.write(dir.resolve("model.safetensors"), checkpoint, Map.of("format", "pt"));
        Files.writeString(dir.resolve("tokenizer.json"), "{}");
    }

    @Test
    void readsConfigAndEncoderWeightsWithoutTheBertPrefix() throws IOException {
        HfModelDirectory model = HfModelDirectory.open(dir);

        assertThat(model.config()).isEqualTo(TINY);
        assertThat(model.weights()).isEqualTo(encoder);
        assertThat(model.tokenizerFile()).isEqualTo(dir.resolve("tokenizer.json"));
    }

    @Test
    void acceptsUnprefixedWeightsAndAConfigWithoutModelType() throws IOException {
        config.remove("model_type");
        writeConfig();
        Safetensors.write(dir.resolve("model.safetensors"), encoder, Map.of());

        assertThat(HfModelDirectory.open(dir).weights()).isEqualTo(encoder);
    }

    @Test
    void rejectsAnotherModelTypeNamingFileAndField() throws IOException {
        config.put("model_type", "gpt2");
        writeConfig();

        assertThatThrownBy(() -> HfModelDirectory.open(dir))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("config.json").hasMessageContaining("field model_type")
                .hasMessageContaining("gpt2");
    }

    @Test
    void rejectsAMissingConfigFieldNamingIt() throws IOException {
        config.remove("num_attention_heads");
        writeConfig();

        assertThatThrownBy(() -> HfModelDirectory.open(dir))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("config.json").hasMessageContaining("field num_attention_heads is missing");
    }

    @Test
    void rejectsANonIntegerConfigField() throws IOException {
        config.put("hidden_size", "eight");
        writeConfig();

        assertThatThrownBy(() -> HfModelDirectory.open(dir))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("field hidden_size is \"eight\"");
    }

    @Test
    void rejectsAnInconsistentArchitectureNamingTheFile() throws IOException {
        config.put("num_attention_heads", 3);
        writeConfig();

        assertThatThrownBy(() -> HfModelDirectory.open(dir))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("config.json").hasMessageContaining("num_attention_heads 3");
    }

    @Test
    void rejectsAMissingEncoderWeightNamingTheTensor() throws IOException {
        encoder.remove("encoder.layer.1.output.dense.weight");
        Safetensors.write(dir.resolve("model.safetensors"), encoder, Map.of());

        assertThatThrownBy(() -> HfModelDirectory.open(dir))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("model.safetensors")
                .hasMessageContaining("encoder.layer.1.output.dense.weight (or bert.encoder.layer.1.output.dense.weight) is missing")
                .hasMessageContaining("[8, 16]");
    }

    @Test
    void rejectsAWeightOfTheWrongShape() throws IOException {
        encoder.put("encoder.layer.0.intermediate.dense.weight", RandomTensors.gaussian(new Random(1), 8, 16));
        Safetensors.write(dir.resolve("model.safetensors"), encoder, Map.of());

        assertThatThrownBy(() -> HfModelDirectory.open(dir))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("encoder.layer.0.intermediate.dense.weight has shape [8, 16]")
                .hasMessageContaining("expected shape [16, 8]");
    }

    @Test
    void rejectsEachMissingFileByName() throws IOException {
        for (String file : new String[] {"tokenizer.json", "model.safetensors", "config.json"}) {
            Files.delete(dir.resolve(file));
            assertThatThrownBy(() -> HfModelDirectory.open(dir))
                    .isInstanceOf(FileNotFoundException.class)
                    .hasMessageContaining(dir.resolve(file).toString()).hasMessageContaining("missing");
        }
    }

    private void writeConfig() throws IOException {
        new ObjectMapper().writeValue(dir.resolve("config.json").toFile(), config);
    }

    @Test
    void rejectsAConfigWithoutHiddenSizeNamingTheField() throws IOException {
        config.remove("hidden_size");
        writeConfig();

        assertThatThrownBy(() -> HfModelDirectory.open(dir))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("config.json").hasMessageContaining("field hidden_size is missing");
    }
}
