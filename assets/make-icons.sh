#!/usr/bin/env bash
# Regenerates every raster of the app icon from icon.svg.
# Needs: rsvg-convert (librsvg2-bin), convert (imagemagick), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icon-$size.png"
done
convert icon-16.png icon-32.png icon-48.png icon-64.png icon-128.png icon-256.png icon.ico
png2icns icon.icns icon-16.png icon-32.png icon-128.png icon-256.png icon-512.png icon-1024.png
