#!/bin/sh
# Dossier — build the sample investigation from data/sample/MANIFEST
# Copyright 2026 The Dossier authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-sample.sh DOSSIER_CLI OUTPUT [SAMPLE_DIR]
#
# Creates OUTPUT with DOSSIER_CLI (the path given, never one found on PATH)
# and imports every document listed in SAMPLE_DIR/MANIFEST with its source
# name and URL, then adds the board described in SAMPLE_DIR/BOARD. The
# investigation is written under a temporary name and renamed at the end, so
# a failed run leaves neither a half-built file nor the previous one.

set -eu

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: $0 DOSSIER_CLI OUTPUT [SAMPLE_DIR]" >&2
  exit 2
fi

cli=$1
out=$2
dir=${3:-$(dirname "$0")/sample}
manifest=$dir/MANIFEST
tab=$(printf '\t')

if [ ! -x "$cli" ]; then
  echo "$0: $cli: not an executable" >&2
  exit 1
fi
if [ ! -r "$manifest" ]; then
  echo "$0: $manifest: cannot read the manifest" >&2
  exit 1
fi

rm -f "$out" "$out-wal" "$out-shm" "$out-journal"

tmp=${out%.dossier}.tmp$$.dossier
cleanup () {
  rm -f "$tmp" "$tmp-wal" "$tmp-shm" "$tmp-journal"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM
cleanup

"$cli" new "$tmp"

count=0
line_no=0
while IFS=$tab read -r file source url rest || [ -n "$file" ]; do
  line_no=$((line_no + 1))
  case $file in
    ''|'#'*) continue ;;
  esac
  if [ -z "${source:-}" ] || [ -z "${url:-}" ] || [ -n "${rest:-}" ]; then
    echo "$manifest:$line_no: expected three tab-separated fields: file, source, url" >&2
    exit 1
  fi
  if [ ! -r "$dir/$file" ]; then
    echo "$manifest:$line_no: $dir/$file: cannot read the document" >&2
    exit 1
  fi

  set -- "$cli" import "$tmp" "$dir/$file"
  if [ "$source" != "-" ]; then
    set -- "$@" --source "$source"
  fi
  if [ "$url" != "-" ]; then
    set -- "$@" --url "$url"
  fi
  "$@"
  count=$((count + 1))
done < "$manifest"

if [ "$count" -eq 0 ]; then
  echo "$manifest: lists no documents" >&2
  exit 1
fi

# The sample's evidence board, made from the imported documents' quotations.
if [ -r "$dir/BOARD" ]; then
  python3 "$(dirname "$0")/build-sample-board.py" "$cli" "$tmp" "$dir/BOARD"
fi

"$cli" check "$tmp"

# A clean close folds the write-ahead log back into the database. If a log
# with content is left, renaming the database alone would lose data.
if [ -s "$tmp-wal" ]; then
  echo "$0: $tmp-wal was left with content after the last import" >&2
  exit 1
fi
rm -f "$tmp-wal" "$tmp-shm"

mv -f "$tmp" "$out"
