#!/usr/bin/python3
# e2e_tag.py: end to end, with a real pointer and keyboard (TESTING.md, layer 3).
#
# Starts the real Dossier on an investigation made with dossier-cli, selects a
# passage in the document pane by dragging the mouse over it, tags it as an
# organisation with Ctrl+2, and checks the investigation file with dossier-cli;
# then undoes with Ctrl+Z and checks that the file lists exactly what it did before.
#
# Needs the desktop session script of ../shared/tools/gui (Xvfb, a window manager,
# D-Bus and the AT-SPI bus) and python3-pyatspi; skips with a reason without them.
#
# Copyright 2026 The Dossier authors
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import shlex
import subprocess
import sys
import tempfile
import time

CLI = os.environ.get("DOSSIER_CLI", "")
APP = os.environ.get("DOSSIER_APP", "")
TOOLS = os.environ.get("DOSSIER_GUI_TOOLS", "")

PASSAGE = "the harbour authority"
TEXT = ("Port deal\n"
        "\n"
        "Yesterday the harbour authority sold the northern terminal to a shipping group, "
        "according to filings seen by reporters.\n"
        "\n"
        "A second paragraph follows, so the document is more than one line long.\n")


def skip(reason):
    print(f"1..0 # SKIP {reason}")
    sys.exit(0)


