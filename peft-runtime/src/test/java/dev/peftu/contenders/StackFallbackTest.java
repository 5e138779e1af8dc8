package dev.peftu.contenders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.data.Example;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.UserData;
import dev.peftu.eval.CombinedContender;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.eval.Scoring;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code stack}'s fit and its fallback to {@code select}'s choice, on baselines that need no base
 * model: the per-user majority and retrieval of the single most similar training text, on users
 * who copy their own history (retrieval is right, majority a guess).
 */
class StackFallbackTest {

    private static final long SEED = 3;

    @Test
    void fitsOnlyAValidationSplitOfEnoughExamplesWithTwoLabels() {
        Example yes = new Example("1", "a", List.of("fine"));
        Example no = new Example("2", "b", List.of("offensive"));

        assertThat(StackContender.fits(List.of(yes, no, yes, no), 4)).isTrue();
        assertThat(StackContender.fits(List.of(yes, no, yes), 4)).as("too few").isFalse();
        assertThat(StackContender.fits(List.of(yes, yes, yes, yes), 4)).as("one label").isFalse();
        assertThat(StackContender.fits(List.of(), 1)).isFalse();
    }

    @Test
    void aUserWithTooSmallAValidationSplitGetsSelectsChoiceAndTheOthersAFit() {
        PersonalizedDataset copied = CombinedTasks.copiedHistory(2, 40, 12, SEED);
        UserData small = copied.users().get(0);
        PersonalizedDataset dataset = new PersonalizedDataset(copied.task(), List.of(
                new UserData(small.userId(), small.train(), small.val().subList(0, 3), small.test()),
                copied.users().get(1)));
        Map<String, ContenderResult> board = board(dataset);

        ContenderResult stacked = combine(StackContender.NAME, dataset, board);
        ContenderResult selected = combine(SelectContender.NAME, dataset, board);

        String fallback = small.userId();
        String fitted = copied.users().get(1).userId();
        assertThat(stacked.choicesByUser()).containsEntry(fallback, selected.choicesByUser().get(fallback))
                .containsEntry(fitted, StackContender.FITTED);
        assertThat(stacked.predictionsByUser().get(fallback)).isEqualTo(selected.predictionsByUser().get(fallback));
        // the fit learns to follow retrieval, the method right on validation, and is as right on test
        assertThat(accuracy(dataset, stacked, fitted)).isEqualTo(accuracy(dataset, board.get("retrieval"), fitted))
                .isGreaterThan(accuracy(dataset, board.get("majority"), fitted));
    }

    @Test
    void aMethodWithoutValidationPredictionsFailsNamingItAndTheUser() {
        PersonalizedDataset dataset = CombinedTasks.copiedHistory(2, 20, 6, SEED);
        Map<String, ContenderResult> board = board(dataset);
        board.put("retrieval", new ContenderResult(board.get("retrieval").predictionsByUser(), 0));

        assertThatThrownBy(() -> combine(StackContender.NAME, dataset, board))
                .hasMessageContaining("method retrieval gave no prediction for validation example v0 of user 'user0'");
    }

    @Test
    void ofIsRequiredAndNamesEachMethodOnce() {
        PersonalizedDataset dataset = CombinedTasks.copiedHistory(2, 20, 6, SEED);
        CombinedContender unnamed = (CombinedContender) Contenders.create(SelectContender.NAME, Map.of());
        assertThatThrownBy(() -> unnamed.combine(new RunContext(dataset, null, SEED, Map.of(), null), Map.of(),
                ProgressListener.NONE)).hasMessage("select: setting of=: expected " + ValidationCombiner.EXPECTED_OF);
        assertThatThrownBy(() -> Contenders.create(StackContender.NAME, Map.of("of", "majority,majority")))
                .hasMessageContaining("every method once");
    }

    private static Map<String, ContenderResult> board(PersonalizedDataset dataset) {
        Map<String, ContenderResult> board = new LinkedHashMap<>();
        board.put("majority", run(dataset, "majority", Map.of()));
        board.put("retrieval", run(dataset, "retrieval", Map.of("k", "1")));
        return board;
    }

    private static ContenderResult run(PersonalizedDataset dataset, String name, Map<String, String> settings) {
        try {
            return Contenders.create(name, settings).run(new RunContext(dataset, null, SEED, settings, null),
                    ProgressListener.NONE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ContenderResult combine(String name, PersonalizedDataset dataset, Map<String, ContenderResult> board) {
        CombinedContender combined = (CombinedContender) Contenders.create(name, Map.of("of", "majority,retrieval"));
        return combined.combine(new RunContext(dataset, null, SEED, Map.of(), null), board, ProgressListener.NONE);
    }

    private static double accuracy(PersonalizedDataset dataset, ContenderResult result, String user) {
        return new Scoring(SEED).score(dataset, result).users().stream().filter(u -> u.userId().equals(user))
                .findFirst().orElseThrow().accuracy();
    }
}
