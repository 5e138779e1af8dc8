package dev.peftu.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.peftu.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads and writes {@code results.json} files of schema {@value RunResults#SCHEMA}.
 *
 * <p>Reading is strict: an unknown schema, malformed JSON, a missing required field, an unknown
 * field or an out-of-range value raise an {@link InvalidResultsException} naming the file, line,
 * JSON path and what was expected. Writing is atomic: the JSON goes to a temporary file in the
 * target's directory which is then moved over the target, so readers never see half a file.
 */
public final class ResultsJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** The schema before per-example outcomes; named in the error when such a file is read. */
    static final String PREVIOUS_SCHEMA = "peftu-results/1";

    private ResultsJson() {
    }

    /**
     * Reads and validates a results file.
     *
     * @throws InvalidResultsException when the file is not valid {@value RunResults#SCHEMA} JSON
     * @throws IOException when the file cannot be read
     */
    public static RunResults read(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        try {
            checkSchema(file, MAPPER.readTree(content));
            return MAPPER.readValue(content, RunResults.class);
        } catch (JsonProcessingException e) {
            throw invalid(file, e);
        }
    }

    /**
     * Writes results as pretty-printed JSON, atomically replacing any existing file; creates
     * missing parent directories.
     */
    public static void write(Path file, RunResults results) throws IOException {
        Objects.requireNonNull(results, "results");
        Path target = file.toAbsolutePath();
        AtomicFiles.writeString(target, toJson(results));
    }

    /** The JSON text {@link #write} would write. */
    public static String toJson(RunResults results) {
        try {
            return MAPPER.writeValueAsString(results) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise results", e);
        }
    }

    private static void checkSchema(Path file, JsonNode root) throws InvalidResultsException {
        if (root == null || !root.isObject()) {
            throw new InvalidResultsException(file, 0, 0, "$",
                    "expected a JSON object with \"schema\": \"" + RunResults.SCHEMA + "\"", null);
        }
        JsonNode schema = root.get("schema");
        if (schema != null && PREVIOUS_SCHEMA.equals(schema.asText(null))) {
            throw new InvalidResultsException(file, 0, 0, "$.schema", "this file has schema \"" + PREVIOUS_SCHEMA
                    + "\", which keeps only each user's mean accuracy; comparisons are now paired and need"
                    + " each test example's outcome (schema \"" + RunResults.SCHEMA + "\"). Record it again"
                    + " with this peftu version (mvn peftu:verify, then mvn peftu:baseline for a baseline)", null);
        }
        if (schema == null || !RunResults.SCHEMA.equals(schema.asText(null))) {
            throw new InvalidResultsException(file, 0, 0, "$.schema",
                    "unsupported schema " + (schema == null ? "(missing)" : schema.toString())
                            + "; expected \"" + RunResults.SCHEMA + "\"", null);
        }
    }

    private static InvalidResultsException invalid(Path file, JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        long line = where == null ? 0 : where.getLineNr();
        long column = where == null ? 0 : where.getColumnNr();
        if (e instanceof JsonParseException parse) {
            String path = parse.getProcessor() == null ? "$" : pathOf(parse.getProcessor().getParsingContext());
            return new InvalidResultsException(file, line, column, path,
                    "malformed JSON: " + firstLine(e.getOriginalMessage()), e);
        }
        String path = e instanceof JsonMappingException mapping ? pathOf(mapping.getPath()) : "$";
        return new InvalidResultsException(file, line, column, path, problemOf(e), e);
    }

    private static String problemOf(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            TreeSet<String> known = unknown.getKnownPropertyIds().stream().map(String::valueOf)
                    .collect(Collectors.toCollection(TreeSet::new));
            return "unknown field \"" + unknown.getPropertyName() + "\"; expected one of " + known;
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return "invalid value: " + instantiation.getCause().getMessage();
        }
        String original = firstLine(e.getOriginalMessage());
        if (original.startsWith("Missing required creator property") && e instanceof JsonMappingException m
                && !m.getPath().isEmpty()) {
            return "missing required field \"" + m.getPath().get(m.getPath().size() - 1).getFieldName() + "\"";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + describe(mismatch.getTargetType()) + ": " + original;
        }
        return original;
    }

    private static String describe(Class<?> type) {
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "an integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> "\"" + c.toString().toLowerCase(Locale.ROOT) + "\"")
                    .collect(Collectors.joining(", "));
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "a JSON object (" + type.getSimpleName() + ")";
    }

    private static String pathOf(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String pathOf(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            String step = at.inArray() ? "[" + Math.max(at.getCurrentIndex(), 0) + "]"
                    : at.getCurrentName() == null ? "" : "." + at.getCurrentName();
            path.insert(0, step);
        }
        return "$" + path;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
