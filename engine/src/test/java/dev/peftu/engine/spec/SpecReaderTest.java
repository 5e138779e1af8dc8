package dev.peftu.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.api.InvalidRows;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.engine.Constants;
import dev.peftu.engine.badinput.LongTableBenchmark;
import dev.peftu.engine.badinput.LongTableDropBenchmark;
import dev.peftu.engine.badinput.PeftuJsonDropBenchmark;
import dev.peftu.engine.specs.BrokenMethodsBenchmark;
import dev.peftu.engine.specs.DataRequiringBenchmark;
import dev.peftu.engine.specs.MajorityBenchmark;
import dev.peftu.engine.specs.UnconfiguredDataBenchmark;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

class SpecReaderTest {

    @Test
    void configurationOverridesSeedUsersEpochsAndMethods() {
        BenchmarkSpec spec = reader(Map.of(Constants.SEED, "5", Constants.USERS_LIMIT, "2", Constants.EPOCHS, "3",
                Constants.METHODS, "majority-again, lora")).read(BrokenMethodsBenchmark.class);

        assertThat(spec.seed()).isEqualTo(5);
        assertThat(spec.usersLimit()).isEqualTo(2);
        assertThat(spec.epochs()).isEqualTo(3);
        assertThat(spec.methods()).containsExactly(
                new MethodSpec("majority-again", "majority", List.of("epochs=${note}")),
                new MethodSpec("lora", "lora", List.of()));
    }

    @Test
    void defaultNameIsTheKebabCaseClassName() {
        assertThat(reader(Map.of()).read(MajorityBenchmark.class).name()).isEqualTo("majority-benchmark");
        assertThat(BenchmarkNames.kebabCase(HTTPServerLoad2Bench.class)).isEqualTo("http-server-load2-bench");
    }

    @Test
    void datasetPathResolvesConfiguredDataDirectory() {
        BenchmarkSpec spec = reader(Map.of(Constants.DATA_DIRECTORY, "/data")).read(UnconfiguredDataBenchmark.class);

        assertThat(spec.dataset()).isEqualTo(new DatasetSpec.PeftuJson(Path.of("/data/tweeteval"), InvalidRows.FAIL));
    }

    @Test
    void datasetCarriesTheOptInToDropInvalidRows() {
        Map<String, String> data = Map.of(Constants.DATA_DIRECTORY, "/data");

        assertThat(reader(data).read(PeftuJsonDropBenchmark.class).dataset())
                .isEqualTo(new DatasetSpec.PeftuJson(Path.of("/data"), InvalidRows.DROP));
        assertThat(reader(data).read(LongTableDropBenchmark.class).dataset())
                .isInstanceOfSatisfying(DatasetSpec.AnnotationTable.class,
                        table -> assertThat(table.invalidRows()).isEqualTo(InvalidRows.DROP));
        assertThat(reader(data).read(LongTableBenchmark.class).dataset())
                .isInstanceOfSatisfying(DatasetSpec.AnnotationTable.class,
                        table -> assertThat(table.invalidRows()).isEqualTo(InvalidRows.FAIL));
    }

    @Test
    void rejectsMalformedConfigurationNamingTheParameter() {
        assertThatThrownBy(() -> reader(Map.of(Constants.USERS_LIMIT, "-1")).read(MajorityBenchmark.class))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("peftu.usersLimit='-1'").hasMessageContaining("positive whole number");
    }

    @Test
    void missingRequirementsNameOnlyTheUnsetParameters() {
        assertThat(reader(Map.of()).missingRequirements(DataRequiringBenchmark.class)).containsExactly("peftu.data");
        assertThat(reader(Map.of(Constants.DATA_DIRECTORY, "/data")).missingRequirements(DataRequiringBenchmark.class))
                .isEmpty();
        assertThat(reader(Map.of()).missingRequirements(MajorityBenchmark.class)).isEmpty();
    }

    @Test
    void rejectsAnEmptyRequiredParameterName() {
        assertThatThrownBy(() -> reader(Map.of()).missingRequirements(BlankRequirementBench.class))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("@PeftuBenchmark.requires of " + BlankRequirementBench.class.getName())
                .hasMessageContaining("empty name");
    }

    @Test
    void rejectsUnclosedReference() {
        Placeholders placeholders = new Placeholders(name -> "x");

        assertThat(placeholders.resolve("${a}/${b}", "here")).isEqualTo("x/x");
        assertThatThrownBy(() -> placeholders.resolve("${a}/${b", "@PeftuJsonDataset.value"))
                .hasMessageContaining("@PeftuJsonDataset.value has an unclosed reference");
    }

    private static SpecReader reader(Map<String, String> parameters) {
        return new SpecReader(new RunConfiguration(LauncherDiscoveryRequestBuilder.request()
                .configurationParameters(parameters).build().getConfigurationParameters()));
    }

    private static final class HTTPServerLoad2Bench {
    }

    @PeftuBenchmark(requires = {"peftu.data", " "})
    private static final class BlankRequirementBench {
    }
}