def cli(*args):
    result = subprocess.run([CLI, *args], capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        raise AssertionError(f"dossier-cli {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout


def start_session():
    """Starts start-xvfb.sh's desktop and takes its environment."""
    out = subprocess.run(["bash", os.path.join(TOOLS, "start-xvfb.sh")],
                         capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        raise RuntimeError("start-xvfb.sh failed: " + out.stderr.strip())
    for line in out.stdout.splitlines():
        if line.startswith("export "):
            key, _, value = line[len("export "):].partition("=")
            os.environ[key] = shlex.split(value)[0] if value else ""
    return os.environ["GUI_SESSION_DIR"]


def frame_margins(pid, top_extents):
    """The X11 window of a GTK 4 client-side-decorated toplevel is larger than the
    toplevel GTK reports, by an equal margin on each side (its resize border); AT-SPI
    window coordinates start inside it."""
    import re
    windows = subprocess.run(["xdotool", "search", "--all", "--onlyvisible", "--pid", str(pid),
                              "--name", ".*"], capture_output=True, text=True).stdout.split()
    best = (0, 0, 0)
    for window in windows:
        info = subprocess.run(["xwininfo", "-id", window], capture_output=True, text=True).stdout
        size = dict(re.findall(r"^\s*(Width|Height):\s+(\d+)", info, re.M))
        if "Override Redirect State: yes" in info or len(size) < 2:
            continue
        width, height = int(size["Width"]), int(size["Height"])
        if width * height > best[0]:
            best = (width * height, width, height)
    if best[0] == 0:
        return 0, 0
    return (best[1] - top_extents[2]) // 2, (best[2] - top_extents[3]) // 2


def main():
    if not CLI or not APP:
        skip("DOSSIER_CLI and DOSSIER_APP must name the programs")
    if not os.path.exists(os.path.join(TOOLS, "start-xvfb.sh")):
        skip(f"the GUI test tools are not at {TOOLS or '(unset)'}")
    for program in ("Xvfb", "xdotool", "xwininfo", "openbox"):
        if subprocess.run(["which", program], capture_output=True).returncode != 0:
            skip(f"{program} is not installed")
    try:
        import pyatspi  # noqa: F401  (only to know it is there)
    except ImportError:
        skip("python3-pyatspi is not installed")

    folder = tempfile.mkdtemp(prefix="dossier-e2e-")
    investigation = os.path.join(folder, "Port deal.dossier")
    source = os.path.join(folder, "port-deal.txt")
    with open(source, "w", encoding="utf-8") as f:
        f.write(TEXT)
    cli("new", investigation)
    cli("import", investigation, source)

    session = start_session()
    app = None
    print("1..4")
    try:
        sys.path.insert(0, TOOLS)
        import gui_atspi as g
        import pyatspi

        env = dict(os.environ, GTK_A11Y="atspi", NO_AT_BRIDGE="0")
        app = subprocess.Popen([APP, investigation], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        # 1. The document pane shows the text, found by its accessible name.
        node = None
        deadline = time.time() + 30
        while node is None and time.time() < deadline:
            apps = g.find_apps("dossier")
            if apps:
                nodes, offsets = g.find_nodes(apps[0], "text", "Document")
                for acc, top in nodes:
                    if PASSAGE in acc.queryText().getText(0, -1):
                        node = (acc, top, offsets)
            if node is None:
                time.sleep(0.3)
        assert node is not None, "no text view named Document showing the document"
        acc, top, offsets = node
        text = acc.queryText()
        start = text.getText(0, -1).index(PASSAGE)
        end = start + len(PASSAGE)
        print("ok 1 - the document pane shows the document")

        # 2. A drag of the mouse over the passage selects it.
        dx, dy = offsets.for_toplevel(top)
        mx, my = frame_margins(app.pid, g.raw_extents(top))
        dx, dy = dx + mx, dy + my
        first = text.getCharacterExtents(start, pyatspi.WINDOW_COORDS)
        last = text.getCharacterExtents(end - 1, pyatspi.WINDOW_COORDS)
        assert first[1] == last[1], "the passage must be on one line of the view"
        x1, y1 = dx + first[0] + 1, dy + first[1] + first[3] // 2
        x2, y2 = dx + last[0] + last[2] - 1, dy + last[1] + last[3] // 2
        subprocess.run(["xdotool", "mousemove", str(x1), str(y1), "sleep", "0.1",
                        "mousedown", "1", "sleep", "0.1"]
                       + [arg for i in range(1, 13) for arg in
                          ("mousemove", str(x1 + (x2 - x1) * i // 12), str(y2), "sleep", "0.03")]
                       + ["sleep", "0.2", "mouseup", "1"], check=True, timeout=30)
        time.sleep(0.5)
        selection = text.getSelection(0) if text.getNSelections() > 0 else (0, 0)
        assert tuple(selection) == (start, end), f"selected {tuple(selection)}, wanted {(start, end)}"
        print(f"ok 2 - the mouse selected '{PASSAGE}' ({start}-{end})")

        entities_before = cli("entities", investigation, "--json")
        mentions_before = cli("mentions", investigation, "1", "--json")

        # 3. Ctrl+2 tags it as an organisation, in the file at once.
        subprocess.run(["xdotool", "key", "ctrl+2"], check=True, timeout=10)
        entity = None
        deadline = time.time() + 10
        while entity is None and time.time() < deadline:
            time.sleep(0.3)
            entities = json.loads(cli("entities", investigation, "--json"))
            entity = next((e for e in entities if e["name"] == PASSAGE), None)
        assert entity is not None, "no entity named after the passage"
        assert entity["kind"] == "org" and entity["state"] == "confirmed", entity
        mentions = json.loads(cli("mentions", investigation, "1", "--json"))
        assert any(m["entity_id"] == entity["id"] and m["start"] == start and m["end"] == end
                   and m["state"] == "confirmed" for m in mentions), mentions
        print("ok 3 - Ctrl+2 tagged the passage as an organisation, stored in the file")

        # 4. Ctrl+Z undoes it.
        subprocess.run(["xdotool", "key", "ctrl+z"], check=True, timeout=10)
        deadline = time.time() + 10
        while time.time() < deadline:
            time.sleep(0.3)
            entities = json.loads(cli("entities", investigation, "--json"))
            if not any(e["name"] == PASSAGE for e in entities):
                break
        assert not any(e["name"] == PASSAGE for e in entities), "Ctrl+Z left the entity"
        assert cli("entities", investigation, "--json") == entities_before, "entities differ after undo"
        assert cli("mentions", investigation, "1", "--json") == mentions_before, "mentions differ after undo"
        print("ok 4 - Ctrl+Z undid the tag: entities and mentions are exactly as before")
    except Exception as error:  # one failure line, then the rest are not run
        print(f"not ok - {error}")
        sys.stdout.flush()
        return 1
    finally:
        if app is not None:
            app.terminate()
            app.wait(timeout=10)
        subprocess.run([os.path.join(session, "stop.sh")], capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
