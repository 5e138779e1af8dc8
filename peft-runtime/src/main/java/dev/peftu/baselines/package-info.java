/**
 * Reference contenders that every personalized module is compared with: the user's own
 * majority label, a one-size-fits-all vote of the other users on the same text, BM25 retrieval
 * over the user's own training texts, and (from the integrator) baselines built on the base
 * model's embeddings. Baselines train nothing per user and report zero trainable parameters.
 */
package dev.peftu.baselines;
