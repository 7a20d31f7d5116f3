#!/usr/bin/env python3
# test_cli.py: the dossier-cli contract of DESIGN.md section 5, run on the real program
#
# Copyright 2026 The Dossier authors
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import pty
import shutil
import sqlite3
import subprocess
import sys

from dsrtest import CLI, Tap, cli, cli_json, write

tap = Tap()


def one_error_line(result, path):
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
    assert lines[0].startswith(f"{path}: "), lines[0]
    return lines[0]


@tap.test
def test_new_import_documents_search_check(folder):
    investigation = os.path.join(folder, "f.dossier")
    text = write(folder, "some.txt",
                 "Vendor denies report\n\nThe analyst called it “much ado about nothing”.\n")
    cli("new", investigation)
    out = cli("import", investigation, text, "--source", "Packet & Policy",
              "--url", "https://example.org/a").stdout
    assert out.strip() == "Imported 1 document.", out

    documents = cli_json("documents", investigation, "--json")
    assert len(documents) == 1
    doc = documents[0]
    assert set(doc) >= {"id", "title", "file", "url", "source", "published", "media_type", "chars"}
    assert doc["title"] == "Vendor denies report"
    assert doc["file"] == "some.txt"
    assert doc["source"] == "Packet & Policy"
    assert doc["url"] == "https://example.org/a"
    assert doc["media_type"] == "text/plain"
    stored = cli("text", investigation, doc["id"]).stdout
    assert stored == "Vendor denies report\n\nThe analyst called it “much ado about nothing”.\n"
    assert doc["chars"] == len(stored) - 1

    hits = cli_json("search", investigation, "analyst", "--json")
    assert [hit["document"] for hit in hits] == [doc["id"]]
    start, end = hits[0]["highlights"][0]
    assert hits[0]["snippet"][start:end] == "analyst"
    assert cli_json("search", investigation, "absent-word", "--json") == []

    result = cli("check", investigation)
    assert result.stdout.startswith(f"{investigation}: ok")


@tap.test
def test_same_bytes_twice_keep_one_document(folder):
    investigation = os.path.join(folder, "f.dossier")
    first = write(folder, "a.txt", "Same words.\n")
    copy = write(folder, "copy/b.txt", "Same words.\n")
    cli("new", investigation)
    cli("import", investigation, first)
    out = cli("import", investigation, copy).stdout
    assert "1 already in the investigation" in out, out
    assert len(cli_json("documents", investigation, "--json")) == 1


@tap.test
def test_bad_files_give_one_clear_line(folder):
    random_file = os.path.join(folder, "random.dossier")
    with open(random_file, "wb") as handle:
        handle.write(os.urandom(8192))
    foreign = os.path.join(folder, "foreign.dossier")
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE t (x)")
    newer = os.path.join(folder, "newer.dossier")
    cli("new", newer)
    with sqlite3.connect(newer) as db:
        db.execute("PRAGMA user_version = 1000")
    missing = os.path.join(folder, "missing.dossier")

    for path, reason in [(random_file, "not an SQLite database"),
                         (foreign, "not a Dossier investigation"),
                         (newer, "newer Dossier"),
                         (missing, "no such file")]:
        for command in (["documents", path, "--json"], ["check", path],
                        ["import", path, __file__]):
            result = cli(*command, check=False)
            assert result.returncode == 1, (command, result.returncode, result.stderr)
            assert reason in one_error_line(result, path), result.stderr
            assert result.stdout == ""

    with sqlite3.connect(foreign) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 0
        assert db.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]


@tap.test
def test_wrong_usage_exits_2(folder):
    investigation = os.path.join(folder, "f.dossier")
    cli("new", investigation)
    for command in ([], ["frobnicate"], ["new"], ["text", investigation, "x"],
                    ["documents", investigation, "--bogus"],
                    ["claim", investigation, "1", "a", "b"],
                    ["board", investigation, "fly", "x"],
                    ["board", investigation, "add", "Main", "speaker:3"],
                    ["board", investigation, "link", "likes", "claim:1", "claim:2"]):
        result = cli(*command, check=False)
        assert result.returncode == 2, (command, result.returncode, result.stderr)


