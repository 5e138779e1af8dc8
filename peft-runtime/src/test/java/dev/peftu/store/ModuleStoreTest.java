package dev.peftu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.model.HostTensor;
import dev.peftu.model.RandomTensors;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleStoreTest {

    private static final String FINGERPRINT = "sha256:0123456789abcdef";
    private static final Map<String, Object> LORA_CONFIG = Map.of("peft_type", "LORA", "r", 8, "lora_alpha", 32,
            "target_modules", List.of("query", "value"));

    @TempDir
    Path root;

    private ModuleStore store;
    private final Random random = new Random(3);

    @BeforeEach
    void createStore() {
        store = new ModuleStore(root);
    }

    @Test
    void savesAndLoadsAModuleInThePeftLayout() throws IOException {
        Map<String, HostTensor> weights = loraWeights();

        store.save("lora", "annotator-1", LORA_CONFIG, weights, FINGERPRINT);

        Path directory = store.userDirectory("lora", "annotator-1");
        assertThat(directory).isEqualTo(root.resolve("lora/annotator-1"));
        assertThat(names(directory)).containsExactly("adapter_config.json", "adapter_model.safetensors",
                "peftu_fingerprint.txt", "peftu_user_id.txt");
        assertThat(directory.resolve(ModuleStore.FINGERPRINT_FILE)).hasContent(FINGERPRINT);
        assertThat(Files.readString(directory.resolve("adapter_config.json"))).contains("\n  \"r\" : 8");
        StoredModule module = store.load("lora", "annotator-1");
        assertThat(module.adapterConfig()).isEqualTo(LORA_CONFIG);
        assertThat(module.weights()).isEqualTo(weights);
        assertThat(module.userId()).isEqualTo("annotator-1");
    }

    @Test
    void keepsAwkwardIdsInsideTheRootAndRoundTripsThem() throws IOException {
        List<String> ids = SafeUserIdsTest.AWKWARD_IDS;
        for (String id : ids) {
            store.save("lora", id, Map.of("user", id), loraWeights(), FINGERPRINT);
            Path directory = store.userDirectory("lora", id);
            assertThat(directory.getParent()).as(id).isEqualTo(root.resolve("lora"));
            assertThat(directory.toRealPath()).as(id).startsWith(root.toRealPath());
        }

        assertThat(store.users("lora")).containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            assertThat(store.load("lora", id).adapterConfig()).as(id).containsEntry("user", id);
        }
        try (Stream<Path> everything = Files.walk(root, 1)) {
            assertThat(everything).containsExactlyInAnyOrder(root, root.resolve("lora"));
        }
    }

    @Test
    void keepsIdsThatDifferOnlyByCaseApart() throws IOException {
        Map<String, HostTensor> lower = loraWeights();
        Map<String, HostTensor> upper = loraWeights();

        store.save("lora", "a", LORA_CONFIG, lower, FINGERPRINT);
        store.save("lora", "A", LORA_CONFIG, upper, FINGERPRINT);

        assertThat(store.userDirectory("lora", "a").getFileName().toString())
                .isNotEqualToIgnoringCase(store.userDirectory("lora", "A").getFileName().toString());
        assertThat(store.load("lora", "a").weights()).isEqualTo(lower);
        assertThat(store.load("lora", "A").weights()).isEqualTo(upper);
    }

    @Test
    void deletingAUserLeavesOtherUsersAndMethodsIntact() throws IOException {
        store.save("lora", "alice", LORA_CONFIG, loraWeights(), FINGERPRINT);
        store.save("lora", "bob", LORA_CONFIG, loraWeights(), FINGERPRINT);
        store.save("ia3", "alice", Map.of("peft_type", "IA3"), loraWeights(), FINGERPRINT);

        assertThat(store.delete("lora", "alice")).isTrue();

        assertThat(store.users("lora")).containsExactly("bob");
        assertThat(store.users("ia3")).containsExactly("alice");
        assertThat(store.delete("lora", "alice")).isFalse();
        assertThat(names(root.resolve("lora"))).hasSize(1);
    }

    @Test
    void failedSaveOfANewUserLeavesNoDirectoryOrTemporaryFile() throws IOException {
        store.save("lora", "bob", LORA_CONFIG, loraWeights(), FINGERPRINT);

        assertThatThrownBy(() -> store.save("lora", "alice", LORA_CONFIG, weightsThatFailWhileWriting(), FINGERPRINT))
                .hasMessageContaining("simulated failure");

        assertThat(names(root.resolve("lora"))).containsExactly("bob");
        assertThat(store.users("lora")).containsExactly("bob");
    }

    @Test
    void failedSaveOverAnExistingModuleKeepsTheOldModule() throws IOException {
        Map<String, HostTensor> old = loraWeights();
        store.save("lora", "alice", LORA_CONFIG, old, FINGERPRINT);

        assertThatThrownBy(() -> store.save("lora", "alice", Map.of("unserializable", new Object()), loraWeights(), FINGERPRINT))
                .isInstanceOf(IOException.class);

        assertThat(store.load("lora", "alice").weights()).isEqualTo(old);
        assertThat(names(root.resolve("lora"))).containsExactly(SafeUserIds.toFileName("alice"));
    }

    @Test
    void failedSaveUnderAnUnwritableRootCreatesNothing() throws IOException {
        Path blocked = Files.writeString(root.resolve("not-a-directory"), "x");
        ModuleStore blockedStore = new ModuleStore(blocked.resolve("store"));

        assertThatThrownBy(() -> blockedStore.save("lora", "alice", LORA_CONFIG, loraWeights(), FINGERPRINT))
                .isInstanceOf(IOException.class);

        assertThat(names(root)).containsExactly("not-a-directory");
    }

    @Test
    void loadingAMissingModuleNamesMethodUserAndDirectory() {
        assertThatThrownBy(() -> store.load("lora", "carol"))
                .isInstanceOf(FileNotFoundException.class)
                .hasMessageContaining("lora").hasMessageContaining("'carol'")
                .hasMessageContaining(root.resolve("lora/carol").toString());
    }

    @Test
    void refusesToLoadADirectoryRecordingAnotherUser() throws IOException {
        store.save("lora", "alice", LORA_CONFIG, loraWeights(), FINGERPRINT);
        Files.writeString(store.userDirectory("lora", "alice").resolve(ModuleStore.USER_ID_FILE), "mallory");

        assertThatThrownBy(() -> store.load("lora", "alice"))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("'mallory'").hasMessageContaining("'alice'");
    }

    @Test
    void listsNoUsersForAMethodNeverSaved() throws IOException {
        assertThat(store.users("prefix-tuning")).isEmpty();
    }

    @Test
    void keepsAnyMethodLabelInsideTheRootAndApartFromOthers() throws IOException {
        List<String> labels = List.of("lora", "lora-r4", "LoRA", "../x", "", "a/b", "lo ra", "nul");
        for (String label : labels) {
            Path directory = store.userDirectory(label, "alice");
            assertThat(directory.getParent().getParent()).as(label).isEqualTo(root);
            store.save(label, "alice", Map.of("label", label), loraWeights(), FINGERPRINT);
        }
        for (String label : labels) {
            assertThat(store.load(label, "alice").adapterConfig()).as(label).containsEntry("label", label);
        }
    }

    @Test
    void reusesAModuleOnlyWhenItsFingerprintMatches() throws IOException {
        store.save("lora", "alice", LORA_CONFIG, loraWeights(), "sha256:aaaa");

        assertThat(store.reusable("lora", "alice", "sha256:aaaa")).isPresent();
        assertThat(store.reusable("lora", "alice", "sha256:bbbb")).isEmpty();
        assertThat(store.reusable("lora", "bob", "sha256:aaaa")).isEmpty();
        Files.delete(store.userDirectory("lora", "alice").resolve(ModuleStore.FINGERPRINT_FILE));
        assertThat(store.reusable("lora", "alice", "sha256:aaaa")).isEmpty();
    }

    private Map<String, HostTensor> loraWeights() {
        return Map.of(
                "base_model.model.encoder.layer.0.attention.self.query.lora_A.weight", RandomTensors.gaussian(random, 8, 16),
                "base_model.model.encoder.layer.0.attention.self.query.lora_B.weight", RandomTensors.gaussian(random, 16, 8));
    }

    /** A weight map that fails when the writer iterates it, as a conversion bug would mid-save. */
    private static Map<String, HostTensor> weightsThatFailWhileWriting() {
        return new AbstractMap<>() {
            @Override
            public Set<Entry<String, HostTensor>> entrySet() {
                throw new IllegalStateException("simulated failure while writing weights");
            }
        };
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return new ArrayList<>(entries.map(path -> path.getFileName().toString()).sorted().toList());
        }
    }
}
