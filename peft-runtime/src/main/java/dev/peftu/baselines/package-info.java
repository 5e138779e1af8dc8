/**
 * Reference contenders that every personalized module is compared with: the user's own
 * majority label, a one-size-fits-all vote of the other users on the same text, BM25 retrieval
 * over the user's own training texts, zero-shot and few-shot predictions from the frozen base
 * model's embeddings, and one shared non-personalized module trained on everyone's data.
 * Baselines other than the shared module train nothing per user. Each is its own
 * {@link dev.peftu.eval.BaselineProvider}, registered like any contributed baseline.
 */
package dev.peftu.baselines;
