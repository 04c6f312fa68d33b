#!/bin/sh
# End to end: crash safety. The crawler is killed with SIGKILL at random
# moments during crawls of the demo web, 20 times, restarted each time;
# then the database is intact, nothing is stored twice, and a last run
# completes the cycle with the mentions a reader counts. SIGTERM during a
# crawl stops it within seconds, with what was fetched stored.
set -u
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

start_demo_web
mw init >/dev/null || fail "init failed"

i=0
killed=0
while [ $i -lt 20 ]; do
	i=$((i + 1))
	mw crawl --once --force --quiet >/dev/null 2>&1 &
	pid=$!
	# A random moment within the first 0.4 s of the crawl.
	sleep "0.$(awk -v s="$i$$" 'BEGIN { srand(s); printf "%03d", rand() * 400 }')"
	if kill -KILL $pid 2>/dev/null; then
		killed=$((killed + 1))
	fi
	wait $pid 2>/dev/null
done
[ $killed -ge 10 ] || fail "only $killed of 20 crawls were killed mid-way"

mw crawl --once --force >"$T/last.out" 2>"$T/last.err" ||
	fail "the crawl after the kills failed: $(cat "$T/last.err")"
grep -q "crawled 12 of 12 sources" "$T/last.out" ||
	fail "the last run did not complete the cycle: $(cat "$T/last.out")"

"$PYTHON3" - "$T/kestrel.db" <<'EOF' || exit 1
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
ok = con.execute("PRAGMA integrity_check").fetchone()[0]
if ok != "ok":
    sys.exit("FAIL: integrity_check: %s" % ok)
for q, what in (
    ("SELECT dkey, count(*) FROM documents GROUP BY dkey HAVING count(*) > 1",
     "document"),
    ("SELECT document_id, school_id, count(*) FROM mentions "
     "GROUP BY document_id, school_id HAVING count(*) > 1", "mention"),
    ("SELECT document_id, count(*) FROM cases GROUP BY document_id "
     "HAVING count(*) > 1", "case"),
    ("SELECT m.id FROM mentions m LEFT JOIN documents d "
     "ON d.id = m.document_id WHERE d.id IS NULL", "orphan mention"),
    ("SELECT m.id FROM mentions m JOIN documents d ON d.id = m.document_id "
     "LEFT JOIN captures c ON c.id = d.capture_id WHERE c.id IS NULL",
     "mention without its capture"),
):
    rows = con.execute(q).fetchall()
    if rows:
        sys.exit("FAIL: duplicated %s: %r" % (what, rows[:3]))
EOF
ok "$killed crawls killed with SIGKILL: integrity ok, nothing duplicated, the last run completes"

mw verify --store >"$T/verify.out" 2>&1 ||
	fail "the evidence store does not verify after the kills: $(cat "$T/verify.out")"
ok "every stored mention's capture is present and the evidence store verifies"

mw mentions --json | "$PYTHON3" -c '
import json, sys
for m in json.load(sys.stdin):
    print(m["url"] + "\t" + m["school"])' | sort -u >"$T/got.tsv"
grep -v '^url' "$top_srcdir/contrib/demo-web/EXPECTED.tsv" |
	awk -F'\t' '$2 != "kestrel-trust" { print $1 "\t" $2 }' |
	sort -u >"$T/want.tsv"
cmp -s "$T/got.tsv" "$T/want.tsv" || {
	diff "$T/got.tsv" "$T/want.tsv" >&2
	fail "the mentions after the kills are not those a reader counts"
}
ok "the mentions after the kills are exactly the expected ones"

# SIGTERM: a crawl held up by a site that drips is stopped within seconds,
# and the sources already fetched are stored.
kill "$SERVER_PID" 2>/dev/null
"$PYTHON3" "$top_srcdir/tests/crawl_server.py" --log "$T/requests.log" \
    --max-seconds 60 >"$T/server.out" 2>"$T/server.err" &
SERVER_PID=$!
PORT=$(server_port "$T/server.out" HANGPORT)
CF="$T/term.conf"
awk '/^\[source /{ exit } { print }' "$CONF" >"$CF"
printf '\n[source drip]\nurl = http://ok.test/drip\n' >>"$CF"
printf '\n[source good]\nurl = http://ok.test/etag.xml\n' >>"$CF"
"$MENTIONWATCH" -c "$CF" -D "$T/term.db" init >/dev/null
"$MENTIONWATCH" -c "$CF" -D "$T/term.db" -o "crawler.connect_to=::127.0.0.1:$PORT" \
    crawl --once >"$T/term.out" 2>&1 &
pid=$!
sleep 1.5
t0=$(date +%s)
kill -TERM $pid
n=0
while kill -0 $pid 2>/dev/null && [ $n -lt 100 ]; do
	sleep 0.1
	n=$((n + 1))
done
kill -0 $pid 2>/dev/null && fail "SIGTERM did not stop the crawl within 10 s"
wait $pid
took=$(( $(date +%s) - t0 ))
grep -q "stopped early" "$T/term.out" || fail "no summary after SIGTERM: $(cat "$T/term.out")"
"$MENTIONWATCH" -c "$CF" -D "$T/term.db" sources --json | "$PYTHON3" -c '
import json, sys
s = {x["id"]: x for x in json.load(sys.stdin)}
assert s["good"]["fetches"] == 1, s["good"]
assert s["good"]["last_success"], s["good"]' ||
	fail "what was fetched before SIGTERM was not stored"
ok "SIGTERM stops the crawl within $took s and keeps what was fetched"
echo "1 passed, 0 failed"
