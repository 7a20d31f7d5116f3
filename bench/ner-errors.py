#!/usr/bin/env python3
# ner-errors.py: lists the recognizer's errors on the ner-dev sentences by kind
#
# Copyright 2026 The Dossier authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads the gold file and the predictions bench/ner-bench.py wrote
# (BUILD/bench-ner/dossier.jsonl) and prints each wrong or missed name with its sentence,
# grouped as: wrong type (same span), wrong boundary (same type, overlapping span), both,
# spurious (no gold name overlaps) and missed (no prediction overlaps), with counts.
#
# Usage: bench/ner-errors.py [BUILD_DIR] [--types PERSON,ORG,PLACE] [--only KIND]

import argparse
import collections
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus", "ner-dev", "gold.jsonl"))


def load(path):
    with open(path, encoding="utf-8") as f:
        return {row["id"]: row for row in map(json.loads, filter(str.strip, f))}


def spans(row, types):
    return {(e["start"], e["end"], e["type"]) for e in row.get("entities") or []
            if e["type"] in types}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build", nargs="?", default=os.path.join(ROOT, "build"))
    ap.add_argument("--types", default="PERSON,ORG,PLACE")
    ap.add_argument("--only", help="print one kind of error only")
    args = ap.parse_args()
    types = set(args.types.split(","))
    gold = load(GOLD)
    pred = load(os.path.join(args.build, "bench-ner", "dossier.jsonl"))
    errors = collections.defaultdict(list)

    for key, row in gold.items():
        text = row["text"]
        g = spans(row, types)
        p = spans(pred.get(key, {}), types)
        for s in sorted(p - g):
            overlap = [x for x in g if x[0] < s[1] and s[0] < x[1]]
            if not overlap:
                kind = "spurious"
            elif any(x[:2] == s[:2] for x in overlap):
                kind = "type"
            elif any(x[2] == s[2] for x in overlap):
                kind = "boundary"
            else:
                kind = "both"
            gold_text = "; ".join(f"{text[x[0]:x[1]]}/{x[2]}" for x in overlap)
            errors[kind].append((key, f"{text[s[0]:s[1]]}/{s[2]}", gold_text, text))
        for s in sorted(g - p):
            if not any(x[0] < s[1] and s[0] < x[1] for x in p):
                errors["missed"].append((key, f"{text[s[0]:s[1]]}/{s[2]}", "", text))

    for kind in ("type", "boundary", "both", "spurious", "missed"):
        if args.only and kind != args.only:
            continue
        print(f"== {kind}: {len(errors[kind])}")
        for key, got, want, text in errors[kind]:
            print(f"{key}  {got:30}  gold: {want:30}  | {text}")
    print("counts: " + ", ".join(f"{k} {len(v)}" for k, v in errors.items()))


if __name__ == "__main__":
    main()
