#!/bin/sh
# screenshots.sh - takes the AppStream and README screenshots of the real application,
# light and dark, with the bundled sample investigation, on a private X server.
#
# Usage: build-aux/screenshots.sh [BUILD_DIR]      (default: build; run `make build` first)
# Writes data/screenshots/dossier-light.png and data/screenshots/dossier-dark.png.
# Needs (Debian 12): xvfb xauth xdotool dbus openbox imagemagick
#
# Copyright 2026 The Dossier authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
out="$root/data/screenshots"
app="$build/src/dossier"

for tool in Xvfb openbox xdotool dbus-run-session import; do
  command -v "$tool" >/dev/null || { echo "screenshots.sh: '$tool' not found (see the header for packages)" >&2; exit 1; }
done
[ -x "$app" ] || { echo "screenshots.sh: $app not found; run 'make build' first" >&2; exit 1; }

# A new user's session: fresh folders, settings in memory, the sample from the build.
session=$(mktemp -d /tmp/dossier-screenshots.XXXXXX)
xvfb_pid=
wm_pid=
cleanup() {
  [ -n "$wm_pid" ] && kill "$wm_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$session"
}
trap cleanup EXIT INT TERM

export HOME="$session/home" XDG_CONFIG_HOME="$session/config" XDG_DATA_HOME="$session/data" \
       XDG_CACHE_HOME="$session/cache" XDG_STATE_HOME="$session/state"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" DOSSIER_SAMPLE="$build/data/sample.dossier"
export GDK_BACKEND=x11 NO_AT_BRIDGE=1 LANG=C.UTF-8
unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS

# The first free display from :90 (or from $SCREENSHOT_DISPLAY) on.
display=${SCREENSHOT_DISPLAY:-90}
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do
  display=$((display + 1))
done
Xvfb ":$display" -screen 0 1400x900x24 -nolisten tcp >"$session/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=":$display"
for _ in $(seq 50); do
  xdotool getmouselocation >/dev/null 2>&1 && break
  sleep 0.1
done
# A window manager gives the window focus, as on a desktop; the window draws its own frame.
openbox --sm-disable >"$session/openbox.log" 2>&1 &
wm_pid=$!
sleep 0.5

# take SCHEME NAME [PAGE_X PAGE_Y]: starts the app in the colour scheme, shows the 2017
# trade-press article (the fourth document), optionally clicks a sidebar page's button
# at PAGE_X,PAGE_Y, and saves the window. The window has its default size, 1280x800.
take() {
  scheme=$1
  name=$2
  ADW_DEBUG_COLOR_SCHEME="prefer-$scheme" dbus-run-session -- "$app" >"$session/app-$scheme.log" 2>&1 &
  app_pid=$!

  window=$(xdotool search --sync --onlyvisible --name '^Sample investigation$' | tail -n 1)
  sleep 1.5
  xdotool windowactivate --sync "$window"
  xdotool mousemove --window "$window" 170 320 click 1
  sleep 1
  if [ $# -ge 4 ]; then
    xdotool mousemove --window "$window" "$3" "$4" click 1
    sleep 1
  fi
  # The pointer rests away from the window, so that no row is hovered.
  xdotool mousemove 1390 890
  sleep 0.5
  import -window "$window" "$out/$name"
  echo "screenshots.sh: wrote data/screenshots/$name"

  xdotool key ctrl+q
  sleep 0.5
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
}

mkdir -p "$out"
take light dossier-light.png
take dark dossier-dark.png 111 80   # the Entities page
