package dev.peftu.data;

import dev.peftu.api.InvalidRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Locates the read-only real datasets (../shared/datasets, or the directory in the system
 * property {@code peftu.bench.datasets}) and imports them with the rules of their README (StudEmo's rows
 * that rate no emotion at the threshold are dropped and counted).
 */
public final class SharedDatasets {

    private SharedDatasets() {
    }

    public static Path root() {
        String configured = System.getProperty("peftu.bench.datasets");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path candidate : List.of(Path.of("../../shared/datasets"), Path.of("../shared/datasets"),
                Path.of("/work/shared/datasets"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("/work/shared/datasets");
    }

    public static boolean present() {
        return Files.isRegularFile(root().resolve("tweeteval/annotations_g3.csv"))
                && Files.isRegularFile(root().resolve("studemo/annotation_data.csv"));
    }

    public static AnnotatedTask tweeteval() throws IOException {
        return WideAnnotationTable.withColumns("id", "text").annotatorPrefix("label_")
                .read(root().resolve("tweeteval/annotations_g3.csv"));
    }

    public static AnnotatedTask studemo() throws IOException {
        Path dir = root().resolve("studemo");
        return LongAnnotationTable.withColumns("text_id", "annotator_id")
                .invalidRows(InvalidRows.DROP)
                .intensityColumns(List.of(), 1.0)
                .textsFrom(dir.resolve("text_data.csv"), "text_id", "text")
                .read(dir.resolve("annotation_data.csv"));
    }
}
