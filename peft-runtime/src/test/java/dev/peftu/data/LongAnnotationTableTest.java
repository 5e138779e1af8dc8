package dev.peftu.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

        AnnotatedTask task = studemo.read(annotations, EMOTIONS);

        assertThat(task.examplesByUser()).containsOnlyKeys("8", "9");
        assertThat(task.examplesByUser().get("8")).containsExactly(
                new Example("1", "a review\nover two lines", List.of("joy", "valence")));
        assertThat(task.examplesByUser().get("9")).containsExactly(new Example("2", "plain text", List.of("anger")));
        assertThat(task.droppedRows()).containsExactly(java.util.Map.entry(LongAnnotationTable.EMPTY_LABEL_SET, 1));
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
    void rejectsAnUnclosedQuoteNamingWhereTheFileEnded() throws IOException {
        Path annotations = write("annotations.csv", "text_id,annotator_id,joy,anger,valence\n1,\"8,1,0,0\n2,9,1,0,0\n");

        assertThatThrownBy(() -> studemo.read(annotations, EMOTIONS))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("annotations.csv: line ")
                .hasMessageContaining("malformed CSV")
                .hasMessageContaining("quote");
    }

    @Test
    void readsLabelNamesFromOneColumnWithInlineText() throws IOException {
        Path annotations = write("annotations.csv", """
                tid,user,text,labels
                1,a,hello,joy;anger
                2,a,bye,
                """);

        AnnotatedTask task = LongAnnotationTable.withColumns("tid", "user").labelNameColumn("labels", ";")
                .textColumn("text").read(annotations, EMOTIONS);

        assertThat(task.examplesByUser().get("a")).containsExactly(new Example("1", "hello", List.of("anger", "joy")));
        assertThat(task.droppedRows()).containsEntry(LongAnnotationTable.EMPTY_LABEL_SET, 1);
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
