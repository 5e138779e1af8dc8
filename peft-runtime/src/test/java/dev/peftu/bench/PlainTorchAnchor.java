package dev.peftu.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
        List<String> command = new ArrayList<>(List.of("python3", script.toString()));
        command.addAll(arguments);
        String commandLine = String.join(" ", command);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Map<Integer, Double> results = new LinkedHashMap<>();
            StringBuilder output = new StringBuilder();
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    output.append(line).append('\n');
                    Matcher matcher = RESULT.matcher(line);
                    if (matcher.find()) {
                        System.out.println("anchor: " + line);
                        // a size given twice prints twice; the later (warm) run counts
                        results.put(Integer.parseInt(matcher.group(1)), Double.parseDouble(matcher.group(2)));
                    }
                }
            }
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return unavailable("'" + commandLine + "' did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
            if (process.exitValue() != 0 || results.isEmpty()) {
                String last = output.toString().strip();
                last = last.substring(Math.max(0, last.lastIndexOf('\n') + 1));
                return unavailable("'" + commandLine + "' exited with " + process.exitValue() + ": " + last);
            }
            return new PlainTorchAnchor(results, commandLine);
        } catch (IOException e) {
            return unavailable("python3 could not be started (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable("interrupted");
        }
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
