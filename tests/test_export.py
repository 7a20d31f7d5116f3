#!/usr/bin/env python3
# test_export.py: board exports through dossier-cli, each opened by a program that reads
# its format, and boards brought back with import-board
#
# Copyright 2026 The Dossier authors
#
# SPDX-License-Identifier: GPL-3.0-or-later

import atexit
import collections
import csv
import html.parser
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

import dsrchromium
from dsrtest import Skip, Tap, cli, cli_json, write

tap = Tap()

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMAS = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "schemas"))
GRAPHML_XSD = os.path.join(SCHEMAS, "graphml-1.0", "graphml.xsd")
GEXF_XSD = os.path.join(SCHEMAS, "gexf-1.3", "gexf.xsd")
BOARD = "Belozar"

DENIAL = """Vendor denies agency report

By Nadia Brennan. LONDON, July 11, 2017

Belozar Labs denied the news agency's report on Tuesday. An industry analyst, Ann Ferris, called the report “much ado about nothing”. A consultant, Tom Reyes, said he would not run Belozar products in production.
"""
BLOG = """Malware analysis served an agenda

The blog argued that the vendor's analysis of the malware served a geopolitical agenda, and that the agency had worked with the vendor for years.
"""


def sql(investigation, *statements):
    with sqlite3.connect(investigation) as db:
        for statement in statements:
            db.execute(*statement) if isinstance(statement, tuple) else db.execute(statement)


def add_claim(investigation, document, passage, *options):
    text = cli("text", investigation, document).stdout
    start = text.index(passage)
    return int(cli("claim", investigation, document, start, start + len(passage), *options).stdout)


BUILT = {}


def make_investigation(folder, denial=DENIAL, blog=BLOG, board=BOARD):
    """A copy of an investigation with a board holding claims, speakers, sources, a document
    and a note, with supports / contradicts / related links, a colour, a label and grades
    (made once per run for each set of arguments)."""
    key = (denial, blog, board)
    if key not in BUILT:
        seed_folder = tempfile.mkdtemp(prefix="dossier-export-seed-")
        atexit.register(shutil.rmtree, seed_folder, ignore_errors=True)
        BUILT[key] = build_investigation(seed_folder, denial, blog, board)
    investigation = os.path.join(folder, "case.dossier")
    shutil.copyfile(BUILT[key], investigation)
    if os.path.exists(BUILT[key] + "-wal"):
        shutil.copyfile(BUILT[key] + "-wal", investigation + "-wal")
    return investigation


def build_investigation(folder, denial, blog, board):
    investigation = os.path.join(folder, "case.dossier")
    cli("new", investigation)
    cli("import", investigation, write(folder, "denial.txt", denial), "--source", "Packet & Policy",
        "--url", "https://packet.example/denial")
    cli("import", investigation, write(folder, "blog.txt", blog), "--source", "Threat Blog",
        "--url", "https://blog.example/agenda")
    documents = {d["file"]: d["id"] for d in cli_json("documents", investigation, "--json")}
    a, b = documents["denial.txt"], documents["blog.txt"]
    denial_claim = add_claim(investigation, a, "denied the news agency's report",
                             "--speaker", "Belozar Labs", "--source", "Packet & Policy")
    ado = add_claim(investigation, a, "much ado about nothing", "--speaker", "Ann Ferris",
                    "--source", "Packet & Policy")
    production = add_claim(investigation, a, "would not run Belozar products in production",
                           "--speaker", "Tom Reyes", "--source", "Packet & Policy")
    agenda = add_claim(investigation, b, "served a geopolitical agenda", "--source", "Threat Blog")
    entities = {e["name"]: e["id"] for e in cli_json("entities", investigation, "--json")}
    with sqlite3.connect(investigation) as db:
        sources = dict(db.execute("SELECT name, id FROM sources"))

    cli("board", investigation, "new", board)
    cards = [(f"claim:{denial_claim}", 40, 40), (f"claim:{ado}", 340, 40),
             (f"claim:{production}", 640, 40), (f"claim:{agenda}", 340, 260),
             (f"entity:{entities['Ann Ferris']}", 40, 480), (f"entity:{entities['Tom Reyes']}", 260, 480),
             (f"source:{sources['Packet & Policy']}", 480, 480), (f"source:{sources['Threat Blog']}", 720, 480),
             (f"document:{b}", 960, 480)]
    for node, x, y in cards:
        cli("board", investigation, "add", board, node, "--at", f"{x},{y}")
    cli("board", investigation, "link", "supports", f"claim:{ado}", f"claim:{denial_claim}")
    cli("board", investigation, "link", "contradicts", f"claim:{denial_claim}", f"claim:{agenda}")
    cli("board", investigation, "link", "related", f"claim:{production}", f"document:{b}")
    sql(investigation,
        "UPDATE sources SET reliability = 'B', kind = 'outlet' WHERE name = 'Packet & Policy'",
        "UPDATE sources SET reliability = 'E', url = 'https://blog.example/' WHERE name = 'Threat Blog'",
        ("UPDATE claims SET credibility = 2, summary = 'The analyst dismisses the report' WHERE id = ?", (ado,)),
        ("UPDATE board_items SET color = '#f5c211' WHERE node_kind = 'claim' AND node_id = ?", (ado,)),
        ("UPDATE links SET label = 'denial against the blog' WHERE kind = 'contradicts'"),
        "INSERT INTO notes (text) VALUES ('Ask the agency for the original report.')",
        ("INSERT INTO board_items (board_id, node_kind, node_id, x, y, w, h) "
         "SELECT id, 'note', (SELECT max(id) FROM notes), 960, 40, 200, 120 FROM boards WHERE name = ?",
         (board,)))
    return investigation