@tap.test
def test_import_reports_failures_and_keeps_going(folder):
    investigation = os.path.join(folder, "f.dossier")
    good = write(folder, "good.md", "# Good\n\nFine.\n")
    empty = write(folder, "empty.txt", "  \n")
    html = write(folder, "page.xyz", "<p>x</p>")
    cli("new", investigation)
    result = cli("import", investigation, good, empty, html, check=False)
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2, errors
    assert errors[0].startswith(f"{empty}: ") and "no text" in errors[0]
    assert errors[1].startswith(f"{html}: ") and ".xyz" in errors[1]
    documents = cli_json("documents", investigation, "--json")
    assert [d["title"] for d in documents] == ["Good"]
    assert documents[0]["media_type"] == "text/markdown"


@tap.test
def test_claims_and_boards(folder):
    investigation = os.path.join(folder, "f.dossier")
    text = write(folder, "a.txt", "Title\n\n“Much ado about nothing,” Okafor said. "
                                  "The agency said the report was accurate.\n")
    cli("new", investigation)
    cli("import", investigation, text)
    body = cli("text", investigation, 1).stdout
    start = body.index("“Much")
    end = body.index("said.") - 1
    claim = int(cli("claim", investigation, 1, start, end, "--speaker", "Helen Okafor",
                    "--source", "Packet & Policy").stdout)
    start2 = body.index("the report")
    other = int(cli("claim", investigation, 1, start2, start2 + 19).stdout)

    claims = cli_json("claims", investigation, "--json")
    assert claims[0]["id"] == claim
    assert claims[0]["quote"] == body[start:end]
    assert claims[0]["speaker"] == "Helen Okafor"
    assert claims[0]["source"] == "Packet & Policy"
    assert {link["kind"] for link in claims[0]["links"]} == {"said_by", "reported_by"}
    assert claims[1]["speaker"] is None

    result = cli("claim", investigation, 1, 0, 10_000, check=False)
    assert result.returncode == 1 and "not within" in result.stderr

    cli("board", investigation, "new", "Main")
    assert cli("board", investigation, "new", "Main", check=False).returncode == 1
    cli("board", investigation, "add", "Main", f"claim:{claim}", "--at", "100,-50.5")
    cli("board", investigation, "add", "Main", f"claim:{other}")
    okafor = [e["id"] for e in cli_json("entities", investigation, "--json")
              if e["name"] == "Helen Okafor"][0]
    cli("board", investigation, "add", "Main", f"entity:{okafor}")
    cli("board", investigation, "link", "contradicts", f"claim:{other}", f"claim:{claim}")
    bad = cli("board", investigation, "link", "said_by", f"claim:{claim}", "source:1", check=False)
    assert bad.returncode == 1 and "said_by" in bad.stderr
    missing = cli("board", investigation, "add", "Main", "claim:99", check=False)
    assert missing.returncode == 1 and "claim:99" in missing.stderr

    board = cli_json("board", investigation, "show", "Main", "--json")
    assert board["name"] == "Main"
    nodes = {item["node"]: item for item in board["items"]}
    assert set(nodes) == {f"claim:{claim}", f"claim:{other}", f"entity:{okafor}"}
    assert (nodes[f"claim:{claim}"]["x"], nodes[f"claim:{claim}"]["y"]) == (100, -50.5)
    assert all(item["w"] > 0 and item["h"] > 0 for item in board["items"])
    kinds = sorted((link["kind"], link["from"], link["to"]) for link in board["links"])
    assert kinds == [("contradicts", f"claim:{other}", f"claim:{claim}"),
                     ("said_by", f"claim:{claim}", f"entity:{okafor}")], kinds
    assert cli_json("board", investigation, "list", "--json") == [{"name": "Main", "items": 3}]
    cli("check", investigation)


