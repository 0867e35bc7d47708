-- Universe screens computed outside the embedded engine (bellwether spark screen), brought in by
-- bellwether import results: the screen of an (as_of, vs) pair held here is the one the note, the API and the
-- dashboard show, with its source.
CREATE TABLE screen_results (
    as_of             DATE        NOT NULL,
    vs                VARCHAR     NOT NULL,
    symbol            VARCHAR     NOT NULL,
    return_mtd_pct    DOUBLE,
    return_ytd_pct    DOUBLE,
    volatility_20_pct DOUBLE,
    beta_60           DOUBLE,
    correlation_60    DOUBLE,
    records_ytd       INTEGER,
    breakout_252      BOOLEAN,
    source            VARCHAR     NOT NULL,
    imported_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (as_of, vs, symbol)
);
