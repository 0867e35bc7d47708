package org.bellwether.facts;

/**
 * Where a store's data come from, as facts name it.
 *
 * @param description "store /data/bellwether.duckdb", or "simulated: small-cap-breakout-2026 (seed 42)"
 * @param simulated whether the data are simulated
 * @param generation the store's data generation read (bumped by every import that changes data; 0 when unknown)
 */
public record DataSource(String description, boolean simulated, long generation) {
}