@tap.test
def test_tag_confirm_reject_merge(folder):
    investigation = os.path.join(folder, "f.dossier")
    first = write(folder, "a.txt", "Title\n\nKestrel Partners hired Ana Lima in Lisbon. Lima said "
                                   "little about the bluefin deal.\n")
    second = write(folder, "b.txt", "Other\n\nAna Lima left Kestrel Partners for bluefin in May.\n")
    cli("new", investigation)
    cli("import", investigation, first, second)

    def entities():
        return {e["name"]: e for e in cli_json("entities", investigation, "--json")}

    # Analysis suggested her, with her surname as an alias; confirming applies everywhere.
    lima = entities()["Ana Lima"]
    assert lima["kind"] == "person" and lima["state"] == "suggested" and "Lima" in lima["aliases"]
    cli("entity", investigation, "confirm", lima["id"])
    mentions = cli_json("mentions", investigation, 2, "--json")
    assert [(m["name"], m["state"]) for m in mentions if m["name"] == "Ana Lima"] == \
        [("Ana Lima", "confirmed")]
    text2 = cli("text", investigation, 2).stdout
    first_mention = [m for m in mentions if m["name"] == "Ana Lima"][0]
    assert text2[first_mention["start"]:first_mention["end"]] == "Ana Lima"

    # A name analysis missed, tagged by hand, is mentioned in every document.
    body = cli("text", investigation, 1).stdout
    start = body.index("bluefin")
    bluefin = int(cli("tag", investigation, 1, start, start + 7, "org").stdout)
    assert entities()["bluefin"]["documents"] == 2
    assert entities()["bluefin"]["state"] == "confirmed"

    cli("entity", investigation, "rename", bluefin, "Bluefin Capital")
    kestrel = entities()["Kestrel Partners"]["id"]
    cli("entity", investigation, "merge", bluefin, kestrel)
    merged = entities()["Bluefin Capital"]
    assert "Kestrel Partners" not in entities()
    assert set(merged["aliases"]) >= {"bluefin", "Kestrel Partners"}
    assert merged["documents"] == 2

    # A rejected name is never suggested again, in documents imported later too.
    cli("entity", investigation, "reject", lima["id"])
    assert "Ana Lima" not in entities()
    third = write(folder, "c.txt", "More\n\nAna Lima spoke in Lisbon on Friday.\n")
    cli("import", investigation, third)
    assert "Ana Lima" not in entities()
    assert all(m["name"] != "Ana Lima" or m["state"] == "rejected"
               for m in cli_json("mentions", investigation, 3, "--json"))

    for bad in (["entity", investigation, "confirm", "999"],
                ["entity", investigation, "merge", merged["id"], merged["id"]],
                ["tag", investigation, "1", "0", "9999", "org"],
                ["quote", investigation, "confirm", "999"]):
        result = cli(*bad, check=False)
        assert result.returncode == 1, (bad, result.stderr)
        one_error_line(result, investigation)
    assert cli("tag", investigation, "1", "0", "4", "animal", check=False).returncode == 2
    cli("check", investigation)


@tap.test
def test_confirmed_names_found_where_analysis_missed_them(folder):
    investigation = os.path.join(folder, "g.dossier")
    # The first occurrence only modifies a noun, which the rules do not take for a name.
    first = write(folder, "a.txt", "One\n\nThe Varnholt monarchy fell. Later Varnholt said "
                                   "little.\n")
    second = write(folder, "b.txt", "Two\n\nAnalyst Mark Tessaro agreed; Tessaro smiled.\n")
    cli("new", investigation)
    cli("import", investigation, first, second)
    entities = {e["name"]: e for e in cli_json("entities", investigation, "--json")}
    varnholt = entities["Varnholt"]
    assert varnholt["mentions"] == 1

    # Confirming finds the name wherever it stands, as a later import would.
    cli("entity", investigation, "confirm", varnholt["id"])
    text = cli("text", investigation, 1).stdout
    first_at = text.index("Varnholt")
    mentions = cli_json("mentions", investigation, 1, "--json")
    assert [(m["start"], m["state"]) for m in mentions if m["entity_id"] == varnholt["id"]] == \
        [(first_at, "confirmed"), (text.index("Varnholt", first_at + 1), "confirmed")]

    # A surname alias is not mentioned again inside the full name.
    cli("entity", investigation, "confirm", entities["Mark Tessaro"]["id"])
    text = cli("text", investigation, 2).stdout
    spans = [(m["start"], m["end"]) for m in cli_json("mentions", investigation, 2, "--json")]
    full = text.index("Mark Tessaro")
    alone = text.index("Tessaro smiled")
    assert spans == [(full, full + 12), (alone, alone + 7)], spans
    cli("check", investigation)


