#!/usr/bin/env python3
# test_bad_input.py: the catalogue of hostile and broken input (README, Reliability)
#
# Copyright 2026 The Dossier authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Each case feeds dossier-cli one bad input and asserts the same three things: exit
# status 1, exactly one line on stderr that names the file at fault and gives the
# reason, and an investigation left exactly as it was (every row of every table, and
# `dossier-cli check` passing). One TAP line per case; its name is the README's.

import atexit
import gzip
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile

from dsrtest import CLI, Tap, cli, write

tap = Tap()
CASES = []
DATA = os.path.join(os.environ.get("G_TEST_SRCDIR", os.path.dirname(__file__)), os.pardir,
                    "data", "sample")


def snapshot(path):
    """Every row of every table (FTS shadow tables included), as one digest."""
    db = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        for line in db.iterdump():
            digest.update(line.encode())
        return digest.hexdigest()
    finally:
        db.close()


SEED = []


def seeded(folder):
    """A copy of an investigation with the sample documents, a board, a claim and a
    link (made once per run)."""
    if not SEED:
        seed_folder = tempfile.mkdtemp(prefix="dossier-seed-")
        atexit.register(shutil.rmtree, seed_folder, ignore_errors=True)
        seed = os.path.join(seed_folder, "seed.dossier")
        cli("new", seed)
        cli("import", seed, DATA)
        cli("board", seed, "new", "Main")
        cli("claim", seed, "1", "0", "10")
        cli("board", seed, "add", "Main", "document:1", "--at", "10,10")
        cli("board", seed, "link", "related", "document:1", "document:2")
        SEED.append(seed)
    investigation = os.path.join(folder, "case.dossier")
    shutil.copyfile(SEED[0], investigation)
    return investigation


def case(reason, named="input"):
    """Registers a case: the function makes the bad input and returns the command's
    arguments and the path the message must name ("input": the bad file the function
    returns as a third value; "investigation": the investigation)."""
    def register(function):
        def run(folder):
            investigation = seeded(folder)
            before = snapshot(investigation)
            args, bad = function(folder, investigation)
            result = cli(*args, check=False)
            lines = result.stderr.strip().splitlines()
            assert result.returncode == 1, (args, result.returncode, result.stderr)
            assert len(lines) == 1, f"not one line: {result.stderr!r}"
            named_path = investigation if named == "investigation" else bad
            assert lines[0].startswith(f"{named_path}: "), f"does not name {named_path}: {lines[0]}"
            assert reason in lines[0], f"reason {reason!r} missing: {lines[0]}"
            if args[0] == "import" and result.stdout:
                assert result.stdout.startswith("Imported 0 documents"), result.stdout
            if os.path.exists(investigation):
                assert snapshot(investigation) == before, "the investigation changed"
                cli("check", investigation)
        run.__name__ = function.__name__
        CASES.append(run)
        return tap.test(run)
    return register


def write_bytes(folder, name, data):
    path = os.path.join(folder, name)
    with open(path, "wb") as handle:
        handle.write(data)
    return path


def import_bytes(name, data):
    def make(folder, investigation):
        path = write_bytes(folder, name, data)
        return ["import", investigation, path], path
    return make


# Imported files: text that is not there

test_empty_file = case("holds no text")(import_bytes("empty.txt", b""))
test_only_white_space = case("holds no text")(import_bytes("blank.txt", b"  \n\t\r\n \n"))
test_only_nul_bytes = case("holds no text")(import_bytes("nul.txt", b"\0" * 4096))
test_html_without_text = case("holds no text")(
    import_bytes("empty.html", b"<html><head><title>t</title></head><body> </body></html>"))
test_html_only_scripts_and_styles = case("holds no text")(
    import_bytes("scripts.html", b"<html><body><script>var a = 'words words';</script>"
                 b"<style>p { color: red }</style><noscript></noscript></body></html>"))
test_markdown_only_markup = case("holds no text")(import_bytes("marks.md", b"---\n\n***\n\n- \n"))

