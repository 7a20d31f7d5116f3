# dsrtest.py: small helpers shared by the Python tests (TAP output, running dossier-cli)
#
# Copyright 2026 The Dossier authors
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import subprocess
import sys
import tempfile
import traceback

CLI = os.environ.get("DOSSIER_CLI", "")


class Skip(Exception):
    """Raised by a test that cannot run here; TAP reports it as skipped, with the reason."""


class Tap:
    """Runs test functions and prints TAP, one line per test."""

    def __init__(self):
        self.tests = []

    def test(self, function):
        self.tests.append(function)
        return function

    def run(self):
        if not CLI or not os.access(CLI, os.X_OK):
            print("1..0 # SKIP DOSSIER_CLI does not name the dossier-cli program")
            return 0
        print(f"1..{len(self.tests)}")
        failed = 0
        for number, function in enumerate(self.tests, 1):
            name = function.__name__.removeprefix("test_").replace("_", "-")
            with tempfile.TemporaryDirectory(prefix="dossier-test-") as folder:
                try:
                    function(folder)
                    print(f"ok {number} - {name}")
                except Skip as reason:
                    print(f"ok {number} - {name} # SKIP {reason}")
                except Exception:  # report every failure, then go on
                    failed += 1
                    print(f"not ok {number} - {name}")
                    for line in traceback.format_exc().splitlines():
                        print(f"# {line}")
            sys.stdout.flush()
        return 1 if failed else 0


def cli(*args, check=True, stdin=None):
    """Runs dossier-cli; returns the CompletedProcess (text mode)."""
    result = subprocess.run([CLI, *map(str, args)], capture_output=True, text=True,
                            stdin=stdin, timeout=120)
    if check and result.returncode != 0:
        raise AssertionError(f"dossier-cli {' '.join(map(str, args))} exited "
                             f"{result.returncode}: {result.stderr.strip()}")
    return result


def cli_json(*args):
    return json.loads(cli(*args).stdout)


def write(folder, name, text):
    path = os.path.join(folder, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path
