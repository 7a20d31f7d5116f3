#!/usr/bin/env python3
# test_privacy.py: importing pages full of remote resources makes no request
#
# Copyright 2026 The Dossier authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every resource of the pages below points at a small HTTP server on this machine: images,
# scripts, stylesheets, fonts, iframes, objects, preloads, meta refreshes, DTDs and
# external entities, in HTML, XHTML and Markdown. The server must receive nothing, and
# strace must show dossier-cli opening no socket at all; the same holds for exporting a
# board of those pages in every format and bringing the board back from canvas and GraphML.

import http.server
import os
import shutil
import subprocess
import sys
import threading

from dsrtest import CLI, Tap, cli, write

tap = Tap()

# What the server answers with: it must never appear in an investigation.
MARKER = "zqxjkremoteanswer"


class Recorder(http.server.BaseHTTPRequestHandler):
    requests = []

    def do_GET(self):
        Recorder.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(MARKER.encode())

    do_POST = do_HEAD = do_GET

    def log_message(self, *args):
        pass


def start_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def write_pages(folder, base):
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "{base}/dtd/xhtml1-strict.dtd">
<html><head>
<title>Tracker-laden page</title>
<link rel="stylesheet" href="{base}/style.css">
<link rel="preload" href="{base}/preload.woff2" as="font">
<link rel="icon" href="{base}/favicon.ico">
<link rel="dns-prefetch" href="{base}/dns">
<meta http-equiv="refresh" content="0; url={base}/refresh">
<script src="{base}/script.js"></script>
<script>fetch("{base}/fetch"); new Image().src = "{base}/beacon";</script>
<style>@import url("{base}/import.css"); body {{ background: url({base}/bg.png); }}
@font-face {{ font-family: x; src: url({base}/font.woff); }}</style>
<base href="{base}/base/">
</head><body style="background-image: url({base}/inline-bg.png)">
<article>
<h1>Council minutes leaked</h1>
<p>The minutes were published on Monday. <img src="{base}/pixel.gif" width="1" height="1">
<img srcset="{base}/srcset-1x.png 1x, {base}/srcset-2x.png 2x" src="{base}/img.png"></p>
<picture><source srcset="{base}/picture.webp"><img src="{base}/picture.png"></picture>
<p>Helen Okafor said the vote was close.<iframe src="{base}/iframe.html"></iframe></p>
<object data="{base}/object.swf"></object><embed src="{base}/embed.swf">
<video src="{base}/video.mp4" poster="{base}/poster.jpg"><track src="{base}/track.vtt"></video>
<audio src="{base}/audio.mp3"></audio>
<svg><image href="{base}/svg-image.png"/><use href="{base}/sprite.svg#x"/></svg>
<form action="{base}/form"><input type="image" src="{base}/input.png"></form>
<p>Read <a href="{base}/link" ping="{base}/ping">the minutes</a>.</p>
</article></body></html>
"""
    xhtml = f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet href="{base}/xml-stylesheet.xsl" type="text/xsl"?>
<!DOCTYPE html SYSTEM "{base}/dtd/custom.dtd" [
  <!ENTITY remote SYSTEM "{base}/entity.txt">
  <!ENTITY % param SYSTEM "{base}/param.dtd">
  %param;
  <!ENTITY local SYSTEM "file:///etc/passwd">
]>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:xi="http://www.w3.org/2001/XInclude">
<head><title>Entities</title><link rel="stylesheet" href="{base}/x.css"/></head>
<body><article><h1>External entities</h1>
<p>Remote: &remote; Local: &local; End of the paragraph about the budget vote.</p>
<xi:include href="{base}/xinclude.xml"/>
<p>A second paragraph so that the article is long enough to be the main text.</p>
</article></body></html>
"""
    markdown = f"""# Remote images in Markdown

The note embeds ![a tracking pixel]({base}/md-pixel.gif) and an inline
<img src="{base}/md-inline.png"> with a <script src="{base}/md-script.js"></script>.

<iframe src="{base}/md-iframe.html"></iframe>

[A link]({base}/md-link) is kept as text only.
"""
    write(folder, "tracked.html", html)
    write(folder, "entities.xhtml", xhtml)
    write(folder, "entities.html", xhtml + "<!-- the same page, named .html -->\n")
    write(folder, "remote.md", markdown)


