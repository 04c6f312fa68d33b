#!/bin/sh
# End to end: the crawler against a loopback web of misbehaving sites
# (tests/crawl_server.py). For each case, what a user would see: the crawl
# finishes, the other sources are fetched, the error is recorded against
# the source that has it, nothing robots.txt forbids is fetched, waits are
# honoured, and memory stays bounded.
set -u
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

"$PYTHON3" "$top_srcdir/tests/crawl_server.py" --log "$T/requests.log" \
    --max-seconds 120 >"$T/server.out" 2>"$T/server.err" &
SERVER_PID=$!
PORT=$(server_port "$T/server.out" HANGPORT)
HANGPORT=$(sed -n 's/^HANGPORT=//p' "$T/server.out")
[ -n "$PORT" ] && [ -n "$HANGPORT" ] ||
	fail "the test server did not start: $(cat "$T/server.err")"

# The example trust's schools, and a source for every case.
CF="$T/crawl.conf"
awk '/^\[source /{ exit } { print }' "$CONF" >"$CF"
src() {	# id url [type]
	printf '\n[source %s]\nurl = %s\ntype = %s\ninterval = 1m\n' \
	    "$1" "$2" "${3:-feed}" >>"$CF"
}
src etag http://ok.test/etag.xml
src redirects http://ok.test/r301
src loop http://ok.test/loop1
src tofile http://ok.test/tofile
src toftp http://ok.test/toftp
src notfound http://ok.test/404
src gone http://ok.test/410
src toomany http://ok.test/429
src unavailable http://ok.test/503date
src broken http://ok.test/500
src hang http://hang.test/feed.xml
src drip http://ok.test/drip
src reset http://ok.test/reset
src big http://ok.test/big page
src bomb http://ok.test/bomb page
src badutf8 http://ok.test/badutf8.xml
src wrongtype http://ok.test/wrongtype
src gzipped http://ok.test/gzipped.xml
src brotli http://ok.test/brotli.xml
src brbomb http://ok.test/brbomb page
src latin1 http://ok.test/latin1.html page
src secret http://deny.test/secret/feed.xml
src private http://deny.test/private/x.html page
src allowed http://deny.test/feed.xml
src redirprivate http://deny.test/toprivate page
src delay1 http://delay.test/feed.xml
src delay2 http://delay.test/etag.xml
src norobots http://norobots.test/feed.xml
src down http://down.test/feed.xml
src redirother http://ok.test/to-other
src redirothera http://ok.test/to-other-a
src redirotherb http://ok.test/to-other-b
src follow http://ok.test/page.html page
printf 'follow_depth = 1\n' >>"$CF"

mwc() {
	"$MENTIONWATCH" -c "$CF" -D "$T/c.db" \
	    -o "crawler.connect_to=hang.test:80:127.0.0.1:$HANGPORT,::127.0.0.1:$PORT" \
	    -o crawler.connect_timeout=1s -o crawler.timeout=3s \
	    -o crawler.max_body=1048576 -o crawler.refuse_private=no \
	    -o crawler.interval=1m -o crawler.min_interval=1m "$@"
}

mwc init >/dev/null || fail "init failed"
start=$(date +%s)
# GNU time measures the peak memory (contrib/deps-debian.sh installs it).
TIMECMD="/usr/bin/time -f %M -o $T/rss"
[ -x /usr/bin/time ] || { TIMECMD=; echo 0 >"$T/rss"; }
$TIMECMD "$MENTIONWATCH" -c "$CF" -D "$T/c.db" \
    -o "crawler.connect_to=hang.test:80:127.0.0.1:$HANGPORT,::127.0.0.1:$PORT" \
    -o crawler.connect_timeout=1s -o crawler.timeout=3s \
    -o crawler.max_body=1048576 -o crawler.refuse_private=no \
    -o crawler.interval=1m -o crawler.min_interval=1m \
    crawl --once >"$T/crawl.out" 2>"$T/crawl.err" ||
	fail "crawl failed: $(cat "$T/crawl.err")"
