#!/usr/bin/env python3
# test_crash_safety.py: an import, a board edit or a file format update killed at any
# moment leaves a consistent investigation; a full disk during an import is refused cleanly
#
# Copyright 2026 The Dossier authors
#
# SPDX-License-Identifier: GPL-3.0-or-later

import glob
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

from dsrtest import CLI, Tap, cli, write

tap = Tap()

KILLS = 25
MAX_ROUNDS = 80
FILES_PER_ROUND = 200
BOARD_KILLS = 40
MIGRATION_KILLS = 20
OLD_DOCUMENTS = 1500


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


def run_and_kill(args, delay):
    """Starts dossier-cli, sends SIGKILL after delay seconds; True if it was still running."""
    child = subprocess.Popen([CLI, *map(str, args)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    return child.wait() == -signal.SIGKILL


def timed(args):
    started = time.monotonic()
    cli(*args)
    return time.monotonic() - started


def count_rows(path, *tables):
    db = sqlite3.connect(path)
    try:
        return sum(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)
    finally:
        db.close()


@tap.test
def test_board_edits_survive_sigkill(folder):
    """Each board action adds one row; killed, it adds that row whole or not at all."""
    investigation = os.path.join(folder, "b.dossier")
    cli("new", investigation)
    notes = os.path.join(folder, "notes")
    for i in range(BOARD_KILLS * 3):
        write(notes, f"n{i:03}.txt", f"Note {i}\n\nBody of note number {i}.\n")
    cli("import", investigation, notes)
    cli("board", investigation, "new", "Main")
    rng = random.Random(int(os.environ.get("DOSSIER_SEED", "20261203")))
    actions = iter(range(1, BOARD_KILLS * 3))

    def next_action():
        n = next(actions)
        kind = rng.choice(("new", "add", "link"))
        if kind == "new":
            return ["board", investigation, "new", f"Board {n}"]
        if kind == "add":
            return ["board", investigation, "add", "Main", f"document:{n}",
                    "--at", f"{rng.randint(-500, 500)},{rng.randint(-500, 500)}"]
        return ["board", investigation, "link", "related", "document:1", f"document:{n + 1}"]

    tables = ("boards", "board_items", "links")
    duration = statistics.median(timed(next_action()) for _ in range(3))
    before = count_rows(investigation, *tables)
    kills = 0
    while kills < BOARD_KILLS:
        killed = run_and_kill(next_action(), rng.uniform(0.1, 1.1) * duration)
        kills += killed
        result = cli("check", investigation, check=False)
        assert result.returncode == 0, f"check failed after a kill: {result.stderr}"
        after = count_rows(investigation, *tables)
        if killed:
            assert after in (before, before + 1), f"{after - before} rows from one action"
        else:
            assert after == before + 1, "a finished action left no row"
        before = after
    print(f"# {kills} kills during board edits; every action whole or absent")


def documents_digest(path):
    db = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        for row in db.execute("SELECT d.id, d.sha256, d.text, o.bytes FROM documents d "
                              "JOIN document_originals o ON o.document_id = d.id ORDER BY d.id"):
            digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        db.close()


def file_version(path):
    db = sqlite3.connect(path)
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return version, tables
    finally:
        db.close()


@tap.test
def test_migration_survives_sigkill(folder):
    """A file of format 1 killed while being updated is at format 1, untouched, or at the
    current format with a complete backup beside it; never in between."""
    maker = os.environ.get("DOSSIER_MAKE_OLD_INVESTIGATION")
    if not maker:
        print("# SKIP DOSSIER_MAKE_OLD_INVESTIGATION is not set")
        return
    pristine = os.path.join(folder, "pristine.dossier")
    subprocess.run([maker, pristine, "1"], check=True)
    db = sqlite3.connect(pristine)
    rng = random.Random(int(os.environ.get("DOSSIER_SEED", "20261203")))
    with db:
        for i in range(1, OLD_DOCUMENTS + 1):
            text = f"Memo {i}\n\n" + " ".join(rng.choice(("ledger", "council", "Okafor", "vote",
                                                           "harbour", "contract", "minutes"))
                                               for _ in range(300))
            sha = hashlib.sha256(text.encode()).hexdigest()
            db.execute("INSERT INTO documents (title, media_type, sha256, chars, text) "
                       "VALUES (?, 'text/plain', ?, ?, ?)", (f"Memo {i}", sha, len(text), text))
            db.execute("INSERT INTO document_originals VALUES (?, ?)", (i, text.encode()))
            db.execute("INSERT INTO document_spans (document_id, kind, start, \"end\") "
                       "VALUES (?, 'paragraph', 0, ?)", (i, len(text)))
    db.close()
    digest = documents_digest(pristine)
    work = os.path.join(folder, "work.dossier")
    backup = work + ".v1.bak"

    def fresh_copy():
        for stale in glob.glob(work + "*"):
            os.unlink(stale)
        shutil.copyfile(pristine, work)

    fresh_copy()
    duration = timed(["board", work, "new", "After the update"])
    current = file_version(work)[0]
    outcomes = {"old": 0, "updated": 0}
    kills = 0
    while kills < MIGRATION_KILLS:
        fresh_copy()
        if not run_and_kill(["board", work, "new", "After the update"],
                            rng.uniform(0.3, 1.3) * duration):
            continue
        kills += 1
        version, tables = file_version(work)
        if version == 1:
            outcomes["old"] += 1
            assert "documents_fts" not in tables and "quotes" not in tables, "half an update"
        else:
            outcomes["updated"] += 1
            assert version == current, f"format {version}: neither old nor current"
            result = cli("check", work, check=False)
            assert result.returncode == 0, f"check failed after an update: {result.stderr}"
            assert os.path.exists(backup), "updated without a backup"
            assert file_version(backup)[0] == 1
            assert documents_digest(backup) == digest, "the backup differs from the original"
        assert documents_digest(work) == digest, "documents changed"
    print(f"# {kills} kills during file format updates: {outcomes['old']} left at format 1, "
          f"{outcomes['updated']} updated whole")
    # Where kills land depends on the machine (the sanitizer build is slow to exit, so
    # there nearly all land before the commit); every outcome seen was checked above.

    # A file left at the old format updates on the next open.
    fresh_copy()
    cli("board", work, "new", "After the update")
    cli("check", work)


@tap.test
def test_full_disk_during_import(folder):
    """On a 3 MB file system, an import that does not fit stops with a clear message and
    leaves an investigation that passes the check and holds only whole documents."""
    unshare = shutil.which("unshare")
    probe = subprocess.run([unshare or "unshare", "--user", "--map-root-user", "--mount",
                            "true"], capture_output=True, text=True) if unshare else None
    if probe is None or probe.returncode != 0:
        print("# SKIP user and mount namespaces are unavailable here "
              f"({probe.stderr.strip() if probe else 'no unshare'}): no small file system to fill")
        return
    small = os.path.join(folder, "small")
    kept = os.path.join(folder, "kept")
    pile = os.path.join(folder, "pile")
    os.makedirs(small)
    os.makedirs(kept)
    rng = random.Random(7)
    for i in range(120):
        words = " ".join(rng.choice(("harbour", "ledger", "council", "vote", "minutes"))
                         for _ in range(8000))
        write(pile, f"big{i:03}.txt", f"Big note {i}\n\n{words}\nend{i}\n")
    script = (f'mount -t tmpfs -o size=3m tmpfs "{small}" || exit 90\n'
              f'"{CLI}" new "{small}/f.dossier" || exit 91\n'
              f'"{CLI}" import "{small}/f.dossier" "{pile}" >"{kept}/out" 2>"{kept}/err"\n'
              f'echo $? >"{kept}/status"\n'
              f'cp "{small}"/f.dossier* "{kept}/"\n')
    subprocess.run([unshare, "--user", "--map-root-user", "--mount", "sh", "-c", script],
                   check=True, timeout=600)
    with open(os.path.join(kept, "status")) as handle:
        status = int(handle.read())
    with open(os.path.join(kept, "err"), encoding="utf-8") as handle:
        err = handle.read()
    assert status == 1, f"import into a full disk exited {status}: {err}"
    assert err.count("\n") == 1, f"not one message: {err!r}"
    assert "disk is full" in err and "f.dossier" in err, f"unclear message: {err!r}"
    investigation = os.path.join(kept, "f.dossier")
    result = cli("check", investigation, check=False)
    assert result.returncode == 0, f"check failed after a full disk: {result.stderr}"
    count = count_rows(investigation, "documents")
    assert count < 120, "everything fitted; the file system was not filled"
    assert_every_document_whole(investigation)
    print(f"# full disk: {count} of 120 documents kept whole; message: {err.strip()}")


if __name__ == "__main__":
    sys.exit(tap.run())
