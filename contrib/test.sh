#!/bin/sh
# The tests: install what is needed, build, and run every test (the Check
# suites and the end-to-end scripts) with `make check`.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
sh contrib/deps-debian.sh
sh contrib/build.sh
cd build
if ! make -j"$(nproc)" check; then
	for f in $(find . -name '*.log' ! -name config.log); do
		grep -q '^FAIL\|^ERROR' "${f%.log}.trs" 2>/dev/null && cat "$f"
	done
	exit 1
fi