took=$(( $(date +%s) - start ))
[ "$took" -lt 30 ] || fail "the crawl took $took s: a slow site held it up"
grep -q "crawled 33 of 33 sources" "$T/crawl.out" ||
	fail "not every source was dealt with: $(cat "$T/crawl.out")"
ok "the crawl finishes in $took s with every source dealt with"

mwc sources --json >"$T/sources.json" || fail "sources --json failed"
field() {	# source-id field
	"$PYTHON3" -c '
import json, sys
for s in json.load(open(sys.argv[1])):
    if s["id"] == sys.argv[2]:
        v = s.get(sys.argv[3])
        print("" if v is None else v)' "$T/sources.json" "$1" "$2"
}
expect_error() {	# source-id text
	e=$(field "$1" last_error)
	case "$e" in
	*"$2"*) ;;
	*) fail "source $1: last error \"$e\", expected \"$2\"" ;;
	esac
}
expect_ok() {
	e=$(field "$1" last_error)
	[ -z "$e" ] || fail "source $1 failed: $e"
	[ "$(field "$1" health)" = ok ] || fail "source $1 is not healthy"
}

for s in etag redirects allowed delay1 delay2 norobots badutf8 wrongtype \
    gzipped brotli follow latin1 redirothera redirotherb; do
	expect_ok "$s"
done
ok "good sources are fetched despite their misbehaving neighbours"

expect_error loop "redirected in a loop: http://ok.test/loop2 leads back to http://ok.test/loop1"
expect_error tofile "scheme other than http or https"
expect_error toftp "scheme other than http or https"
expect_error notfound "HTTP 404"
expect_error gone "HTTP 410"
expect_error toomany "HTTP 429"
expect_error unavailable "HTTP 503"
expect_error broken "HTTP 500"
# A site that cannot be reached (its robots.txt times out) is left alone.
expect_error hang "robots.txt could not be fetched"
expect_error drip "timed out"
expect_error reset ""
[ -n "$(field reset last_error)" ] || fail "a reset mid-body is not an error"
expect_error big "larger than max_body"
expect_error bomb "once decompressed (Content-Encoding gzip)"
expect_error brbomb "once decompressed (Content-Encoding br)"
ok "each failure is recorded against its own source, in words"

expect_error secret "disallowed by robots.txt rule Disallow: /secret for agent mentionwatch"
expect_error private "disallowed by robots.txt rule Disallow: /private/ for agent mentionwatch"
expect_error down "robots.txt answered HTTP 503"
expect_error redirprivate "redirected to http://deny.test/private/x.html: disallowed by robots.txt rule Disallow: /private/"
grep -q "deny.test	/secret" "$T/requests.log" &&
	fail "a URL robots.txt disallows was fetched"
grep -q "deny.test	/private" "$T/requests.log" &&
	fail "a URL robots.txt disallows was fetched"
grep -q "ok.test	/private" "$T/requests.log" ||
	fail "a followed link that robots.txt allows was not fetched"
grep -q "down.test	/feed.xml" "$T/requests.log" &&
	fail "a site whose robots.txt answers 503 was crawled"
grep -q "norobots.test	/feed.xml" "$T/requests.log" ||
	fail "a site without robots.txt (404) was not crawled"
ok "nothing robots.txt forbids is fetched, also by redirect; 404 allows all, 503 none"

# A redirect to another site waits for that site's robots.txt, is held
# to it, and to that host's Crawl-delay.
expect_error redirother "redirected to http://other.test/private/x.html: disallowed by robots.txt rule Disallow: /private/ for agent *"
grep -q "other.test	/private" "$T/requests.log" &&
	fail "a redirect into a path another site's robots.txt disallows was followed"
[ "$(grep -c "other.test	/robots.txt" "$T/requests.log")" = 1 ] ||
	fail "other.test's robots.txt was not read exactly once"
awk -F'\t' '$2 == "other.test" { print $3; exit }' "$T/requests.log" |
    grep -qx /robots.txt || fail "other.test was asked for a page before its robots.txt"
