-- The universe screen of `bellwether screen --all` in DuckDB SQL with window functions, for the speed comparison
-- in docs/performance.md. Parameters are substituted by bench/screen-speed.sh: :vs, :as_of.
WITH params AS (
    SELECT DATE ':as_of' AS as_of, date_trunc('year', DATE ':as_of')::DATE AS year_start,
           date_trunc('month', DATE ':as_of')::DATE AS month_start),
bars AS (
    SELECT b.* FROM daily_bars b, params p
    WHERE b.date <= p.as_of AND b.date >= least(p.year_start, p.as_of - INTERVAL 400 DAY)),
before_year AS (
    SELECT symbol, max(close) AS high_close, arg_max(close, date) AS last_close
    FROM daily_bars, params WHERE date < year_start GROUP BY symbol),
before_month AS (
    SELECT symbol, arg_max(close, date) AS last_close FROM bars, params WHERE date < month_start GROUP BY symbol),
numbered AS (
    SELECT *, row_number() OVER (PARTITION BY symbol ORDER BY date DESC) AS back,
           close / lag(close) OVER (PARTITION BY symbol ORDER BY date) - 1 AS ret,
           max(high) OVER (PARTITION BY symbol ORDER BY date ROWS BETWEEN 252 PRECEDING AND 1 PRECEDING) AS max_high,
           count(high) OVER (PARTITION BY symbol ORDER BY date ROWS BETWEEN 252 PRECEDING AND 1 PRECEDING) AS highs,
           avg(volume) OVER (PARTITION BY symbol ORDER BY date ROWS BETWEEN 50 PRECEDING AND 1 PRECEDING) AS avg_volume,
           max(close) OVER (PARTITION BY symbol ORDER BY date ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
               AS prior_close_high
    FROM bars),
vol AS (
    SELECT symbol, CASE WHEN count(ret) = 20 THEN stddev_samp(ret) * sqrt(252) * 100 END AS volatility_20_pct
    FROM numbered WHERE back <= 20 GROUP BY symbol),
paired AS (
    SELECT a.symbol, a.date, a.close AS a, m.close AS m,
           row_number() OVER (PARTITION BY a.symbol ORDER BY a.date DESC) AS back
    FROM bars a JOIN bars m ON m.symbol = ':vs' AND m.date = a.date),
paired_returns AS (
    SELECT symbol, back, a / lag(a) OVER w - 1 AS ra, m / lag(m) OVER w - 1 AS rm
    FROM paired WHERE back <= 61 WINDOW w AS (PARTITION BY symbol ORDER BY date)),
beta AS (
    SELECT symbol, CASE WHEN count(ra) = 60 THEN covar_samp(ra, rm) / var_samp(rm) END AS beta_60,
           CASE WHEN count(ra) = 60 THEN corr(ra, rm) END AS correlation_60
    FROM paired_returns WHERE back <= 60 GROUP BY symbol),
records AS (
    SELECT n.symbol, count(*) FILTER (WHERE n.close > greatest(coalesce(n.prior_close_high, y.high_close),
                                                              coalesce(y.high_close, n.prior_close_high))) AS records_ytd
    FROM numbered n LEFT JOIN before_year y USING (symbol), params p
    WHERE n.date >= p.year_start GROUP BY n.symbol)
SELECT n.symbol,
       (n.close / bm.last_close - 1) * 100 AS return_mtd_pct,
       (n.close / y.last_close - 1) * 100 AS return_ytd_pct,
       v.volatility_20_pct, b.beta_60, b.correlation_60, coalesce(r.records_ytd, 0) AS records_ytd,
       n.highs = 252 AND n.close > n.max_high AND n.volume > 1.5 * n.avg_volume AS breakout_252
FROM numbered n
LEFT JOIN before_month bm USING (symbol)
LEFT JOIN before_year y USING (symbol)
LEFT JOIN vol v USING (symbol)
LEFT JOIN beta b USING (symbol)
LEFT JOIN records r USING (symbol)
WHERE n.back = 1
ORDER BY n.symbol
