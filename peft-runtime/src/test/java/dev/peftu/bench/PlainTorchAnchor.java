package dev.peftu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-PyTorch anchor: runs {@code torch_cpu_cohort.py} (the same users, training texts per
 * user, epoch, batch, LoRA and head trained with plain PyTorch in Python) with {@code python3}
 * and reads its users per minute per cohort size (the last line of a size the script ran twice).
 * Where the script, {@code python3} or {@code torch} is missing, or the script fails, the anchor
 * is unavailable and says why.
 */
final class PlainTorchAnchor {

    private static final Pattern RESULT = Pattern.compile("cohort=(\\d+):.* ([0-9.]+) users/min");
    private static final long TIMEOUT_MINUTES = 30;

    private final Map<Integer, Double> usersPerMinute;
    private final String description;

    private PlainTorchAnchor(Map<Integer, Double> usersPerMinute, String description) {
        this.usersPerMinute = usersPerMinute;
        this.description = description;
    }

    /**
     * Runs the script.
     *
     * @param script the script's path
     * @param arguments its arguments: users, rows per user, tokens per row, cohort sizes
     * @return the anchor, available or not
     */
    static PlainTorchAnchor run(Path script, List<String> arguments) {
        if (!Files.isReadable(script)) {
            return unavailable("script " + script + " not found");
        }
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(arguments);
        Map<Integer, Double> results = new LinkedHashMap<>();
        PythonRun python = PythonRun.run(command, null, TIMEOUT_MINUTES, line -> {
            Matcher matcher = RESULT.matcher(line);
            if (matcher.find()) {
                System.out.println("anchor: " + line);
                // a size given twice prints twice; the later (warm) run counts
                results.put(Integer.parseInt(matcher.group(1)), Double.parseDouble(matcher.group(2)));
            }
        });
        if (python.problem() != null) {
            return unavailable(python.problem());
        }
        if (results.isEmpty()) {
            return unavailable(python.gaveNothing());
        }
        return new PlainTorchAnchor(results, python.commandLine());
    }

    static PlainTorchAnchor unavailable(String reason) {
        return new PlainTorchAnchor(Map.of(), reason);
    }

    /** Returns whether the anchor ran. */
    boolean available() {
        return !usersPerMinute.isEmpty();
    }

    /** Returns the command that ran, or why the anchor is unavailable. */
    String description() {
        return description;
    }

    /** Returns plain PyTorch's users per minute per cohort size (empty when unavailable). */
    Map<Integer, Double> usersPerMinute() {
        return usersPerMinute;
    }
}
