/** Specs and tests of sharded runs: disjoint shards that together equal the unsharded run. */
package dev.peftu.engine.shard;
