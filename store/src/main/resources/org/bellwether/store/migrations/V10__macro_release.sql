-- Point in time: the day a macro value was published, when the source says (FRED's realtime_start) or the import
-- gives a lag; empty, the value counts from its date plus the documented lag of its frequency.
ALTER TABLE macro ADD COLUMN released DATE;
ALTER TABLE replaced_macro ADD COLUMN released DATE;
