package dev.peftu.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.api.InvalidRows;
import dev.peftu.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeftuJsonFormatTest {

    private static final String TASK = """
            {"labels": ["Hateful", "Non-hateful"], "multi_label": false,
             "instruction": "Say if it is hateful.", "domain": ["hate"], "is_generative": false}""";

    @TempDir
    Path dir;

    private final PeftuJsonFormat format = new PeftuJsonFormat();

    private Path dataset(String data) throws IOException {
        Files.writeString(dir.resolve("task.json"), TASK);
        Files.writeString(dir.resolve("data.json"), data);
        return dir;
    }

    @Test
    void readsUsersSplitsTextsAndLabelsIgnoringExtraTaskFields() throws IOException {
        PersonalizedDataset dataset = format.read(dataset("""
                {"u1": {"train": {"s1": {"text": "a", "label": ["Hateful"]},
                                  "s2": {"text": "b", "label": ["Non-hateful"]}},
                        "val": {"s3": {"text": "c", "label": ["Hateful"]}},
                        "test": {"s4": {"text": "d", "label": ["Non-hateful"]}}},
                 "u2": {"train": {"s1": {"text": "a", "label": ["Non-hateful"]}}}}"""));

        assertThat(dataset.task().labels()).containsExactly("Hateful", "Non-hateful");
        assertThat(dataset.task().multiLabel()).isFalse();
        assertThat(dataset.task().instruction()).isEqualTo("Say if it is hateful.");
        assertThat(dataset.users()).extracting(UserData::userId).containsExactly("u1", "u2");
        UserData u1 = dataset.user("u1");
        assertThat(u1.train()).containsExactly(new Example("s1", "a", List.of("Hateful")),
                new Example("s2", "b", List.of("Non-hateful")));
        assertThat(u1.val()).extracting(Example::id).containsExactly("s3");
        assertThat(u1.test()).extracting(Example::id).containsExactly("s4");
        assertThat(dataset.user("u2").test()).isEmpty();
    }

    @Test
    void writtenDatasetReadsBackEqual() throws IOException {
        TaskDefinition task = new TaskDefinition("emo", List.of("joy", "anger", "fear"), true, "Pick emotions.");
        PersonalizedDataset original = new PersonalizedDataset(task, List.of(
                new UserData("7", List.of(new Example("t1", "line one\n\"quoted\"", List.of("joy", "fear"))),
                        List.of(new Example("t2", "b", List.of("anger"))),
                        List.of(new Example("t3", "c", List.of("joy"))))));

        Path out = dir.resolve("nested/emo");
        format.write(original, out);
        PersonalizedDataset read = format.read(out);

        assertThat(read.task()).isEqualTo(task);
        assertThat(read.users()).isEqualTo(original.users());
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("task.json", "data.json");
        }
    }

    @Test
    void readsTheOnlyOtherJsonFileWhenDataJsonIsAbsent() throws IOException {
        Files.writeString(dir.resolve("task.json"), TASK);
        Files.writeString(dir.resolve("tweeteval.json"), """
                {"u1": {"test": {"s1": {"text": "a", "label": ["Hateful"]}}}}""");

        assertThat(format.read(dir).user("u1").test()).hasSize(1);
    }

    @Test
    void rejectsLabelOutsideTheTaskNamingTheJsonPath() throws IOException {
        Path data = dataset("""
                {"user7": {"train": {"s12": {"text": "a", "label": ["Hateful", "Mean"]}}}}""");

        assertThatThrownBy(() -> format.read(data))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("data.json")
                .hasMessageContaining("$.user7.train.s12.label[1]")
                .hasMessageContaining("unknown label \"Mean\"")
                .hasMessageContaining("[Hateful, Non-hateful]");
    }

    @Test
    void rejectsUserWithoutExamples() throws IOException {
        Path data = dataset("""
                {"u1": {"train": {"s1": {"text": "a", "label": ["Hateful"]}}}, "ghost": {"train": {}}}""");

        assertThatThrownBy(() -> format.read(data))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("$.ghost")
                .hasMessageContaining("user 'ghost' has no examples");
    }

    @Test
    void failsOnASampleWithoutLabelsUnlessDroppingThenCountsIt() throws IOException {
        Path data = dataset("""
                {"u1": {"train": {"s1": {"text": "a", "label": ["Hateful"]}, "s2": {"text": "b", "label": []},
                                  "s3": {"text": "c"}},
                        "test": {"s4": {"text": "d", "label": ["Hateful"]}}}}""");

        assertThatThrownBy(() -> format.read(data))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("data.json: $.u1.train.s2.label: expected a non-empty array of labels, found []")
                .hasMessageContaining("invalidRows = InvalidRows.DROP");
        PersonalizedDataset dropped = format.read(data, InvalidRows.DROP);
        assertThat(dropped.user("u1").train()).extracting(Example::id).containsExactly("s1");
        assertThat(dropped.droppedRows()).containsExactly(Map.entry(DropReason.EMPTY_LABEL.description(), 2));
    }

    @Test
    void failsOnASampleIdGivenAnotherTextByAnotherUser() throws IOException {
        Path data = dataset("""
                {"u1": {"train": {"s1": {"text": "a", "label": ["Hateful"]}}},
                 "u2": {"test": {"s1": {"text": "not a", "label": ["Hateful"]}}}}""");

        assertThatThrownBy(() -> format.read(data))
                .hasMessageContaining("data.json: $.u2.test.s1.text: sample id 's1' was given another text at"
                        + " $.u1.train.s1");
    }

    @Test
    void readsAByteOrderMarkAndNamesTheLineOfBytesThatAreNotUtf8() throws IOException {
        Files.writeString(dir.resolve("task.json"), "\uFEFF" + TASK);
        Files.write(dir.resolve("data.json"), "{\"u1\":\n {\"test\": {\"s1\": {\"text\": \"\u00fcber\", \"label\": [\"Hateful\"]}}}}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> format.read(dir))
                .hasMessageContaining("data.json: line 2, byte 28: expected UTF-8 text, found the byte 0xFC");
    }

    @Test
    void listsUsersWithoutTrainingOrTestExamplesAsDropped() throws IOException {
        PersonalizedDataset dataset = format.read(dataset("""
                {"u1": {"train": {"s1": {"text": "a", "label": ["Hateful"]}},
                        "test": {"s2": {"text": "b", "label": ["Hateful"]}}},
                 "u2": {"train": {"s1": {"text": "a", "label": ["Hateful"]}}}}""")).withoutUnscorableUsers();

        assertThat(dataset.users()).extracting(UserData::userId).containsExactly("u1");
        assertThat(dataset.droppedUsers()).containsExactly(new DroppedUser("u2", DropReason.NO_TEST_EXAMPLE,
                "user 'u2' has 1 training and 0 test examples; expected at least one of each to train and score"
                        + " the user"));
    }

    @Test
    void rejectsSampleIdInTwoSplitsOfOneUser() throws IOException {
        Path data = dataset("""
                {"u1": {"train": {"s1": {"text": "a", "label": ["Hateful"]}},
                        "test": {"s1": {"text": "a", "label": ["Hateful"]}}}}""");

        assertThatThrownBy(() -> format.read(data))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("$.u1.test.s1")
                .hasMessageContaining("duplicate sample id 's1'");
    }

    @Test
    void rejectsDuplicateJsonKeysWithTheirLine() throws IOException {
        Path data = dataset("""
                {"u1": {"train": {"s1": {"text": "a", "label": ["Hateful"]}}},
                 "u1": {"train": {"s2": {"text": "b", "label": ["Hateful"]}}}}""");

        assertThatThrownBy(() -> format.read(data))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("Duplicate field 'u1'");
    }

    @Test
    void rejectsSeveralLabelsInSingleLabelTask() throws IOException {
        Path data = dataset("""
                {"u1": {"train": {"s1": {"text": "a", "label": ["Hateful", "Non-hateful"]}}}}""");

        assertThatThrownBy(() -> format.read(data))
                .hasMessageContaining("$.u1.train.s1.label")
                .hasMessageContaining("expected one label");
    }

    @Test
    void rejectsLabelGivenAsStringInsteadOfArray() throws IOException {
        Path data = dataset("""
                {"u1": {"train": {"s1": {"text": "a", "label": "Hateful"}}}}""");

        assertThatThrownBy(() -> format.read(data))
                .hasMessageContaining("$.u1.train.s1.label")
                .hasMessageContaining("expected a non-empty array of labels");
    }

    @Test
    void rejectsUnknownSplitName() throws IOException {
        Path data = dataset("""
                {"u1": {"training": {"s1": {"text": "a", "label": ["Hateful"]}}}}""");

        assertThatThrownBy(() -> format.read(data))
                .hasMessageContaining("$.u1.training")
                .hasMessageContaining("expected one of [train, val, test]");
    }

    @Test
    void rejectsTaskWithoutMultiLabelFlag() throws IOException {
        Files.writeString(dir.resolve("task.json"), "{\"labels\": [\"a\"]}");

        assertThatThrownBy(() -> format.readTask(dir.resolve("task.json"), "t"))
                .hasMessageContaining("task.json")
                .hasMessageContaining("$.multi_label")
                .hasMessageContaining("expected true or false");
    }

    @Test
    void failedWriteKeepsThePreviousFileWhole() throws IOException {
        TaskDefinition task = new TaskDefinition("t", List.of("a"), false, "");
        PersonalizedDataset first = new PersonalizedDataset(task, List.of(
                new UserData("u", List.of(new Example("1", "x", List.of("a"))), List.of(), List.of())));
        format.write(first, dir);
        String before = Files.readString(dir.resolve("data.json"));

        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("data.json"), out -> {
            out.write("{\"half".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(dir.resolve("data.json"))).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void rejectsAWronglyTypedTextNamingItsJsonPath() throws IOException {
        Path data = dataset("""
                {"u1": {"train": {"s1": {"text": 5, "label": ["Hateful"]}}}}""");

        assertThatThrownBy(() -> format.read(data))
                .hasMessageContaining("data.json")
                .hasMessageContaining("$.u1.train.s1.text")
                .hasMessageContaining("expected");
    }

    @Test
    void rejectsAMissingTaskFileNamingIt() throws IOException {
        Files.writeString(dir.resolve("data.json"), """
                {"u1": {"train": {"s1": {"text": "a", "label": ["Hateful"]}}}}""");

        assertThatThrownBy(() -> format.read(dir))
                .hasMessageContaining(dir.resolve("task.json").toString());
    }
}
