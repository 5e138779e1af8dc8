package dev.peftu.data;

import dev.peftu.random.Sampling;
import dev.peftu.random.Seeds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Splits every user's examples into train, validation and test the PEFT-U way: 80/10/10,
 * stratified by the (first) gold label, at least {@value #MIN_HELD_OUT} examples outside train.
 * Users with fewer than {@value #MIN_EXAMPLES} examples (or, without leakage, no test example)
 * cannot be split; they are left out and listed in {@link PersonalizedDataset#droppedUsers()}, so
 * that the caller fails or counts them, never loses them silently.
 *
 * <p>Stratification: within each stratum the items are shuffled and given evenly spaced ranks in
 * [0, 1) with a random offset; sorting all items by rank interleaves the strata in proportion,
 * so the first 10% (test) and the next 10% (validation) hold each label in its share. Everything
 * random comes from a {@link SplittableRandom} seeded from the seed (and, in leakage mode, the
 * user id), so the same input and seed always give the same split.
 */
public final class PeftuSplitter {

    /** Users with fewer examples than this are dropped. */
    public static final int MIN_EXAMPLES = 10;
    /** Every kept user has at least this many examples in validation and test together. */
    public static final int MIN_HELD_OUT = 2;

    /** How the same text may be placed for different users. */
    public enum Mode {
        /** Each user is split on their own: one user's test text may be in another's train (PEFT-U default). */
        LEAKAGE,
        /** Texts are split once by id: a text is in the same part for every user. */
        NO_LEAK
    }

    private static final double TEST_SHARE = 0.1;
    private static final double VAL_SHARE = 0.1;

    private final Mode mode;
    private final long seed;

    /**
     * Creates a splitter.
     *
     * @param mode leakage or no-leak
     * @param seed the seed all shuffles derive from
     */
    public PeftuSplitter(Mode mode, long seed) {
        this.mode = java.util.Objects.requireNonNull(mode, "mode");
        this.seed = seed;
    }

    /** Creates a splitter in the default {@link Mode#LEAKAGE} mode. */
    public PeftuSplitter(long seed) {
        this(Mode.LEAKAGE, seed);
    }

    /**
     * Splits the task's users.
     *
     * @param task the unsplit examples
     * @return the split dataset, users in the task's order, examples in source order within each part,
     *     carrying the task's dropped rows; users with fewer than {@value #MIN_EXAMPLES} examples (or,
     *     without leakage, with fewer than {@value #MIN_HELD_OUT} held-out examples or no test
     *     example) are left out and listed in {@link PersonalizedDataset#droppedUsers()}
     */
    public PersonalizedDataset split(AnnotatedTask task) {
        Map<String, Part> textParts = mode == Mode.NO_LEAK ? splitTextIds(task) : Map.of();
        List<UserData> users = new ArrayList<>();
        List<DroppedUser> dropped = new ArrayList<>();
        for (Map.Entry<String, List<Example>> entry : task.examplesByUser().entrySet()) {
            List<Example> examples = entry.getValue();
            if (examples.size() < MIN_EXAMPLES) {
                dropped.add(new DroppedUser(entry.getKey(), DropReason.TOO_FEW_EXAMPLES, "user '" + entry.getKey()
                        + "' has " + examples.size() + " example" + (examples.size() == 1 ? "" : "s")
                        + "; the splitter needs at least " + MIN_EXAMPLES + " per user to hold out "
                        + MIN_HELD_OUT + " for validation and test and train on the rest"));
                continue;
            }
            Map<String, Part> parts = mode == Mode.NO_LEAK ? textParts
                    : assign(examples, Example::id, e -> firstLabel(e.labels()), userRandom(entry.getKey()));
            UserData user = toUserData(entry.getKey(), examples, parts);
            if (user.test().isEmpty() || user.val().size() + user.test().size() < MIN_HELD_OUT) {
                dropped.add(new DroppedUser(entry.getKey(), DropReason.NO_TEST_EXAMPLE, "user '" + entry.getKey()
                        + "' has " + user.test().size() + " test and " + user.val().size()
                        + " validation examples after the no-leak split of texts; the splitter needs at least one"
                        + " test example and " + MIN_HELD_OUT + " held out per user (split with leakage, or give"
                        + " the user more texts)"));
                continue;
            }
            users.add(user);
        }
        return new PersonalizedDataset(task.task(), users, task.droppedRows(), dropped);
    }

    private enum Part { TRAIN, VAL, TEST }

    private Map<String, Part> splitTextIds(AnnotatedTask task) {
        Map<String, Map<String, Integer>> labelVotes = new LinkedHashMap<>();
        for (List<Example> examples : task.examplesByUser().values()) {
            for (Example example : examples) {
                labelVotes.computeIfAbsent(example.id(), id -> new LinkedHashMap<>())
                        .merge(firstLabel(example.labels()), 1, Integer::sum);
            }
        }
        List<String> textIds = new ArrayList<>(labelVotes.keySet());
        textIds.sort(Comparator.naturalOrder());
        Function<String, String> majority = id -> labelVotes.get(id).entrySet().stream()
                .max(Map.Entry.comparingByValue()) // ties keep the label seen first
                .orElseThrow().getKey();
        return assign(textIds, Function.identity(), majority, new SplittableRandom(seed));
    }

    private static <T> Map<String, Part> assign(List<T> items, Function<T, String> id, Function<T, String> stratum,
                                                SplittableRandom random) {
        Map<String, List<T>> strata = new LinkedHashMap<>();
        for (T item : items) {
            strata.computeIfAbsent(stratum.apply(item), s -> new ArrayList<>()).add(item);
        }
        List<String> order = new ArrayList<>();
        Map<String, Double> rank = new HashMap<>();
        for (List<T> members : strata.values()) {
            Sampling.shuffle(members, random);
            double offset = random.nextDouble();
            for (int i = 0; i < members.size(); i++) {
                String key = id.apply(members.get(i));
                order.add(key);
                rank.put(key, (i + offset) / members.size());
            }
        }
        order.sort(Comparator.comparingDouble(rank::get));
        int n = order.size();
        int test = Math.max(1, (int) Math.round(n * TEST_SHARE));
        int val = Math.max(Math.max(1, (int) Math.round(n * VAL_SHARE)), MIN_HELD_OUT - test);
        Map<String, Part> parts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            parts.put(order.get(i), i < test ? Part.TEST : i < test + val ? Part.VAL : Part.TRAIN);
        }
        return parts;
    }

    private static UserData toUserData(String userId, List<Example> examples, Map<String, Part> parts) {
        List<Example> train = new ArrayList<>();
        List<Example> val = new ArrayList<>();
        List<Example> test = new ArrayList<>();
        for (Example example : examples) {
            switch (parts.get(example.id())) {
                case TRAIN -> train.add(example);
                case VAL -> val.add(example);
                case TEST -> test.add(example);
            }
        }
        return new UserData(userId, train, val, test);
    }

    private SplittableRandom userRandom(String userId) {
        return new SplittableRandom(Seeds.mix(seed, userId, "split"));
    }

    private static String firstLabel(List<String> labels) {
        return labels.isEmpty() ? "" : labels.get(0);
    }
}
