-- Undo: every import gets an id, every data row names the import that wrote it, and the rows an import replaced are
-- kept (with the id of the import that replaced them) so that undoing it can put them back. Imports logged before
-- this version keep a null id: what they wrote is not known, so they cannot be undone.
ALTER TABLE imports ADD COLUMN id BIGINT;
ALTER TABLE imports ADD COLUMN undone_at TIMESTAMPTZ;
ALTER TABLE instruments ADD COLUMN import_id BIGINT;
ALTER TABLE daily_bars ADD COLUMN import_id BIGINT;
ALTER TABLE intraday_bars ADD COLUMN import_id BIGINT;
ALTER TABLE members ADD COLUMN import_id BIGINT;
ALTER TABLE fundamentals ADD COLUMN import_id BIGINT;
ALTER TABLE macro ADD COLUMN import_id BIGINT;
ALTER TABLE events ADD COLUMN import_id BIGINT;
CREATE TABLE replaced_instruments AS SELECT *, CAST(NULL AS BIGINT) AS replaced_by FROM instruments LIMIT 0;
CREATE TABLE replaced_daily_bars AS SELECT *, CAST(NULL AS BIGINT) AS replaced_by FROM daily_bars LIMIT 0;
CREATE TABLE replaced_intraday_bars AS SELECT *, CAST(NULL AS BIGINT) AS replaced_by FROM intraday_bars LIMIT 0;
CREATE TABLE replaced_members AS SELECT *, CAST(NULL AS BIGINT) AS replaced_by FROM members LIMIT 0;
CREATE TABLE replaced_fundamentals AS SELECT *, CAST(NULL AS BIGINT) AS replaced_by FROM fundamentals LIMIT 0;
CREATE TABLE replaced_macro AS SELECT *, CAST(NULL AS BIGINT) AS replaced_by FROM macro LIMIT 0;
CREATE TABLE replaced_events AS SELECT *, CAST(NULL AS BIGINT) AS replaced_by FROM events LIMIT 0;
