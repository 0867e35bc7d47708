-- The store's data generation: every import that changes data bumps it in its own transaction (alert-history
-- writes and results imports do not). An exported dataset records the generation it was exported at, Spark's
-- results carry it, and imported results are answered from only while it is still the store's.
CREATE TABLE store_generation (generation BIGINT NOT NULL);
INSERT INTO store_generation VALUES (1);
ALTER TABLE screen_results ADD COLUMN data_generation BIGINT;
ALTER TABLE stats_results ADD COLUMN data_generation BIGINT;
ALTER TABLE records_results ADD COLUMN data_generation BIGINT;
ALTER TABLE breakout_results ADD COLUMN data_generation BIGINT;
ALTER TABLE breadth_results ADD COLUMN data_generation BIGINT;
ALTER TABLE concentration_results ADD COLUMN data_generation BIGINT;
ALTER TABLE zombie_results ADD COLUMN data_generation BIGINT;
