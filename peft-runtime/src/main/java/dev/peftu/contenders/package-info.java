/**
 * The registry of everything that can stand on a leaderboard: {@link dev.peftu.contenders.Contenders}
 * creates baselines and PEFT methods by name from the
 * {@link dev.peftu.eval.ContenderProvider}s on the class path, and {@link dev.peftu.contenders.PeftContender} runs a
 * PEFT method over all users of a dataset in cohorts, storing each user's module when asked;
 * {@link dev.peftu.contenders.StoredLoraModules} puts LoRA modules trained elsewhere on the board;
 * {@link dev.peftu.contenders.SelectContender} and {@link dev.peftu.contenders.StackContender}
 * choose among, or combine, other methods of the same board per user on each user's validation split.
 */
package dev.peftu.contenders;
