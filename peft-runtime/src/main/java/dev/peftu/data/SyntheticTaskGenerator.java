package dev.peftu.data;

import dev.peftu.random.Sampling;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a subjective task whose users disagree for learnable reasons: the embedded default
 * dataset. Texts are short readable opinions built from a topic, a tone and a target
 * ("honestly, the new bike lane is a waste of money for small shops"); every user labels every
 * text.
 *
 * <p>A user's label for a text is the argmax (multi-label: every label scoring above zero) of
 * a per-label score that adds one weight per word slot (topic, tone, target). The weights mix
 * a rule shared by all users with the user's private rule, in which the user also cares more
 * about some slots than others: {@code w = (1 - d) * shared + d * private}. The privacy share
 * {@code d} is calibrated by bisection so that the generated labels reach the requested
 * Krippendorff's alpha; a noise rate replaces that share of labels by random ones. So each
 * user's labels follow words in the text (learnable), and users differ (a one-size-fits-all
 * model does poorly). Everything is drawn from one {@link SplittableRandom} seeded by the seed.
 *
 * <p>Instances are immutable; each setter-like method returns a reconfigured copy.
 */
public final class SyntheticTaskGenerator {

    private static final List<String> OPENERS = List.of("", "honestly, ", "i think ", "people say ");
    private static final List<String> TOPICS = List.of("stadium plan", "school budget", "bike lane", "tax cut",
            "housing project", "bus route", "park design", "museum wing", "parking rule", "water policy",
            "library hours", "market square");
    private static final List<String> TONES = List.of("a bold move", "a total disaster", "a fair idea",
            "a waste of money", "a bright idea", "an insult", "a sensible step", "a cruel joke", "a small win",
            "a big mistake", "a gift", "a scandal");
    private static final List<String> TARGETS = List.of("the city", "local families", "small shops", "students",
            "drivers", "older people", "the mayor", "newcomers");
    private static final List<String> LABEL_NAMES = List.of("offensive", "fine", "funny", "sad", "angry",
            "hopeful", "boring", "scary");
    private static final int BISECTION_STEPS = 16;

    private final int users;
    private final int textsPerUser;
    private final int labels;
    private final boolean multiLabel;
    private final double targetAlpha;
    private final double noise;
    private final long seed;

    private SyntheticTaskGenerator(int users, int textsPerUser, int labels, boolean multiLabel,
                                   double targetAlpha, double noise, long seed) {
        if (users < 2) {
            throw new IllegalArgumentException("users must be at least 2, was " + users);
        }
        int maxTexts = OPENERS.size() * TOPICS.size() * TONES.size() * TARGETS.size();
        if (textsPerUser < 1 || textsPerUser > maxTexts) {
            throw new IllegalArgumentException("textsPerUser must be in [1, " + maxTexts + "], was " + textsPerUser);
        }
        if (labels < 2) {
            throw new IllegalArgumentException("labels must be at least 2, was " + labels);
        }
        if (!(targetAlpha >= -1 && targetAlpha <= 1)) {
            throw new IllegalArgumentException("targetAlpha must be in [-1, 1], was " + targetAlpha);
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("noise must be in [0, 1], was " + noise);
        }
        this.users = users;
        this.textsPerUser = textsPerUser;
        this.labels = labels;
        this.multiLabel = multiLabel;
        this.targetAlpha = targetAlpha;
        this.noise = noise;
        this.seed = seed;
    }

    /**
     * Returns the default generator: 8 users, 200 texts each, labels {@code offensive}/{@code fine},
     * single-label, target alpha 0.2 (near the real tasks' 0.15-0.16), noise 0.05, seed 42.
     */
    public static SyntheticTaskGenerator defaults() {
        return new SyntheticTaskGenerator(8, 200, 2, false, 0.2, 0.05, 42);
    }

    /** Sets the number of users (at least 2). */
    public SyntheticTaskGenerator users(int count) {
        return new SyntheticTaskGenerator(count, textsPerUser, labels, multiLabel, targetAlpha, noise, seed);
    }

    /** Sets how many texts every user labels (all users label the same texts). */
    public SyntheticTaskGenerator textsPerUser(int count) {
        return new SyntheticTaskGenerator(users, count, labels, multiLabel, targetAlpha, noise, seed);
    }

    /** Sets the number of labels (at least 2; the first are offensive, fine, funny, sad, ...). */
    public SyntheticTaskGenerator labels(int count) {
        return new SyntheticTaskGenerator(users, textsPerUser, count, multiLabel, targetAlpha, noise, seed);
    }

    /** Sets whether a text may carry several labels. */
    public SyntheticTaskGenerator multiLabel(boolean enabled) {
        return new SyntheticTaskGenerator(users, textsPerUser, labels, enabled, targetAlpha, noise, seed);
    }

