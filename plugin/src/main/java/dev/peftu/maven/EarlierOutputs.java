package dev.peftu.maven;

import dev.peftu.io.AtomicFiles;
import dev.peftu.maven.report.ReportRenderer;
import dev.peftu.results.Shard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code verify} removes before the engine runs, so that nothing an earlier run left in the
 * results and report directories looks current afterwards, whatever this run ends with. Every run
 * removes the unsharded results file and the report's pages ({@code index.html},
 * {@code benchmark-*.html}): an unsharded run writes them anew, a shard run writes neither (its
 * board comes with {@code merge}). An unsharded run also removes every
 * {@code results-shard-*.json} beside the results file, which a later {@code merge} would
 * otherwise pick up; a shard run removes only its own shard file and keeps its sibling shards'.
 * Trained modules, JUnit XML and any other file are left alone.
 *
 * @param resultsFile the unsharded results file; shard results lie beside it
 * @param reportDirectory where the report's pages are written
 */
record EarlierOutputs(Path resultsFile, Path reportDirectory) {

    /**
     * Removes the earlier outputs that a run of the given shard (empty: the whole board) replaces
     * or would leave looking current.
     *
     * @return the removed files, for the log
     */
    List<Path> removeBefore(Optional<Shard> shard) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (Files.deleteIfExists(resultsFile)) {
            removed.add(resultsFile);
        }
        if (shard.isPresent()) {
            Path own = resultsFile.resolveSibling(shard.get().resultsFileName());
            if (Files.deleteIfExists(own)) {
                removed.add(own);
            }
        } else {
            removed.addAll(AtomicFiles.deleteFiles(resultsFile.toAbsolutePath().getParent(), Shard::isResultsFileName));
        }
        removed.addAll(ReportRenderer.deletePages(reportDirectory));
        return removed;
    }
}
