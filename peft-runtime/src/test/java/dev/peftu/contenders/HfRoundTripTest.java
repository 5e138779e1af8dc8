package dev.peftu.contenders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peftu.data.PeftuJsonFormat;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.model.BaseModel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The round trip's peftu half, run by {@code .ci/run} after {@code interop/round_trip.py}: LoRA
 * modules HF PEFT wrote on the exported base predict here, through the {@code stored} contender
 * on that exported base, exactly the labels they predicted in Python. It needs those Python
 * files, so ordinary builds leave it out; {@value #PROPERTY} names the directory
 * {@code round_trip.py} wrote, {@value #PROJECT} the export's project.
 */
@EnabledIfSystemProperty(named = HfRoundTripTest.PROPERTY, matches = ".+")
class HfRoundTripTest {

    static final String PROPERTY = "interop.roundTrip";
    static final String PROJECT = "interop.project";

    @Test
    void loraModulesWrittenByHfPeftPredictHereWhatTheyPredictedInPython() throws Exception {
        Path modules = Path.of(System.getProperty(PROPERTY));
        Path project = Path.of(System.getProperty(PROJECT));
        PersonalizedDataset board = new PeftuJsonFormat().read(project.resolve("src/test/data/board"));
        Map<String, Map<String, String>> python = new ObjectMapper().readValue(
                modules.resolve("predictions.json").toFile(), new TypeReference<>() { });
        Map<String, String> settings = Map.of(StoredLoraModules.DIRECTORY, modules.toString());
        int maxLength = new ObjectMapper().readTree(project.resolve("target/peftu/results.json").toFile())
                .at("/benchmarks/0/configuration/maxLength").asInt();
        try (BaseModel base = BaseModel.fromDirectory(project.resolve("target/peftu/export/base"), maxLength)) {
            ContenderResult here = Contenders.create(StoredLoraModules.NAME, settings)
                    .run(new RunContext(board, base, 7, settings, null), ProgressListener.NONE);
            Map<String, Map<String, String>> predicted = new TreeMap<>();
            here.predictionsByUser().forEach((user, predictions) -> {
                Map<String, String> labels = new LinkedHashMap<>();
                predictions.forEach(p -> labels.put(p.exampleId(), p.label()));
                predicted.put(user, new TreeMap<>(labels));
            });
            assertThat(predicted).isEqualTo(new TreeMap<>(python));
        }
    }
}