    /** Sets the Krippendorff's alpha the users' labels should approximately reach. */
    public SyntheticTaskGenerator targetAlpha(double alpha) {
        return new SyntheticTaskGenerator(users, textsPerUser, labels, multiLabel, alpha, noise, seed);
    }

    /** Sets the share of labels replaced by random ones (unlearnable noise). */
    public SyntheticTaskGenerator noise(double rate) {
        return new SyntheticTaskGenerator(users, textsPerUser, labels, multiLabel, targetAlpha, rate, seed);
    }

    /** Sets the seed. */
    public SyntheticTaskGenerator seed(long value) {
        return new SyntheticTaskGenerator(users, textsPerUser, labels, multiLabel, targetAlpha, noise, value);
    }

    /** Returns the task definition the generated examples belong to. */
    public TaskDefinition task() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < labels; i++) {
            names.add(i < LABEL_NAMES.size() ? LABEL_NAMES.get(i) : "label-" + (i + 1));
        }
        String instruction = "Label this short opinion about a city decision the way this user would: "
                + (multiLabel ? "one or more of " : "one of ") + String.join(", ", names) + ".";
        return new TaskDefinition("synthetic", names, multiLabel, instruction);
    }

    /** Generates every user's examples, unsplit. */
    public AnnotatedTask generate() {
        Draws draws = new Draws(new SplittableRandom(seed));
        TaskDefinition task = task();
        double low = 0;
        double high = 1;
        AnnotatedTask best = draws.label(task, 0);
        if (KrippendorffAlpha.of(best) <= targetAlpha) {
            return best;
        }
        AnnotatedTask mostPrivate = draws.label(task, 1);
        if (KrippendorffAlpha.of(mostPrivate) >= targetAlpha) {
            return mostPrivate;
        }
        double bestGap = Double.MAX_VALUE;
        for (int step = 0; step < BISECTION_STEPS; step++) {
            double privacy = (low + high) / 2;
            AnnotatedTask candidate = draws.label(task, privacy);
            double alpha = KrippendorffAlpha.of(candidate);
            if (Math.abs(alpha - targetAlpha) < bestGap) {
                bestGap = Math.abs(alpha - targetAlpha);
                best = candidate;
            }
            if (alpha > targetAlpha) {
                low = privacy;
            } else {
                high = privacy;
            }
        }
        return best;
    }

    /** Generates the task and splits it with {@link PeftuSplitter} (leakage mode) under the same seed. */
    public PersonalizedDataset dataset() {
        return new PeftuSplitter(seed).split(generate());
    }

    /**
     * A small task in which four users label the same 60 texts by plainly different private
     * rules, so that only a personalized model can be right for all of them: {@code by-topic}
     * (offensive when the topic is the stadium plan or the tax cut), {@code by-tone} (when the
     * tone is a total disaster or a cruel joke), {@code by-target} (when the target is students or
     * drivers) and {@code by-tone-reversed} (when the tone is a bold move or a fair idea). The
     * vocabulary has four words per slot; the seed chooses which 60 of the 64 texts appear.
     *
     * @param seed chooses and orders the texts
     * @return the unsplit task with labels {@code offensive} and {@code fine}
     */
    public static AnnotatedTask privateRules(long seed) {
        List<String> topics = List.of("stadium plan", "school budget", "bike lane", "tax cut");
        List<String> tones = List.of("a bold move", "a total disaster", "a fair idea", "a cruel joke");
        List<String> targets = List.of("the city", "students", "drivers", "small shops");
        List<int[]> grid = new ArrayList<>();
        for (int topic = 0; topic < 4; topic++) {
            for (int tone = 0; tone < 4; tone++) {
                for (int target = 0; target < 4; target++) {
                    grid.add(new int[] {topic, tone, target});
                }
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        Sampling.shuffle(grid, random);
        Map<String, List<Example>> byUser = new LinkedHashMap<>();
        List<String> userIds = List.of("by-topic", "by-tone", "by-target", "by-tone-reversed");
        userIds.forEach(u -> byUser.put(u, new ArrayList<>()));
        for (int i = 0; i < 60; i++) {
            int[] words = grid.get(i);
            String id = String.format("p%02d", i);
            String text = "the " + topics.get(words[0]) + " is " + tones.get(words[1]) + " for " + targets.get(words[2]);
            boolean[] offensive = {
                words[0] == 0 || words[0] == 3,
                words[1] == 1 || words[1] == 3,
                words[2] == 1 || words[2] == 2,
                words[1] == 0 || words[1] == 2,
            };
            for (int u = 0; u < userIds.size(); u++) {
                byUser.get(userIds.get(u)).add(new Example(id, text, List.of(offensive[u] ? "offensive" : "fine")));
            }
        }
        TaskDefinition task = new TaskDefinition("private-rules", List.of("offensive", "fine"), false,
                "Label this short opinion the way this user would: offensive or fine.");
        return new AnnotatedTask(task, byUser);
    }

    /** Returns {@link #privateRules(long)} split 48/6/6 per user with {@link PeftuSplitter} under the same seed. */
    public static PersonalizedDataset privateRulesDataset(long seed) {
        return new PeftuSplitter(seed).split(privateRules(seed));
    }

    /** All random draws, made once so that every privacy share labels with the same randomness. */
    private final class Draws {
        private final int[][] texts;                  // [text][opener, topic, tone, target]
        private final double[][][] shared;            // [slot][word][label]
        private final double[][][][] personal;        // [user][slot][word][label], slot emphasis applied
        private final double[][] noiseRoll;           // [user][text]
        private final int[][] noiseLabel;             // [user][text]

        Draws(SplittableRandom random) {
            int[] slotSizes = {TOPICS.size(), TONES.size(), TARGETS.size()};
            texts = chooseTexts(random);
            shared = weights(random, slotSizes, new double[] {1, 1, 1});
            personal = new double[users][][][];
            for (int u = 0; u < users; u++) {
                double[] emphasis = new double[3];
                double total = 0;
                for (int s = 0; s < 3; s++) {
                    emphasis[s] = -Math.log(1 - random.nextDouble());
                    total += emphasis[s];
                }
                for (int s = 0; s < 3; s++) {
                    emphasis[s] = 3 * emphasis[s] / total;
                }
                personal[u] = weights(random, slotSizes, emphasis);
            }
            noiseRoll = new double[users][textsPerUser];
            noiseLabel = new int[users][textsPerUser];
            for (int u = 0; u < users; u++) {
                for (int t = 0; t < textsPerUser; t++) {
                    noiseRoll[u][t] = random.nextDouble();
                    noiseLabel[u][t] = random.nextInt(labels);
                }
            }
        }

        private int[][] chooseTexts(SplittableRandom random) {
            int combinations = OPENERS.size() * TOPICS.size() * TONES.size() * TARGETS.size();
            int[] order = new int[combinations];
            for (int i = 0; i < combinations; i++) {
                order[i] = i;
            }
            int[][] chosen = new int[textsPerUser][];
            for (int i = 0; i < textsPerUser; i++) {
                int j = i + random.nextInt(combinations - i);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
                int code = order[i];
                int target = code % TARGETS.size();
                code /= TARGETS.size();
                int tone = code % TONES.size();
                code /= TONES.size();
                int topic = code % TOPICS.size();
                chosen[i] = new int[] {code / TOPICS.size(), topic, tone, target};
            }
            return chosen;
        }

        private double[][][] weights(SplittableRandom random, int[] slotSizes, double[] emphasis) {
            double[][][] w = new double[slotSizes.length][][];
            for (int s = 0; s < slotSizes.length; s++) {
                w[s] = new double[slotSizes[s]][labels];
                for (int word = 0; word < slotSizes[s]; word++) {
                    for (int l = 0; l < labels; l++) {
                        w[s][word][l] = emphasis[s] * Sampling.gaussian(random);
                    }
                }
            }
            return w;
        }

        AnnotatedTask label(TaskDefinition task, double privacy) {
            Map<String, List<Example>> byUser = new LinkedHashMap<>();
            for (int u = 0; u < users; u++) {
                List<Example> examples = new ArrayList<>();
                for (int t = 0; t < textsPerUser; t++) {
                    List<String> gold = noiseRoll[u][t] < noise
                            ? List.of(task.labels().get(noiseLabel[u][t]))
                            : decide(task, scores(u, texts[t], privacy));
                    examples.add(new Example(String.format("t%04d", t), text(texts[t]), gold));
                }
                byUser.put("user" + (u + 1), examples);
            }
            return new AnnotatedTask(task, byUser);
        }

        private double[] scores(int user, int[] text, double privacy) {
            double[] scores = new double[labels];
            for (int s = 0; s < 3; s++) {
                int word = text[s + 1];
                for (int l = 0; l < labels; l++) {
                    scores[l] += (1 - privacy) * shared[s][word][l] + privacy * personal[user][s][word][l];
                }
            }
            return scores;
        }

        private List<String> decide(TaskDefinition task, double[] scores) {
            // the smallest positive double as the threshold: every label scoring above zero
            return LabelScores.chosen(task, scores, Double.MIN_VALUE);
        }
    }

    private static String text(int[] words) {
        return OPENERS.get(words[0]) + "the new " + TOPICS.get(words[1]) + " is " + TONES.get(words[2])
                + " for " + TARGETS.get(words[3]);
    }
}
