package dev.peftu.engine.spec;

import dev.peftu.api.InvalidRows;
import dev.peftu.api.TableForm;
import dev.peftu.data.AnnotatedTask;
import dev.peftu.data.DatasetFormatException;
import dev.peftu.data.DropReason;
import dev.peftu.data.DroppedUser;
import dev.peftu.data.KrippendorffAlpha;
import dev.peftu.data.LongAnnotationTable;
import dev.peftu.data.PeftuJsonFormat;
import dev.peftu.data.PeftuSplitter;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.SyntheticTaskGenerator;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.WideAnnotationTable;
import dev.peftu.results.DatasetSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Loads what a {@link DatasetSpec} names with the runtime's readers, importers and splitter, then
 * keeps the first {@code usersLimit} users. Each kind of source is read the PEFT-U way: JSON
 * directories come split; tables and generated tasks are split here with the spec's seed. Under
 * {@link InvalidRows#FAIL} a user that cannot be split, trained or scored fails the load naming
 * the user and what the splitter needs; under {@link InvalidRows#DROP} such users and the rows the
 * readers left out are counted per reason in the {@link DatasetSummary}.
 */
public final class DatasetLoader {

    private final PeftuJsonFormat json = new PeftuJsonFormat();

    /**
     * Loads, splits and limits the dataset of a benchmark.
     *
     * @throws UncheckedIOException when a file cannot be read
     * @throws RuntimeException the reader's exception (naming file, line and field) for bad content
     */
    public LoadedDataset load(BenchmarkSpec spec) {
        try {
            PersonalizedDataset dataset = prompted(limit(read(spec), spec.usersLimit()), spec);
            return new LoadedDataset(dataset, summarize(dataset, spec.dataset()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dataset " + spec.dataset().describe() + " of "
                    + spec.specClass().getName() + ": " + e.getMessage(), e);
        }
    }

    /** The dataset asked with the spec's prompt, whose verbalizations must name the task's labels. */
    private static PersonalizedDataset prompted(PersonalizedDataset dataset, BenchmarkSpec spec) {
        try {
            return dataset.withPrompt(spec.prompt());
        } catch (IllegalArgumentException unknownLabel) {
            throw new SpecException("@Prompt.verbalizations of " + spec.specClass().getName() + ": "
                    + unknownLabel.getMessage());
        }
    }

    private PersonalizedDataset read(BenchmarkSpec spec) throws IOException {
        DatasetSpec source = spec.dataset();
        if (source instanceof DatasetSpec.PeftuJson directory) {
            return everyUserKept(json.read(directory.directory(), directory.invalidRows()).withoutUnscorableUsers(),
                    directory.invalidRows(), directory.directory(), DropReason.DROP_HINT);
        }
        if (source instanceof DatasetSpec.AnnotationTable table) {
            return everyUserKept(splitter(table.leakage(), spec.seed()).split(importTable(table)),
                    table.invalidRows(), table.annotations(), DropReason.DROP_HINT);
        }
        DatasetSpec.Synthetic synthetic = (DatasetSpec.Synthetic) source;
        return everyUserKept(splitter(synthetic.leakage(), spec.seed()).split(generate(synthetic, spec.seed())),
                InvalidRows.FAIL, Path.of(synthetic.describe()), "(give @SyntheticDataset more texts)");
    }

    /** Fails on the first user left out unless the spec opted in to dropping them. */
    private static PersonalizedDataset everyUserKept(PersonalizedDataset dataset, InvalidRows invalidRows,
                                                     Path source, String remedy) throws DatasetFormatException {
        List<DroppedUser> dropped = dataset.droppedUsers();
        if (invalidRows == InvalidRows.DROP || dropped.isEmpty()) {
            return dataset;
        }
        String others = dropped.size() == 1 ? ""
                : " (" + (dropped.size() - 1) + " more user" + (dropped.size() == 2 ? "" : "s") + " too: "
                        + dropped.stream().skip(1).map(DroppedUser::userId).toList() + ")";
        DroppedUser first = dropped.get(0);
        throw new DatasetFormatException(source, "splitting the users", first.detail() + others + " "
                + remedy);
    }

    private static AnnotatedTask generate(DatasetSpec.Synthetic synthetic, long seed) {
        SyntheticTaskGenerator generator = SyntheticTaskGenerator.defaults()
                .users(synthetic.users()).textsPerUser(synthetic.texts()).seed(seed);
        if (!Double.isNaN(synthetic.alpha())) {
            generator = generator.targetAlpha(synthetic.alpha());
        }
        return generator.generate();
    }

    private AnnotatedTask importTable(DatasetSpec.AnnotationTable table) throws IOException {
        TaskDefinition task = table.task() == null
                ? json.readTask(table.annotations().toAbsolutePath().getParent().resolve(PeftuJsonFormat.TASK_FILE),
                        directoryName(table))
                : json.readTask(table.task(), directoryName(table));
        if (table.form() == TableForm.WIDE) {
            return WideAnnotationTable.withColumns(table.idColumn(), table.textColumn())
                    .annotatorPrefix(table.userColumnPrefix())
                    .invalidRows(table.invalidRows())
                    .read(table.annotations(), task);
        }
        LongAnnotationTable importer = LongAnnotationTable.withColumns(table.idColumn(), table.userColumn())
                .invalidRows(table.invalidRows());
        importer = table.labelColumn().isEmpty()
                ? importer.intensityColumns(table.labelColumns(), table.threshold())
                : importer.labelNameColumn(table.labelColumn(), table.labelSeparator());
        importer = table.texts() == null
                ? importer.textColumn(table.textColumn())
                : importer.textsFrom(table.texts(), table.idColumn(), table.textColumn());
        return importer.read(table.annotations(), task);
    }

    private static String directoryName(DatasetSpec.AnnotationTable table) {
        var directory = table.annotations().toAbsolutePath().getParent();
        return directory == null || directory.getFileName() == null ? "task" : directory.getFileName().toString();
    }

    private static PeftuSplitter splitter(boolean leakage, long seed) {
        return new PeftuSplitter(leakage ? PeftuSplitter.Mode.LEAKAGE : PeftuSplitter.Mode.NO_LEAK, seed);
    }

    private static PersonalizedDataset limit(PersonalizedDataset dataset, int usersLimit) {
        return usersLimit <= 0 ? dataset : dataset.firstUsers(usersLimit);
    }

    private static Double alpha(PersonalizedDataset dataset) {
        OptionalDouble alpha = KrippendorffAlpha.ifDefined(dataset);
        return alpha.isPresent() ? alpha.getAsDouble() : null;
    }

    private static DatasetSummary summarize(PersonalizedDataset dataset, DatasetSpec source) {
        Map<String, Integer> droppedUsers = new LinkedHashMap<>();
        dataset.droppedUsers().forEach(user -> droppedUsers.merge(user.reason().description(), 1, Integer::sum));
        return new DatasetSummary(dataset.users().size(), dataset.exampleCount(), dataset.task().labels(),
                dataset.task().multiLabel(), alpha(dataset), source.describe(), dataset.droppedRows(), droppedUsers);
    }
}
