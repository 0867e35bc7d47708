-- Alerts fired by the alert engine, keyed by their idempotent key: a restart finds what was fired and delivered,
-- so it neither fires an alert twice nor loses one (delivered = false: recorded, not yet confirmed by every sink).
CREATE TABLE alert_history (
    key       VARCHAR     NOT NULL PRIMARY KEY,
    rule      VARCHAR     NOT NULL,
    type      VARCHAR     NOT NULL,
    severity  VARCHAR     NOT NULL,
    symbol    VARCHAR,
    occurred  TIMESTAMPTZ NOT NULL,
    session   DATE,
    facts     VARCHAR     NOT NULL,
    note      VARCHAR     NOT NULL,
    fired_at  TIMESTAMPTZ NOT NULL,
    delivered BOOLEAN     NOT NULL
);
