package dev.peftu.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJsonTest {

    @TempDir
    Path dir;

    @Test
    void readsBackWhatItWrote() throws IOException {
        RunResults written = SampleResults.typicalRun();
        Path file = dir.resolve("results.json");

        ResultsJson.write(file, written);

        assertThat(ResultsJson.read(file)).isEqualTo(written);
    }

    @Test
    void writesTheContractsFieldNamesAndLowerCaseEnums() throws IOException {
        Path file = dir.resolve("results.json");
        ResultsJson.write(file, SampleResults.typicalRun());

        String json = Files.readString(file);

        assertThat(json).contains("\"schema\" : \"peftu-results/2\"", "\"e071\" : true", "\"e072\" : false",
                "\"datasetFingerprint\"", "\"contender\" : \"lora\"", "\"startedAt\" : \"2025-01-31T09:30:00Z\"",
                "\"kind\" : \"peft\"", "\"kind\" : \"baseline\"", "\"status\" : \"failed\"", "\"ciLow\"",
                "\"trainableParameters\"", "\"testSize\"", "\"multiLabel\"", "\"alpha\"");
        assertThat(json).doesNotContain("\"source\"", "\"error\" : null");
    }

    @Test
    void leavesDroppedCountsOutWhenNothingWasDroppedSoEarlierFilesReadTheSame() throws IOException {
        Path file = dir.resolve("results.json");
        ResultsJson.write(file, SampleResults.typicalRun());

        assertThat(Files.readString(file)).doesNotContain("dropped");
        DatasetSummary dataset = ResultsJson.read(file).benchmarks().get(0).dataset();
        assertThat(dataset.droppedRows()).isEmpty();
        assertThat(dataset.droppedUsers()).isEmpty();
    }

    @Test
    void readsBackRowsAndUsersDroppedPerReason() throws IOException {
        DatasetSummary dropping = new DatasetSummary(3, 90, List.of("yes", "no"), false, null, null,
                Map.of("empty or missing label", 2), Map.of("fewer than 10 examples", 1));
        RunResults written = SampleResults.run(new BenchmarkResult("drop", SampleResults.configuration(), dropping,
                List.of(), List.of()));
        Path file = dir.resolve("results.json");

        ResultsJson.write(file, written);

        assertThat(Files.readString(file)).contains("\"empty or missing label\" : 2", "\"fewer than 10 examples\" : 1");
        assertThat(ResultsJson.read(file)).isEqualTo(written);
    }

    @Test
    void createsMissingDirectoriesAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("target/peftu/results.json");

        ResultsJson.write(file, SampleResults.typicalRun());
        ResultsJson.write(file, SampleResults.typicalRun());

        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void rejectsAnUnknownSchemaNamingFileAndExpectedSchema() throws IOException {
        Path file = write("{\"schema\": \"peftu-results/9\", \"run\": {}, \"benchmarks\": []}");

        assertThatThrownBy(() -> ResultsJson.read(file))
                .isInstanceOf(InvalidResultsException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("$.schema")
                .hasMessageContaining("\"peftu-results/9\"")
                .hasMessageContaining("expected \"peftu-results/2\"");
    }

    @Test
    void rejectsTheFirstSchemaExplainingThatPairedComparisonsNeedItRecorded() throws IOException {
        Path file = write("{\"schema\": \"peftu-results/1\", \"run\": {}, \"benchmarks\": []}");

        assertThatThrownBy(() -> ResultsJson.read(file))
                .isInstanceOf(InvalidResultsException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("schema \"peftu-results/1\", which keeps only each user's mean accuracy")
                .hasMessageContaining("mvn peftu:baseline");
    }

    @Test
    void rejectsAUserWhoseAccuracyDisagreesWithItsExamples() throws IOException {
        String json = ResultsJson.toJson(SampleResults.typicalRun()).replaceFirst("\"accuracy\" : 0\\.72,", "\"accuracy\" : 0.73,");
        Path file = write(json);

        assertThatThrownBy(() -> ResultsJson.read(file))
                .isInstanceOf(InvalidResultsException.class)
                .hasMessageContaining("accuracy of user u1 is 0.73 but 72 of its 100 examples are right");
    }

    @Test
    void rejectsMalformedJsonWithLineAndPath() throws IOException {
        String json = ResultsJson.toJson(SampleResults.typicalRun()).replace("\"device\" : \"cpu\",", "\"device\" : cpu,");
        Path file = write(json);

        assertThatThrownBy(() -> ResultsJson.read(file))
                .isInstanceOf(InvalidResultsException.class)
                .hasMessageStartingWith(file + ":" + lineOf(json, "\"device\""))
                .hasMessageContaining("malformed JSON")
                .hasMessageContaining("$.run.device");
    }

    @Test
    void rejectsAWronglyTypedValueNamingItsPathAndTheExpectedType() throws IOException {
        String json = ResultsJson.toJson(SampleResults.typicalRun()).replaceFirst("\"accuracy\" : [0-9.]+", "\"accuracy\" : \"high\"");
        Path file = write(json);

        assertThatThrownBy(() -> ResultsJson.read(file))
                .isInstanceOf(InvalidResultsException.class)
                .hasMessageContaining("$.benchmarks[0].methods[0].accuracy")
                .hasMessageContaining("expected a number");
    }

    @Test
    void rejectsAMissingRequiredField() throws IOException {
        String json = ResultsJson.toJson(SampleResults.typicalRun()).replaceFirst("\"testSize\" : 100", "\"tests\" : 100");
        Path file = write(json);

        assertThatThrownBy(() -> ResultsJson.read(file))
                .isInstanceOf(InvalidResultsException.class)
                .hasMessageContaining("$.benchmarks[0].methods[0].users[0]")
                .hasMessageContaining("missing required field \"testSize\"");
    }

    @Test
    void rejectsAnUnknownFieldListingTheKnownOnes() throws IOException {
        String json = ResultsJson.toJson(SampleResults.typicalRun()).replace("\"device\" : \"cpu\",", "\"device\" : \"cpu\", \"gpu\" : true,");
        Path file = write(json);

        assertThatThrownBy(() -> ResultsJson.read(file))
                .isInstanceOf(InvalidResultsException.class)
                .hasMessageContaining("$.run.gpu")
                .hasMessageContaining("unknown field \"gpu\"; expected one of [baseModel, device,");
    }

    @Test
    void rejectsAnAccuracyOutsideZeroToOne() throws IOException {
        String json = ResultsJson.toJson(SampleResults.typicalRun()).replaceFirst("\"accuracy\" : 0\\.72,", "\"accuracy\" : 7.0,");
        Path file = write(json);

        assertThatThrownBy(() -> ResultsJson.read(file))
                .isInstanceOf(InvalidResultsException.class)
                .hasMessageContaining("$.benchmarks[0].methods[0].users[0]")
                .hasMessageContaining("accuracy must be a fraction in [0, 1] but was 7.0");
    }

    @Test
    void rejectsAFailedMethodWithoutError() throws IOException {
        String json = ResultsJson.toJson(SampleResults.typicalRun()).replace("\"error\" : \"out of memory\",", "");
        Path file = write(json);

        assertThatThrownBy(() -> ResultsJson.read(file))
                .isInstanceOf(InvalidResultsException.class)
                .hasMessageContaining("$.benchmarks[0].methods[2]")
                .hasMessageContaining("error of failed method ia3");
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("results.json"), json);
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
