-- V12: volumes are decimals: crypto and currency bars trade fractions of a unit (65.3033 ETH in five minutes).
ALTER TABLE daily_bars ALTER COLUMN volume TYPE DOUBLE;
ALTER TABLE intraday_bars ALTER COLUMN volume TYPE DOUBLE;
ALTER TABLE replaced_daily_bars ALTER COLUMN volume TYPE DOUBLE;
ALTER TABLE replaced_intraday_bars ALTER COLUMN volume TYPE DOUBLE;