awk -F'\t' '$2 == "other.test" && $3 != "/robots.txt" { print $1 }' \
    "$T/requests.log" | sort -n >"$T/other.times"
[ "$(wc -l <"$T/other.times")" -eq 2 ] || fail "the allowed redirects to other.test were not both followed"
gap=$(awk 'NR == 1 { a = $1 } NR == 2 { printf "%d", ($1 - a) * 1000 }' \
    "$T/other.times")
[ "$gap" -ge 950 ] || fail "other.test's Crawl-delay 1 not honoured for redirects: $gap ms apart"
ok "a redirect to another site waits for its robots.txt, obeys it and its Crawl-delay ($gap ms)"

awk -F'\t' '$2 == "delay.test" && $3 != "/robots.txt" { print $1 }' \
    "$T/requests.log" | sort -n >"$T/delay.times"
[ "$(wc -l <"$T/delay.times")" -eq 2 ] || fail "delay.test was not fetched twice"
gap=$(awk 'NR == 1 { a = $1 } NR == 2 { printf "%d", ($1 - a) * 1000 }' \
    "$T/delay.times")
[ "$gap" -ge 950 ] || fail "Crawl-delay 1 not honoured: requests $gap ms apart"
case "$(field delay1 wait)" in
*"Crawl-delay 1.0 s"*) ;;
*) fail "sources does not show the Crawl-delay wait" ;;
esac
ok "Crawl-delay is honoured ($gap ms apart) and shown"

now=$(date +%s)
due() { "$PYTHON3" -c '
import datetime, sys
t = datetime.datetime.fromisoformat(sys.argv[1].replace("Z", "+00:00"))
print(int(t.timestamp()))' "$(field "$1" next_poll)"; }
[ "$(due toomany)" -ge $((now + 7200 - 60)) ] ||
	fail "Retry-After: 7200 not honoured"
[ "$(due unavailable)" -ge $((now + 3 * 3600 - 120)) ] ||
	fail "Retry-After as an HTTP date not honoured"
[ "$(due broken)" -le $((now + 3600)) ] || fail "a 500 backs off too far at once"
case "$(field toomany wait)" in
*"Retry-After 7200"*) ;;
*) fail "sources does not show the Retry-After wait" ;;
esac
ok "Retry-After in seconds and as a date sets the next poll"

grep -q "ok.test	/f1.html" "$T/requests.log" || fail "a link was not followed"
grep -q "ok.test	/f2.html" "$T/requests.log" &&
	fail "a link beyond follow_depth was followed"
grep -q "elsewhere.test" "$T/requests.log" &&
	fail "a link to another site was followed"
mwc mentions --json >"$T/mentions.json"
for u in http://x.test/u1 http://x.test/w1 http://x.test/g1 \
    http://x.test/b1 http://ok.test/f1.html http://ok.test/latin1.html; do
	grep -q "\"$u\"" "$T/mentions.json" ||
		fail "the mention in $u was not found"
done
grep -q "Fénwick Vale Infant School’s fair" "$T/mentions.json" ||
	fail "a Windows-1252 page was not read as such"
ok "invalid UTF-8, Windows-1252, a wrong content type, gzip and brotli are read; links followed one step"
awk -F'\t' '$3 == "/brotli.xml" { print $6 }' "$T/requests.log" |
    grep -q '^gzip, deflate, br$' || fail "Accept-Encoding does not offer br"
# Kept bodies are the bytes as received, brotli and all.
"$MENTIONWATCH" -c "$CF" -D "$T/c.db" -o "crawler.connect_to=::127.0.0.1:$PORT" \
    -o crawler.keep_bodies=yes crawl --once --force --source brotli \
    >/dev/null 2>&1 || fail "crawl of the brotli source keeping bodies failed"
"$PYTHON3" -c '
import brotli, sqlite3, sys
enc, body = sqlite3.connect(sys.argv[1]).execute(
    "SELECT encoding, body FROM bodies ORDER BY id DESC LIMIT 1").fetchone()
