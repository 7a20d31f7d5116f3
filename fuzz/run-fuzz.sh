#!/bin/sh
# run-fuzz.sh TARGET SEEDS SECONDS [WORK]: runs one libFuzzer target from its seed corpus
# for SECONDS and prints one line, "NAME: N executions in S s, M findings". New inputs
# and findings go to WORK (kept, so that longer runs build on earlier ones), or to a
# temporary folder that is removed. Exits non-zero on a finding.
# Copyright 2026 The Dossier authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

target=$1
seeds=$2
seconds=$3
work=${4:-}
name=$(basename "$target")

if [ -z "$work" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/corpus" "$work/findings"

# New inputs are written to the first folder, never to the committed seeds.
started=$(date +%s)
"$target" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$work/findings/" "$work/corpus" "$seeds" >"$work/log" 2>&1
status=$?
elapsed=$(( $(date +%s) - started ))

executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log")
# Crashes, leaks, timeouts and running out of memory; not libFuzzer's slow-unit notes.
findings=$(find "$work/findings" -type f \( -name 'crash-*' -o -name 'leak-*' \
  -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
echo "$name: ${executions:-0} executions in ${elapsed} s, $findings findings"
if [ "$status" -ne 0 ] || [ "$findings" -ne 0 ]; then
  tail -n 80 "$work/log"
  exit 1
fi
