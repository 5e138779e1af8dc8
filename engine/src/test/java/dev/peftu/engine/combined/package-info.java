/**
 * Boards with combined contenders: {@code select} and {@code stack} over two baselines that read
 * no model, and the test that they reuse the board's runs and record each user's choice.
 */
package dev.peftu.engine.combined;
