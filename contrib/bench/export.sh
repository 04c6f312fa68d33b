#!/bin/sh
# export.sh: time `export` and `verify` of a case with N captures (default
# 50). A hostile page of the example trust is served on loopback, crawled
# once (which opens a case), then re-captured until the case holds N
# captures; the bundle is then written and checked, each timed. The page
# is padded to PAGE_KB KiB (default 100, about a real page's size).
#   MENTIONWATCH=path/to/mentionwatch sh contrib/bench/export.sh [N]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
MW=${MENTIONWATCH:-$top/build/mentionwatch}
N=${1:-50}
PY=/usr/bin/python3
T=$(mktemp -d "${TMPDIR:-/tmp}/mw-export.XXXXXX")
trap 'kill "$pid" 2>/dev/null; rm -rf "$T"' EXIT INT TERM
pid=

mkdir "$T/www"
cp "$top/tests/evidence/page.html" "$T/www/page.html"
"$PY" - "$T/www/page.html" "${PAGE_KB:-100}" <<'PAD'
import sys
p, kb = sys.argv[1], int(sys.argv[2])
para = "<p>Parents were told about the new lunch menu and the trip.</p>\n"
open(p, "a").write(para * (kb * 1024 // len(para)))
PAD
"$PY" "$top/tests/evidence/server.py" "$T/www" >"$T/serve.out" 2>"$T/serve.log" &
pid=$!
for _ in $(seq 100); do
	grep -q '^PORT=' "$T/serve.out" 2>/dev/null && break
	sleep 0.05
done
PORT=$(sed -n 's/^PORT=//p' "$T/serve.out")
[ -n "$PORT" ] || { echo "export.sh: the page server did not start" >&2; exit 1; }

cat >"$T/ev.conf" <<CONF
[mentionwatch]
database = $T/ev.db
contact_url = https://monitoring.kestreltrust.example/
operator_email = it-support@kestreltrust.example

[school st-aldhelms]
name = St Aldhelm's Church of England Primary School
alias = St Aldhelm's Primary
context = Wexcombe

[source hostile]
url = http://parents.wexcombe.example/page.html
type = page
CONF
ev() {
	"$MW" -c "$T/ev.conf" -D "$T/ev.db" \
	    -o "crawler.connect_to=::127.0.0.1:$PORT" "$@"
}
ev init >/dev/null
ev crawl --once --quiet >/dev/null
case_id=$(sqlite3 "$T/ev.db" "SELECT min(id) FROM cases")
[ -n "$case_id" ] || { echo "export.sh: the crawl opened no case" >&2; exit 1; }
i=1
while [ "$i" -lt "$N" ]; do
	# A new line each time, so that each capture differs.
	echo "<p>edit $i</p>" >>"$T/www/page.html"
	ev recapture --all >/dev/null
	i=$((i + 1))
done
n=$(sqlite3 "$T/ev.db" "SELECT count(*) FROM captures")
echo "captures in the store: $n"
/usr/bin/time -f "export: %e s wall, %U s user, %S s sys, %M KB" \
    "$MW" -c "$T/ev.conf" -D "$T/ev.db" export "$case_id" -o "$T/case.zip"
ls -l "$T/case.zip" | awk '{ print "bundle: " $5 " bytes" }'
unzip -l "$T/case.zip" | grep -c "captures/.*\.body$" | sed "s/^/captured bodies in the bundle: /"
/usr/bin/time -f "verify: %e s wall, %U s user, %S s sys, %M KB" \
    "$MW" -c "$T/ev.conf" -D "$T/ev.db" verify "$T/case.zip" >/dev/null