def export(investigation, folder, fmt, *options, board=BOARD):
    out = os.path.join(folder, f"board.{fmt}")
    cli("export", investigation, board, "--format", fmt, "-o", out, *options)
    return out


def shown(investigation, board=BOARD):
    return cli_json("board", investigation, "show", board, "--json")


def xmllint(path, schema=None):
    if shutil.which("xmllint") is None:
        raise AssertionError("xmllint (libxml2-utils) is missing")
    args = ["xmllint", "--noout", "--nonet"] + (["--schema", schema] if schema else []) + [path]
    result = subprocess.run(args, capture_output=True, text=True)
    assert result.returncode == 0, f"xmllint {path}: {result.stderr[-2000:]}"


def need_schemas():
    if not (os.path.exists(GRAPHML_XSD) and os.path.exists(GEXF_XSD)):
        raise Skip(f"the published schemas are not in {SCHEMAS} (../shared is absent)")


def need(program, package):
    if shutil.which(program) is None:
        raise Skip(f"{program} is missing (Debian package {package})")


def png_pixels(data):
    """Width, height and the RGB pixels of a PNG, decoded by ImageMagick."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    if shutil.which("convert") is None:
        raise AssertionError("ImageMagick's convert is missing (Debian package imagemagick)")
    ppm = subprocess.run(["convert", "png:-", "-depth", "8", "ppm:-"], input=data,
                         capture_output=True, check=True).stdout
    magic, width, height, maximum, pixels = ppm.split(maxsplit=4)
    assert magic == b"P6" and maximum == b"255"
    width, height = int(width), int(height)
    assert len(pixels) == width * height * 3
    return width, height, [pixels[i:i + 3] for i in range(0, len(pixels), 3)]


def assert_drawn(data, what, min_width=200, min_height=100):
    """A picture of a board: big enough, many colours, much more than a background."""
    width, height, pixels = png_pixels(data)
    assert width >= min_width and height >= min_height, f"{what}: {width}x{height}"
    counts = collections.Counter(pixels)
    background = max(counts.values())
    assert len(counts) >= 32, f"{what}: only {len(counts)} colours"
    assert background < 0.95 * len(pixels), f"{what}: {background} of {len(pixels)} pixels are one colour"


@tap.test
def test_json_canvas_has_what_the_spec_requires(folder):
    investigation = make_investigation(folder)
    board = shown(investigation)
    with open(export(investigation, folder, "canvas"), encoding="utf-8") as handle:
        canvas = json.load(handle)

    assert set(canvas) >= {"nodes", "edges"}
    ids = [node["id"] for node in canvas["nodes"]]
    assert len(ids) == len(set(ids)) == len(board["items"])
    presets = {"1", "2", "3", "4", "5", "6"}
    kinds = {}
    for node in canvas["nodes"]:
        assert isinstance(node["id"], str)
        assert node["type"] in ("text", "file", "link", "group"), node
        for key in ("x", "y", "width", "height"):
            assert isinstance(node[key], int), (key, node)
        assert {"text": "text", "file": "file", "link": "url"}.get(node["type"], "id") in node
        if "color" in node:
            assert node["color"] in presets or re.fullmatch(r"#[0-9a-fA-F]{6}", node["color"])
        kinds[node["dossier"]["node"].split(":")[0]] = node["type"]
    # claims and notes are text; speakers are cards; sources with an address are links
    assert kinds == {"claim": "text", "note": "text", "entity": "text", "source": "link",
                     "document": "link"}, kinds
    claim = next(n for n in canvas["nodes"] if n["dossier"].get("quote") == "much ado about nothing")
    assert claim["text"].startswith("> much ado about nothing"), claim["text"]
    assert claim["color"] == "#f5c211"

    edge_ids = [edge["id"] for edge in canvas["edges"]]
    assert len(edge_ids) == len(set(edge_ids)) == len(board["links"])
    for edge in canvas["edges"]:
        assert edge["fromNode"] in ids and edge["toNode"] in ids
        for side in ("fromSide", "toSide"):
            assert edge.get(side, "top") in ("top", "right", "bottom", "left")
        for end in ("fromEnd", "toEnd"):
            assert edge.get(end, "none") in ("none", "arrow")
        assert isinstance(edge["label"], str)
    labels = sorted(edge["label"] for edge in canvas["edges"])
    assert "contradicts: denial against the blog" in labels and "supports" in labels, labels


@tap.test
def test_graphml_and_gexf_are_valid_against_the_published_schemas(folder):
    need_schemas()
    investigation = make_investigation(folder)
    xmllint(export(investigation, folder, "graphml"), GRAPHML_XSD)
    xmllint(export(investigation, folder, "gexf"), GEXF_XSD)


@tap.test
def test_graphml_loads_in_networkx_with_kinds_positions_and_colours(folder):
    try:
        import networkx
    except ImportError:
        raise Skip("networkx is missing (Debian package python3-networkx)")
    investigation = make_investigation(folder)
    board = shown(investigation)
    graph = networkx.read_graphml(export(investigation, folder, "graphml"))
    assert graph.number_of_nodes() == len(board["items"]) == 10
    assert graph.number_of_edges() == len(board["links"])
    for item in board["items"]:
        node = graph.nodes[item["node"]]
        assert node["kind"] == item["node"].split(":")[0]
        assert (node["x"], node["y"], node["width"], node["height"]) == \
            (item["x"], item["y"], item["w"], item["h"])
        assert re.fullmatch(r"#[0-9a-f]{6}", node["color"])
    kinds = sorted(data["kind"] for _, _, data in graph.edges(data=True))
    assert kinds == sorted(link["kind"] for link in board["links"])

    gexf = networkx.read_gexf(export(investigation, folder, "gexf"))
    assert gexf.number_of_nodes() == len(board["items"])
    assert gexf.number_of_edges() == len(board["links"])


@tap.test
def test_csv_and_markdown_hold_every_claim_with_its_citation(folder):
    investigation = make_investigation(folder)
    claims = {c["id"]: c for c in cli_json("claims", investigation, "--json")}
    with open(export(investigation, folder, "csv"), newline="", encoding="utf-8") as handle:
        data = handle.read()
    assert "\r\n" in data and data.endswith("\r\n")
    rows = list(csv.DictReader(data.splitlines(keepends=True)))
    assert len(rows) == 4
    for row in rows:
        claim = claims[int(row["id"])]
        assert row["quote"] == claim["quote"]
        assert row["speaker"] == (claim["speaker"] or "")
        assert row["source"] == claim["source"]
    ado = next(row for row in rows if row["quote"] == "much ado about nothing")
    assert (ado["reliability"], ado["credibility"], ado["document"]) == ("B", "2", "Vendor denies agency report")
    assert ado["byline"] == "Nadia Brennan" and ado["published"].startswith("2017-07-11")
    denial = next(row for row in rows if row["quote"].startswith("denied"))
    agenda = next(row for row in rows if row["quote"].startswith("served"))
    assert denial["contradicts"] == agenda["id"] and ado["supports"] == denial["id"]

    with open(export(investigation, folder, "md"), encoding="utf-8") as handle:
        markdown = handle.read()
    assert markdown.startswith("# Belozar\n")
    for n in range(1, 5):
        assert f"[^{n}]\n" in markdown and f"\n[^{n}]: " in markdown
    assert "> much ado about nothing[^2]" in markdown
    assert ("[^2]: Vendor denies agency report, Nadia Brennan, 2017-07-11, <https://packet.example/denial>. "
            "Packet & Policy (reliability B).") in markdown, markdown
    assert "Ask the agency for the original report\\." not in markdown
    assert "Ask the agency for the original report." in markdown


def board_picture(investigation, board):
    """The board's cards and links by what they hold, so that two investigations'
    boards compare whatever their ids."""
    show = shown(investigation, board)
    queries = {"claim": "SELECT quote FROM claims WHERE id = ?",
               "entity": "SELECT kind || ' ' || name FROM entities WHERE id = ?",
               "source": "SELECT name || ' ' || coalesce(reliability, '-') FROM sources WHERE id = ?",
               "document": "SELECT title FROM documents WHERE id = ?",
               "note": "SELECT text FROM notes WHERE id = ?"}
    with sqlite3.connect(f"file:{investigation}?mode=ro", uri=True) as db:
        def name(node):
            kind, number = node.split(":")
            return kind + " " + db.execute(queries[kind], (int(number),)).fetchone()[0]
        colours = {f"{k}:{i}": c for k, i, c in db.execute(
            "SELECT node_kind, node_id, color FROM board_items i JOIN boards b ON b.id = i.board_id "
            "WHERE b.name = ?", (board,))}
        labels = {(k, f"{fk}:{fi}", f"{tk}:{ti}"): l for k, fk, fi, tk, ti, l in db.execute(
            "SELECT kind, from_kind, from_id, to_kind, to_id, label FROM links")}
        cards = sorted((name(i["node"]), i["x"], i["y"], i["w"], i["h"], colours[i["node"]])
                       for i in show["items"])
        links = sorted((l["kind"], name(l["from"]), name(l["to"]), l["state"],
                        labels[(l["kind"], l["from"], l["to"])]) for l in show["links"])
    return cards, links


@tap.test
def test_round_trip_through_canvas_and_graphml_keeps_cards_and_links(folder):
    investigation = make_investigation(folder)
    original = board_picture(investigation, BOARD)
    assert len(original[0]) == 10 and len(original[1]) == len(shown(investigation)["links"]) >= 5
    for fmt in ("canvas", "graphml"):
        path = export(investigation, folder, fmt)
        fresh = os.path.join(folder, f"fresh-{fmt}.dossier")
        cli("new", fresh)
        out = cli("import-board", fresh, path).stdout
        assert out.startswith(f"Imported board “{BOARD}” with 10 cards"), out
        assert board_picture(fresh, BOARD) == original, fmt
        assert cli("check", fresh).returncode == 0

        # into the investigation it came from: every node is found again, none is made
        before = cli_json("claims", investigation, "--json")
        cli("import-board", investigation, path, "--name", f"Copy {fmt}")
        assert cli_json("claims", investigation, "--json") == before
        assert board_picture(investigation, f"Copy {fmt}") == original, fmt
    assert cli("check", investigation).returncode == 0


def dump(investigation):
    with sqlite3.connect(f"file:{investigation}?mode=ro", uri=True) as db:
        return list(db.iterdump())


@tap.test
def test_bad_board_files_give_one_error_and_change_nothing(folder):
    investigation = make_investigation(folder)
    canvas = export(investigation, folder, "canvas")
    with open(canvas, encoding="utf-8") as handle:
        good = json.load(handle)
    wrong_link = json.loads(json.dumps(good))
    wrong_link["edges"][0]["dossier"]["kind"] = "supports"
    wrong_link["edges"][0]["toNode"] = next(n["id"] for n in good["nodes"] if n["id"].startswith("note:"))
    bad = {
        "truncated.canvas": (open(canvas, encoding="utf-8").read()[:200], "not valid JSON"),
        "obsidian.canvas": (json.dumps({"nodes": [{"id": "a", "type": "text", "text": "hi", "x": 0,
                                                   "y": 0, "width": 10, "height": 10}], "edges": []}),
                            "not a board exported by Dossier"),
        "wrong-link.canvas": (json.dumps(wrong_link), "a supports link cannot join these"),
        "laughs.graphml": ('<?xml version="1.0"?><!DOCTYPE g [<!ENTITY a "aaaaaaaaaa">'
                           '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph>&b;</graph></graphml>',
                           "declares a DTD"),
        "plain.txt": ("not a board at all", "not a JSON Canvas or GraphML board"),
        "same-name.canvas": (json.dumps(good), f"a board named “{BOARD}” already exists"),
    }
    before = dump(investigation)
    for name, (contents, reason) in bad.items():
        path = write(folder, name, contents)
        result = cli("import-board", investigation, path, check=False)
        assert result.returncode == 1, (name, result.returncode, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"{path}: ") and reason in lines[0], (name, lines)
        assert dump(investigation) == before, f"{name} changed the investigation"

    missing = os.path.join(folder, "absent.canvas")
    result = cli("import-board", investigation, missing, check=False)
    assert result.returncode == 1 and result.stderr.startswith(f"{missing}: ")
    result = cli("import-board", investigation, check=False)
    assert result.returncode == 2
    assert dump(investigation) == before


@tap.test
def test_export_usage_and_input_errors(folder):
    investigation = make_investigation(folder)
    out = os.path.join(folder, "x.out")
    for args in (["--format", "docx", "-o", out], ["-o", out], ["--format", "csv", "--scale", "2", "-o", out],
                 ["--format", "png", "--scale", "20", "-o", out], ["--format", "csv"]):
        result = cli("export", investigation, BOARD, *args, check=False)
        assert result.returncode == 2, (args, result.stderr)
    result = cli("export", investigation, "No such board", "-o", os.path.join(folder, "a.csv"), check=False)
    assert result.returncode == 1 and result.stderr == f"{investigation}: no board named “No such board”\n"
    assert not os.path.exists(os.path.join(folder, "a.csv"))
    # the contract's spelling, --board NAME, is the same export
    a = cli("export", investigation, BOARD, "-o", "-", "--format", "csv").stdout
    b = cli("export", investigation, "--board", BOARD, "-o", "-", "--format", "csv").stdout
    assert a == b and a.startswith("id,quote,")


@tap.test
def test_svg_pdf_and_png_are_drawn_by_the_painter(folder):
    need("rsvg-convert", "librsvg2-bin")
    need("pdftoppm", "poppler-utils")
    investigation = make_investigation(folder)
    svg = export(investigation, folder, "svg")
    xmllint(svg)
    rendered = os.path.join(folder, "svg.png")
    subprocess.run(["rsvg-convert", "--format", "png", "-o", rendered, svg], check=True)
    with open(rendered, "rb") as handle:
        assert_drawn(handle.read(), "SVG through rsvg-convert", 1000, 500)

    pdf = export(investigation, folder, "pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "48", "-singlefile", pdf, os.path.join(folder, "pdf")], check=True)
    with open(os.path.join(folder, "pdf.png"), "rb") as handle:
        assert_drawn(handle.read(), "PDF through pdftoppm", 600, 300)
    # vector, with its text as text
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    assert "Ann Ferris" in text and "Packet & Policy" in text, text

    with open(export(investigation, folder, "png"), "rb") as handle:
        one = handle.read()
    with open(export(investigation, folder, "png", "--scale", "2"), "rb") as handle:
        two = handle.read()
    (w1, h1, _), (w2, h2, _) = png_pixels(one), png_pixels(two)
    assert w2 > 1.8 * w1 and h2 > 1.5 * h1, (w1, h1, w2, h2)
    assert_drawn(one, "PNG", 1000, 500)


class Markup(html.parser.HTMLParser):
    """Every element and attribute of a page, and its text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attributes, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend((tag, name, value or "") for name, value in attrs)

    def handle_data(self, data):
        self.text.append(data)


ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "nav", "ol",
    "ul", "li", "a", "section", "article", "blockquote", "span", "mark", "dl", "dt", "dd", "cite",
    "time", "strong", "table", "thead", "tbody", "tr", "th", "td", "br", "figure",
    # the painter's SVG, as cairo writes it
    "svg", "g", "path", "use", "defs", "symbol", "clippath", "rect", "lineargradient",
    "radialgradient", "stop", "mask", "pattern", "image",
}


