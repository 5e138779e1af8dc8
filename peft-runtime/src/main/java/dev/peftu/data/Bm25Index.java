package dev.peftu.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Okapi BM25 over a small set of documents, with a lowercase word tokenizer (runs of letters
 * and digits). A document's score for a query sums, over the query's distinct terms,
 * {@code idf(t) * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / averageLength))}, with the
 * non-negative {@code idf(t) = ln(1 + (N - df + 0.5) / (df + 0.5))}.
 */
public final class Bm25Index {

    /** A document's position in the index and its score for a query. */
    public record Hit(int document, double score) {
    }

    private final double k1;
    private final double b;
    private final List<Map<String, Integer>> termCounts = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    /**
     * Indexes the documents.
     *
     * @param documents the texts, addressed by their position
     * @param k1 term-frequency saturation (1.2 is usual)
     * @param b length normalization (0.75 is usual)
     */
    public Bm25Index(List<String> documents, double k1, double b) {
        this.k1 = k1;
        this.b = b;
        long totalLength = 0;
        for (String document : documents) {
            List<String> tokens = tokenize(document);
            Map<String, Integer> counts = new HashMap<>();
            tokens.forEach(t -> counts.merge(t, 1, Integer::sum));
            counts.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            termCounts.add(counts);
            lengths.add(tokens.size());
            totalLength += tokens.size();
        }
        this.averageLength = documents.isEmpty() ? 0 : (double) totalLength / documents.size();
    }

    /** Splits a text into lowercase runs of letters and digits. */
    public static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** Returns the BM25 score of one document for a query. */
    public double score(String query, int document) {
        return score(new LinkedHashSet<>(tokenize(query)), document);
    }

    /**
     * Returns the documents with a positive score, best first (ties by position), at most {@code limit}.
     */
    public List<Hit> search(String query, int limit) {
        Set<String> terms = new LinkedHashSet<>(tokenize(query));
        List<Hit> hits = new ArrayList<>();
        for (int d = 0; d < termCounts.size(); d++) {
            double score = score(terms, d);
            if (score > 0) {
                hits.add(new Hit(d, score));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparingInt(Hit::document));
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    private double score(Set<String> terms, int document) {
        Map<String, Integer> counts = termCounts.get(document);
        double norm = k1 * (1 - b + b * lengths.get(document) / averageLength);
        double score = 0;
        int n = termCounts.size();
        for (String term : terms) {
            Integer tf = counts.get(term);
            if (tf != null) {
                int df = documentFrequency.get(term);
                double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                score += idf * tf * (k1 + 1) / (tf + norm);
            }
        }
        return score;
    }
}
