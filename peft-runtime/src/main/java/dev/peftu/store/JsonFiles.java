package dev.peftu.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a JSON file that must hold one object (a model's {@code config.json}, a checkpoint's
 * index), failing with a message that names the file, the line of a syntax error and what the
 * file should hold.
 */
public final class JsonFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonFiles() {
    }

    /**
     * Reads the file's JSON object.
     *
     * @param file the file
     * @param expected what the file should hold, for messages (e.g. {@code a Hugging Face config object})
     * @return the object
     * @throws FileFormatException naming the file when it is not JSON or not an object
     */
    public static JsonNode readObject(Path file, String expected) throws IOException {
        String source = file.toString();
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException notJson) {
            throw new FileFormatException(source, "not JSON at line " + notJson.getLocation().getLineNr() + ": "
                    + notJson.getOriginalMessage() + "; expected " + expected, notJson);
        }
        if (root == null || !root.isObject()) {
            throw new FileFormatException(source, "not a JSON object; expected " + expected);
        }
        return root;
    }
}
