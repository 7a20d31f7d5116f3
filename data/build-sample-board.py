#!/usr/bin/env python3
# Dossier — add the sample investigation's evidence board (data/sample/BOARD)
# Copyright 2026 The Dossier authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-sample-board.py DOSSIER_CLI INVESTIGATION BOARD_FILE
#
# Turns detected quotations into claims (confirming their suggested speakers), links
# each claim to the source that published it and to the claims listed, grades the
# sources, and places everything in three columns: sources, claims, speakers. Only
# dossier-cli is used, so the board is made the way a user's script would make it.

import json
import subprocess
import sys

CARD_GAP = 150      # vertical distance between cards in a column
COLUMNS = {"source": 40, "claim": 420, "entity": 820}


def main():
    if len(sys.argv) != 4:
        print(f"usage: {sys.argv[0]} DOSSIER_CLI INVESTIGATION BOARD_FILE", file=sys.stderr)
        return 2
    cli, investigation, board_file = sys.argv[1:]

    def run(*args):
        result = subprocess.run([cli, *map(str, args)], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"{board_file}: dossier-cli {' '.join(map(str, args))}: "
                     f"{result.stderr.strip()}")
        return result.stdout

    def run_json(*args):
        return json.loads(run(*args, "--json"))

    documents = {d["file"]: d for d in run_json("documents", investigation)}
    quotes = run_json("quotes", investigation)
    sources = {s["name"]: s["id"] for s in run_json("sources", investigation)}

    board = None
    claims = {}          # key -> claim id
    placed = {"source": [], "claim": [], "entity": []}

    for line_no, line in enumerate(open(board_file, encoding="utf-8"), 1):
        fields = line.rstrip("\n").split("\t")
        if not fields[0] or fields[0].startswith("#"):
            continue
        where = f"{board_file}:{line_no}"
        if fields[0] == "board" and len(fields) == 2:
            board = fields[1]
            run("board", investigation, "new", board)
        elif fields[0] == "claim" and len(fields) == 4:
            key, file_name, start = fields[1:]
            if file_name not in documents:
                sys.exit(f"{where}: no document {file_name}")
            document = documents[file_name]
            matches = [q for q in quotes if q["document"] == document["id"]
                       and q["text"].lstrip("\"“«'‘").startswith(start)]
            if len(matches) != 1:
                sys.exit(f"{where}: {len(matches)} quotations of {file_name} start with “{start}”")
            quote = matches[0]
            if quote["speaker_id"] is not None:
                claim = int(run("quote", investigation, "confirm", quote["id"]))
                speaker = f"entity:{quote['speaker_id']}"
                if speaker not in placed["entity"]:
                    placed["entity"].append(speaker)
            else:
                claim = int(run("claim", investigation, document["id"],
                                quote["start"], quote["end"]))
            claims[key] = claim
            placed["claim"].append(f"claim:{claim}")
            if document["source"] in sources:
                source = f"source:{sources[document['source']]}"
                run("board", investigation, "link", "reported_by", f"claim:{claim}", source)
                if source not in placed["source"]:
                    placed["source"].append(source)
        elif fields[0] == "link" and len(fields) == 4:
            kind, a, b = fields[1:]
            if a not in claims or b not in claims:
                sys.exit(f"{where}: a link between claims not listed before it")
            run("board", investigation, "link", kind, f"claim:{claims[a]}", f"claim:{claims[b]}")
        elif fields[0] == "grade" and len(fields) == 3:
            if fields[1] not in sources:
                sys.exit(f"{where}: no source named {fields[1]}")
            run("source", investigation, "grade", sources[fields[1]], fields[2])
        else:
            sys.exit(f"{where}: not a line this script knows")

    if board is None:
        sys.exit(f"{board_file}: names no board")
    for kind, nodes in placed.items():
        # Shorter columns are centred against the claims' column.
        offset = (len(placed["claim"]) - len(nodes)) * CARD_GAP / 2
        for row, node in enumerate(nodes):
            run("board", investigation, "add", board, node,
                "--at", f"{COLUMNS[kind]},{40 + offset + row * CARD_GAP:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
