#!/usr/bin/env bash
# Builds a JDK AOT cache (JEP 483/514) into a jpackage app-image and points its launcher at it, so
# that the installed app starts with its classes already loaded and linked (src/docs/startup.md).
#
#   jpackage/aot-train.sh IMAGE_DIR LAUNCHER_NAME CACHE_NAME
#
# 1. a training run of the image itself (--smoke-test: the window up to its first frame, reading
#    the settings file a first plain run wrote, as every later start does) records which classes
#    start-up uses; 2. the cache is created from that record for exactly this
#    image's runtime; 3. `java-options=-XX:AOTCache=$APPDIR/CACHE_NAME` goes into the launcher's
#    .cfg; 4. a normal start must print nothing about the cache.
# The training needs a display: xvfb-run if installed, else $DISPLAY. Without either, or when the
# training fails, the image stays as jpackage made it (it starts, only slower) and this says so.
set -euo pipefail

image=$1 launcher=$2 cache_name=$3
app_dir="$image/lib/app"
cfg="$app_dir/$launcher.cfg"
bin="$image/bin/$launcher"
cache="$app_dir/$cache_name"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log="$work/training.log"

warn() { echo "aot-train: WARNING: $*; the image has no AOT cache and starts slower" >&2; }

if command -v xvfb-run >/dev/null; then
  display=(xvfb-run -a -s "-screen 0 1600x1000x24")
elif [ -n "${DISPLAY:-}" ]; then
  display=()
else
  warn "no xvfb-run and no DISPLAY for the training run"
  exit 0
fi
if grep -q -- '-XX:AOTCache=' "$cfg"; then
  echo "aot-train: $cfg already names an AOT cache" >&2
  exit 1
fi

# The training must not read or write the user's settings.
export XDG_CONFIG_HOME="$work/config"
# JAVA_TOOL_OPTIONS reaches the JVM behind jpackage's launcher; an empty one is a plain start.
run() { "${display[@]}" env JAVA_TOOL_OPTIONS="$1" "$bin" --smoke-test >>"$log" 2>&1; }

echo "aot-train: training $bin"
if ! run "" || ! run "-XX:AOTMode=record -XX:AOTConfiguration=$work/app.aotconf"; then
  cat "$log" >&2
  warn "the training run failed"
  exit 0
fi
# AOTMode=create does not run the application: it only turns the record into the cache.
# (JAVA_TOOL_OPTIONS splits at spaces, and the image's path may have some: the cache is made in
# the work directory and moved.)
if ! run "-XX:AOTMode=create -XX:AOTConfiguration=$work/app.aotconf -XX:AOTCache=$work/$cache_name" \
    || [ ! -s "$work/$cache_name" ]; then
  cat "$log" >&2
  warn "creating the cache failed"
  exit 0
fi
mv "$work/$cache_name" "$cache"

# $APPDIR is the launcher's own macro for lib/app, so the installed copy finds its cache too.
sed -i "/^\[JavaOptions\]/a java-options=-XX:AOTCache=\$APPDIR/$cache_name" "$cfg"

# A cache the JVM cannot use only costs speed, but it prints errors on stdout: none allowed.
"${display[@]}" env -u JAVA_TOOL_OPTIONS "$bin" --smoke-test >"$work/check.log" 2>&1 || true
if grep -qiE 'aot|cds|shared' "$work/check.log" || ! grep -q 'first frame rendered' "$work/check.log"; then
  cat "$work/check.log" >&2
  sed -i '/-XX:AOTCache=/d' "$cfg"
  rm -f "$cache"
  warn "the launcher did not start cleanly with the cache"
  exit 0
fi
echo "aot-train: $cache ($(du -h "$cache" | cut -f1)) in use"
