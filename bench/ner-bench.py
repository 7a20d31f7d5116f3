#!/usr/bin/env python3
# ner-bench.py: entity recognition, Dossier against the npm package compromise, in one run
#
# Copyright 2026 The Dossier authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs Dossier's recognizer (BUILD/bench/ner-bench) and compromise 14 (installed with npm
# under BUILD/bench-node on first use) over the sentences of ../shared/corpus/ner-dev
# (relative to the project root), scores both with ../shared/tools/score-ner.py on
# PERSON, ORG and PLACE and prints P/R/F1 per type and micro-averaged, and throughput in
# KB/s (recognition only, one core), side by side; and Dossier's throughput on its
# thread's CPU time, for a shared machine.
#
# Usage: bench/ner-bench.py [BUILD_DIR]

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus", "ner-dev", "gold.jsonl"))
SCORER = os.path.normpath(os.path.join(ROOT, "..", "shared", "tools", "score-ner.py"))
TYPES = "PERSON,ORG,PLACE"
COMPROMISE = "compromise@14"


def key_values(text):
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def score(pred, out_json):
    subprocess.run([sys.executable, SCORER, GOLD, pred, "--types", TYPES, "--json", out_json],
                   capture_output=True, text=True, check=True)
    with open(out_json, encoding="utf-8") as f:
        return json.load(f)


def run_dossier(build, pred):
    result = subprocess.run([os.path.join(build, "bench", "ner-bench"), GOLD, pred, "5"],
                            capture_output=True, text=True, check=True)
    return key_values(result.stdout)


def run_compromise(build, pred):
    node_dir = os.path.join(build, "bench-node")
    modules = os.path.join(node_dir, "node_modules")
    node = subprocess.run(["which", "node"], capture_output=True, text=True).stdout.strip()
    if not node:
        return None, "node not found; install nodejs and npm"
    if not os.path.isdir(os.path.join(modules, "compromise")):
        os.makedirs(node_dir, exist_ok=True)
        install = subprocess.run(["npm", "install", "--prefix", node_dir, "--no-audit",
                                  "--no-fund", COMPROMISE], capture_output=True, text=True)
        if install.returncode != 0:
            return None, "npm install failed: " + install.stderr.strip().splitlines()[-1]
    with open(os.path.join(modules, "compromise", "package.json"), encoding="utf-8") as f:
        version = json.load(f)["version"]
    env = dict(os.environ, NODE_PATH=modules)
    result = subprocess.run([node, os.path.join(ROOT, "bench", "compromise-ner.js"), GOLD, pred],
                            capture_output=True, text=True, env=env)
    if result.returncode != 0:
        return None, "compromise failed: " + result.stderr.strip()[-300:]
    figures = key_values(result.stdout)
    figures["version"] = version
    return figures, None


def main():
    build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build"))
    if not os.path.isfile(GOLD):
        print(f"NER benchmark: skipped, no corpus at {GOLD}")
        return 0
    out = os.path.join(build, "bench-ner")
    os.makedirs(out, exist_ok=True)
    rows = []

    pred = os.path.join(out, "dossier.jsonl")
    figures = run_dossier(build, pred)
    rows.append(("Dossier", score(pred, os.path.join(out, "dossier-score.json")),
                 float(figures["kb_per_second"])))
    dossier_cpu = float(figures["cpu_kb_per_second"])

    pred = os.path.join(out, "compromise.jsonl")
    figures, problem = run_compromise(build, pred)
    if problem:
        print(f"compromise: skipped, {problem}")
    else:
        rows.append((f"compromise {figures['version']}",
                     score(pred, os.path.join(out, "compromise-score.json")),
                     float(figures["kb_per_second"])))

    print(f"NER benchmark: {GOLD} (exact span and type; {TYPES})")
    header = f"{'system':<18}"
    for t in TYPES.split(",") + ["micro"]:
        header += f" {t + ' P/R/F1':>20}"
    print(header + f" {'KB/s':>9}")
    for name, result, speed in rows:
        line = f"{name:<18}"
        for t in TYPES.split(","):
            r = result["per_type"].get(t, {"precision": 0, "recall": 0, "f1": 0})
            line += f" {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f}"
        m = result["micro"]
        line += f" {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}"
        print(line + f" {speed:9.0f}")
    print(f"Dossier on the thread's CPU time (not inflated by waiting for a core): "
          f"{dossier_cpu:.0f} KB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
