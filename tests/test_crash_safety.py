#!/usr/bin/env python3
# test_crash_safety.py: an import killed at any moment leaves a consistent investigation
#
# Copyright 2026 The Dossier authors
#
# SPDX-License-Identifier: GPL-3.0-or-later

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

from dsrtest import CLI, Tap, cli, write

tap = Tap()

KILLS = 25
MAX_ROUNDS = 80
FILES_PER_ROUND = 200


def assert_every_document_whole(path):
    """Every document is wholly present: record, original bytes matching their sha256,
    structure, and search index row; nothing belongs to a document that is absent."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT d.id, d.sha256, d.chars, d.text, o.bytes FROM documents d "
                          "LEFT JOIN document_originals o ON o.document_id = d.id").fetchall()
        for doc_id, sha256, chars, text, original in rows:
            assert original is not None, f"document {doc_id} has no original bytes"
            assert hashlib.sha256(original).hexdigest() == sha256, f"document {doc_id} sha256"
            assert len(text) == chars, f"document {doc_id} length"
            assert original.decode("utf-8").split("\n")[0] in text
            indexed = db.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ? "
                                 "AND rowid = ?", (f'"{text.split()[-1]}"', doc_id)).fetchone()[0]
            assert indexed == 1, f"document {doc_id} is not in the search index"
            spans = db.execute("SELECT count(*) FROM document_spans WHERE document_id = ?",
                               (doc_id,)).fetchone()[0]
            assert spans > 0, f"document {doc_id} has no structure"
        for table, column in (("document_originals", "document_id"),
                              ("document_spans", "document_id"),
                              ("documents_fts_docsize", "id")):
            orphans = db.execute(f"SELECT count(*) FROM {table} WHERE {column} NOT IN "
                                 "(SELECT id FROM documents)").fetchone()[0]
            assert orphans == 0, f"{orphans} rows of {table} belong to no document"
        return len(rows)
    finally:
        db.close()


@tap.test
def test_import_survives_sigkill(folder):
    investigation = os.path.join(folder, "f.dossier")
    cli("new", investigation)
    rng = random.Random(int(os.environ.get("DOSSIER_SEED", "20261122")))
    killed_mid_import = 0
    previous = 0

    def make_pile(name):
        pile = os.path.join(folder, name)
        for i in range(FILES_PER_ROUND):
            paragraphs = "\n\n".join(f"Paragraph {p} of note {name}-{i} " * rng.randint(1, 40)
                                     for p in range(rng.randint(1, 12)))
            write(pile, f"n{i:03}.txt", f"Note {name}-{i}\n\n{paragraphs}\n\nclosing{name}x{i}\n")
        return pile

    # How long a whole import takes here, so that kills land within imports on a fast
    # machine and a slow one alike.
    started = time.monotonic()
    cli("import", investigation, make_pile("calibration"))
    duration = time.monotonic() - started

    round_number = 0
    while killed_mid_import < KILLS and round_number < MAX_ROUNDS:
        round_number += 1
        pile = make_pile(f"round-{round_number:02}")
        child = subprocess.Popen([CLI, "import", investigation, pile],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.02, 0.7) * duration)
        child.send_signal(signal.SIGKILL)
        if child.wait() == -signal.SIGKILL:
            killed_mid_import += 1

        result = cli("check", investigation, check=False)
        assert result.returncode == 0, f"round {round_number}: check failed: {result.stderr}"
        count = assert_every_document_whole(investigation)
        assert count >= previous, "documents disappeared"
        previous = count

    assert killed_mid_import >= KILLS, f"only {killed_mid_import} kills landed during an import"
    print(f"# {killed_mid_import} kills during imports; {previous} documents survived whole")

    # The investigation is still usable: the last pile imports completely.
    cli("import", investigation, pile)
    cli("check", investigation)
    assert assert_every_document_whole(investigation) >= previous


if __name__ == "__main__":
    sys.exit(tap.run())
