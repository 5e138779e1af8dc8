/**
 * What a leaderboard compares and how it scores: a {@link dev.peftu.eval.Contender} (a PEFT method
 * or a baseline) turns a run context into every user's test predictions, and
 * {@link dev.peftu.eval.Scoring} scores them the PEFT-U way: per-user accuracy (right when the top
 * label is in the user's gold set), their mean over users with a bootstrap confidence interval,
 * and macro-F1. Contenders come from the one service provider interface,
 * {@link dev.peftu.eval.ContenderProvider} (PEFT methods and {@link dev.peftu.eval.BaselineProvider}s),
 * with settings checked by {@link dev.peftu.eval.MethodSettings}. Every prediction carries per-label
 * scores, and contenders predict validation as well as test examples, so that a
 * {@link dev.peftu.eval.CombinedContender} can choose or combine the others of its board per user.
 *
 * <p>With {@code dev.peftu.peft} this package is the service provider interface for method
 * authors; the overview lists the SPI types of the other packages and what is internal.
 */
package dev.peftu.eval;
