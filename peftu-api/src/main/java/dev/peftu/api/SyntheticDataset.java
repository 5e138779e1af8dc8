package dev.peftu.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a {@link PeftuBenchmark} a generated subjective task: users who label the same texts and
 * disagree in a controlled way. It needs no files, which makes it the dataset for fast checks.
 * A benchmark says so explicitly: one without any dataset annotation fails rather than train on a
 * generated task by accident.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SyntheticDataset {

    /** The number of users (annotators), at least 2. */
    int users() default 8;

    /** The number of texts every user labels; users with fewer than 10 examples cannot be split. */
    int texts() default 40;

    /**
     * The inter-annotator agreement to aim for, as Krippendorff's alpha in [-1, 1]: 1 means every
     * user labels alike, 0 means agreement no better than chance. {@code NaN} (the default) keeps
     * the generator's default.
     */
    double alpha() default Double.NaN;

    /**
     * Whether each user is split on their own, so one user's test text may be in another's
     * training data (PEFT-U's default); {@code false} splits texts once for all users.
     */
    boolean leakage() default true;
}
