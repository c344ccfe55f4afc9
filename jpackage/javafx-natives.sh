#!/usr/bin/env bash
# Puts JavaFX's native libraries into a jpackage app-image's runtime, beside the JDK's own
# (lib/runtime/lib), where JavaFX loads them in place (src/docs/startup.md).
#
#   jpackage/javafx-natives.sh IMAGE_DIR MODS_DIR
#
# jlink made the runtime from JavaFX's Maven jars, which carry the libraries as resources of the
# javafx.graphics module: without this, every start copies them out to ~/.openjfx/cache and reads
# both copies through MD5 to see whether the cached one is current, before the toolkit can start.
set -euo pipefail

image=$1 mods=$2
target="$image/lib/runtime/lib"
[ -d "$target" ] || { echo "javafx-natives: no runtime in $image" >&2; exit 1; }
# python3's zipfile (CI installs python3): no JDK tool needs to be on PATH for this.
count=$(python3 - "$mods" "$target" <<'PY'
import glob, os, sys, zipfile
mods, target = sys.argv[1], sys.argv[2]
count = 0
for jar in sorted(glob.glob(os.path.join(mods, "javafx-*-linux.jar"))):
    with zipfile.ZipFile(jar) as archive:
        for name in archive.namelist():
            if "/" not in name and name.endswith(".so"):
                with open(os.path.join(target, name), "wb") as out:
                    out.write(archive.read(name))
                count += 1
print(count)
PY
)
[ "$count" -gt 0 ] || { echo "javafx-natives: no JavaFX native library in $mods" >&2; exit 1; }
echo "javafx-natives: $count JavaFX libraries in $target"
