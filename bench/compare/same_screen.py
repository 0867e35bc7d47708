"""Checks that two screen results agree: Bellwether's JSON against pandas' JSON or DuckDB's CSV, row by row.

Usage: python3 same_screen.py BELLWETHER.json OTHER.json|OTHER.csv
"""
import csv
import json
import math
import sys

mine = {row["symbol"]: row for row in json.load(open(sys.argv[1]))["rows"]}
if sys.argv[2].endswith(".csv"):
    def value(text):
        if text in ("", "NULL"):
            return None
        if text in ("true", "false"):
            return text == "true"
        return float(text)
    other = {row["symbol"]: {key: value(text) if key != "symbol" else text for key, text in row.items()}
             for row in csv.DictReader(open(sys.argv[2]))}
else:
    other = {row["symbol"]: row for row in json.load(open(sys.argv[2]))["rows"]}

assert mine.keys() == other.keys(), f"symbols differ: {sorted(mine.keys() ^ other.keys())[:5]}"
worst = 0.0
for symbol, row in mine.items():
    for key, value in row.items():
        if key == "symbol":
            continue
        theirs = other[symbol][key]
        if isinstance(value, bool) or key == "records_ytd":
            assert value == theirs or (value is None and not theirs), f"{symbol} {key}: {value} != {theirs}"
        elif value is None or theirs is None or (isinstance(theirs, float) and math.isnan(theirs)):
            assert value is None and (theirs is None or math.isnan(theirs)), f"{symbol} {key}: {value} != {theirs}"
        else:
            error = abs(value - theirs) / max(1.0, abs(value))
            worst = max(worst, error)
            assert error < 1e-9, f"{symbol} {key}: {value} != {theirs}"
print(f"same screen: {len(mine)} rows agree (largest relative difference {worst:.1e})")
