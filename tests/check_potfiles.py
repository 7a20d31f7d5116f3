#!/usr/bin/env python3
# Dossier — every source file with translatable strings is listed in po/POTFILES.in,
# and every file listed there exists, so that no user-visible string escapes gettext.
#
# Copyright 2026 The Dossier authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check_potfiles.py SOURCE_ROOT

import os
import re
import sys

MARKS = {
    ".c": re.compile(r'\b(?:N_|_|C_|NC_|g_dngettext|ngettext) ?\('),
    ".ui": re.compile(r'translatable="yes"'),
}
FOLDERS = ("src", "ui")


def main():
    root = sys.argv[1]
    with open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8") as handle:
        listed = {line.strip() for line in handle if line.strip() and not line.startswith("#")}

    problems = [f"po/POTFILES.in lists {path}, which does not exist"
                for path in sorted(listed) if not os.path.exists(os.path.join(root, path))]
    for folder in FOLDERS:
        for directory, _, files in os.walk(os.path.join(root, folder)):
            for name in sorted(files):
                mark = MARKS.get(os.path.splitext(name)[1])
                path = os.path.relpath(os.path.join(directory, name), root)
                if mark is None or path in listed:
                    continue
                with open(os.path.join(root, path), encoding="utf-8") as handle:
                    if mark.search(handle.read()):
                        problems.append(f"{path} has translatable strings but is not in po/POTFILES.in")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
