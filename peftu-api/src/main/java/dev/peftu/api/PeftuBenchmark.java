package dev.peftu.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.platform.commons.annotation.Testable;

/**
 * Declares the annotated class a peftu benchmark: one subjective task whose users each get their
 * own module (or baseline prediction) per {@link Method}, scored on their held-out examples.
 *
 * <p>The dataset is given by exactly one of {@link SyntheticDataset}, {@link PeftuJsonDataset} or
 * {@link AnnotationTableDataset} on the same class; a class without one fails, so that a benchmark
 * meant for real data never passes on a generated task. Methods declared with {@link Method} run in declaration order; {@link Gate} methods of
 * the class run after all of them.
 *
 * <pre>{@code
 * @PeftuBenchmark(seed = 7, maxUsers = 20)
 * @PeftuJsonDataset("${peftu.data}/tweeteval")
 * @Method(name = "majority")
 * @Method(name = "lora", settings = {"r=4", "epochs=2"})
 * class TweetEvalBenchmarkTest {
 *     @Gate
 *     void loraBeatsMajority(Leaderboard board) { ... }
 * }
 * }</pre>
 */
@Documented
@Testable
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PeftuBenchmark {

    /**
     * The benchmark's name on reports; empty means the class's simple name in kebab case
     * ({@code TweetEvalBenchmark} becomes {@code tweet-eval-benchmark}).
     */
    String name() default "";

    /** The seed every split, initialization and sample derives from; {@code peftu.seed} overrides it. */
    long seed() default 42;

    /**
     * The base model: empty for the embedded all-MiniLM-L6-v2, otherwise a Hugging Face model
     * directory (config.json, model.safetensors, tokenizer.json). May reference configuration
     * parameters as {@code ${models}/bert-small} (a spec's own parameters take names outside
     * {@code peftu.}); {@code peftu.model} overrides it.
     */
    String baseModel() default "";

    /** At most this many users (the first ones in dataset order); 0 keeps all. */
    int maxUsers() default 0;

    /** Training epochs for every PEFT method of this benchmark; 0 keeps each method's default. */
    int epochs() default 0;

    /**
     * Configuration parameters this benchmark needs, for example {@code "peftu.data"}. When any of
     * them is not set, the benchmark is reported as skipped (naming the missing parameters)
     * instead of failing, so specs on data that only some machines have can live beside the
     * others: {@code @PeftuBenchmark(requires = "peftu.data")}.
     */
    String[] requires() default {};
}
