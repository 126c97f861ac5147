#!/usr/bin/env bash
# Install the SupportMap bundle for the current user, with its icon, menu entry and file type,
# so that SupportMap is in the applications menu and a double-clicked .supportmap.json opens
# in it. Nothing is installed system-wide and no root is needed.
#
# From an unpacked bundle:   SupportMap/install-linux.sh [--uninstall]
# From a checkout:           packaging/install-linux.sh [BUNDLE] [--uninstall]
#                            (BUNDLE: dist/SupportMap by default)
#
# Installs into ${XDG_DATA_HOME:-~/.local/share} and puts a SupportMap link into ~/.local/bin.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
if [ -d "$here/_internal/share/linux" ]; then  # the copy inside a bundle
    default_bundle="$here"
    linux="$here/_internal/share/linux"
    icons="$here/_internal/share/icons"
    svg="$here/_internal/supportmap/resources/icons/supportmap.svg"
else  # the copy in a checkout
    root="$(cd "$here/.." && pwd)"
    default_bundle="$root/dist/SupportMap"
    linux="$root/resources/linux"
    icons="$root/resources/icons"
    svg="$root/supportmap/resources/icons/supportmap.svg"
fi
app_id=org.supportmap.SupportMap
data="${XDG_DATA_HOME:-$HOME/.local/share}"
bin="$HOME/.local/bin"
target="$data/$app_id"

refresh() {
    command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
    command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$target"
    rm -f "$bin/SupportMap" "$data/applications/$app_id.desktop" \
          "$data/mime/packages/$app_id.xml" "$data/metainfo/$app_id.metainfo.xml" \
          "$data/icons/hicolor/scalable/apps/$app_id.svg"
    for size in 16 32 48 128 256; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
    done
    refresh
    echo "SupportMap is uninstalled. Your maps are still in your library."
    exit 0
fi

bundle="$(cd "${1:-$default_bundle}" 2>/dev/null && pwd || echo "${1:-$default_bundle}")"
if [ ! -x "$bundle/SupportMap" ]; then
    echo "No bundle at $bundle: build it first with 'python3 packaging/build.py'." >&2
    exit 1
fi

mkdir -p "$target" "$bin" "$data/applications" "$data/mime/packages" "$data/metainfo" \
         "$data/icons/hicolor/scalable/apps"
if [ "$bundle" != "$target/SupportMap" ]; then
    rm -rf "$target/SupportMap"
    cp -a "$bundle" "$target/SupportMap"
fi
ln -sfn "$target/SupportMap/SupportMap" "$bin/SupportMap"

install -m 0644 "$svg" \
    "$data/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 32 48 128 256; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    install -m 0644 "$icons/hicolor/${size}x${size}/apps/$app_id.png" \
        "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
install -m 0644 "$linux/$app_id.mime.xml" "$data/mime/packages/$app_id.xml"
install -m 0644 "$linux/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"
# The menu entry starts the installed copy by its full path, whatever PATH holds.
sed -e "s|^Exec=SupportMap |Exec=\"$target/SupportMap/SupportMap\" |" \
    -e "s|^TryExec=SupportMap$|TryExec=$target/SupportMap/SupportMap|" \
    "$linux/$app_id.desktop" > "$data/applications/$app_id.desktop"
chmod 0644 "$data/applications/$app_id.desktop"

refresh
command -v xdg-mime >/dev/null && xdg-mime default "$app_id.desktop" application/x-supportmap+json || true
echo "SupportMap is installed: find it in your applications menu, or run $bin/SupportMap."
