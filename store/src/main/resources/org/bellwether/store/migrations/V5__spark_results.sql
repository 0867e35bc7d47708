-- Results of the other Spark jobs (bellwether spark stats, records, breakouts, breadth, concentration, zombies),
-- brought in by bellwether import results: each run (its key columns) replaced whole on re-import. The universe
-- facts (breadth, concentration, zombies) answer for their index and date; the per-symbol ones (stats, records,
-- breakouts) for symbols the store holds no bars of.
CREATE TABLE stats_results (
    vs                 VARCHAR     NOT NULL,
    from_date          DATE        NOT NULL,
    to_date            DATE        NOT NULL,
    symbol             VARCHAR     NOT NULL,
    sessions           INTEGER     NOT NULL,
    volatility_pct     DOUBLE,
    beta               DOUBLE,
    correlation        DOUBLE,
    tracking_error_pct DOUBLE,
    max_drawdown_pct   DOUBLE,
    source             VARCHAR     NOT NULL,
    imported_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (vs, from_date, to_date, symbol)
);

CREATE TABLE records_results (
    year          INTEGER     NOT NULL,
    as_of         DATE        NOT NULL,
    symbol        VARCHAR     NOT NULL,
    date          DATE        NOT NULL,
    close         DOUBLE      NOT NULL,
    history_start DATE        NOT NULL,
    source        VARCHAR     NOT NULL,
    imported_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (year, as_of, symbol, date)
);

CREATE TABLE breakout_results (
    interval     VARCHAR     NOT NULL,
    from_date    DATE        NOT NULL,
    to_date      DATE        NOT NULL,
    symbol       VARCHAR     NOT NULL,
    n            INTEGER     NOT NULL,
    time         VARCHAR     NOT NULL,
    level        DOUBLE      NOT NULL,
    direction    VARCHAR     NOT NULL,
    touches      INTEGER     NOT NULL,
    held_minutes DOUBLE,
    volume_ratio DOUBLE,
    confirmed    BOOLEAN     NOT NULL,
    source       VARCHAR     NOT NULL,
    imported_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (interval, from_date, to_date, symbol, n)
);

CREATE TABLE breadth_results (
    index_symbol  VARCHAR     NOT NULL,
    as_of         DATE        NOT NULL,
    members       INTEGER     NOT NULL,
    with_data     INTEGER     NOT NULL,
    above_50d     INTEGER     NOT NULL,
    above_50d_pct DOUBLE,
    advancers     INTEGER     NOT NULL,
    decliners     INTEGER     NOT NULL,
    unchanged     INTEGER     NOT NULL,
    new_highs     INTEGER     NOT NULL,
    new_lows      INTEGER     NOT NULL,
    net_new_highs INTEGER     NOT NULL,
    source        VARCHAR     NOT NULL,
    imported_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (index_symbol, as_of)
);

CREATE TABLE concentration_results (
    index_symbol              VARCHAR     NOT NULL,
    as_of                     DATE        NOT NULL,
    members                   INTEGER     NOT NULL,
    weighting                 VARCHAR     NOT NULL,
    top_n                     INTEGER     NOT NULL,
    top_weight_pct            DOUBLE,
    herfindahl                DOUBLE,
    effective_number          DOUBLE,
    period_start              DATE        NOT NULL,
    cap_weighted_return_pct   DOUBLE,
    equal_weighted_return_pct DOUBLE,
    cap_minus_equal_bp        DOUBLE,
    source                    VARCHAR     NOT NULL,
    imported_at               TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (index_symbol, as_of, top_n, period_start)
);

CREATE TABLE zombie_results (
    index_symbol       VARCHAR     NOT NULL,
    as_of              DATE        NOT NULL,
    symbol             VARCHAR     NOT NULL,
    sector             VARCHAR,
    period_end         DATE        NOT NULL,
    coverage           DOUBLE,
    zombie             BOOLEAN     NOT NULL,
    strict             BOOLEAN,
    leverage           DOUBLE,
    floating_share     DOUBLE,
    market_cap         DOUBLE,
    total_debt         DOUBLE,
    floating_rate_debt DOUBLE,
    ebit               DOUBLE,
    interest_expense   DOUBLE,
    source             VARCHAR     NOT NULL,
    imported_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (index_symbol, as_of, symbol)
);
