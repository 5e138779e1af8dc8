package dev.peftu.data;

import java.io.IOException;
import java.nio.file.Path;

/** Finds the {@code task.json} that sits beside raw annotation files. */
final class TaskFiles {

    private TaskFiles() {
    }

    /** Reads {@code task.json} from the directory of {@code dataFile}, naming the task after that directory. */
    static TaskDefinition besides(Path dataFile) throws IOException {
        Path dir = dataFile.toAbsolutePath().normalize().getParent();
        String name = dir.getFileName() == null ? "task" : dir.getFileName().toString();
        return new PeftuJsonFormat().readTask(dir.resolve(PeftuJsonFormat.TASK_FILE), name);
    }
}
