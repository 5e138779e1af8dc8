package dev.peftu.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peftu.contenders.Contenders;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.SyntheticTaskGenerator;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.model.BaseModel;
import dev.peftu.model.HostTensor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A stored module of every method HF PEFT has is laid out as HF PEFT itself writes that method
 * for all-MiniLM-L6-v2 with peftu's defaults: the same tensor names and shapes, and the same
 * values and JSON types in every {@code adapter_config.json} field both write. The reference
 * files in {@code hf-peft-reference/} were saved by HF PEFT ({@code interop/hf_reference.py}).
 */
class HfPeftLayoutTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fields that name the run rather than the method: where the base is, which peft wrote it. */
    private static final Set<String> RUN_FIELDS = Set.of("base_model_name_or_path", "peft_version", "revision");

    @TempDir
    static java.nio.file.Path store;

    private static BaseModel model;
    private static PersonalizedDataset dataset;

    @BeforeAll
    static void load() {
        model = BaseModel.embedded(16);
        // two labels, as the reference's BertForSequenceClassification has
        dataset = SyntheticTaskGenerator.defaults().users(2).textsPerUser(12).seed(5).dataset();
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lora", "ia3", "prompt-tuning", "prefix-tuning", "p-tuning"})
    void storedModuleHasHfPeftsTensorNamesAndShapes(String method) throws Exception {
        StoredModule stored = trained(method);
        Map<String, List<Long>> ours = new TreeMap<>();
        stored.weights().forEach((key, tensor) -> ours.put(key, shape(tensor)));
        // HF PEFT keeps only the prompt encoder's output; peftu also keeps the encoder it trained
        ours.keySet().removeIf(key -> method.equals("p-tuning") && key.startsWith("prompt_encoder."));
        assertThat(ours).isEqualTo(referenceKeys(method));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lora", "ia3", "prompt-tuning", "prefix-tuning", "p-tuning"})
    void adapterConfigAgreesWithHfPeftsInEveryFieldBothWrite(String method) throws Exception {
        Map<String, Object> ours = trained(method).adapterConfig();
        Map<String, Object> theirs = reference(method + "/adapter_config.json",
                in -> JSON.readValue(in, new TypeReference<Map<String, Object>>() { }));
        Predicate<String> shared = field -> theirs.containsKey(field) && !RUN_FIELDS.contains(field);
        Set<String> compared = ours.keySet().stream().filter(shared).collect(Collectors.toCollection(TreeSet::new));
        assertThat(compared).contains("peft_type", "task_type");
        for (String field : compared) {
            Object mine = ours.get(field);
            Object hf = theirs.get(field);
            if (field.equals("modules_to_save")) {
                // HF PEFT lists every head name it knows (classifier, score); the MiniLM head is classifier
                assertThat(new HashSet<Object>((List<?>) hf)).as(field).containsAll((List<?>) mine);
            } else if (mine instanceof List<?> list) {
                // HF PEFT writes target module sets in no fixed order
                assertThat(new HashSet<>(list)).as(field).isEqualTo(new HashSet<>((List<?>) hf));
            } else {
                assertThat(mine).as(field).isEqualTo(hf);
                assertThat(mine.getClass()).as(field + "'s JSON type").isEqualTo(hf.getClass());
            }
        }
    }

    private static StoredModule trained(String method) throws Exception {
        ModuleStore modules = new ModuleStore(store.resolve(method));
        String user = dataset.users().get(0).userId();
        if (modules.users(method).isEmpty()) {
            Map<String, String> settings = Map.of("epochs", "1");
            Contenders.create(method, settings).run(new RunContext(dataset, model, 5, settings,
                    new ModuleStorage(store.resolve(method), method, false)), ProgressListener.NONE);
        }
        StoredModule stored = modules.load(method, user);
        // the config as a Python reader gets it: through JSON
        Map<String, Object> json = JSON.readValue(JSON.writeValueAsString(stored.adapterConfig()),
                new TypeReference<Map<String, Object>>() { });
        return new StoredModule(stored.method(), stored.userId(), json, stored.weights());
    }

    private static Map<String, List<Long>> referenceKeys(String method) throws IOException {
        String text = reference(method + "/keys.txt", in -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
        Map<String, List<Long>> keys = new TreeMap<>();
        for (String line : text.strip().split("\n")) {
            String[] parts = line.split(" ", 2);
            keys.put(parts[0], Arrays.stream(parts[1].replaceAll("[\\[\\] ]", "").split(","))
                    .map(Long::valueOf).toList());
        }
        return keys;
    }

    private static List<Long> shape(HostTensor tensor) {
        return Arrays.stream(tensor.shape()).boxed().toList();
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T reference(String name, Reader<T> reader) throws IOException {
        try (InputStream in = HfPeftLayoutTest.class.getResourceAsStream("/hf-peft-reference/" + name)) {
            assertThat(in).as("resource hf-peft-reference/" + name).isNotNull();
            return reader.read(in);
        }
    }
}
