package dev.peftu.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticTaskGeneratorTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.6})
    void reachesTheTargetAlpha(double target) {
        AnnotatedTask task = SyntheticTaskGenerator.defaults().targetAlpha(target).generate();

        assertThat(KrippendorffAlpha.of(task)).isCloseTo(target, within(0.1));
    }

    @Test
    void sameSeedSameTaskAndDifferentSeedDifferentTask() {
        SyntheticTaskGenerator generator = SyntheticTaskGenerator.defaults().users(4).textsPerUser(80);

        assertThat(generator.generate()).isEqualTo(generator.generate());
        assertThat(generator.seed(7).generate().examplesByUser())
                .isNotEqualTo(generator.generate().examplesByUser());
    }

    @Test
    void writesReadableShortOpinionsSharedByAllUsers() {
        AnnotatedTask task = SyntheticTaskGenerator.defaults().users(3).textsPerUser(300).generate();

        assertThat(task.examplesByUser()).hasSize(3).allSatisfy((user, examples) -> assertThat(examples).hasSize(300));
        List<Example> first = task.examplesByUser().get("user1");
        assertThat(first).extracting(Example::text)
                .doesNotHaveDuplicates()
                .allMatch(t -> t.matches("(honestly, |i think |people say )?the new [a-z ]+ is an? [a-z ]+ for [a-z ]+"));
        assertThat(task.examplesByUser().get("user3")).extracting(Example::text)
                .containsExactlyElementsOf(first.stream().map(Example::text).toList());
        assertThat(task.task().labels()).containsExactly("offensive", "fine");
    }

    @Test
    void usersDisagreeSoAPooledModelLosesToPerUserModels() {
        PersonalizedDataset dataset = SyntheticTaskGenerator.defaults().targetAlpha(0.3).textsPerUser(300).dataset();

        double perUser = 0;
        double pooled = 0;
        WordVoteModel everyone = new WordVoteModel();
        dataset.users().forEach(u -> u.train().forEach(everyone::learn));
        for (UserData user : dataset.users()) {
            WordVoteModel own = new WordVoteModel();
            user.train().forEach(own::learn);
            perUser += own.accuracy(user.test());
            pooled += everyone.accuracy(user.test());
        }
        int users = dataset.users().size();
        assertThat(perUser / users).isGreaterThan(pooled / users + 0.1).isGreaterThan(0.7);
    }

    @Test
    void multiLabelTasksGiveSomeTextsSeveralLabels() {
        AnnotatedTask task = SyntheticTaskGenerator.defaults().labels(4).multiLabel(true).generate();

        List<Example> all = task.examplesByUser().values().stream().flatMap(List::stream).toList();
        assertThat(task.task().labels()).containsExactly("offensive", "fine", "funny", "sad");
        assertThat(all).allSatisfy(e -> assertThat(e.labels()).isNotEmpty());
        assertThat(all).anySatisfy(e -> assertThat(e.labels()).hasSizeGreaterThan(1));
    }

    @Test
    void privateRulesUsersFollowTheirOwnWords() {
        AnnotatedTask task = SyntheticTaskGenerator.privateRules(11);

        assertThat(task.examplesByUser()).containsOnlyKeys("by-topic", "by-tone", "by-target", "by-tone-reversed");
        assertThat(task.examplesByUser().values()).allSatisfy(examples -> assertThat(examples).hasSize(60));
        assertThat(task.examplesByUser().get("by-tone")).allSatisfy(e -> assertThat(e.labels().get(0))
                .isEqualTo(e.text().contains("disaster") || e.text().contains("cruel") ? "offensive" : "fine"));
        assertThat(task.examplesByUser().get("by-tone-reversed")).allSatisfy(e -> assertThat(e.labels().get(0))
                .isEqualTo(e.text().contains("disaster") || e.text().contains("cruel") ? "fine" : "offensive"));
        assertThat(KrippendorffAlpha.of(task)).isLessThan(0.2);
        assertThat(SyntheticTaskGenerator.privateRulesDataset(11).users())
                .allSatisfy(u -> assertThat(u.train()).hasSize(48));
    }

    /**
     * An averaged perceptron over the words of a text, "offensive" against the rest: enough to
     * learn a rule that is linear in the words, as the generator's rules are.
     */
    private static final class WordVoteModel {
        private static final int EPOCHS = 15;
        private final List<Example> seen = new ArrayList<>();
        private final Map<String, Double> weights = new HashMap<>();
        private final Map<String, Double> sums = new HashMap<>();

        void learn(Example example) {
            seen.add(example);
        }

        private void fit() {
            if (!weights.isEmpty()) {
                return;
            }
            for (int epoch = 0; epoch < EPOCHS; epoch++) {
                for (Example example : seen) {
                    double target = example.labels().contains("offensive") ? 1 : -1;
                    if (target * score(weights, example) <= 0) {
                        for (String word : words(example)) {
                            weights.merge(word, target, Double::sum);
                        }
                    }
                    weights.forEach((word, w) -> sums.merge(word, w, Double::sum));
                }
            }
        }

        double accuracy(List<Example> test) {
            fit();
            long right = test.stream()
                    .filter(e -> e.labels().contains(score(sums, e) > 0 ? "offensive" : "fine"))
                    .count();
            return (double) right / test.size();
        }

        private static double score(Map<String, Double> w, Example example) {
            double total = w.getOrDefault("<bias>", 0.0);
            for (String word : words(example)) {
                total += w.getOrDefault(word, 0.0);
            }
            return total;
        }

        private static List<String> words(Example example) {
            List<String> words = new ArrayList<>(List.of(example.text().split(" ")));
            words.add("<bias>");
            return words;
        }
    }
}
