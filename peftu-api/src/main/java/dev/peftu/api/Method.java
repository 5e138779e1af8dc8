package dev.peftu.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One contender of a {@link PeftuBenchmark}: a PEFT method ({@code lora}, {@code adapter},
 * {@code pfeiffer}, {@code ia3}, {@code prompt-tuning}, {@code p-tuning}, {@code prefix-tuning},
 * {@code head}) or a
 * baseline ({@code majority}, {@code one-size-fits-all}, {@code zero-shot}, {@code few-shot},
 * {@code retrieval}, {@code non-personalized}). Repeat it to run several; the same method may
 * appear twice with different settings when each has its own {@link #label()}.
 */
@Documented
@Repeatable(Methods.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Method {

    /** The contender's name, as {@code Contenders.create} knows it. */
    String name();

    /**
     * Settings passed to the contender, each {@code key=value}, for example {@code "r=4"} or
     * {@code "learningRate=1e-3"}. Values may reference configuration parameters as
     * {@code ${rank}} (a spec's own parameters take names outside {@code peftu.}).
     */
    String[] settings() default {};

    /** The column name on the leaderboard; empty means {@link #name()}. */
    String label() default "";
}
