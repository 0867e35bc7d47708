"""The universe screen of `bellwether screen --all`, in pandas, for the speed comparison in docs/performance.md.

Same definitions (DESIGN.md), same shortcut as Bellwether (only this year's and the windows' sessions are read
closely; the highest close before the year comes from one grouped max), vectorised with groupby: no Python loop per
symbol. Input: a pickled DataFrame (pandas' fastest local format; Debian's pandas has no Parquet engine), a Parquet
file, or a long CSV.

Usage: python3 screen_pandas.py DAILY.pkl|DAILY.parquet|DAILY.csv VS AS_OF OUT.json
"""
import json
import sys

import numpy as np
import pandas as pd

path, vs, as_of, out = sys.argv[1], sys.argv[2], pd.Timestamp(sys.argv[3]), sys.argv[4]
columns = ["symbol", "date", "close", "high", "volume"]
if path.endswith(".pkl"):
    bars = pd.read_pickle(path)[columns]
elif path.endswith(".parquet"):
    bars = pd.read_parquet(path, columns=columns)
else:
    bars = pd.read_csv(path, usecols=columns)
bars["date"] = pd.to_datetime(bars["date"])
bars = bars[bars["date"] <= as_of].sort_values(["symbol", "date"], kind="stable")
year_start = pd.Timestamp(as_of.year, 1, 1)
month_start = as_of.replace(day=1)
window_start = min(year_start, as_of - pd.Timedelta(days=400))

before_year = bars[bars["date"] < year_start].groupby("symbol")["close"].max()
recent = bars[bars["date"] >= window_start].copy()
by_symbol = recent.groupby("symbol", sort=False)
last = by_symbol.tail(1).set_index("symbol")


def level_before(day):
    return recent[recent["date"] < day].groupby("symbol")["close"].last()


mtd = (last["close"] / level_before(month_start) - 1) * 100
ytd = (last["close"] / bars[bars["date"] < year_start].groupby("symbol")["close"].last() - 1) * 100

tail21 = by_symbol.tail(21).copy()
tail21["ret"] = tail21.groupby("symbol")["close"].pct_change()
vol20 = tail21.groupby("symbol")["ret"].agg(lambda r: r.std(ddof=1) if r.count() == 20 else np.nan) * np.sqrt(252) * 100

bench = recent[recent["symbol"] == vs][["date", "close"]].rename(columns={"close": "m"})
joined = recent.merge(bench, on="date", how="inner").sort_values(["symbol", "date"], kind="stable")
tail61 = joined.groupby("symbol", sort=False).tail(61).copy()
grouped = tail61.groupby("symbol")
tail61["ra"] = grouped["close"].pct_change()
tail61["rm"] = grouped["m"].pct_change()
tail61 = tail61.dropna(subset=["ra", "rm"])
counts = tail61.groupby("symbol")["ra"].count()
tail61["da"] = tail61["ra"] - tail61.groupby("symbol")["ra"].transform("mean")
tail61["dm"] = tail61["rm"] - tail61.groupby("symbol")["rm"].transform("mean")
tail61["dadm"] = tail61["da"] * tail61["dm"]
tail61["dm2"] = tail61["dm"] ** 2
tail61["da2"] = tail61["da"] ** 2
sums = tail61.groupby("symbol")[["dadm", "dm2", "da2"]].sum()
beta60 = (sums["dadm"] / sums["dm2"]).where(counts == 60)
corr60 = (sums["dadm"] / np.sqrt(sums["dm2"] * sums["da2"])).where(counts == 60)

year = recent[recent["date"] >= year_start].copy()
year["prior"] = year.groupby("symbol")["close"].cummax().groupby(year["symbol"]).shift(1)
year["prior"] = np.fmax(year["prior"], year["symbol"].map(before_year))
records = (year["close"] > year["prior"]).groupby(year["symbol"]).sum()

tail253 = by_symbol.tail(253).copy()
position = tail253.groupby("symbol").cumcount(ascending=False)  # 0 = the as-of session
prior = tail253[position > 0]
max_high = prior.groupby("symbol")["high"].max()
sessions = prior.groupby("symbol")["high"].count()
avg_volume = tail253[(position > 0) & (position <= 50)].groupby("symbol")["volume"].mean()
breakout = (last["close"] > max_high) & (last["volume"] > 1.5 * avg_volume) & (sessions == 252)

rows = []
for symbol in last.index:
    rows.append({"symbol": symbol, "return_mtd_pct": mtd.get(symbol), "return_ytd_pct": ytd.get(symbol),
                 "volatility_20_pct": vol20.get(symbol), "beta_60": beta60.get(symbol),
                 "correlation_60": corr60.get(symbol), "records_ytd": int(records.get(symbol, 0)),
                 "breakout_252": bool(breakout.get(symbol, False))})
with open(out, "w") as f:
    json.dump({"as_of": as_of.date().isoformat(), "vs": vs, "rows": rows}, f, default=float)
