# dsrchromium.py: open a page in headless Chromium and report what it did
#
# Copyright 2026 The Dossier authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Chromium is driven over its DevTools pipe (file descriptors 3 and 4, messages ended
# by NUL), so the page's own network requests and console messages are observed
# directly, apart from the browser's background traffic. Its proxy is a closed port:
# whatever the page might try to fetch fails instead of leaving the machine.

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time


def available():
    return shutil.which("chromium") is not None


class Page:
    def __init__(self, requests, problems, screenshot, pdf):
        self.requests = requests       # URLs the page asked for, its own included
        self.problems = problems       # console errors and warnings, exceptions, failed loads
        self.screenshot = screenshot   # PNG bytes
        self.pdf = pdf                 # the page printed on A4, PDF bytes


def open_page(url, width=1100, height=1400, timeout=60):
    to_chrome_r, to_chrome_w = os.pipe()
    from_chrome_r, from_chrome_w = os.pipe()
    profile = tempfile.mkdtemp(prefix="dossier-chromium-")

    def child_fds():
        os.dup2(to_chrome_r, 3)
        os.dup2(from_chrome_w, 4)
        os.set_inheritable(3, True)
        os.set_inheritable(4, True)

    process = subprocess.Popen(
        ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
         "--proxy-server=http://127.0.0.1:9", "--no-first-run", "--no-default-browser-check",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", f"--user-data-dir={profile}", f"--window-size={width},{height}",
         "about:blank"],
        close_fds=False, preexec_fn=child_fds, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(to_chrome_r)
    os.close(from_chrome_w)
    pending = b""
    events = []
    last_id = 0

    def send(method, params=None, session=None):
        nonlocal last_id
        last_id += 1
        message = {"id": last_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(to_chrome_w, json.dumps(message).encode() + b"\0")
        return last_id

    def receive(deadline):
        nonlocal pending
        while b"\0" not in pending:
            left = deadline - time.time()
            if left <= 0 or not select.select([from_chrome_r], [], [], left)[0]:
                return None
            chunk = os.read(from_chrome_r, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed its DevTools pipe")
            pending += chunk
        message, pending = pending.split(b"\0", 1)
        return json.loads(message)

    def call(method, params=None, session=None):
        wanted = send(method, params, session)
        deadline = time.time() + timeout
        while True:
            message = receive(deadline)
            if message is None:
                raise RuntimeError(f"Chromium did not answer {method}")
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message["result"]
            events.append(message)

    def wait_for(method, deadline):
        while not any(event.get("method") == method for event in events):
            message = receive(deadline)
            if message is None:
                return False
            events.append(message)
        return True

    try:
        target = call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Network", "Runtime", "Log", "Page"):
            call(f"{domain}.enable", session=session)
        events.clear()
        call("Page.navigate", {"url": url}, session)
        if not wait_for("Page.loadEventFired", time.time() + timeout):
            raise RuntimeError(f"{url} did not finish loading")
        wait_for("(late requests and messages)", time.time() + 1.0)
        screenshot = base64.b64decode(call("Page.captureScreenshot", {"format": "png"}, session)["data"])
        pdf = base64.b64decode(call("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69,
                                                         "preferCSSPageSize": True}, session)["data"])
    finally:
        try:
            send("Browser.close")
        except OSError:
            pass
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        os.close(to_chrome_w)
        os.close(from_chrome_r)
        shutil.rmtree(profile, ignore_errors=True)

    requests = [event["params"]["request"]["url"] for event in events
                if event.get("method") == "Network.requestWillBeSent"]
    problems = []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params["type"] in ("error", "warning", "assert"):
            problems.append(f"console {params['type']}: {params['args']}")
        elif method == "Runtime.exceptionThrown":
            problems.append(f"exception: {params['exceptionDetails']}")
        elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
            problems.append(f"log {params['entry']['level']}: {params['entry']['text']}")
    return Page(requests, problems, screenshot, pdf)
