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

class WideAnnotationTableTest {

    private static final TaskDefinition TASK =
            new TaskDefinition("hate", List.of("Hateful", "Non-hateful"), false, "");

    @TempDir
    Path dir;

    private final WideAnnotationTable tweeteval = WideAnnotationTable.withColumns("id", "text").annotatorPrefix("label_");

    private Path csv(String content) throws IOException {
        Path file = dir.resolve("annotations.csv");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void givesEachAnnotatorColumnAUserWithOneExamplePerRow() throws IOException {
        Path file = csv("""
                id,text,label_M_1,label_F_2
                10,"first, with comma",Hateful,Non-hateful
                11,"second ""quoted""
                over two lines",Non-hateful,Non-hateful
                """);

        AnnotatedTask task = tweeteval.read(file, TASK);

        assertThat(task.examplesByUser()).containsOnlyKeys("M_1", "F_2");
        assertThat(task.examplesByUser().get("M_1")).containsExactly(
                new Example("10", "first, with comma", List.of("Hateful")),
                new Example("11", "second \"quoted\"\nover two lines", List.of("Non-hateful")));
        assertThat(task.examplesByUser().get("F_2")).extracting(Example::labels)
                .containsExactly(List.of("Non-hateful"), List.of("Non-hateful"));
        assertThat(task.droppedRows()).isEmpty();
    }

    @Test
    void choosesAnnotatorColumnsFromAListAndSkipsEmptyCells() throws IOException {
        Path file = csv("""
                id,text,a,b,c
                1,x,Hateful,,Hateful
                2,y,Non-hateful,Hateful,Hateful
                """);

        AnnotatedTask task = WideAnnotationTable.withColumns("id", "text").annotatorColumns(List.of("a", "b"))
                .read(file, TASK);

        assertThat(task.examplesByUser()).containsOnlyKeys("a", "b");
        assertThat(task.examplesByUser().get("b")).extracting(Example::id).containsExactly("2");
        assertThat(task.droppedRows()).isEmpty();
    }

    @Test
    void failsOnATextWithoutAnyLabelUnlessDropping() throws IOException {
        Path file = csv("id,text,label_1,label_2\n1,x,Hateful,\n2,y,,\n3,z,,Hateful\n");

        assertThatThrownBy(() -> tweeteval.read(file, TASK))
                .hasMessageContaining("annotations.csv: line 3, column 1 (id)")
                .hasMessageContaining("text '2' has no label in any annotator column");
        AnnotatedTask task = tweeteval.invalidRows(InvalidRows.DROP).read(file, TASK);
        assertThat(task.exampleCount()).isEqualTo(2);
        assertThat(task.droppedRows()).containsExactly(java.util.Map.entry(DropReason.EMPTY_LABEL.description(), 1));
    }

    @Test
    void rejectsUnknownLabelNamingLineAndColumn() throws IOException {
        Path file = csv("""
                id,text,label_M_1,label_F_2
                10,"two
                lines",Hateful,Non-hateful
                11,x,Hateful,hateful
                """);

        assertThatThrownBy(() -> tweeteval.read(file, TASK))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("annotations.csv")
                .hasMessageContaining("line 4, column 4 (label_F_2)")
                .hasMessageContaining("unknown label 'hateful'");
    }

    @Test
    void rejectsRepeatedTextId() throws IOException {
        Path file = csv("id,text,label_1\n5,x,Hateful\n5,x,Hateful\n");

        assertThatThrownBy(() -> tweeteval.read(file, TASK))
                .hasMessageContaining("line 3, column 1 (id)")
                .hasMessageContaining("duplicate text id '5' (first on line 2)");
    }

    @Test
    void failsOnATextIdGivenAnotherTextUnlessDropping() throws IOException {
        Path file = csv("id,text,label_1\n5,x,Hateful\n5,y,Hateful\n");

        assertThatThrownBy(() -> tweeteval.read(file, TASK))
                .hasMessageContaining("line 3, column 2 (text)")
                .hasMessageContaining("text id '5' was given another text on line 2");
        assertThat(tweeteval.invalidRows(InvalidRows.DROP).read(file, TASK).droppedRows())
                .containsExactly(java.util.Map.entry(DropReason.TEXT_ID_REUSED.description(), 1));
    }

    @Test
    void rejectsMissingColumnAndRowOfWrongWidth() throws IOException {
        Path noText = csv("id,body,label_1\n1,x,Hateful\n");
        assertThatThrownBy(() -> tweeteval.read(noText, TASK))
                .hasMessageContaining("line 1").hasMessageContaining("expected a column 'text'");

        Path ragged = csv("id,text,label_1\n1,x,Hateful,extra\n");
        assertThatThrownBy(() -> tweeteval.read(ragged, TASK))
                .hasMessageContaining("line 2").hasMessageContaining("expected 3 columns like the header, found 4");
    }

    @Test
    void readsTaskJsonBesideTheTable() throws IOException {
        Files.writeString(dir.resolve("task.json"), "{\"labels\": [\"Hateful\", \"Non-hateful\"], \"multi_label\": false}");
        Path file = csv("id,text,label_1\n1,x,Hateful\n");

        AnnotatedTask task = tweeteval.read(file);

        assertThat(task.task().name()).isEqualTo(dir.getFileName().toString());
        assertThat(task.task().labels()).containsExactly("Hateful", "Non-hateful");
    }

    @Test
    void rejectsAnAnnotatorColumnWithAnEmptyUserId() throws IOException {
        Path file = csv("id,text,label_,label_F_2\n1,x,Hateful,Hateful\n");

        assertThatThrownBy(() -> tweeteval.read(file, TASK))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("annotations.csv: line 1")
                .hasMessageContaining("label_")
                .hasMessageContaining("empty");
    }
}
