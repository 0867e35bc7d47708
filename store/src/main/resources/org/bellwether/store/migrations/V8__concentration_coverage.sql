-- Coverage: a concentration result says how many of the index's members had a close (members counts them all).
ALTER TABLE concentration_results ADD COLUMN with_data INTEGER;
