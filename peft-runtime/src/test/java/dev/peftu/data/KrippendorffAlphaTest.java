package dev.peftu.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    /** Builds per-user label sets from rows of single values; null means the user skipped the text. */
    private static Map<String, Map<String, Set<String>>> singleValues(Integer[][] rowsPerUser) {
        Map<String, Map<String, Set<String>>> data = new LinkedHashMap<>();
        for (int u = 0; u < rowsPerUser.length; u++) {
            Map<String, Set<String>> byText = new LinkedHashMap<>();
            for (int t = 0; t < rowsPerUser[u].length; t++) {
                if (rowsPerUser[u][t] != null) {
                    byText.put("unit" + (t + 1), Set.of(String.valueOf(rowsPerUser[u][t])));
                }
            }
            data.put("observer" + u, byText);
        }
        return data;
    }

    @Test
    void reproducesKrippendorffsWorkedNominalExample() {
        // Krippendorff, "Computing Krippendorff's Alpha-Reliability": observers A-D, 12 units,
        // missing values as null; the paper reports nominal alpha = 0.743.
        Integer[][] data = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
            {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null},
        };

        assertThat(KrippendorffAlpha.compute(singleValues(data), LabelSetDistance.NOMINAL))
                .isCloseTo(0.743, within(0.0005));
    }

    @Test
    void perfectAgreementGivesOne() {
        Integer[][] data = {{1, 2, 2, 1}, {1, 2, 2, 1}, {1, 2, 2, null}};

        assertThat(KrippendorffAlpha.compute(singleValues(data), LabelSetDistance.NOMINAL)).isEqualTo(1.0);
        assertThat(KrippendorffAlpha.compute(singleValues(data), LabelSetDistance.MASI)).isEqualTo(1.0);
    }

    @Test
    void matchesHandComputedNominalCase() {
        // Units (A,B): (1,1) (1,2) (2,2) (2,2); n = 8 values, n(1) = 3, n(2) = 5.
        // D_o = (1/8) * (2 ordered disagreeing pairs in unit 2 / (2 - 1)) = 0.25
        // D_e = 2 * 3 * 5 / (8 * 7) = 30/56;  alpha = 1 - 0.25 / (30/56) = 8/15
        Integer[][] data = {{1, 1, 2, 2}, {1, 2, 2, 2}};

        assertThat(KrippendorffAlpha.compute(singleValues(data), LabelSetDistance.NOMINAL))
                .isCloseTo(8.0 / 15, within(1e-12));
    }

    @Test
    void masiDistanceFollowsPassonneau() {
        assertThat(LabelSetDistance.MASI.between(Set.of("a", "b"), Set.of("b", "a"))).isZero();
        assertThat(LabelSetDistance.MASI.between(Set.of("a"), Set.of("a", "b")))
                .isCloseTo(1 - 0.5 * 2 / 3, within(1e-12));
        assertThat(LabelSetDistance.MASI.between(Set.of("a", "b"), Set.of("b", "c")))
                .isCloseTo(1 - (1.0 / 3) * (1.0 / 3), within(1e-12));
        assertThat(LabelSetDistance.MASI.between(Set.of("a"), Set.of("b"))).isEqualTo(1.0);
        assertThat(LabelSetDistance.NOMINAL.between(Set.of("a"), Set.of("a", "b"))).isEqualTo(1.0);
    }

    @Test
    void matchesHandComputedMasiCase() {
        // Units: text1 {a} vs {a,b} (distance 2/3), text2 {b} vs {b}; values {a}:1, {a,b}:1, {b}:2, n = 4.
        // D_o = (1/4) * (2 * 2/3) = 1/3
        // D_e = 2 * (1*1*2/3 + 1*2*1 + 1*2*2/3) / (4 * 3) = 8/12 = 2/3;  alpha = 1 - (1/3)/(2/3) = 0.5
        Map<String, Map<String, Set<String>>> data = Map.of(
                "u1", Map.of("text1", Set.of("a"), "text2", Set.of("b")),
                "u2", Map.of("text1", Set.of("a", "b"), "text2", Set.of("b")));

        assertThat(KrippendorffAlpha.compute(data, LabelSetDistance.MASI)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void ignoresTextsOnlyOneUserLabelledAndRejectsDataWithoutPairs() {
        Map<String, Map<String, Set<String>>> data = new LinkedHashMap<>(singleValues(new Integer[][] {
            {1, 1, 2, 2}, {1, 2, 2, 2}}));
        data.put("loner", Map.of("unit99", Set.of("1")));
        assertThat(KrippendorffAlpha.compute(data, LabelSetDistance.NOMINAL)).isCloseTo(8.0 / 15, within(1e-12));

        assertThatThrownBy(() -> KrippendorffAlpha.compute(
                Map.of("a", Map.of("x", Set.of("1")), "b", Map.of("y", Set.of("1"))), LabelSetDistance.NOMINAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no text was labelled by two users");
    }

    @Test
    void datasetAlphaUsesAllSplitsAndMasiForMultiLabelTasks() {
        TaskDefinition task = new TaskDefinition("t", List.of("a", "b"), true, "");
        PersonalizedDataset dataset = new PersonalizedDataset(task, List.of(
                new UserData("u1", List.of(new Example("text1", "x", List.of("a"))), List.of(),
                        List.of(new Example("text2", "y", List.of("b")))),
                new UserData("u2", List.of(new Example("text2", "y", List.of("b"))),
                        List.of(new Example("text1", "x", List.of("a", "b"))), List.of())));

        assertThat(KrippendorffAlpha.of(dataset)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void isUndefinedForOneUserOrWhenNoTextIsShared() {
        TaskDefinition task = new TaskDefinition("t", List.of("a", "b"), false, "");
        UserData alone = new UserData("u1", List.of(new Example("text1", "x", List.of("a"))), List.of(),
                List.of(new Example("text2", "y", List.of("b"))));
        UserData apart = new UserData("u2", List.of(new Example("text3", "z", List.of("a"))), List.of(),
                List.of(new Example("text4", "w", List.of("a"))));

        assertThat(KrippendorffAlpha.ifDefined(new PersonalizedDataset(task, List.of(alone)))).isEmpty();
        assertThat(KrippendorffAlpha.ifDefined(new PersonalizedDataset(task, List.of(alone, apart)))).isEmpty();
        UserData sharing = new UserData("u3", List.of(new Example("text1", "x", List.of("a"))), List.of(), List.of());
        assertThat(KrippendorffAlpha.ifDefined(new PersonalizedDataset(task, List.of(alone, sharing))))
                .hasValue(1.0);
    }
}
