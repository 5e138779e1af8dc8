package dev.peftu.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One run of {@code python3} by a benchmark tool: hands each line of its output (standard error
 * included) to the caller as it comes, and says why the run failed when it did, for the table to
 * print instead of a figure.
 *
 * @param commandLine the command as run, for messages
 * @param lastLine the last line it printed, empty if none
 * @param problem why it did not run to a zero exit, or {@code null} if it did
 */
record PythonRun(String commandLine, String lastLine, String problem) {

    /**
     * Runs {@code python3} with the given arguments.
     *
     * @param arguments what follows {@code python3}: a script's path, or {@code -} for a script on standard input
     * @param script the script to write to its standard input, or {@code null} for none
     * @param timeoutMinutes how long it may take
     * @param onLine receives every output line
     * @return the run
     */
    static PythonRun run(List<String> arguments, byte[] script, long timeoutMinutes, Consumer<String> onLine) {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(arguments);
        String commandLine = String.join(" ", command);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream stdin = process.getOutputStream()) {
                if (script != null) {
                    stdin.write(script);
                }
            }
            String last = "";
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    onLine.accept(line);
                    if (!line.isBlank()) {
                        last = line.stripTrailing();
                    }
                }
            }
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new PythonRun(commandLine, last,
                        "'" + commandLine + "' did not finish in " + timeoutMinutes + " minutes");
            }
            int exit = process.exitValue();
            return new PythonRun(commandLine, last, exit == 0 ? null : exitedWith(commandLine, exit, last));
        } catch (IOException e) {
            return new PythonRun(commandLine, "", "python3 could not be started (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PythonRun(commandLine, "", "interrupted");
        }
    }

    /** Why a run that exited normally gave nothing to use: its exit code and last line. */
    String gaveNothing() {
        return exitedWith(commandLine, 0, lastLine);
    }

    private static String exitedWith(String commandLine, int exit, String last) {
        return "'" + commandLine + "' exited with " + exit + ": " + last;
    }
}
