/**
 * Reference contenders that every personalized module is compared with: the user's own
 * majority label, a one-size-fits-all vote of the other users on the same text, BM25 retrieval
 * over the user's own training texts, zero-shot and few-shot prompting (on a causal LM the frozen
 * model scores each label's words after the prompt, with the user's examples or, for
 * retrieval-prompt, the BM25-closest ones as demonstrations; on an encoder they compare
 * embeddings instead), and one shared non-personalized module trained on everyone's data.
 * Baselines other than the shared module train nothing per user. Each is its own
 * {@link dev.peftu.eval.BaselineProvider}, registered like any contributed baseline.
 */
package dev.peftu.baselines;
