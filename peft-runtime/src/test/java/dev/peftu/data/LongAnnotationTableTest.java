package dev.peftu.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.api.InvalidRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongAnnotationTableTest {

    private static final TaskDefinition EMOTIONS =
            new TaskDefinition("emo", List.of("anger", "joy", "valence"), true, "");

    @TempDir
    Path dir;

    private Path texts;
    private LongAnnotationTable studemo;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @org.junit.jupiter.api.BeforeEach
    void texts() throws IOException {
        texts = write("texts.csv", """
                text_id,text
                1,"a review
                over two lines"
                2,plain text
                """);
        studemo = LongAnnotationTable.withColumns("text_id", "annotator_id")
                .intensityColumns(List.of(), 1.0)
                .textsFrom(texts, "text_id", "text");
    }

    @Test
    void assignsLabelsWhoseIntensityReachesTheThresholdAndJoinsTexts() throws IOException {
        Path annotations = write("annotations.csv", """
                text_id,annotator_id,joy,anger,valence
                1,8,1.0,0.0,2.0
                2,8,0.0,0.99,0.0
                2,9,0.0,3.0,0.0
                """);

        AnnotatedTask task = studemo.invalidRows(InvalidRows.DROP).read(annotations, EMOTIONS);

        assertThat(task.examplesByUser()).containsOnlyKeys("8", "9");
        assertThat(task.examplesByUser().get("8")).containsExactly(
                new Example("1", "a review\nover two lines", List.of("joy", "valence")));
        assertThat(task.examplesByUser().get("9")).containsExactly(new Example("2", "plain text", List.of("anger")));
        assertThat(task.droppedRows())
                .containsExactly(java.util.Map.entry(DropReason.NO_LABEL_AT_THRESHOLD.description(), 1));
    }

    @Test
    void failsOnARowWithoutALabelAtTheThresholdUnlessDropping() throws IOException {
        Path annotations = write("annotations.csv", """
                text_id,annotator_id,joy,anger,valence
                1,8,1.0,0.0,2.0
                2,8,0.0,0.99,0.0
                """);

        assertThatThrownBy(() -> studemo.read(annotations, EMOTIONS))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("annotations.csv: line 3: no intensity in [anger, joy, valence] reaches the"
                        + " threshold 1.0; expected at least one label")
                .hasMessageContaining("invalidRows = InvalidRows.DROP");
    }

    @Test
    void failsOnAnEmptyIntensityCellNamingItsColumn() throws IOException {
        Path annotations = write("annotations.csv", "text_id,annotator_id,joy,anger,valence\n1,8,1,,0\n");

        assertThatThrownBy(() -> studemo.read(annotations, EMOTIONS))
                .hasMessageContaining("annotations.csv: line 2, column 4 (anger)")
                .hasMessageContaining("expected an intensity, found an empty cell");
    }

    @Test
    void failsOnATextIdGivenAnotherTextUnlessDropping() throws IOException {
        Path annotations = write("annotations.csv", """
                tid,user,text,labels
                1,a,hello,joy
                1,b,hello again,anger
                2,b,bye,joy
                """);
        LongAnnotationTable inline = LongAnnotationTable.withColumns("tid", "user").labelNameColumn("labels", ";")
                .textColumn("text");

        assertThatThrownBy(() -> inline.read(annotations, EMOTIONS))
                .hasMessageContaining("annotations.csv: line 3, column 3 (text)")
                .hasMessageContaining("text id '1' was given another text on line 2");
        AnnotatedTask dropped = inline.invalidRows(InvalidRows.DROP).read(annotations, EMOTIONS);
        assertThat(dropped.examplesByUser().get("b")).extracting(Example::id).containsExactly("2");
        assertThat(dropped.droppedRows()).containsExactly(java.util.Map.entry(DropReason.TEXT_ID_REUSED.description(), 1));
    }

    @Test
    void readsAUtf8FileWithAByteOrderMark() throws IOException {
        Path annotations = dir.resolve("annotations.csv");
        Files.write(annotations, ("\uFEFFtext_id,annotator_id,joy,anger,valence\n1,8,1,0,0\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(studemo.read(annotations, EMOTIONS).examplesByUser().get("8")).hasSize(1);
    }

    @Test
    void rejectsLatin1BytesNamingTheLineAndTheEncodingExpected() throws IOException {
        Path annotations = dir.resolve("annotations.csv");
        Files.write(annotations, "text_id,annotator_id,joy,anger,valence\n1,8,1,0,0\n2,caf\u00e9,1,0,0\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> studemo.read(annotations, EMOTIONS))
                .hasMessageContaining("annotations.csv: line 3, byte 6")
                .hasMessageContaining("expected UTF-8 text, found the byte 0xE9");
    }

    @Test
    void namesTheDelimiterOfASemicolonSeparatedFile() throws IOException {
        Path annotations = write("annotations.csv", "text_id;annotator_id;joy;anger;valence\n1;8;1;0;0\n");

        assertThatThrownBy(() -> studemo.read(annotations, EMOTIONS))
                .hasMessageContaining("annotations.csv: line 1")
                .hasMessageContaining("the file looks separated by ';'");
    }

    @Test
    void rejectsARepeatedTextAnnotatorPairNamingBothLines() throws IOException {
        Path annotations = write("annotations.csv", """
                text_id,annotator_id,joy,anger,valence
                1,8,1,0,0
                2,8,1,0,0
                1,8,0,1,0
                """);

        assertThatThrownBy(() -> studemo.read(annotations, EMOTIONS))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("annotations.csv: line 4, column 2 (annotator_id)")
                .hasMessageContaining("annotator '8' already labelled text '1' on line 2");
    }

    @Test
    void rejectsAnEmptyAnnotatorId() throws IOException {
        Path annotations = write("annotations.csv", "text_id,annotator_id,joy,anger,valence\n1, ,1,0,0\n");

        assertThatThrownBy(() -> studemo.read(annotations, EMOTIONS))
                .hasMessageContaining("annotations.csv: line 2, column 2 (annotator_id)")
                .hasMessageContaining("expected an annotator id, found an empty cell");
    }

    @Test
    void rejectsAnUnclosedQuoteNamingTheLineItOpenedOn() throws IOException {
        Path annotations = write("annotations.csv", "text_id,annotator_id,joy,anger,valence\n1,\"8,1,0,0\n2,9,1,0,0\n");

        assertThatThrownBy(() -> studemo.read(annotations, EMOTIONS))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("annotations.csv: line 2: a quoted field opens on this line and is never closed");
    }

    @Test
    void pointsAQuoteClosedByALaterLineToTheLineItOpenedOn() throws IOException {
        Path annotations = write("annotations.csv", "text_id,annotator_id,joy,anger,valence\n1,\"8,1,0,0\n"
                + "2,9,1,0,0\n\"3\"x,9,1,0,0\n");

        assertThatThrownBy(() -> studemo.read(annotations, EMOTIONS))
                .hasMessageContaining("annotations.csv: line 2: a quoted field opens on this line and its closing"
                        + " quote on line 4 is followed by '3'");
    }

    @Test
    void readsLabelNamesFromOneColumnWithInlineText() throws IOException {
        Path annotations = write("annotations.csv", """
                tid,user,text,labels
                1,a,hello,joy;anger
                2,a,bye,
                """);
        LongAnnotationTable inline = LongAnnotationTable.withColumns("tid", "user").labelNameColumn("labels", ";")
                .textColumn("text");

        AnnotatedTask task = inline.invalidRows(InvalidRows.DROP).read(annotations, EMOTIONS);

        assertThat(task.examplesByUser().get("a")).containsExactly(new Example("1", "hello", List.of("anger", "joy")));
        assertThat(task.droppedRows()).containsExactly(java.util.Map.entry(DropReason.EMPTY_LABEL.description(), 1));
        assertThatThrownBy(() -> inline.read(annotations, EMOTIONS))
                .hasMessageContaining("annotations.csv: line 3, column 4 (labels)")
                .hasMessageContaining("expected a label, one of [anger, joy, valence], found an empty cell");
    }

    @Test
    void rejectsTextIdWithoutText() throws IOException {
        Path annotations = write("annotations.csv", "text_id,annotator_id,joy,anger,valence\n1,8,1,0,0\n3,8,1,0,0\n");

        assertThatThrownBy(() -> studemo.read(annotations, EMOTIONS))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("annotations.csv: line 3, column 1 (text_id)")
                .hasMessageContaining("text id '3' has no text in")
                .hasMessageContaining("texts.csv");
    }

    @Test
    void rejectsIntensityThatIsNotANumber() throws IOException {
        Path annotations = write("annotations.csv", "text_id,annotator_id,joy,anger,valence\n1,8,1,high,0\n");

        assertThatThrownBy(() -> studemo.read(annotations, EMOTIONS))
                .hasMessageContaining("line 2, column 4 (anger)")
                .hasMessageContaining("expected a number, found 'high'");
    }

    @Test
    void rejectsIntensityColumnThatIsNotATaskLabel() throws IOException {
        Path annotations = write("annotations.csv", "text_id,annotator_id,joy,awe\n1,8,1,0\n");

        assertThatThrownBy(() -> LongAnnotationTable.withColumns("text_id", "annotator_id")
                .intensityColumns(List.of("joy", "awe"), 1).textsFrom(texts, "text_id", "text")
                .read(annotations, EMOTIONS))
                .hasMessageContaining("intensity column 'awe' is not a task label");
    }
}
