-- Freshness: a screen result row of a series stale on the as-of date says since when (its figures are then null).
ALTER TABLE screen_results ADD COLUMN stale_since DATE;
