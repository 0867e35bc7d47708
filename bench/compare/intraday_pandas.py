"""The intraday workload of docs/performance.md in pandas, for bench/intraday-speed.sh.

The same definition as org.bellwether.bench.IntradayWorkload (whose class comment is the reference), per symbol over
its 1-minute bars in time order, a session being the bars of one calendar date in New York:
  r[i]      = close[i] / close[i-1] - 1 within the session (i >= 1; the first bar has none);
  mean30[i], std30[i] = mean and sample standard deviation (ddof=1) of r[i-29] .. r[i], for i >= 30;
  breakout  = i >= 30 and close[i] > max(high[i-30] .. high[i-1]);
one row per symbol and session: bars, session_return = last close / first open - 1, sum_returns, breakouts,
last_mean30, max_mean30, last_std30, max_std30.

Vectorised, no Python loop per row or per group. The rolling windows run once over the whole column in (symbol, ts)
order rather than per group (groupby([...]).rolling(30) took over ten times as long for that step): r is NaN at each
session's first bar, so a 30-return window that reaches into the previous session holds a NaN and has no value
(min_periods = 30), and the channel's maximum is taken only where i >= 30. Input: a pickled DataFrame with ts parsed
(pandas' fastest local format; Debian's pandas has no Parquet engine), or the long CSV.

Usage: python3 intraday_pandas.py BARS.pkl|BARS.csv OUT.csv
"""
import sys

import numpy as np
import pandas as pd

path, out = sys.argv[1], sys.argv[2]
columns = ["symbol", "ts", "open", "high", "close"]
if path.endswith(".pkl"):
    bars = pd.read_pickle(path)  # all its columns: selecting some would copy them
else:
    bars = pd.read_csv(path, usecols=columns, parse_dates=["ts"])
symbol = bars["symbol"].to_numpy()
ts = bars["ts"].values  # datetime64[ns] in UTC (to_numpy() would make Timestamp objects)
# sorted by (symbol, ts) already (the generated file is)? then no sort; otherwise a stable sort
if not ((symbol[1:] > symbol[:-1]) | ((symbol[1:] == symbol[:-1]) & (ts[1:] > ts[:-1]))).all():
    bars = bars.sort_values(["symbol", "ts"], kind="stable", ignore_index=True)
    symbol = bars["symbol"].to_numpy()

# the session: the bar's date in New York
date = bars["ts"].dt.tz_convert("America/New_York").dt.tz_localize(None).to_numpy().astype("datetime64[D]")
first = np.ones(len(bars), dtype=bool)
first[1:] = (symbol[1:] != symbol[:-1]) | (date[1:] != date[:-1])
session = np.cumsum(first) - 1
position = np.arange(len(bars))
i = position - np.maximum.accumulate(np.where(first, position, 0))  # the bar's number in its session

close = bars["close"]
r = close / close.shift(1) - 1
r[first] = np.nan
window = r.rolling(30)
mean30 = window.mean()
std30 = window.std()
channel = bars["high"].rolling(30).max().shift(1)
ready = i >= 30
bars["r"] = r
bars["breakout"] = ready & (close > channel).to_numpy()
bars["mean30"] = mean30.where(ready)
bars["std30"] = std30.where(ready)
grouped = bars.groupby(session, sort=False)
result = pd.DataFrame({
    "symbol": symbol[first],
    "date": np.datetime_as_string(date[first], unit="D"),
    "bars": grouped.size().to_numpy(),
    "session_return": (grouped["close"].last() / grouped["open"].first() - 1).to_numpy(),
    "sum_returns": grouped["r"].sum().to_numpy(),
    "breakouts": grouped["breakout"].sum().to_numpy(),
    "last_mean30": grouped["mean30"].last().to_numpy(),
    "max_mean30": grouped["mean30"].max().to_numpy(),
    "last_std30": grouped["std30"].last().to_numpy(),
    "max_std30": grouped["std30"].max().to_numpy(),
})
result.to_csv(out, index=False)
