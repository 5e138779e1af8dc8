package dev.peftu.engine.contributed;

import static dev.peftu.api.PeftuAssertions.assertThat;

import dev.peftu.api.Gate;
import dev.peftu.api.Leaderboard;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** The contributed baseline beside the built-in majority, with its default and with a setting. */
@PeftuBenchmark(seed = 5)
@SyntheticDataset(users = 3, texts = 20)
@Method(name = "majority")
@Method(name = ConstantLabelBaseline.NAME)
@Method(name = ConstantLabelBaseline.NAME, label = "constant-second", settings = "labelNumber=2")
public class ContributedBaselineBenchmark {

    @Gate
    void contributedBaselineStandsOnTheBoard(Leaderboard board) {
        assertThat(board).method(ConstantLabelBaseline.NAME).hasPassed();
        assertThat(board).method("constant-second").hasPassed();
    }
}
