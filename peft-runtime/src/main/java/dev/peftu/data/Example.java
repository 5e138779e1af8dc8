package dev.peftu.data;

import java.util.List;

/**
 * One user's labelled example.
 *
 * @param id the sample id; the same text carries the same id for every user who labelled it
 * @param text the text
 * @param labels this user's gold labels (one for single-label tasks)
 */
public record Example(String id, String text, List<String> labels) {

    /** Copies the label list. */
    public Example {
        labels = List.copyOf(labels);
    }
}
