package dev.peftu.data;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the first text and place (a CSV line, a JSON path) given for each text id, so that an
 * importer can tell when an id comes back with a different text.
 */
final class TextsById {

    private record First(String text, String place) {
    }

    private final Map<String, First> firstById = new HashMap<>();

    /**
     * Records {@code text} for {@code id} at {@code place} unless the id is known.
     *
     * @return the place where the id was first given, when that was with a different text
     */
    Optional<String> earlierPlaceOfOtherText(String id, String text, String place) {
        First first = firstById.putIfAbsent(id, new First(text, place));
        return first == null || first.text().equals(text) ? Optional.empty() : Optional.of(first.place());
    }
}
