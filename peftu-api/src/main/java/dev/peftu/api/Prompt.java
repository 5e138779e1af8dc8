package dev.peftu.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a {@link PeftuBenchmark} on a generative base model (a causal LM) asks for a label: the
 * prompt each text is put in and the words that stand for each label. Each label is scored by the
 * log-likelihood the model gives its words after the filled prompt, and the most likely label is
 * the prediction. Without this annotation a benchmark takes the defaults; on an encoder base model
 * (BERT family) it is not used.
 *
 * <pre>{@code
 * @PeftuBenchmark(baseModel = "${peftu.models}", requires = "peftu.models")
 * @Prompt(template = "Tweet: {text}\nIs it hateful? Answer: ", verbalizations = {"0=no", "1=yes"})
 * class HatefulTweetsBenchmarkTest { }
 * }</pre>
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Prompt {

    /** The default template: the task's instruction, then the text, then an answer cue. */
    String DEFAULT_TEMPLATE = "{instruction}\nText: {text}\nAnswer: ";

    /**
     * The prompt: must contain {@code {text}} exactly once, where each example's text goes, and may
     * contain {@code {instruction}}, the task's instruction. The template's last token and a
     * verbalization's first meet as tokens, not as text: with a byte-level BPE tokenizer (Llama 3,
     * Qwen) end the template with a space or start the verbalizations with one.
     */
    String template() default DEFAULT_TEMPLATE;

    /**
     * The words that stand for labels, as {@code label=words}; a label not listed stands for itself
     * (its name). Each must give at least one token.
     */
    String[] verbalizations() default {};

    /** How a label's token log-likelihoods make its score. */
    LabelScore labelScore() default LabelScore.SUM;

    /** How the log-likelihoods of a verbalization's tokens combine into the label's score. */
    enum LabelScore {
        /** Their sum: the log-probability of the whole verbalization (the default). */
        SUM,
        /** Their mean: the sum over the number of tokens, so long verbalizations are not penalized. */
        MEAN
    }
}
