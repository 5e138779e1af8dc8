package dev.peftu.train;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one pass laid out in groups of equal size, each group holding rows of one user
 * only, so that the user's parameters apply to the whole group as one slice of a batched
 * product. A group shorter than the others is padded by repeating its first row; padding rows
 * have weight 0 and their outputs are dropped.
 */
final class RowGroups {

    private final List<Row> rows = new ArrayList<>();
    private final List<Boolean> real = new ArrayList<>();
    private final int[] groupUsers;
    private final int[] groupSizes;
    private final int rowsPerGroup;

    private RowGroups(List<List<Row>> groups) {
        int size = 0;
        for (List<Row> group : groups) {
            size = Math.max(size, group.size());
        }
        this.rowsPerGroup = size;
        this.groupUsers = new int[groups.size()];
        this.groupSizes = new int[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            List<Row> group = groups.get(g);
            groupUsers[g] = group.get(0).user();
            groupSizes[g] = group.size();
            for (int i = 0; i < size; i++) {
                rows.add(group.get(i < group.size() ? i : 0));
                real.add(i < group.size());
            }
        }
    }

    /**
     * Lays out given groups as they are: for a training step, one group per user present.
     *
     * @param groups non-empty groups, each of one user's rows
     * @return the layout
     */
    static RowGroups of(List<List<Row>> groups) {
        return new RowGroups(groups);
    }

    /**
     * Cuts rows into groups of consecutive rows of the same user, at most {@code groupSize}
     * rows each, for evaluation passes.
     *
     * @param rows rows ordered by user
     * @param groupSize the largest group
     * @return the groups
     */
    static List<List<Row>> chunks(List<Row> rows, int groupSize) {
        List<List<Row>> groups = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        for (Row row : rows) {
            if (!current.isEmpty() && (current.size() == groupSize || current.get(0).user() != row.user())) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(row);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    /**
     * Packs groups into passes in order: as many groups per pass as fit in {@code maxRows} rows
     * once padded to the pass's largest group, and at least one.
     *
     * @param groups the groups, each of one user's rows
     * @param maxRows the most rows of a pass
     * @return the passes
     */
    static List<RowGroups> passes(List<List<Row>> groups, int maxRows) {
        List<RowGroups> passes = new ArrayList<>();
        int start = 0;
        while (start < groups.size()) {
            int end = start + 1;
            int largest = groups.get(start).size();
            while (end < groups.size() && (end - start + 1) * Math.max(largest, groups.get(end).size()) <= maxRows) {
                largest = Math.max(largest, groups.get(end).size());
                end++;
            }
            passes.add(new RowGroups(groups.subList(start, end)));
            start = end;
        }
        return passes;
    }

    /** Returns every row of the pass, padding included, group after group. */
    List<Row> rows() {
        return rows;
    }

    /** Returns whether the row at a position of {@link #rows()} is a real row, not padding. */
    boolean real(int row) {
        return real.get(row);
    }

    /** Returns the cohort position of each group's user. */
    int[] groupUsers() {
        return groupUsers;
    }

    /** Returns the rows of each group. */
    int rowsPerGroup() {
        return rowsPerGroup;
    }

    /** Returns each row's weight in its user's mean: one over the user's real rows, 0 for padding. */
    float[] meanWeights() {
        float[] weights = new float[rows.size()];
        for (int r = 0; r < weights.length; r++) {
            weights[r] = real.get(r) ? 1f / groupSizes[r / rowsPerGroup] : 0f;
        }
        return weights;
    }
}
