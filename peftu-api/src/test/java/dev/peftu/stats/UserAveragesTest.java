package dev.peftu.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class UserAveragesTest {

    @Test
    void averagesOverUsersNotExamplesAndIgnoresTheOrderUsersCameIn() {
        UserAverages forward = UserAverages.of(List.of("a", "b", "c"), new double[] {1.0, 0.5, 0.0},
                new double[] {0.9, 0.3, 0.0}, 4);
        UserAverages shuffled = UserAverages.of(List.of("c", "a", "b"), new double[] {0.0, 1.0, 0.5},
                new double[] {0.0, 0.9, 0.3}, 4);

        assertThat(forward.accuracy()).isCloseTo(0.5, within(1e-12));
        assertThat(forward.macroF1()).isCloseTo(0.4, within(1e-12));
        assertThat(forward).isEqualTo(shuffled);
        assertThat(forward.ciLow()).isLessThan(0.5);
        assertThat(forward.ciHigh()).isGreaterThan(0.5);
    }

    @Test
    void rejectsMismatchedOrEmptyInput() {
        assertThatThrownBy(() -> UserAverages.of(List.of(), new double[0], new double[0], 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserAverages.of(List.of("a"), new double[] {1, 0}, new double[] {1}, 1))
                .hasMessageContaining("1 users, 2 accuracies");
    }
}
