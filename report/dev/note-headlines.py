#!/usr/bin/env python3
"""The note's headline beside the wire's, on the dates of a checker-dev article set (a development aid, not a test).

For each article, builds the article's store with the set's own scorer (score.py --keep --names-only), writes the note
as of the article's date with `bellwether note`, checks the note against the same store with `bellwether check`, and
prints one Markdown row: date | wire headline | note headline | the note's claims verified.

    report/dev/note-headlines.py --set ../shared/checker-dev --data ../shared/data [--only 08,12]
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

BW = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bin", "bellwether")


def stores(args):
    """Article number -> store, built by the set's scorer."""
    command = [sys.executable, "score.py", "--data", os.path.abspath(args.data), "--bw", BW, "--names-only",
               "--keep"] + (["--only", args.only] if args.only else [])
    out = subprocess.run(command, cwd=args.set, capture_output=True, text=True, check=True).stdout
    kept = re.findall(r"store kept in (\S+)\)", out)
    return {os.path.basename(folder).split("-")[3]: os.path.join(folder, "store.duckdb") for folder in kept}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", required=True, help="the checker-dev folder (articles/ and score.py)")
    parser.add_argument("--data", required=True, help="the shared data folder")
    parser.add_argument("--only", help="article numbers, comma-separated")
    args = parser.parse_args()
    out = tempfile.mkdtemp(prefix="bw-headlines-")
    print("| date | wire headline | note headline | note's claims verified |\n|---|---|---|---|")
    for number, store in sorted(stores(args).items()):
        article = glob.glob(os.path.join(args.set, "articles", number + "-*.md"))[0]
        lines = open(article, encoding="utf-8").read().splitlines()
        as_of = re.search(r"\d{4}-\d\d-\d\d", lines[0]).group(0)
        wire = next(line[2:] for line in lines if line.startswith("# "))
        note = os.path.join(out, number + ".md")
        written = subprocess.run([BW, "--db", store, "note", "--as-of", as_of, "--out", note, "--json"],
                                 capture_output=True, text=True)
        if written.returncode != 0:
            print(f"| {as_of} | {wire} | error: {written.stderr.strip()} | |")
            continue
        claims = json.loads(subprocess.run([BW, "--db", store, "check", note, "--as-of", as_of, "--json"],
                                           capture_output=True, text=True, check=True).stdout)["claims"]
        verified = sum(claim["verdict"] == "verified" for claim in claims)
        print(f"| {as_of} | {wire} | {json.loads(written.stdout)['headline']} | {verified} of {len(claims)} |")
        shutil.rmtree(os.path.dirname(store), ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
