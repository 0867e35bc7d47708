-- Where an instrument's data comes from; "simulated: ..." marks the market simulator's instruments, whose outputs
-- must say they are simulated.
ALTER TABLE instruments ADD COLUMN source VARCHAR;