def assert_inert_html(page):
    assert not re.search(r"<\s*script", page, re.IGNORECASE), "a script element"
    markup = Markup()
    markup.feed(page)
    assert set(markup.tags) <= ALLOWED_TAGS, set(markup.tags) - ALLOWED_TAGS
    for tag, name, value in markup.attributes:
        assert not name.startswith("on"), (tag, name)
        assert "javascript:" not in value.lower().replace(" ", ""), (tag, name, value[:80])
        if name in ("href", "xlink:href"):
            assert value.startswith("#") or re.match(r"https?://", value), (tag, name, value[:80])
        if name == "src" or (tag == "image" and name.endswith("href")):
            assert value.startswith("data:"), (tag, name, value[:80])
        if name == "http-equiv":
            assert value == "Content-Security-Policy", value
    return markup


def open_in_chromium(folder, path, name):
    page = dsrchromium.open_page("file://" + path)
    with open(os.path.join(folder, name), "wb") as handle:
        handle.write(page.screenshot)
    assert page.requests == ["file://" + path], page.requests
    assert page.problems == [], page.problems
    return page


@tap.test
def test_html_report_reads_well_in_chromium_with_no_request(folder):
    investigation = make_investigation(folder)
    path = export(investigation, folder, "html")
    with open(path, encoding="utf-8") as handle:
        page = handle.read()
    markup = assert_inert_html(page)
    text = "".join(markup.text)
    for expected in ("much ado about nothing", "called the report “", "Ann Ferris", "Vendor denies agency report",
                     "Nadia Brennan", "2017-07-11", "https://packet.example/denial", "usually reliable",
                     "unreliable", "Contradicts", "Supported by", "Speakers", "Sources",
                     "Ask the agency for the original report.", "denial against the blog"):
        assert expected in text, expected
    assert page.count("<article") == 4 and "<svg" in page and "@media print" in page

    if not dsrchromium.available():
        raise Skip("chromium is missing (Debian package chromium); the static checks passed")
    shot = open_in_chromium(folder, path, "report.png")
    assert_drawn(shot.screenshot, "the report in Chromium", 800, 800)
    # printed: the print style sheet hides the navigation and writes out web addresses
    printed = os.path.join(folder, "report.pdf")
    with open(printed, "wb") as handle:
        handle.write(shot.pdf)
    if shutil.which("pdftotext"):
        paper = subprocess.run(["pdftotext", "-layout", printed, "-"], capture_output=True, text=True,
                               check=True).stdout
        assert "much ado about nothing" in paper and "Ask the agency" in paper
        assert "<https://packet.example/denial>" in paper, paper[:3000]
        assert not re.search(r"^\s*Board\s+Claims\s+Speakers", paper, re.MULTILINE), "the navigation is printed"

    # the checks see what they look for: a page that calls out and logs an error
    control = write(folder, "control.html", '<!DOCTYPE html><p>x</p><img src="http://example.invalid/a.png">'
                    '<script>console.error("seen")</script>')
    seen = dsrchromium.open_page("file://" + control)
    assert "http://example.invalid/a.png" in seen.requests and seen.problems, (seen.requests, seen.problems)


