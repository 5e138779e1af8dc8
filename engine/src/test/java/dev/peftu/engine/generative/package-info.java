/**
 * OPPU's variants on a causal LM through the engine: a shared task module under the per-user
 * modules and the user's retrieved history in the prompt, run on the tiny random llama of the
 * engine's test resources.
 */
package dev.peftu.engine.generative;
