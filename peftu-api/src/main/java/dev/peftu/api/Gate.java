package dev.peftu.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.platform.commons.annotation.Testable;

/**
 * Marks a method of a {@link PeftuBenchmark} class as a gate: a check on the finished leaderboard
 * that runs after every method of the benchmark. The method takes one {@link Leaderboard}
 * parameter, returns {@code void}, and fails by throwing, typically through AssertJ:
 *
 * <pre>{@code
 * @Gate
 * void loraBeatsMajority(Leaderboard board) {
 *     assertThat(board).method("lora").beats("majority");
 * }
 * }</pre>
 *
 * A new instance of the class is created for each gate (it needs a no-argument constructor).
 */
@Documented
@Testable
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Gate {
}