HOSTILE = ("<script>alert('x')</script> \"><img src=x onerror=alert(1)> ]]> -- <!-- "
           "\x01\x07\x1b[31m \u202eevil\u202c \u2066isolated\u2069 javascript:alert(1) &amp; {{x}} =cmd|' /C calc'!A0")


@tap.test
def test_a_hostile_investigation_exports_valid_and_inert_everywhere(folder):
    big = ("<script>alert(1)</script>]]>--\u202e " + "lorem ipsum dolor sit amet " * 20) * 2000
    assert len(big) > 1_000_000
    denial = f"Vendor <script>alert(1)</script> \"><img onerror=alert(2)>\n\n{DENIAL}\n\n{big}\n"
    investigation = make_investigation(folder, denial=denial, board=HOSTILE[:60])
    board = HOSTILE[:60]
    documents = {d["file"]: d["id"] for d in cli_json("documents", investigation, "--json")}
    text = cli("text", investigation, documents["denial.txt"]).stdout
    start = text.index("<script>alert(1)</script>]]>")
    big_claim = int(cli("claim", investigation, documents["denial.txt"], start, start + 1_000_100,
                        "--speaker", HOSTILE, "--source", HOSTILE).stdout)
    cli("board", investigation, "add", board, f"claim:{big_claim}", "--at", "40,700")
    sql(investigation,
        ("UPDATE documents SET byline = ?, url = 'javascript:alert(document.cookie)', published = ?",
         (HOSTILE, HOSTILE)),
        ("UPDATE entities SET name = name || ?", (HOSTILE,)),
        ("UPDATE sources SET url = 'javascript:alert(1)', name = name || ?", (HOSTILE,)),
        ("UPDATE notes SET text = ?", (HOSTILE + "\n" + big,)),
        ("UPDATE links SET label = ?", (HOSTILE,)),
        ("UPDATE claims SET summary = ?, claimed = ?", (HOSTILE, HOSTILE)),
        "UPDATE board_items SET color = '\"><script>alert(3)</script>'")
    assert len(shown(investigation, board)["items"]) == 11

    outputs = {}
    for fmt in ("canvas", "graphml", "gexf", "csv", "md", "html", "svg", "pdf", "png"):
        outputs[fmt] = export(investigation, folder, fmt, board=board)

    with open(outputs["canvas"], encoding="utf-8") as handle:
        canvas = json.load(handle)
    for node in canvas["nodes"]:
        assert not re.search(r"[\x00-\x08\x0b-\x1f\u202a-\u202e\u2066-\u2069]", json.dumps(node, ensure_ascii=False))
        if node["type"] == "text":
            assert not re.search(r"(?<!\\)[<\[`]", node["text"]), node["text"][:200]
        else:
            assert node["type"] == "link" and node["url"].startswith("https://"), node
        assert "color" not in node

    if os.path.exists(GRAPHML_XSD):
        xmllint(outputs["graphml"], GRAPHML_XSD)
        xmllint(outputs["gexf"], GEXF_XSD)
    else:
        xmllint(outputs["graphml"])
        xmllint(outputs["gexf"])
    xmllint(outputs["svg"])

    csv.field_size_limit(1 << 24)
    with open(outputs["csv"], newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 6 and all(len(row) == len(rows[0]) for row in rows)
    for row in rows[1:]:
        for cell in row:
            assert not cell[:1] in ("=", "+", "-", "@"), cell[:40]
            assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\u202a-\u202e\u2066-\u2069]", cell)

    with open(outputs["md"], encoding="utf-8") as handle:
        markdown = handle.read()
    assert not re.search(r"(?<!\\)<(?!https?://)", markdown), "unescaped < in the Markdown"
    assert "javascript:" not in markdown.replace("javascript\\:", "") or "(javascript:" not in markdown

    with open(outputs["html"], encoding="utf-8") as handle:
        page = handle.read()
    markup = assert_inert_html(page)
    assert "<script>alert('x')</script>" in "".join(markup.text), "the hostile text is shown as text"
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\u202a-\u202e\u2066-\u2069]", page)

    if shutil.which("rsvg-convert"):
        subprocess.run(["rsvg-convert", "-o", os.path.join(folder, "hostile-svg.png"), outputs["svg"]],
                       check=True)
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "24", "-singlefile", outputs["pdf"],
                        os.path.join(folder, "hostile-pdf")], check=True)
    with open(outputs["png"], "rb") as handle:
        assert png_pixels(handle.read())[0] > 100

    # read back: the canvas and the GraphML are boards Dossier takes in
    for fmt in ("canvas", "graphml"):
        fresh = os.path.join(folder, f"hostile-{fmt}.dossier")
        cli("new", fresh)
        cli("import-board", fresh, outputs[fmt], "--name", "Back")
        assert len(shown(fresh, "Back")["items"]) == 11
        assert cli("check", fresh).returncode == 0

    if dsrchromium.available():
        open_in_chromium(folder, outputs["html"], "hostile.png")


if __name__ == "__main__":
    sys.exit(tap.run())
