"""Checks that two or more results of the intraday workload agree, row by row, against the first: the same
(symbol, date) rows in the same order, equal counts (bars, breakouts) and every other value within a relative 1e-9
(an absolute 1e-15 for values that cancel to near zero: a return is of the order of 1e-3). Exits with 1 on the
first difference.

Usage: python3 same_intraday.py BELLWETHER.csv OTHER.csv [OTHER.csv ...]
"""
import csv
import math
import sys

COUNTS = ("bars", "breakouts")
VALUES = ("session_return", "sum_returns", "last_mean30", "max_mean30", "last_std30", "max_std30")


def read(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    if not rows:
        sys.exit(f"same intraday FAILED: {path} has no rows")
    missing = {"symbol", "date", *COUNTS, *VALUES} - rows[0].keys()
    if missing:
        sys.exit(f"same intraday FAILED: {path} lacks the columns {sorted(missing)}")
    return rows


def number(text):
    return math.nan if text in ("", "NULL", "nan", "NaN") else float(text)


def fail(message):
    print(f"same intraday FAILED: {message}", file=sys.stderr)
    sys.exit(1)


mine = read(sys.argv[1])
for path in sys.argv[2:]:
    other = read(path)
    if len(mine) != len(other):
        fail(f"{sys.argv[1]} has {len(mine)} rows, {path} {len(other)}")
    worst = 0.0
    floored = 0
    for n, (a, b) in enumerate(zip(mine, other), start=2):
        where = f"{path} line {n} ({a['symbol']} {a['date']})"
        if (a["symbol"], a["date"]) != (b["symbol"], b["date"]):
            fail(f"{where}: row is {b['symbol']} {b['date']}")
        for key in COUNTS:
            if int(float(a[key])) != int(float(b[key])):
                fail(f"{where} {key}: {a[key]} != {b[key]}")
        for key in VALUES:
            x, y = number(a[key]), number(b[key])
            if math.isnan(x) or math.isnan(y):
                if not (math.isnan(x) and math.isnan(y)):
                    fail(f"{where} {key}: {a[key]!r} != {b[key]!r}")
                continue
            difference = abs(x - y)
            scale = max(abs(x), abs(y))
            if difference <= 1e-9 * scale:
                worst = max(worst, difference / scale if scale else 0.0)
            elif difference <= 1e-15:
                floored += 1
            else:
                fail(f"{where} {key}: {a[key]} != {b[key]} (relative difference {difference / scale:.1e})")
    print(f"same intraday: {path} agrees with {sys.argv[1]} on all {len(mine)} rows (counts equal, largest relative "
          f"difference {worst:.1e}; {floored} values near zero within 1e-15 absolute)")