@tap.test
def test_sample_entities_and_quotes(folder):
    """Importing runs analysis: the sample's people, organisations and places, and its
    quotations with suggested speakers, all suggestions until confirmed."""
    investigation = os.path.join(folder, "f.dossier")
    sample = os.path.join(os.environ["G_TEST_SRCDIR"], os.pardir, "data", "sample")
    cli("new", investigation)
    # The documents only: MANIFEST and BOARD describe how the sample is built.
    cli("import", investigation, *sorted(os.path.join(sample, name) for name in os.listdir(sample)
                                         if name.endswith((".txt", ".md"))))

    entities = {(e["name"], e["kind"]): e for e in cli_json("entities", investigation, "--json")}
    for name, kind in [("Belozar Labs", "org"), ("Yevgeny Belozar", "person"),
                       ("Helen Okafor", "person"), ("Meridian Wire", "org"),
                       ("Federal Directorate of Signals", "org"), ("Toronto", "place"),
                       ("Moscow", "place"), ("Ottawa", "place")]:
        assert (name, kind) in entities, (name, kind)
        assert entities[(name, kind)]["state"] == "suggested"
    # The chief executive and his company share a word and are never merged.
    assert "Belozar" in entities[("Yevgeny Belozar", "person")]["aliases"]
    assert "Belozar" not in entities[("Belozar Labs", "org")]["aliases"]
    assert "FCOB" in entities[("Federal Communications Oversight Board", "org")]["aliases"]
    # The Russian paragraph: the same man in Cyrillic, the company by its noun, Canada in
    # the genitive; capitalised adjectives are no names. Sandfly has one kind, and no
    # sign of a person.
    assert "Евгений Белозар" in entities[("Yevgeny Belozar", "person")]["aliases"]
    assert ("Лаборатория Белозара", "org") in entities
    assert "Канады" in entities[("Canada", "place")]["aliases"]
    people = {n for (name, kind), e in entities.items() if kind == "person"
              for n in [name] + e["aliases"]}
    assert not people & {"Канады", "Невский", "Генеральный", "Федерального",
                         "Лаборатория Белозара"}, people
    sandfly = [kind for (name, kind) in entities if name == "Sandfly"]
    assert sandfly == ["other"], sandfly
    # Canada is one place, though a possessive follows "by"; the committee reports "to
    # the House", which is no place; the board's press office is the board.
    assert ("Canada", "org") not in entities
    assert ("House", "place") not in entities
    assert ("FCOB Communications", "org") not in entities
    # "in Belozar's research division" is weak evidence of a place: other documents know
    # the name as a person's.
    assert ("Belozar", "place") not in entities

    quotes = cli_json("quotes", investigation, "--json")
    okafor = [q for q in quotes if q["text"] == "“The report is much ado about nothing,”"]
    assert len(okafor) == 1 and okafor[0]["speaker"] == "Helen Okafor", okafor
    quote = okafor[0]
    body = cli("text", investigation, quote["document"]).stdout
    assert body[quote["start"]:quote["end"]] == quote["text"]
    assert body[quote["cue_start"]:quote["cue_end"]] == quote["cue"]
    assert body[quote["speaker_start"]:quote["speaker_end"]] in ("Okafor", "Helen Okafor")
    assert all(q["state"] == "suggested" for q in quotes)
    assert not any(link["kind"] == "said_by" for claim in cli_json("claims", investigation, "--json")
                   for link in claim["links"])

    # Confirming the suggestion makes a claim said by her.
    claim = int(cli("quote", investigation, "confirm", quote["id"]).stdout)
    claims = cli_json("claims", investigation, "--json")
    assert [(c["id"], c["speaker"], c["quote"]) for c in claims] == \
        [(claim, "Helen Okafor", quote["text"])]
    cli("check", investigation)


@tap.test
def test_names_join_across_scripts_and_documents(folder):
    """A Russian article imported after an English one: the same researcher and the same
    country, in Cyrillic and declined, join the entities the investigation has."""
    investigation = os.path.join(folder, "f.dossier")
    english = write(folder, "a.txt", "Security researcher Dmitriy Sokolov said the flaw was "
                    "serious. Sokolov now works in Canada.\n")
    russian = write(folder, "b.txt", "Дмитрий Соколов заявил, что уязвимость серьёзна. "
                    "Власти Канады пока молчат.\n")
    cli("new", investigation)
    cli("import", investigation, english)
    cli("import", investigation, russian)

    entities = cli_json("entities", investigation, "--json")
    people = [e for e in entities if e["kind"] == "person"]
    assert [(e["name"], e["documents"]) for e in people] == [("Dmitriy Sokolov", 2)], people
    assert "Дмитрий Соколов" in people[0]["aliases"]
    places = [e for e in entities if e["kind"] == "place"]
    assert [(e["name"], e["documents"]) for e in places] == [("Canada", 2)], places
    assert "Канады" in places[0]["aliases"]


