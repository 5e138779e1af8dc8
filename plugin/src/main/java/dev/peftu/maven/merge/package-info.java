/**
 * Merging the results of a run split into shards ({@code peftu.shard=i/n}) into the one board the
 * unsharded run would have written, after checking that the shards are complete, disjoint and of
 * one configuration; free of Maven types so it can be tested directly.
 */
package dev.peftu.maven.merge;
