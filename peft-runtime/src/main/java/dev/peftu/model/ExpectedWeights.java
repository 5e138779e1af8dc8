package dev.peftu.model;

import dev.peftu.store.FileFormatException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks the weights read from a checkpoint against those an architecture needs: every one
 * present, each of the expected shape, in the architecture's order. Every loader of a Hugging
 * Face directory goes through it, so that a missing or mis-shaped tensor reads the same for any
 * model family.
 */
final class ExpectedWeights {

    private ExpectedWeights() {
    }

    /**
     * Returns the expected weights (or what stands for them, such as their shapes), in the order of
     * {@code expected}.
     *
     * @param expected each weight's name and shape
     * @param read the weights read, by the same names
     * @param shapeOf a weight's shape
     * @param fileOf the file a weight was (or should have been) read from, for messages
     * @param described how a missing weight is named in its message (e.g. with the prefixes it may carry)
     * @param <T> what is read of a weight
     * @throws FileFormatException naming the file and tensor when one is missing or mis-shaped
     */
    static <T> Map<String, T> checked(Map<String, long[]> expected, Map<String, T> read, Function<T, long[]> shapeOf,
                                      Function<String, String> fileOf, Function<String, String> described)
            throws FileFormatException {
        Map<String, T> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> entry : expected.entrySet()) {
            String name = entry.getKey();
            T tensor = read.get(name);
            String wanted = "; expected shape " + Arrays.toString(entry.getValue()) + " for the architecture in "
                    + HfModelDirectory.CONFIG_FILE;
            if (tensor == null) {
                throw new FileFormatException(fileOf.apply(name), "tensor " + described.apply(name) + " is missing"
                        + wanted);
            }
            if (!Arrays.equals(shapeOf.apply(tensor), entry.getValue())) {
                throw new FileFormatException(fileOf.apply(name), "tensor " + name + " has shape "
                        + Arrays.toString(shapeOf.apply(tensor)) + wanted);
            }
            ordered.put(name, tensor);
        }
        return Collections.unmodifiableMap(ordered);
    }
}
