-- The intraday workload of docs/performance.md in DuckDB SQL with window functions, run on the store file by
-- org.bellwether.bench.IntradayDuckDb for bench/intraday-speed.sh. The same definition as
-- org.bellwether.bench.IntradayWorkload (whose class comment is the reference), per symbol over its 60-second bars
-- in time order, a session being the bars of one calendar date in New York:
--   r[i]      = close[i] / close[i-1] - 1 within the session (i >= 1; the first bar has none);
--   mean30[i], std30[i] = mean and sample standard deviation of r[i-29] .. r[i], for i >= 30;
--   breakout  = i >= 30 and close[i] > max(high[i-30] .. high[i-1]);
-- one row per symbol and session: bars, session_return = last close / first open - 1, sum_returns, breakouts,
-- last_mean30, max_mean30, last_std30, max_std30.
WITH bars AS (
    SELECT symbol, ts, open, high, close, CAST(timezone('America/New_York', ts) AS DATE) AS date
    FROM intraday_bars WHERE interval_s = 60),
numbered AS (
    SELECT symbol, ts, date, open, close,
           row_number() OVER w - 1 AS i,
           close / lag(close) OVER w - 1 AS r,
           max(high) OVER (PARTITION BY symbol, date ORDER BY ts ROWS BETWEEN 30 PRECEDING AND 1 PRECEDING) AS channel
    FROM bars
    WINDOW w AS (PARTITION BY symbol, date ORDER BY ts)),
rolling AS (
    SELECT *,
           avg(r) OVER w30 AS mean30,
           stddev_samp(r) OVER w30 AS std30
    FROM numbered
    WINDOW w30 AS (PARTITION BY symbol, date ORDER BY ts ROWS BETWEEN 29 PRECEDING AND CURRENT ROW))
SELECT symbol, strftime(date, '%Y-%m-%d') AS date, count(*) AS bars,
       arg_max(close, ts) / arg_min(open, ts) - 1 AS session_return,
       sum(r) AS sum_returns,
       count(*) FILTER (WHERE i >= 30 AND close > channel) AS breakouts,
       arg_max(mean30, ts) FILTER (WHERE i >= 30) AS last_mean30,
       max(mean30) FILTER (WHERE i >= 30) AS max_mean30,
       arg_max(std30, ts) FILTER (WHERE i >= 30) AS last_std30,
       max(std30) FILTER (WHERE i >= 30) AS max_std30
FROM rolling
GROUP BY symbol, date
ORDER BY symbol, date
