#!/usr/bin/env bash
# Install a built Edgewise bundle system-wide on Linux (run as root), or into a
# staging root for a distribution package with DESTDIR.
#
#   sudo packaging/linux/install.sh                 # dist/edgewise -> /opt/edgewise
#   DESTDIR=/tmp/stage packaging/linux/install.sh   # for .deb/.rpm/tarball staging
#
# Installs: the bundle in $PREFIX/edgewise (default /opt/edgewise), the command
# /usr/local/bin/edgewise, the desktop entry and the icon (hicolor theme), and
# creates the empty admin policy folder /etc/edgewise/policies (root-owned).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
bundle="${BUNDLE:-$repo/dist/edgewise}"
destdir="${DESTDIR:-}"
prefix="${PREFIX:-/opt}"
bindir="${BINDIR:-/usr/local/bin}"
datadir="${DATADIR:-/usr/share}"

if [[ ! -x "$bundle/edgewise" ]]; then
    echo "no bundle at $bundle: build it first with packaging/build" >&2
    exit 1
fi

target="$destdir$prefix/edgewise"
rm -rf "$target"
install -d -m 0755 "$target" "$destdir$bindir" \
    "$destdir$datadir/applications" \
    "$destdir$datadir/icons/hicolor/scalable/apps" \
    "$destdir$datadir/icons/hicolor/256x256/apps" \
    "$destdir/etc/edgewise/policies"
cp -a "$bundle/." "$target/"
ln -sfn "$prefix/edgewise/edgewise" "$destdir$bindir/edgewise"
install -m 0644 "$here/edgewise.desktop" "$destdir$datadir/applications/edgewise.desktop"
install -m 0644 "$here/edgewise.svg" "$destdir$datadir/icons/hicolor/scalable/apps/edgewise.svg"
install -m 0644 "$here/edgewise.png" "$destdir$datadir/icons/hicolor/256x256/apps/edgewise.png"

if [[ -z "$destdir" ]]; then
    # Refresh menus and icon caches where the tools exist; harmless elsewhere.
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$datadir/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$datadir/icons/hicolor" || true
fi
echo "Installed Edgewise in $target; command: $bindir/edgewise"
echo "Admin policy folder: /etc/edgewise/policies (see docs/admin.md)"
