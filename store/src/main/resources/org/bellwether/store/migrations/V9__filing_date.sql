-- Point in time: the day a fiscal period's figures were first filed (SEC EDGAR says it); without it, the period
-- counts from its end plus the documented filing lag.
ALTER TABLE fundamentals ADD COLUMN filed DATE;
ALTER TABLE replaced_fundamentals ADD COLUMN filed DATE;
