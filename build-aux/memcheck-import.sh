#!/bin/sh
# memcheck-import.sh BUILD: imports the sample documents (data/sample/) into a new
# investigation under Valgrind memcheck and fails on any definite or indirect leak and
# on any memory error. Prints Valgrind's leak summary. No suppressions are needed.
# Copyright 2026 The Dossier authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

build=$1
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
"$build/src/cli/dossier-cli" new "$work/sample.dossier"
G_SLICE=always-malloc valgrind --tool=memcheck --leak-check=full \
  --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
  --error-exitcode=99 --log-file="$work/valgrind.log" \
  "$build/src/cli/dossier-cli" import "$work/sample.dossier" "$here/data/sample" || status=$?
sed -n '/HEAP SUMMARY/,$p' "$work/valgrind.log" | sed 's/^==[0-9]*== //'
exit $status
