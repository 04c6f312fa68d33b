#!/bin/sh
# The tests: install what is needed, build, and run every test (the Check
# suites and the end-to-end scripts) with `make check`.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
sh contrib/deps-debian.sh
sh contrib/build.sh
cd build
status=0
make -j"$(nproc)" check || status=1
# Show the log of every test that did not pass, and one closing line.
pass=0
fail=0
for trs in $(find tests -name '*.trs'); do
	if grep -q '^:test-result: PASS' "$trs"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		cat "${trs%.trs}.log"
	fi
done
echo "$pass passed, $fail failed"
exit $status
