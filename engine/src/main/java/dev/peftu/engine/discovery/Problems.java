package dev.peftu.engine.discovery;

import dev.peftu.engine.spec.SpecException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The problems found before a run or a benchmark starts, each once, in the order found, and the
 * one failure that lists them all. A single problem is its own message; several are listed one a
 * line under a heading that says nothing was trained.
 */
final class Problems {

    private final Set<String> found = new LinkedHashSet<>();

    /** Adds problems; one already listed is not listed again. */
    Problems addAll(List<String> problems) {
        found.addAll(problems);
        return this;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /**
     * Returns the failure listing every problem.
     *
     * @param subject what cannot run, e.g. {@code the peftu run} or the spec class's name
     */
    SpecException failure(String subject) {
        if (found.size() == 1) {
            return new SpecException(found.iterator().next());
        }
        return new SpecException(subject + " cannot run; " + found.size() + " problems, found before anything"
                + " was trained:" + found.stream().map(problem -> "\n  - " + problem).collect(Collectors.joining()));
    }
}
