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

    /**
     * What to do with samples that cannot be used (an empty or missing label, a sample id reused
     * with another text) and users without training or test examples: fail naming file and JSON
     * path (the default) or drop and count them.
     */
    InvalidRows invalidRows() default InvalidRows.FAIL;
}
