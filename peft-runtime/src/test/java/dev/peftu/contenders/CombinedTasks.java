package dev.peftu.contenders;

import dev.peftu.data.Example;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.UserData;
import dev.peftu.random.Sampling;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Two synthetic tasks at the ends the issue names: one where each user's own history decides
 * (validation and test texts are copies of the user's training texts, labels drawn at random per
 * text, so no text rule exists), and one where the text decides (every user labels by the tone's
 * sentiment, and validation and test use other tone phrases than training, so only a model that
 * reads the meaning, not the words, gets them right).
 */
final class CombinedTasks {

    static final TaskDefinition TASK = new TaskDefinition("combined", List.of("offensive", "fine"), false,
            "Label this short opinion the way this user would: offensive or fine.");
    private static final List<String> TOPICS = List.of("stadium plan", "school budget", "bike lane", "tax cut",
            "housing project", "bus route", "park design", "museum wing");
    private static final List<String> TARGETS = List.of("the city", "local families", "small shops", "students",
            "drivers", "older people");
    private static final List<String> TRAIN_FINE = List.of("wonderful news", "a real delight", "truly excellent");
    private static final List<String> TRAIN_OFFENSIVE = List.of("utterly awful", "a total disgrace",
            "deeply offensive");
    private static final List<String> HELD_OUT_FINE = List.of("a fantastic gift", "simply brilliant",
            "lovely and kind");
    private static final List<String> HELD_OUT_OFFENSIVE = List.of("a cruel insult", "absolutely terrible",
            "a shameful mess");

    private CombinedTasks() {
    }

    /** Users whose validation and test texts repeat their own training texts with the label they gave them. */
    static PersonalizedDataset copiedHistory(int users, int train, int heldOut, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<UserData> data = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            List<Example> history = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (String topic : TOPICS) {
                for (String target : TARGETS) {
                    texts.add("the " + topic + " is a plan for " + target);
                }
            }
            Sampling.shuffle(texts, random);
            for (int n = 0; n < train; n++) {
                history.add(new Example("h" + n, texts.get(n), List.of(random.nextBoolean() ? "offensive" : "fine")));
            }
            data.add(new UserData("user" + u, history, copies("v", history, heldOut, random),
                    copies("t", history, heldOut, random)));
        }
        return new PersonalizedDataset(TASK, data);
    }

    private static List<Example> copies(String prefix, List<Example> history, int count, SplittableRandom random) {
        List<Example> copies = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            Example original = history.get(random.nextInt(history.size()));
            copies.add(new Example(prefix + n, original.text(), original.labels()));
        }
        return copies;
    }

    /** Users who all label by the tone's sentiment; held-out examples use tone phrases training never shows. */
    static PersonalizedDataset textDecides(int users, int train, int heldOut, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<UserData> data = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            data.add(new UserData("user" + u, opinions("h", train, TRAIN_FINE, TRAIN_OFFENSIVE, random),
                    opinions("v", heldOut, HELD_OUT_FINE, HELD_OUT_OFFENSIVE, random),
                    opinions("t", heldOut, HELD_OUT_FINE, HELD_OUT_OFFENSIVE, random)));
        }
        return new PersonalizedDataset(TASK, data);
    }

    private static List<Example> opinions(String prefix, int count, List<String> fine, List<String> offensive,
                                          SplittableRandom random) {
        List<Example> examples = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            boolean isFine = n % 2 == 0;
            List<String> tones = isFine ? fine : offensive;
            String text = "the " + TOPICS.get(random.nextInt(TOPICS.size())) + " is "
                    + tones.get(random.nextInt(tones.size())) + " for " + TARGETS.get(random.nextInt(TARGETS.size()));
            examples.add(new Example(prefix + n, text, List.of(isFine ? "fine" : "offensive")));
        }
        return examples;
    }
}
