#!/bin/sh
# Build mentionwatch in build/ (configured once, rebuilt when sources change).
# Extra arguments go to configure the first time.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
[ -x configure ] || ./bootstrap >/dev/null 2>&1 || ./bootstrap
mkdir -p build
cd build
[ -f Makefile ] || ../configure --enable-debug "$@" >/dev/null
make -j"$(nproc)" >/dev/null
