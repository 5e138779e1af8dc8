package dev.peftu.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.peftu.peft.BatchParameters;
import java.util.Map;

/**
 * One pass's view of the cohort's parameters: each parameter stacked over the pass's row groups
 * ({@link RowGroups}), cut from the users' parameter rows once per pass, and per-row dropout in
 * training passes.
 */
final class GroupParameters implements BatchParameters {

    private final NDManager step;
    private final CohortParameters parameters;
    private final RowGroups groups;
    private final long[] rowSeeds;
    private final int rowsPerGroup;
    private Map<String, NDArray> views;

    /**
     * Creates the view.
     *
     * @param step the pass's manager
     * @param parameters the cohort's parameters
     * @param groups the pass's rows
     * @param rowSeeds one dropout seed per row in a training pass, {@code null} in an evaluation pass
     */
    GroupParameters(NDManager step, CohortParameters parameters, RowGroups groups, long[] rowSeeds) {
        this(step, parameters, groups, rowSeeds, groups.rowsPerGroup(), null);
    }

    private GroupParameters(NDManager step, CohortParameters parameters, RowGroups groups, long[] rowSeeds,
                            int rowsPerGroup, Map<String, NDArray> views) {
        this.step = step;
        this.parameters = parameters;
        this.groups = groups;
        this.rowSeeds = rowSeeds;
        this.rowsPerGroup = rowsPerGroup;
        this.views = views;
    }

    /**
     * Returns the view of a pass whose every row became several consecutive rows (a prompt followed
     * by each label's words, say): groups as many times larger, each copy of a row with the row's
     * dropout seed.
     *
     * @param times how many rows each row became
     * @return the view
     */
    GroupParameters repeatEachRow(int times) {
        if (times == 1) {
            return this;
        }
        long[] seeds = null;
        if (rowSeeds != null) {
            seeds = new long[rowSeeds.length * times];
            for (int r = 0; r < seeds.length; r++) {
                seeds[r] = rowSeeds[r / times];
            }
        }
        if (views == null) {
            views = parameters.forUsers(step, groups.groupUsers());
        }
        return new GroupParameters(step, parameters, groups, seeds, rowsPerGroup * times, views);
    }

    /** Returns the number of groups (users) of the pass. */
    int groupCount() {
        return groups.groupUsers().length;
    }

    @Override
    public NDArray perGroup(String key) {
        if (views == null) {
            views = parameters.forUsers(step, groups.groupUsers());
        }
        NDArray view = views.get(key);
        if (view == null) {
            throw new IllegalArgumentException("no parameter '" + key + "'; declared: " + views.keySet());
        }
        return view;
    }

    @Override
    public int rowsPerGroup() {
        return rowsPerGroup;
    }

    @Override
    public NDManager step() {
        return step;
    }

    @Override
    public boolean training() {
        return rowSeeds != null;
    }

    @Override
    public NDArray dropout(NDArray input, double rate, String site) {
        if (rowSeeds == null || rate == 0) {
            return input;
        }
        return RowDropout.apply(step, input, rate, site, rowSeeds);
    }
}
