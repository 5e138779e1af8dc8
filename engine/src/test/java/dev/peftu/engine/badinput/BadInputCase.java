package dev.peftu.engine.badinput;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * One case of the bad-input corpus, read from its directory's {@code case.properties}:
 * {@code spec} (the benchmark class to run), {@code expect.N} (fragments the failure message must
 * contain, such as the file name, the line and what was expected), {@code param.KEY} (configuration
 * parameters; {@code peftu.data} always names a copy of the case's directory) and {@code outcome}
 * ({@code fail}, the default, or {@code pass} for an opt-in that drops and counts rows).
 */
record BadInputCase(String name, Path directory, String spec, List<String> expected,
        Map<String, String> parameters, boolean mustFail) {

    static final String FILE = "case.properties";

    static BadInputCase read(Path directory) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(directory.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> parameters = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("expect.")) {
                expected.put(key, properties.getProperty(key));
            } else if (key.startsWith("param.")) {
                parameters.put(key.substring("param.".length()), properties.getProperty(key));
            } else if (!key.equals("spec") && !key.equals("outcome")) {
                throw new IllegalArgumentException(directory.resolve(FILE) + ": unknown key '" + key
                        + "'; expected spec, outcome, expect.N or param.KEY");
            }
        }
        String spec = properties.getProperty("spec");
        if (spec == null || expected.isEmpty()) {
            throw new IllegalArgumentException(directory.resolve(FILE) + ": needs spec and at least one expect.N");
        }
        String outcome = properties.getProperty("outcome", "fail");
        if (!outcome.equals("fail") && !outcome.equals("pass")) {
            throw new IllegalArgumentException(directory.resolve(FILE) + ": outcome must be fail or pass, was "
                    + outcome);
        }
        return new BadInputCase(directory.getFileName().toString(), directory, spec,
                List.copyOf(expected.values()), Map.copyOf(parameters), outcome.equals("fail"));
    }

    @Override
    public String toString() {
        return name;
    }
}
