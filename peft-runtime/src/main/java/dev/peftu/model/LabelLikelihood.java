package dev.peftu.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Scores labels on a causal LM: a label's score after a prompt is the log-likelihood the model
 * gives its words' tokens one after the other (summed, or averaged when the prompt says so). Every
 * prompt-and-label sequence of a call goes through the model in one right-padded batch, and the
 * vocabulary projection runs only at the positions that predict a label token, so there is no
 * generation loop. Differentiable: the negated score of the gold label is the language-modelling
 * loss a per-user module trains with.
 */
public final class LabelLikelihood {

    private LabelLikelihood() {
    }

    /**
     * Scores labels after prompts.
     *
     * @param step the manager that owns everything the pass creates
     * @param model the causal LM
     * @param encoder the task's label words
     * @param prompts the prompts' token ids, each non-empty
     * @param labels for each prompt, the indices of the labels to score after it (as many for every prompt)
     * @param injection how a PEFT method changes the pass ({@link Injection#NONE} for none); it sees
     *     {@code prompts.size() * labels[0].length} rows, each prompt's consecutively
     * @return {@code [prompts, labels per prompt]}
     */
    public static NDArray scores(NDManager step, CausalLm model, PromptEncoder encoder, List<long[]> prompts,
                                 int[][] labels, Injection injection) {
        int perPrompt = labels[0].length;
        List<long[]> sequences = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        List<Long> tokens = new ArrayList<>();
        List<Float> weights = new ArrayList<>();
        for (int p = 0; p < prompts.size(); p++) {
            long[] prompt = prompts.get(p);
            if (prompt.length == 0 || labels[p].length != perPrompt) {
                throw new IllegalArgumentException("prompt " + p + " has " + prompt.length + " tokens and "
                        + labels[p].length + " labels to score; expected at least one token and " + perPrompt);
            }
            for (int label : labels[p]) {
                long[] words = encoder.labelIds(label);
                long[] sequence = new long[prompt.length + words.length];
                System.arraycopy(prompt, 0, sequence, 0, prompt.length);
                System.arraycopy(words, 0, sequence, prompt.length, words.length);
                float weight = encoder.prompt().meanScore() ? 1f / words.length : 1f;
                for (int t = 0; t < words.length; t++) {
                    rows.add((long) sequences.size());
                    positions.add((long) prompt.length + t - 1);
                    tokens.add(words[t]);
                    weights.add(weight);
                }
                sequences.add(sequence);
            }
        }
        int picked = tokens.size();
        NDArray hidden = model.forward(step, EncodedBatch.pad(step, sequences), injection);
        NDArray logProbabilities = model.logitsAt(step, hidden, toArray(rows), toArray(positions)).logSoftmax(1);
        long[] index = new long[picked];
        for (int i = 0; i < picked; i++) {
            index[i] = i;
        }
        NDArray tokenLogLikelihoods = logProbabilities.get(new NDIndex("{}, {}", step.create(index),
                step.create(toArray(tokens))));
        // sums (or averages) each sequence's tokens: [sequences, picked] times [picked, 1]
        float[] selector = new float[sequences.size() * picked];
        for (int i = 0; i < picked; i++) {
            selector[(int) (rows.get(i) * picked + i)] = weights.get(i);
        }
        return step.create(selector, new Shape(sequences.size(), picked))
                .matMul(tokenLogLikelihoods.reshape(picked, 1)).reshape(prompts.size(), perPrompt);
    }

    /**
     * Returns the {@code labels} argument of {@link #scores} that scores every label after every prompt.
     *
     * @param prompts the number of prompts
     * @param labelCount the task's number of labels
     * @return for each prompt, every label's index
     */
    public static int[][] everyLabel(int prompts, int labelCount) {
        int[] all = IntStream.range(0, labelCount).toArray();
        int[][] labels = new int[prompts][];
        Arrays.fill(labels, all);
        return labels;
    }

    private static long[] toArray(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