def import_and_check(folder):
    server = start_server()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    Recorder.requests = []
    pages = os.path.join(folder, "pages")
    write_pages(pages, base)
    investigation = os.path.join(folder, "p.dossier")
    cli("new", investigation)
    return server, base, pages, investigation


@tap.test
def test_import_makes_no_request(folder):
    server, base, pages, investigation = import_and_check(folder)
    try:
        result = cli("import", investigation, pages, check=False)
        # Every page must have been read (or refused with a message); none may phone home.
        assert "Imported" in result.stdout, result.stdout + result.stderr
        assert "Imported 4 documents" in result.stdout, result.stdout + result.stderr
        assert MARKER not in cli("search", investigation, MARKER, "--json").stdout
        assert Recorder.requests == [], f"the server received {Recorder.requests}"
        assert "root:" not in cli("search", investigation, "root", "--json").stdout, \
            "a local external entity was expanded"
    finally:
        server.shutdown()


@tap.test
def test_no_socket_is_opened(folder):
    strace = shutil.which("strace")
    if strace is None:
        print("# SKIP strace is not installed (build-aux/debian-packages.txt lists it)")
        return
    server, base, pages, investigation = import_and_check(folder)
    try:
        trace = os.path.join(folder, "strace.log")
        result = subprocess.run([strace, "-f", "-qq", "-e", "trace=network", "-o", trace,
                                 CLI, "import", investigation, pages],
                                capture_output=True, text=True, timeout=300)
        if result.returncode != 0 and "ptrace" in result.stderr:
            print(f"# SKIP strace cannot trace here: {result.stderr.strip()}")
            return
        assert result.returncode == 0, result.stderr
        with open(trace, encoding="utf-8") as handle:
            calls = [line.strip() for line in handle if line.strip()]
        sockets = [c for c in calls if "socket(" in c or "connect(" in c]
        assert sockets == [], "dossier-cli opened sockets:\n" + "\n".join(sockets)
        assert Recorder.requests == [], f"the server received {Recorder.requests}"
    finally:
        server.shutdown()


def traced(folder, args):
    """Runs dossier-cli under strace; returns the socket calls, or None if strace cannot
    trace here."""
    trace = os.path.join(folder, "strace.log")
    result = subprocess.run([shutil.which("strace"), "-f", "-qq", "-e", "trace=network",
                             "-o", trace, CLI, *args], capture_output=True, text=True, timeout=300)
    if result.returncode != 0 and "ptrace" in result.stderr:
        return None
    assert result.returncode == 0, (args, result.stderr)
    with open(trace, encoding="utf-8") as handle:
        return [line.strip() for line in handle if "socket(" in line or "connect(" in line]


@tap.test
def test_exports_and_board_imports_open_no_socket(folder):
    if shutil.which("strace") is None:
        print("# SKIP strace is not installed (build-aux/debian-packages.txt lists it)")
        return
    server, base, pages, investigation = import_and_check(folder)
    try:
        cli("import", investigation, pages)
        cli("board", investigation, "new", "Trackers")
        for doc_id in range(1, 5):
            cli("board", investigation, "add", "Trackers", f"document:{doc_id}",
                "--at", f"{doc_id * 220},0")
        cli("board", investigation, "link", "related", "document:1", "document:4")
        for fmt, ext in (("canvas", "canvas"), ("graphml", "graphml"), ("gexf", "gexf"),
                         ("csv", "csv"), ("md", "md"), ("html", "html"), ("svg", "svg"),
                         ("pdf", "pdf"), ("png", "png")):
            out = os.path.join(folder, f"board.{ext}")
            sockets = traced(folder, ["export", investigation, "Trackers", "--format", fmt,
                                      "-o", out])
            if sockets is None:
                print("# SKIP strace cannot trace here")
                return
            assert sockets == [], f"export {fmt} opened sockets: {sockets}"
            if fmt in ("canvas", "graphml"):
                assert traced(folder, ["import-board", investigation, out,
                                       "--name", f"Back from {fmt}"]) == []
        assert Recorder.requests == [], f"the server received {Recorder.requests}"
    finally:
        server.shutdown()


if __name__ == "__main__":
    sys.exit(tap.run())
