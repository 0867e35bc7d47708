-- V13: a fetched import records when its source was retrieved (the source column then holds the URL).
ALTER TABLE imports ADD COLUMN retrieved_at TIMESTAMPTZ;
