package dev.peftu.data;

import java.util.HashSet;
import java.util.Set;

/** How far apart two annotators' label sets for the same text are, from 0 (same) to 1. */
public enum LabelSetDistance {

    /** Nominal: 0 when the sets are equal, else 1. The distance for single-label tasks. */
    NOMINAL {
        @Override
        public double between(Set<String> a, Set<String> b) {
            return a.equals(b) ? 0 : 1;
        }
    },

    /**
     * MASI (Passonneau 2006): {@code 1 - J * M} with J the Jaccard index and M = 1 for identical
     * sets, 2/3 when one contains the other, 1/3 when they only overlap, 0 when disjoint.
     */
    MASI {
        @Override
        public double between(Set<String> a, Set<String> b) {
            if (a.equals(b)) {
                return 0;
            }
            Set<String> intersection = new HashSet<>(a);
            intersection.retainAll(b);
            if (intersection.isEmpty()) {
                return 1;
            }
            Set<String> union = new HashSet<>(a);
            union.addAll(b);
            double jaccard = (double) intersection.size() / union.size();
            double monotonicity = a.containsAll(b) || b.containsAll(a) ? 2.0 / 3 : 1.0 / 3;
            return 1 - jaccard * monotonicity;
        }
    };

    /** Returns the distance between two label sets. */
    public abstract double between(Set<String> a, Set<String> b);
}
