#!/bin/sh
# run-all.sh BUILD SECONDS JOBS: runs every fuzz target built in BUILD for SECONDS each,
# JOBS at a time, at the lowest priority, and prints executions and findings per target.
# New inputs and findings stay in BUILD/fuzz/work/NAME.
# Copyright 2026 The Dossier authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

build=$1
seconds=$2
jobs=$3
here=$(cd "$(dirname "$0")" && pwd)

for target in "$build"/fuzz/fuzz-*; do
  [ -f "$target" ] && [ -x "$target" ] || continue
  name=$(basename "$target" | sed 's/^fuzz-//')
  echo "$target $here/corpus/$name $seconds $build/fuzz/work/$name"
done | xargs -P "$jobs" -L 1 nice -n 19 "$here/run-fuzz.sh"
