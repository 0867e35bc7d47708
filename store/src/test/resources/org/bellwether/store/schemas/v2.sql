-- The store's schema at this version as Bellwether wrote it, frozen: MigrationsTest builds old stores from it.
CREATE TABLE daily_bars(symbol VARCHAR NOT NULL, date DATE NOT NULL, open DOUBLE, high DOUBLE, low DOUBLE, "close" DOUBLE NOT NULL, adj_close DOUBLE, volume BIGINT);
CREATE TABLE events(id VARCHAR NOT NULL, ts TIMESTAMP WITH TIME ZONE NOT NULL, headline VARCHAR NOT NULL, kind VARCHAR NOT NULL, tags VARCHAR[], symbols VARCHAR[], expected_date DATE, "source" VARCHAR);
CREATE TABLE fundamentals(symbol VARCHAR NOT NULL, period_end DATE NOT NULL, fiscal_months INTEGER, ebit DOUBLE, ebitda DOUBLE, interest_expense DOUBLE, total_debt DOUBLE, floating_rate_debt DOUBLE, cash DOUBLE, shares_outstanding DOUBLE, market_cap DOUBLE, "source" VARCHAR);
CREATE TABLE imports(imported_at TIMESTAMP WITH TIME ZONE NOT NULL, table_name VARCHAR NOT NULL, "source" VARCHAR NOT NULL, format VARCHAR, rows_read BIGINT NOT NULL, inserted BIGINT NOT NULL, replaced BIGINT NOT NULL, unchanged BIGINT NOT NULL, rejected BIGINT NOT NULL);
CREATE TABLE instruments(symbol VARCHAR NOT NULL, "name" VARCHAR, kind VARCHAR, sector VARCHAR, aliases VARCHAR[], inception DATE, founded INTEGER, "source" VARCHAR);
CREATE TABLE intraday_bars(symbol VARCHAR NOT NULL, ts TIMESTAMP WITH TIME ZONE NOT NULL, interval_s INTEGER NOT NULL, open DOUBLE, high DOUBLE, low DOUBLE, "close" DOUBLE NOT NULL, volume BIGINT);
CREATE TABLE "macro"(series_id VARCHAR NOT NULL, date DATE NOT NULL, "value" DOUBLE NOT NULL, unit VARCHAR);
CREATE TABLE members(index_symbol VARCHAR NOT NULL, member_symbol VARCHAR NOT NULL, from_date DATE NOT NULL, to_date DATE, weight DOUBLE, shares DOUBLE);
CREATE TABLE schema_version("version" INTEGER NOT NULL, script VARCHAR NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL);
INSERT INTO schema_version VALUES (1, 'V1__market_tables.sql', TIMESTAMPTZ '2026-01-01 00:00:00+00');
INSERT INTO schema_version VALUES (2, 'V2__instrument_source.sql', TIMESTAMPTZ '2026-01-01 00:00:00+00');