# Imported files: the wrong kind of bytes for the name

test_random_bytes_named_txt = case("binary data")(
    import_bytes("random.txt", hashlib.sha512(b"seed").digest() * 256))
test_png_named_txt = case("a PNG image")(
    import_bytes("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + b"\0" * 64))
test_jpeg_named_md = case("a JPEG image")(import_bytes("photo.md", b"\xff\xd8\xff\xe0\0\x10JFIF"))
test_pdf_named_txt = case("a PDF document")(
    import_bytes("report.txt", b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n"))
test_sqlite_named_txt = case("an SQLite database")(
    import_bytes("db.txt", b"SQLite format 3\0" + b"\0" * 100))
test_gzip_named_txt = case("a gzip archive")(import_bytes("notes.txt", gzip.compress(b"x" * 100)))


@case("a ZIP archive or an office document")
def test_office_document_named_md(folder, investigation):
    path = os.path.join(folder, "letter.md")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return ["import", investigation, path], path


test_binary_without_extension = case("not a text file")(
    import_bytes("blob", b"\0\1\2\3binary\0" * 100))
test_unknown_extension = case("no reader for .png")(import_bytes("photo.png", b"not an image"))
test_office_extension = case("no reader for .docx")(import_bytes("letter.docx", b"PK\3\4"))

# Imported files: broken documents

test_pdf_header_only = case("damaged or truncated")(import_bytes("header.pdf", b"%PDF-1.4\n"))


@case("damaged or truncated")
def test_truncated_pdf(folder, investigation):
    maker = os.environ.get("DOSSIER_MAKE_TEST_PDF")
    full = os.path.join(folder, "full.pdf")
    if maker:
        subprocess.run([maker, full], check=True)
    else:  # a small PDF written here stands in when the fixture maker is absent
        write_bytes(folder, "full.pdf", b"%PDF-1.4\n" + b"1 0 obj << /Type /Catalog >> endobj\n" * 40
                    + b"trailer << /Root 1 0 R >>\n%%EOF\n")
    with open(full, "rb") as handle:
        data = handle.read()
    path = write_bytes(folder, "truncated.pdf", data[:len(data) // 2])
    return ["import", investigation, path], path


test_html_nested_100000_deep = case("nests its elements too deeply")(
    import_bytes("deep.html", b"<div>" * 100000 + b"deep" + b"</div>" * 100000))


@case("too large")
def test_file_over_64_mb(folder, investigation):
    path = os.path.join(folder, "huge.txt")
    with open(path, "wb") as handle:   # sparse: nothing is written but the last byte
        handle.seek(64 * 1024 * 1024 + 1)
        handle.write(b"x")
    return ["import", investigation, path], path

# Imported files: not files at all


@case("no such file")
def test_missing_file(folder, investigation):
    path = os.path.join(folder, "gone.txt")
    return ["import", investigation, path], path


@case("no such file")
def test_broken_symbolic_link(folder, investigation):
    path = os.path.join(folder, "link.txt")
    os.symlink(os.path.join(folder, "nowhere.txt"), path)
    return ["import", investigation, path], path


@case("symbolic links")
def test_symbolic_link_loop(folder, investigation):
    one, two = os.path.join(folder, "one.txt"), os.path.join(folder, "two.txt")
    os.symlink(two, one)
    os.symlink(one, two)
    return ["import", investigation, one], one


@case("not a regular file")
def test_named_pipe(folder, investigation):
    path = os.path.join(folder, "pipe.txt")
    os.mkfifo(path)
    return ["import", investigation, path], path


@case("not a regular file")
def test_endless_device(folder, investigation):
    path = os.path.join(folder, "zero.txt")
    os.symlink("/dev/zero", path)
    return ["import", investigation, path], path

# The investigation file itself


def open_documents(name, data):
    def make(folder, investigation):
        path = write_bytes(folder, name, data)
        return ["documents", path, "--json"], path
    return make


test_empty_investigation = case("an empty file")(open_documents("zero.dossier", b""))
test_sqlite_header_only = case("not an SQLite database")(
    open_documents("header.dossier", b"SQLite format 3\0"))
test_text_file_as_investigation = case("not an SQLite database")(
    open_documents("notes.dossier", b"Meeting notes, not an investigation.\n"))


@case("malformed")
def test_truncated_investigation(folder, investigation):
    with open(investigation, "rb") as handle:
        data = handle.read(16384)
    path = write_bytes(folder, "truncated.dossier", data)
    return ["documents", path, "--json"], path


@case("not a Dossier investigation")
def test_foreign_sqlite_with_documents_table(folder, investigation):
    path = os.path.join(folder, "foreign.dossier")
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT)")
        db.execute("INSERT INTO documents (title) VALUES ('not ours')")
    return ["import", path, os.path.join(DATA, "MANIFEST")], path


@case("newer Dossier")
def test_newer_file_format(folder, investigation):
    path = os.path.join(folder, "newer.dossier")
    shutil.copyfile(investigation, path)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    return ["board", path, "new", "Other"], path


@case("older Dossier")
def test_older_file_format_read_only(folder, investigation):
    maker = os.environ.get("DOSSIER_MAKE_OLD_INVESTIGATION")
    path = os.path.join(folder, "old.dossier")
    assert maker, "DOSSIER_MAKE_OLD_INVESTIGATION does not name make-old-investigation"
    subprocess.run([maker, path, "1"], check=True)
    return ["documents", path, "--json"], path


@case("a folder")
def test_folder_as_investigation(folder, investigation):
    path = os.path.join(folder, "folder.dossier")
    os.mkdir(path)
    return ["documents", path], path


@case("already exists", named="investigation")
def test_new_over_an_investigation(folder, investigation):
    return ["new", investigation], investigation


@case("No such file or directory")
def test_new_in_missing_folder(folder, investigation):
    path = os.path.join(folder, "missing", "new.dossier")
    return ["new", path], path


def as_nobody(args):
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", CLI, *args]


@tap.test
def test_read_only_investigation(folder):
    """A file others may read but not write: writing is refused with the reason,
    reading works, and nothing changes."""
    if os.getuid() != 0 or not shutil.which("setpriv"):
        print("# SKIP needs root and setpriv to act as a user who may not write the file")
        return
    shared = os.path.join(folder, "shared")
    os.mkdir(shared)
    investigation = seeded(shared)
    os.chmod(folder, 0o755)
    os.chmod(shared, 0o777)   # nobody may create the -wal and -shm files beside it
    os.chmod(investigation, 0o644)
    before = snapshot(investigation)
    note = write(shared, "note.txt", "Note\n\nA note.\n")
    os.chmod(note, 0o644)
    result = subprocess.run(as_nobody(["import", investigation, note]), capture_output=True,
                            text=True, timeout=120)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    assert lines[0] == f"{investigation}: cannot write to the file (Permission denied)", lines
    reading = subprocess.run(as_nobody(["documents", investigation]), capture_output=True,
                             text=True, timeout=120)
    assert reading.returncode == 0 and "Belozar" in reading.stdout, reading.stderr
    assert snapshot(investigation) == before


@tap.test
def test_read_only_investigation_in_read_only_folder(folder):
    if os.getuid() != 0 or not shutil.which("setpriv"):
        print("# SKIP needs root and setpriv to act as a user who may not write the folder")
        return
    investigation = seeded(folder)
    os.chmod(folder, 0o755)
    os.chmod(investigation, 0o644)
    for extra in (investigation + "-wal", investigation + "-shm"):
        if os.path.exists(extra):
            os.unlink(extra)
    before = snapshot(investigation)
    for extra in (investigation + "-wal", investigation + "-shm"):
        if os.path.exists(extra):
            os.unlink(extra)
    result = subprocess.run(as_nobody(["documents", investigation]), capture_output=True,
                            text=True, timeout=120)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{investigation}: cannot be read where it is"), lines
    assert snapshot(investigation) == before


@tap.test
def test_garbage_write_ahead_log(folder):
    """Random bytes in the -wal file beside an investigation are ignored (their
    checksums fail); the documents are all there and the check passes."""
    investigation = seeded(folder)
    before = snapshot(investigation)
    write_bytes(folder, "case.dossier-wal", hashlib.sha512(b"wal").digest() * 160)
    assert "Belozar" in cli("documents", investigation).stdout
    cli("check", investigation)
    assert snapshot(investigation) == before


@tap.test
def test_damaged_page(folder):
    """Bytes overwritten in the middle of the file: check exits 1 and names the file."""
    investigation = seeded(folder)
    size = os.path.getsize(investigation)
    with open(investigation, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xde\xad" * 2048)
    result = cli("check", investigation, check=False)
    assert result.returncode == 1, result
    assert result.stderr.startswith(f"{investigation}: database:"), result.stderr


@tap.test
def test_investigation_deleted_while_importing(folder):
    """The file deleted during an import: the import stops with one message naming it
    instead of saving into a file nobody can open again."""
    investigation = os.path.join(folder, "doomed.dossier")
    cli("new", investigation)
    pile = os.path.join(folder, "pile")
    for i in range(400):
        write(pile, f"n{i:03}.txt", f"Note {i}\n\nThe body of note {i}, with some words.\n")
    child = subprocess.Popen([CLI, "import", investigation, pile], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and child.poll() is None:
        db = sqlite3.connect(f"file:{investigation}?mode=ro", uri=True)
        try:
            started = db.execute("SELECT count(*) FROM documents").fetchone()[0] > 0
        except sqlite3.Error:
            started = False
        finally:
            db.close()
        if started:
            break
        time.sleep(0.01)
    for path in (investigation, investigation + "-wal", investigation + "-shm"):
        if os.path.exists(path):
            os.unlink(path)
    out, err = child.communicate(timeout=300)
    if child.returncode == 0 and "Imported 400 documents" in out:
        print("# SKIP the import finished before the file could be deleted")
        return
    lines = err.strip().splitlines()
    assert child.returncode == 1 and len(lines) == 1, (child.returncode, err)
    assert lines[0].startswith(f"{investigation}: the file was deleted or replaced"), lines
    assert "not imported" in out, out

# Commands with arguments that do not fit the investigation


def command(*args):
    def make(folder, investigation):
        return [a.replace("INV", investigation) for a in args], investigation
    return make


test_text_of_missing_document = case("no document with id 999", "investigation")(
    command("text", "INV", "999"))
test_claim_beyond_the_text = case("is not within document 1", "investigation")(
    command("claim", "INV", "1", "5", "9999999"))
test_claim_ending_before_it_starts = case("is not within document 1", "investigation")(
    command("claim", "INV", "1", "9", "3"))
test_tag_beyond_the_text = case("is not within document 1", "investigation")(
    command("tag", "INV", "1", "0", "9999999", "person"))
test_board_add_missing_node = case("no entity:99999", "investigation")(
    command("board", "INV", "add", "Main", "entity:99999"))
test_board_link_to_missing_node = case("no document:99999", "investigation")(
    command("board", "INV", "link", "related", "document:1", "document:99999"))
test_board_add_to_missing_board = case("no board named", "investigation")(
    command("board", "INV", "add", "Nowhere", "document:1"))
test_merge_missing_entities = case("no entity with id 99998", "investigation")(
    command("entity", "INV", "merge", "99998", "99999"))
test_rename_to_empty_name = case("needs a name", "investigation")(
    command("entity", "INV", "rename", "1", " "))
test_confirm_missing_quotation = case("no quotation with id 99999", "investigation")(
    command("quote", "INV", "confirm", "99999"))


# Cases made by a helper (import_bytes, command...) take their TAP name from their variable.
for variable, value in list(globals().items()):
    if variable.startswith("test_") and value in CASES:
        value.__name__ = variable


if __name__ == "__main__":
    sys.exit(tap.run())
