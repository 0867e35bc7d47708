-- V14: splits and dividends, so that unadjusted closes can be made split-safe and a dividend is on record.
CREATE TABLE corporate_actions (
    symbol    VARCHAR NOT NULL,
    date      DATE    NOT NULL,
    kind      VARCHAR NOT NULL,
    value     DOUBLE  NOT NULL,
    source    VARCHAR,
    import_id BIGINT
);
CREATE TABLE replaced_corporate_actions AS SELECT *, CAST(NULL AS BIGINT) AS replaced_by FROM corporate_actions LIMIT 0;
