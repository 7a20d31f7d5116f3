#!/bin/sh
# Installs the Debian packages of a list (debian-packages.txt unless another is given)
# that are not installed yet. A line may name a command after the package: the package
# is then skipped when that command is already on the PATH.
# Works as root, or as a normal user through sudo.
set -eu

here=$(dirname "$0")
list=${1:-"$here/debian-packages.txt"}

missing=
while read -r pkg command; do
  if [ -n "$command" ] && command -v "$command" >/dev/null 2>&1; then
    continue
  fi
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  case "$status" in
    *" installed") ;;
    *) missing="$missing $pkg" ;;
  esac
done <<EOF_LIST
$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$list")
EOF_LIST

if [ -z "$missing" ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=
elif command -v sudo >/dev/null 2>&1; then
  SUDO=sudo
else
  echo "install-deps: missing packages:$missing; run as root or install sudo" >&2
  exit 1
fi

echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