@tap.test
def test_second_writer_is_told(folder):
    investigation = os.path.join(folder, "f.dossier")
    text = write(folder, "a.txt", "Words.\n")
    cli("new", investigation)
    # A Python process holding the writer's lock stands in for a running Dossier.
    holder = subprocess.Popen([sys.executable, "-c",
                               "import fcntl, sys, time\n"
                               "f = open(sys.argv[1], 'r+b')\n"
                               "fcntl.flock(f, fcntl.LOCK_EX)\n"
                               "print('locked', flush=True)\n"
                               "time.sleep(60)\n", investigation],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = cli("import", investigation, text, check=False)
        assert result.returncode == 1
        assert "open for writing in another Dossier process" in one_error_line(result, investigation)
        # Reading still works while another process writes.
        assert cli_json("documents", investigation, "--json") == []
    finally:
        holder.kill()
        holder.wait()
    cli("import", investigation, text)


@tap.test
def test_folder_of_1000_files_with_progress(folder):
    investigation = os.path.join(folder, "f.dossier")
    source = os.path.join(folder, "pile")
    for i in range(1000):
        write(source, f"doc-{i:04}.txt", f"Document {i}\n\nThe body of note number {i}.\n")
    cli("new", investigation)

    # On a terminal the import shows a progress line that rewrites itself.
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(CLI, [CLI, "import", investigation, source])
    output = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    text = output.decode("utf-8", "replace")
    assert "Importing 1000/1000" in text, text[-300:]
    assert "\r" in text
    assert "Imported 1000 documents." in text

    documents = cli_json("documents", investigation, "--json")
    assert len(documents) == 1000
    assert documents[0]["title"] == "Document 0"
    assert cli_json("search", investigation, "\"note number 737\"", "--json")[0]["title"] == "Document 737"

    # Not on a terminal, no progress line is written.
    again = write(folder, "more/extra.txt", "Extra.\n")
    result = cli("import", investigation, os.path.dirname(again))
    assert "Importing" not in result.stderr


@tap.test
def test_pdf_import(folder):
    make_pdf = os.environ.get("DOSSIER_MAKE_TEST_PDF", "")
    assert make_pdf and os.access(make_pdf, os.X_OK), "DOSSIER_MAKE_TEST_PDF is not set"
    investigation = os.path.join(folder, "f.dossier")
    article = os.path.join(folder, "article.pdf")
    subprocess.run([make_pdf, article], check=True)
    cli("new", investigation)
    cli("import", investigation, article)

    [doc] = cli_json("documents", investigation, "--json")
    assert doc["media_type"] == "application/pdf", doc
    assert doc["title"] == "Vendor denies agency report", doc
    assert doc["file"] == "article.pdf"
    assert doc["published"] == "2017-07-12T09:30:00Z", doc
    stored = cli("text", investigation, doc["id"]).stdout
    assert "government investigation into rival firms" in stored, stored
    assert "Packet & Policy" not in stored, stored

    # A PDF locked with a password: exit 1, one line naming the file, nothing stored.
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        print("# qpdf is not installed (Debian package qpdf): encrypted PDF not checked")
        return
    locked = os.path.join(folder, "locked.pdf")
    subprocess.run([qpdf, "--encrypt", "user", "owner", "256", "--", article, locked], check=True)
    result = cli("import", investigation, locked, check=False)
    assert result.returncode == 1, result
    line = one_error_line(result, locked)
    assert "encrypted with a password" in line, line
    assert len(cli_json("documents", investigation, "--json")) == 1
ARTICLE_PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Vendor denies agency report | Packet &amp; Policy</title>
<meta property="og:site_name" content="Packet &amp; Policy">
<link rel="canonical" href="https://packet.example/2017/10/vendor-denies">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Vendor denies agency report", "datePublished": "2017-10-25T09:30:00Z",
 "author": {"@type": "Person", "name": "Jana Novak"}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/security">Security</a></nav>
<article>
<h1>Vendor denies agency report</h1>
<div class="share"><a href="https://twitter.com/share">Share on Twitter</a></div>
<p>The vendor denied on Wednesday a news agency's report that its software had been used
by an intelligence service, calling the account a fabrication from start to end.</p>
<p>An industry analyst called the report “much ado about nothing”, while a consultant said
he would still not run the vendor's products in production, citing the company's history.</p>
</article>
<footer>Copyright Packet &amp; Policy</footer>
</body></html>
"""


@tap.test
def test_import_html_page(folder):
    investigation = os.path.join(folder, "f.dossier")
    page = write(folder, "page.html", ARTICLE_PAGE)
    cli("new", investigation)
    cli("import", investigation, page)
    documents = cli_json("documents", investigation, "--json")
    assert len(documents) == 1
    doc = documents[0]
    assert doc["title"] == "Vendor denies agency report", doc
    assert doc["byline"] == "Jana Novak", doc
    assert doc["published"] == "2017-10-25T09:30:00Z", doc
    assert doc["url"] == "https://packet.example/2017/10/vendor-denies", doc
    assert doc["site"] == "Packet & Policy", doc
    # With no --source, the site the page names becomes the document's source.
    assert doc["source"] == "Packet & Policy", doc
    assert doc["media_type"] == "text/html", doc
    text = cli("text", investigation, doc["id"]).stdout
    assert text.startswith("The vendor denied on Wednesday"), text
    assert "“much ado about nothing”" in text
    assert "\n\nAn industry analyst" in text
    for furniture in ("Home", "Share on Twitter", "Copyright"):
        assert furniture not in text, (furniture, text)


@tap.test
def test_import_html_fetches_nothing(folder):
    import http.server
    import threading

    requests = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<!ENTITY x 'fetched'>")

        do_POST = do_HEAD = do_GET

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "{base}/dtd/strict.dtd">
<html><head><title>Trackers everywhere</title>
<link rel="stylesheet" href="{base}/style.css">
<link rel="preload" href="{base}/font.woff2" as="font">
<style>@import url({base}/import.css); body {{ background: url('{base}/bg.png'); }}</style>
<script src="{base}/tracker.js"></script>
<meta http-equiv="refresh" content="0; url={base}/refresh">
</head><body>
<img src="{base}/pixel.gif" srcset="{base}/a.png 1x, {base}/b.png 2x" alt="a pixel">
<picture><source srcset="{base}/c.webp"><img src="{base}/d.jpg"></picture>
<iframe src="{base}/frame.html"></iframe>
<object data="{base}/object.swf"></object><embed src="{base}/embed.swf">
<video poster="{base}/poster.jpg"><source src="{base}/video.mp4"></video>
<div style="background-image: url({base}/div.png)">
<p>The article text stays readable although every resource on this page points at a
server that must never hear from the reader, as imported pages can carry trackers.</p>
</div></body></html>"""
        xhtml = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html SYSTEM "{base}/xhtml.dtd" [
  <!ENTITY remote SYSTEM "{base}/entity.txt">
  <!ENTITY % param SYSTEM "{base}/param.dtd">
  %param;
]>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Entities</title>
<link rel="stylesheet" href="{base}/x.css"/></head>
<body><p>Before &remote; and after, with enough words in it to be an article.</p>
<img src="{base}/x.png"/></body></html>"""
        investigation = os.path.join(folder, "f.dossier")
        cli("new", investigation)
        cli("import", investigation, write(folder, "trackers.html", html),
            write(folder, "entities.xhtml", xhtml))
        documents = cli_json("documents", investigation, "--json")
        assert len(documents) == 2, documents
        texts = [cli("text", investigation, d["id"]).stdout for d in documents]
        assert any("never hear from the reader" in t for t in texts), texts
        assert not any("fetched" in t for t in texts), texts
    finally:
        server.shutdown()
        server.server_close()
    assert requests == [], requests


@tap.test
def test_sources_and_grades(folder):
    investigation = os.path.join(folder, "f.dossier")
    cli("new", investigation)
    cli("import", investigation, write(folder, "a.txt", "A short note from the wire.\n"),
        "--source", "Meridian Wire")
    cli("import", investigation, write(folder, "b.txt", "Another note, from a blog.\n"),
        "--source", "Null Pointer Notes")
    sources = cli_json("sources", investigation, "--json")
    assert [s["name"] for s in sources] == ["Meridian Wire", "Null Pointer Notes"], sources
    assert all(s["reliability"] is None and s["documents"] == 1 for s in sources), sources
    wire = sources[0]["id"]

    cli("source", investigation, "grade", wire, "B")
    graded = {s["name"]: s["reliability"] for s in cli_json("sources", investigation, "--json")}
    assert graded == {"Meridian Wire": "B", "Null Pointer Notes": None}, graded

    before = cli("sources", investigation, "--json").stdout
    for args, status in (((wire, "G"), 2), ((wire, "b"), 2), (("x", "A"), 2),
                         ((9999, "A"), 1)):
        result = cli("source", investigation, "grade", *args, check=False)
        assert result.returncode == status, (args, result)
        assert len(result.stderr.strip().splitlines()) >= 1, result
    assert cli("sources", investigation, "--json").stdout == before

    cli("source", investigation, "grade", wire, "none")
    assert cli_json("sources", investigation, "--json")[0]["reliability"] is None


if __name__ == "__main__":
    sys.exit(tap.run())