assert enc == "br", enc
assert b"Brotli news of Harrowden" in brotli.decompress(body)' "$T/c.db" ||
	fail "the kept body is not the brotli bytes as received"
ok "Accept-Encoding offers br and a kept body is the brotli bytes as received"

ua=$(awk -F'\t' 'NR == 1 { print $4 }' "$T/requests.log")
from=$(awk -F'\t' 'NR == 1 { print $5 }' "$T/requests.log")
case "$ua" in
mentionwatch/*" (+https://www.kestreltrust.example/monitoring)") ;;
*) fail "User-Agent is \"$ua\"" ;;
esac
[ "$from" = it-support@kestreltrust.example ] || fail "From is \"$from\""
ok "requests name mentionwatch, its version, the contact URL and From"

rss=$(cat "$T/rss")
if [ "$rss" -gt 0 ]; then
	[ "$rss" -lt 150000 ] || fail "the crawl used $rss KB (a bomb or a big body was held)"
	ok "memory stays bounded ($rss KB with 64 MB gzip and brotli bombs served)"
else
	echo "skip - memory not measured: /usr/bin/time is missing (apt-get install time)"
fi

# Second crawl: the ETag source is unchanged (304), nothing is stored twice.
before=$(grep -c '"url"' "$T/mentions.json")
mwc crawl --once --force --source etag >"$T/crawl2.out" 2>&1 ||
	fail "second crawl failed: $(cat "$T/crawl2.out")"
grep -q "1 unchanged" "$T/crawl2.out" ||
	fail "a 304 was not counted as unchanged: $(cat "$T/crawl2.out")"
tail -n 5 "$T/requests.log" | grep -q "ok.test	/etag.xml" ||
	fail "the second crawl did not ask for etag.xml"
after=$(mwc mentions --json | grep -c '"url"')
[ "$before" = "$after" ] || fail "mentions went from $before to $after"
mwc sources --json >"$T/sources.json"
[ "$(field etag not_modified_ratio)" = 0.5 ] ||
	fail "the 304 ratio is $(field etag not_modified_ratio)"
ok "a 304 is 'unchanged', not an error, and stores nothing twice"

# robots.txt is cached: a second crawl of the site does not fetch it again.
n=$(grep -c "deny.test	/robots.txt" "$T/requests.log")
mwc crawl --once --force --source allowed >/dev/null 2>&1
[ "$(grep -c "deny.test	/robots.txt" "$T/requests.log")" = "$n" ] ||
	fail "robots.txt was fetched again within a day"
mwc crawl --once --force --source redirother >/dev/null 2>&1
[ "$(grep -c "other.test	/robots.txt" "$T/requests.log")" = 1 ] ||
	fail "the robots.txt of a redirect's site was fetched again within a day"
mwc sources --json >"$T/sources.json"
expect_error redirother "redirected to http://other.test/private/x.html: disallowed by robots.txt rule Disallow: /private/"
ok "robots.txt is kept for a day, also that of a site reached by redirect"

mwc crawl --once --source nosuch >/dev/null 2>"$T/err"; [ $? -eq 1 ] ||
	fail "an unknown source is not exit 1"
"$MENTIONWATCH" -c "$CF" -D "$T/c.db" -o mentionwatch.contact_url= \
    crawl --once >/dev/null 2>"$T/err" && fail "crawled without a contact URL"

# Backoff, adaptive intervals, unhealthy and gone.
for _ in 1 2 3; do
	mwc crawl --once --force --source broken >/dev/null 2>&1
	mwc crawl --once --force --source etag >/dev/null 2>&1
done
mwc sources --json >"$T/sources.json"
now=$(date +%s)
[ "$(field broken failures)" = 4 ] || fail "failures of a 500 not counted"
[ "$(due broken)" -ge $((now + 8 * 60 - 5)) ] ||
	fail "4 failures in a row did not back off to 8 intervals"
case "$(field broken wait)" in
*"backing off after 4 failures"*) ;;
*) fail "sources does not show the backoff: $(field broken wait)" ;;
esac
case "$(field etag wait)" in
*"rarely changes"*) ;;
*) fail "an unchanging source is not polled less often: $(field etag wait)" ;;
esac
"$PYTHON3" -c '
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1])
con.execute("UPDATE sources SET failing_since = ? WHERE key = ?",
    (int(time.time()) - 8 * 86400, "notfound"))
con.execute("UPDATE sources SET failing_since = ? WHERE key = ?",
    (int(time.time()) - 4 * 86400, "broken"))
con.commit()' "$T/c.db"
mwc crawl --once --force --source notfound >/dev/null 2>&1
mwc crawl --once --force --source broken >/dev/null 2>&1
mwc sources --json >"$T/sources.json"
[ "$(field notfound health)" = gone ] || fail "404 for 8 days is not gone"
[ "$(due notfound)" -ge $((now + 7 * 86400 - 60)) ] ||
	fail "a gone source is polled more than weekly"
[ "$(field broken health)" = unhealthy ] ||
	fail "failing for 4 days is not unhealthy: $(field broken health)"
mwc sources >"$T/sources.txt"
grep -q "^notfound  *gone" "$T/sources.txt" || fail "sources does not show gone"
ok "failures back off, quiet sources slow down, long failures are unhealthy or gone"

# mentionwatch fetch: the same policy, what was decided and why.
mwc fetch http://deny.test/secret/feed.xml >"$T/fetch1.out" 2>&1
[ $? -eq 1 ] || fail "fetch of a disallowed URL did not exit 1"
grep -q "decision: disallowed by robots.txt rule Disallow: /secret for agent mentionwatch" \
    "$T/fetch1.out" || fail "fetch does not say why: $(cat "$T/fetch1.out")"
grep -q "deny.test	/secret" "$T/requests.log" &&
	fail "fetch fetched what robots.txt forbids"
mwc fetch --user-agent "OtherBot/1.0" http://deny.test/secret/feed.xml \
    >"$T/fetch2.out" 2>&1 || fail "fetch as OtherBot failed: $(cat "$T/fetch2.out")"
grep -q "^status: 200" "$T/fetch2.out" || fail "fetch does not show the status"
grep -q "OtherBot/1.0	" "$T/requests.log" || fail "--user-agent was not sent"
mwc fetch --json http://ok.test/r301 >"$T/fetch3.json" || fail "fetch --json failed"
"$PYTHON3" -c '
import json, sys
o = json.load(open(sys.argv[1]))
assert o["allowed"] and o["status"] == 200 and o["redirects"] == 4, o
assert o["sniffed"] == "feed" and "ETag" not in o["headers"], o' "$T/fetch3.json" ||
	fail "fetch --json does not show the redirects, status and sniffed type"
n=$(wc -l <"$T/requests.log")
mwc fetch http://ok.test/bomb >"$T/fetch4.out" 2>&1
[ $? -eq 1 ] || fail "fetch of a gzip bomb did not exit 1"
grep -q "once decompressed" "$T/fetch4.out" || fail "fetch does not explain the bomb"
n=$(grep -c "other.test	/robots.txt" "$T/requests.log")
mwc fetch http://ok.test/to-other >"$T/fetch5.out" 2>&1
[ $? -eq 1 ] || fail "fetch of a redirect into a disallowed path did not exit 1"
grep -q "^robots.txt: http://other.test/robots.txt: HTTP 200" "$T/fetch5.out" &&
grep -q "^decision: redirect to http://other.test/private/x.html: disallowed by robots.txt rule Disallow: /private/ for agent \*" \
    "$T/fetch5.out" || fail "fetch does not say why a redirect was refused: $(cat "$T/fetch5.out")"
[ "$(grep -c "other.test	/robots.txt" "$T/requests.log")" = $((n + 1)) ] ||
	fail "fetch did not read the robots.txt of the redirect's site"
grep -q "other.test	/private" "$T/requests.log" &&
	fail "fetch followed a redirect robots.txt forbids"
mwc fetch --json http://ok.test/to-other-a >"$T/fetch6.json" ||
	fail "fetch of an allowed redirect to another site failed"
"$PYTHON3" -c '
import json, sys
o = json.load(open(sys.argv[1]))
d = o["decisions"]
assert [x["url"] for x in d] == ["http://ok.test/to-other-a",
    "http://other.test/feed.xml"], d
assert d[1]["allowed"] and d[1]["robots_url"] == "http://other.test/robots.txt", d
assert d[1]["crawl_delay"] == 1, d
assert o["status"] == 200 and o["redirects"] == 1, o
assert o["final_url"] == "http://other.test/feed.xml", o' "$T/fetch6.json" ||
	fail "fetch --json does not show each decision: $(cat "$T/fetch6.json")"
ok "fetch decides as the crawler does and says why, also for redirects"

# mentionwatch run: crawls, reloads on SIGHUP, stops on SIGTERM.
RCF="$T/run.conf"
awk '/^\[source /{ exit } { print }' "$CONF" >"$RCF"
printf '\n[source one]\nurl = http://ok.test/feed.xml\n' >>"$RCF"
"$MENTIONWATCH" -c "$RCF" -D "$T/run.db" init >/dev/null
"$MENTIONWATCH" -c "$RCF" -D "$T/run.db" -v \
    -o "crawler.connect_to=:80:127.0.0.1:$PORT" run --foreground \
    >"$T/run.out" 2>"$T/run.err" &
rpid=$!
n=0
until grep -q "run: crawled 1 of 1" "$T/run.err" || [ $n -ge 100 ]; do
	sleep 0.1; n=$((n + 1))
done
grep -q "run: crawled 1 of 1" "$T/run.err" || fail "run did not crawl: $(cat "$T/run.err")"
kill -HUP $rpid
n=0
until grep -q "configuration reloaded" "$T/run.err" || [ $n -ge 50 ]; do
	sleep 0.1; n=$((n + 1))
done
grep -q "configuration reloaded" "$T/run.err" || fail "SIGHUP did not reload"
kill -TERM $rpid
n=0
while kill -0 $rpid 2>/dev/null && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
kill -0 $rpid 2>/dev/null && fail "run did not stop on SIGTERM"
wait $rpid || fail "run exited with $? after SIGTERM"
grep -q "run: stopped" "$T/run.err" || fail "run did not say it stopped"
ok "run crawls, reloads on SIGHUP and stops cleanly on SIGTERM"
# A site that cannot be reached is named once, not once a source.
cat >"$T/down.conf" <<CONF
[mentionwatch]
database = $T/down.db
contact_url = https://mentionwatch.example/test
operator_email = test@mentionwatch.example
[crawler]
refuse_private = no
connect_timeout = 2
[trust]
name = Kestrel Learning Trust
[school a]
name = Harrowden Park Primary School
[source d1]
url = http://127.0.0.1:1/a
[source d2]
url = http://127.0.0.1:1/b
[source d3]
url = http://127.0.0.1:1/c
CONF
"$MENTIONWATCH" -c "$T/down.conf" init >/dev/null 2>&1 || fail "init failed"
"$MENTIONWATCH" -c "$T/down.conf" crawl --once 2>"$T/down.err" >/dev/null ||
	fail "a crawl of an unreachable site failed: $(cat "$T/down.err")"
[ "$(grep -c 'robots.txt could not be fetched' "$T/down.err")" = 1 ] ||
	fail "an unreachable site is not named once: $(cat "$T/down.err")"
grep -q "127.0.0.1:1: 2 more sources there not fetched" "$T/down.err" ||
	fail "the other sources of an unreachable site are not counted: $(cat "$T/down.err")"
[ "$("$MENTIONWATCH" -c "$T/down.conf" sources | grep -c 'last error: .*robots.txt could not')" = 3 ] ||
	fail "each source of an unreachable site does not keep its error"
ok "a site that cannot be reached is named once, with a count of its sources"
echo "1 passed, 0 failed"
