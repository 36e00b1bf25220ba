#!/usr/bin/env bash
# Recipe for LeaseLink-<version>-x86_64.AppImage: a Release build installed into an AppDir, then
# linuxdeploy with its Qt plugin bundles Qt (with the platform, SQLite, SVG and TLS plugins),
# QtKeychain, QCoro and their libraries, and turns the AppDir into an AppImage.
# NOT run by CI and not built on the Debian 12 CI machine: it downloads linuxdeploy (x86_64 only)
# and needs FUSE or --appimage-extract-and-run. See packaging/README.md.
# Usage: packaging/appimage/build-appimage.sh   (from anywhere; output in build/release/appimage)
set -euo pipefail
cd "$(dirname "$0")/../.."
tools=${LINUXDEPLOY_DIR:-build/appimage-tools}
out=build/release/appimage
appdir=$out/AppDir
app_id=io.github.leaselink.LeaseLink

mkdir -p "$tools"
for tool in linuxdeploy/linuxdeploy/linuxdeploy-x86_64.AppImage \
            linuxdeploy/linuxdeploy-plugin-qt/linuxdeploy-plugin-qt-x86_64.AppImage; do
  file=$tools/${tool##*/}
  if [ ! -x "$file" ]; then
    repo=${tool%/*}
    curl -fL --retry 3 -o "$file" "https://github.com/$repo/releases/download/continuous/${tool##*/}"
    chmod +x "$file"
  fi
done

cmake --preset release
cmake --build --preset release
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install build/release --prefix /usr --strip

# The Qt plugin finds Qt through qmake; Debian's Qt 6 qmake is qmake6.
QMAKE=${QMAKE:-$(command -v qmake6 || command -v qmake)}
export QMAKE
# The SVG icon engine plugin (the window icon) is loaded at run time, so it is named explicitly;
# the action icons link Qt SVG itself (ui/PaletteSvgIconEngine), which linuxdeploy finds.
export EXTRA_QT_PLUGINS="svg;"
VERSION=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -1)
export VERSION
export OUTPUT="$out/LeaseLink-$VERSION-x86_64.AppImage"
# Without FUSE (containers), set APPIMAGE_EXTRACT_AND_RUN=1.
"$tools/linuxdeploy-x86_64.AppImage" --appdir "$appdir" \
  --executable "$appdir/usr/bin/leaselink" \
  --executable "$appdir/usr/bin/leaselink-cli" \
  --desktop-file "$appdir/usr/share/applications/$app_id.desktop" \
  --icon-file "$appdir/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
  --plugin qt \
  --output appimage
echo "AppImage: $OUTPUT"
