#!/usr/bin/env python3
# extraction-bench.py: main-content extraction, Dossier against two peers, in one run
#
# Copyright 2026 The Dossier authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Extracts every page of ../shared/corpus/extraction-dev/html (relative to the project
# root) with Dossier's HTML reader (build/bench/extract-html), readability-lxml
# (Debian python3-readability, called in this process) and Mozilla Readability with
# jsdom (npm, installed under BUILD/bench-node on first use), scores each with
# ../shared/tools/score-extraction.py and prints P/R/F1 and pages per second side by
# side. Each tool's time covers the extraction only (parse included), not start-up.
#
# Usage: bench/extraction-bench.py [BUILD_DIR]

import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus", "extraction-dev"))
SCORER = os.path.normpath(os.path.join(ROOT, "..", "shared", "tools", "score-extraction.py"))
MOZILLA_PACKAGES = ["@mozilla/readability@0.6.0", "jsdom@29"]
# Debian's python3-readability lives in the system interpreter's packages.
SYSTEM_PACKAGES = "/usr/lib/python3/dist-packages"


def key_values(text):
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def score(pred_dir):
    out = subprocess.run([sys.executable, SCORER, os.path.join(CORPUS, "ground-truth"), pred_dir,
                          "--quiet"], capture_output=True, text=True, check=True).stdout
    figures = {}
    for name, label in (("precision", "mean precision"), ("recall", "mean recall"),
                        ("f1", "F1 (of means)")):
        figures[name] = float(re.search(re.escape(label) + r":\s*([0-9.]+)", out).group(1))
    return figures


def run_dossier(build, out_dir):
    program = os.path.join(build, "bench", "extract-html")
    result = subprocess.run([program, os.path.join(CORPUS, "html"), out_dir, "5"],
                            capture_output=True, text=True, check=True)
    return key_values(result.stdout)


def block_text(element):
    """Text of an lxml element with a line break after each block element."""
    blocks = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr",
              "td", "th", "figcaption", "section", "article", "ul", "ol", "table", "br", "dt", "dd"}
    parts = []
    for node in element.iter():
        if isinstance(node.tag, str) and node.text:
            parts.append(node.text)
        if node is not element:
            if isinstance(node.tag, str) and node.tag in blocks:
                parts.append("\n")
            if node.tail:
                parts.append(node.tail)
    return "".join(parts)


def run_readability_lxml(out_dir):
    if SYSTEM_PACKAGES not in sys.path:
        sys.path.append(SYSTEM_PACKAGES)
    try:
        import logging
        import lxml.html
        from readability import Document
    except ImportError as error:
        return None, f"readability-lxml not available ({error}); install python3-readability"
    logging.getLogger("readability.readability").setLevel(logging.ERROR)

    os.makedirs(out_dir, exist_ok=True)
    names = sorted(n for n in os.listdir(os.path.join(CORPUS, "html")) if n.endswith(".html"))
    seconds = 0.0
    for name in names:
        with open(os.path.join(CORPUS, "html", name), encoding="utf-8") as handle:
            html = handle.read()
        start = time.perf_counter()
        summary = Document(html).summary(html_partial=True)
        seconds += time.perf_counter() - start
        text = block_text(lxml.html.fromstring(summary)) if summary.strip() else ""
        with open(os.path.join(out_dir, name[:-5] + ".txt"), "w", encoding="utf-8") as handle:
            handle.write(text)
    return {"pages": len(names), "seconds": seconds,
            "pages_per_second": len(names) / seconds if seconds else 0.0}, None


def run_mozilla(build, out_dir):
    node_dir = os.path.join(build, "bench-node")
    modules = os.path.join(node_dir, "node_modules")
    node = subprocess.run(["which", "node"], capture_output=True, text=True).stdout.strip()
    if not node:
        return None, "node not found; install nodejs and npm"
    if not (os.path.isdir(os.path.join(modules, "@mozilla", "readability")) and
            os.path.isdir(os.path.join(modules, "jsdom"))):
        os.makedirs(node_dir, exist_ok=True)
        install = subprocess.run(["npm", "install", "--prefix", node_dir, "--no-audit", "--no-fund",
                                  *MOZILLA_PACKAGES], capture_output=True, text=True)
        if install.returncode != 0:
            return None, "npm install failed: " + install.stderr.strip().splitlines()[-1]
    env = dict(os.environ, NODE_PATH=modules)
    result = subprocess.run([node, os.path.join(ROOT, "bench", "mozilla-readability.js"),
                             os.path.join(CORPUS, "html"), out_dir],
                            capture_output=True, text=True, env=env)
    if result.returncode != 0:
        return None, "Mozilla Readability failed: " + result.stderr.strip()[-300:]
    return key_values(result.stdout), None


def main():
    build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build"))
    if not os.path.isdir(os.path.join(CORPUS, "html")):
        print(f"extraction benchmark: skipped, no corpus at {CORPUS}")
        return 0
    out_root = os.path.join(build, "bench-extraction")
    rows = []

    dossier = run_dossier(build, os.path.join(out_root, "dossier"))
    rows.append(("Dossier", score(os.path.join(out_root, "dossier")),
                 float(dossier["pages_per_second"])))

    lxml_figures, problem = run_readability_lxml(os.path.join(out_root, "readability-lxml"))
    if problem:
        print(f"readability-lxml: skipped, {problem}")
    else:
        rows.append(("readability-lxml 0.8.1", score(os.path.join(out_root, "readability-lxml")),
                     lxml_figures["pages_per_second"]))

    mozilla, problem = run_mozilla(build, os.path.join(out_root, "mozilla"))
    if problem:
        print(f"Mozilla Readability: skipped, {problem}")
    else:
        rows.append(("Mozilla Readability 0.6 (jsdom)", score(os.path.join(out_root, "mozilla")),
                     float(mozilla["pages_per_second"])))

    pages = int(dossier["pages"])
    print(f"Main-content extraction, {pages} pages of {CORPUS} (one core; pages/s count "
          "parsing and extraction, not start-up)")
    print(f"{'extractor':34} {'P':>6} {'R':>6} {'F1':>6} {'pages/s':>9}")
    for name, figures, speed in rows:
        print(f"{name:34} {figures['precision']:6.3f} {figures['recall']:6.3f} "
              f"{figures['f1']:6.3f} {speed:9.1f}")
    if len(rows) == 3:
        print(f"Dossier pages/s / Mozilla Readability pages/s: {rows[0][2] / rows[2][2]:.1f}x "
              "(target >= 20x)")
        best = max(rows[1][1]["f1"], rows[2][1]["f1"])
        print(f"Dossier F1 - best peer F1: {rows[0][1]['f1'] - best:+.3f} (target >= 0)")
    print(f"Dossier import throughput: {float(dossier['mb_per_second']):.1f} MB/s; bare libxml2 "
          f"htmlReadMemory on the same bytes: {float(dossier['bare_mb_per_second']):.1f} MB/s; "
          f"ratio {float(dossier['ratio_to_bare']):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
