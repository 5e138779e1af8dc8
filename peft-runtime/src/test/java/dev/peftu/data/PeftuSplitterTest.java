package dev.peftu.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeftuSplitterTest {

    private static final TaskDefinition TASK = new TaskDefinition("t", List.of("A", "B"), false, "");

    /** Users named u0.. each labelling texts 0..count-1; text i is "A" when i % 10 < aPerTen. */
    private static AnnotatedTask task(int users, int count, int aPerTen) {
        Map<String, List<Example>> byUser = new LinkedHashMap<>();
        for (int u = 0; u < users; u++) {
            List<Example> examples = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                examples.add(new Example("x" + i, "text " + i, List.of(i % 10 < aPerTen ? "A" : "B")));
            }
            byUser.put("u" + u, examples);
        }
        return new AnnotatedTask(TASK, byUser);
    }

    private static long countLabel(List<Example> examples, String label) {
        return examples.stream().filter(e -> e.labels().get(0).equals(label)).count();
    }

    @Test
    void splitsEachUserEightyTenTenStratifiedByLabel() {
        UserData user = new PeftuSplitter(1).split(task(1, 100, 7)).user("u0");

        assertThat(user.train()).hasSize(80);
        assertThat(user.val()).hasSize(10);
        assertThat(user.test()).hasSize(10);
        assertThat(countLabel(user.test(), "A")).isBetween(6L, 8L);
        assertThat(countLabel(user.val(), "A")).isBetween(6L, 8L);
        List<String> all = new ArrayList<>();
        List.of(user.train(), user.val(), user.test()).forEach(p -> p.forEach(e -> all.add(e.id())));
        assertThat(all).doesNotHaveDuplicates().hasSize(100);
    }

    @Test
    void stratifiesARareLabelIntoTheHeldOutParts() {
        UserData user = new PeftuSplitter(3).split(task(1, 40, 9)).user("u0");

        // 4 of 40 examples are "B": proportional shares put about one in test (4 examples).
        assertThat(user.test()).hasSize(4);
        assertThat(countLabel(user.train(), "B")).isBetween(2L, 4L);
    }

    @Test
    void keepsAtLeastTwoExamplesOutsideTrainAndListsUsersUnderTenAsDropped() {
        Map<String, List<Example>> byUser = new LinkedHashMap<>(task(1, 10, 5).examplesByUser());
        byUser.put("small", task(1, 9, 5).examplesByUser().get("u0"));

        PersonalizedDataset dataset = new PeftuSplitter(7).split(new AnnotatedTask(TASK, byUser));

        assertThat(dataset.users()).extracting(UserData::userId).containsExactly("u0");
        assertThat(dataset.droppedUsers()).singleElement().satisfies(dropped -> {
            assertThat(dropped.userId()).isEqualTo("small");
            assertThat(dropped.reason()).isEqualTo(DropReason.TOO_FEW_EXAMPLES);
            assertThat(dropped.detail()).contains("user 'small' has 9 examples", "needs at least 10");
        });
        UserData user = dataset.user("u0");
        assertThat(user.val().size() + user.test().size()).isGreaterThanOrEqualTo(2);
        assertThat(user.test()).isNotEmpty();
        assertThat(user.train()).hasSize(8);
    }

    @Test
    void sameInputAndSeedGiveTheSameSplit() {
        AnnotatedTask task = task(3, 50, 4);

        assertThat(new PeftuSplitter(42).split(task).users()).isEqualTo(new PeftuSplitter(42).split(task).users());
    }

    @Test
    void differentSeedsGiveDifferentSplits() {
        AnnotatedTask task = task(3, 50, 4);

        assertThat(new PeftuSplitter(42).split(task).users()).isNotEqualTo(new PeftuSplitter(43).split(task).users());
    }

    @Test
    void leakageModeSplitsUsersIndependently() {
        PersonalizedDataset dataset = new PeftuSplitter(5).split(task(4, 60, 5));

        List<List<String>> testIds = dataset.users().stream()
                .map(u -> u.test().stream().map(Example::id).toList()).toList();
        assertThat(testIds).doesNotHaveDuplicates();
    }

    @Test
    void noLeakModePutsEachTextInTheSamePartForEveryUser() {
        AnnotatedTask task = task(4, 60, 5);

        PersonalizedDataset dataset = new PeftuSplitter(PeftuSplitter.Mode.NO_LEAK, 5).split(task);

        assertThat(dataset.users()).hasSize(4);
        Map<String, String> partOfText = new HashMap<>();
        for (UserData user : dataset.users()) {
            user.train().forEach(e -> assertThat(partOfText.merge(e.id(), "train", (a, b) -> a)).isEqualTo("train"));
            user.val().forEach(e -> assertThat(partOfText.merge(e.id(), "val", (a, b) -> a)).isEqualTo("val"));
            user.test().forEach(e -> assertThat(partOfText.merge(e.id(), "test", (a, b) -> a)).isEqualTo("test"));
        }
        assertThat(dataset.user("u0").test()).hasSize(6);
        assertThat(partOfText.values().stream().filter("train"::equals).count()).isEqualTo(48);
    }
}
