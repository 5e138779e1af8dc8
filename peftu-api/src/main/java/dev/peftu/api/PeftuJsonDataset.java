package dev.peftu.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a {@link PeftuBenchmark} a dataset in the PEFT-U JSON layout: a directory holding the task
 * definition and every user's examples, already split into train, validation and test.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PeftuJsonDataset {

    /**
     * The dataset directory. Relative paths resolve against the working directory; configuration
     * parameters may be referenced as {@code ${peftu.data}/tweeteval}.
     */
    String value();
}
