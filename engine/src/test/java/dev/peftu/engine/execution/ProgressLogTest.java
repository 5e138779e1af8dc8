package dev.peftu.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peftu.eval.ProgressListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProgressLogTest {

    private Instant now = Instant.EPOCH;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void extrapolatesTheRemainingTimeAndThrottlesLines() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressListener progress = new ProgressLog(new PrintStream(out, true, StandardCharsets.UTF_8), clock,
                Duration.ofSeconds(10), true).forMethod("tweets", "lora");

        progress.progress("epoch 1/2", 0, 20);
        now = now.plusSeconds(5);
        progress.progress("epoch 1/2", 5, 20);
        now = now.plusSeconds(15);
        progress.progress("epoch 1/2", 10, 20);
        now = now.plusSeconds(20);
        progress.progress("epoch 1/2", 20, 20);

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "[peftu] tweets / lora: epoch 1/2 0/20 (0%) elapsed 0:00",
                "[peftu] tweets / lora: epoch 1/2 10/20 (50%) elapsed 0:20 eta 0:20",
                "[peftu] tweets / lora: epoch 1/2 20/20 (100%) elapsed 0:40");
    }

    @Test
    void phasesThatContinueOneCountKeepOneEstimate() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressListener progress = new ProgressLog(new PrintStream(out, true, StandardCharsets.UTF_8), clock,
                Duration.ofSeconds(60), true).forMethod("tweets", "lora");

        now = now.plusSeconds(10);
        progress.progress("users 0/20 done, training 8", 10, 40);
        now = now.plusSeconds(10);
        progress.progress("users 8/20 done, training 8", 20, 40);

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "[peftu] tweets / lora: users 0/20 done, training 8 10/40 (25%) elapsed 0:10 eta 0:30",
                "[peftu] tweets / lora: users 8/20 done, training 8 20/40 (50%) elapsed 0:20 eta 0:20");
    }

    @Test
    void aNewCountStartsItsEstimateWhereThePreviousCountEnded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressListener progress = new ProgressLog(new PrintStream(out, true, StandardCharsets.UTF_8), clock,
                Duration.ofSeconds(60), true).forMethod("tweets", "shared");

        now = now.plusSeconds(30);
        progress.progress("epoch 1/2", 10, 10);
        now = now.plusSeconds(6);
        progress.progress("epoch 2/2", 2, 10);

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "[peftu] tweets / shared: epoch 1/2 10/10 (100%) elapsed 0:30",
                "[peftu] tweets / shared: epoch 2/2 2/10 (20%) elapsed 0:36 eta 0:24");
    }
}
