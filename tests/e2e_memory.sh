#!/bin/sh
# End to end: a crawl's memory does not grow with its number of sources.
# The same loopback site is crawled three times: with 60 sources (feeds,
# and pages of 150 KB to 1 MB that name a school, so that they are parsed
# and analysed), then with those and 20,000 more that robots.txt forbids,
# then with 40,000 more; the forbidden are read, judged and recorded but
# never fetched. Sources are read from the store a chunk at a time and
# freed once answered, so the second 20,000 may cost only what their
# configuration holds. (The first 20,000 also fill the store's page
# caches to their bounds, which 60 sources do not reach: that fixed cost
# is reported, and not held against the sources.)
set -u
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

[ -x /usr/bin/time ] || { echo "skip - /usr/bin/time is missing"; exit 77; }
if ldd "$MENTIONWATCH" 2>/dev/null | grep -q libasan; then
	echo "skip - the sanitizers' shadow memory hides what is measured"
	exit 77
fi
MANY=20000

mkdir "$T/site"
"$PYTHON3" - "$T/site" <<'EOF' || fail "cannot write the site"
import os, sys
d = sys.argv[1]
open(os.path.join(d, "robots.txt"), "w").write(
    "User-agent: *\nDisallow: /private/\n")
words = "the pupils of the school walked to the park after lunch ".split()
for i in range(30):
    items = "".join(
        "<item><guid>f%d-%d</guid><title>Item %d</title>"
        "<link>http://mem.test/f%d-%d</link><description>%s Harrowden "
        "Park Academy</description></item>" % (i, j, j, i, j,
                                               " ".join(words * 3))
        for j in range(20))
    open(os.path.join(d, "feed%d.xml" % i), "w").write(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>f%d'
        '</title><link>http://mem.test/</link><description>d</description>'
        '%s</channel></rss>' % (i, items))
for i in range(30):
    n = 1000 if i % 10 == 0 else 150
    body = "".join("<div class=c%d><p>%s <span>%d</span></p></div>\n"
                   % (k % 9, " ".join(words), k) for k in range(n * 10))
    open(os.path.join(d, "page%d.html" % i), "w").write(
        "<!doctype html><html><head><title>Page %d</title></head><body>"
        "<h1>Harrowden Park Academy</h1>%s</body></html>" % (i, body))
EOF

"$PYTHON3" - "$T/site" >"$T/server.out" 2>"$T/server.err" <<'EOF' &
import functools, http.server, sys
class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass
h = functools.partial(Quiet, directory=sys.argv[1])
s = http.server.ThreadingHTTPServer(("127.0.0.1", 0), h)
print("PORT=%d" % s.server_address[1], flush=True)
s.serve_forever()
EOF
SERVER_PID=$!
PORT=$(server_port "$T/server.out")
[ -n "$PORT" ] || fail "the test server did not start: $(cat "$T/server.err")"

# The example trust's schools, the fetched sources, and "$1" forbidden.
conf() {
	awk '/^\[source /{ exit } { print }' "$CONF"
	i=0
	while [ $i -lt 30 ]; do
		printf '\n[source feed%d]\nurl = http://mem.test/feed%d.xml\n' \
		    $i $i
		printf '\n[source page%d]\nurl = http://mem.test/page%d.html\n' \
		    $i $i
		printf 'type = page\n'
		i=$((i + 1))
	done
	awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++)
		printf "\n[source x%05d]\nurl = http://mem.test/private/%d\n",
		    i, i }'
}

# Crawl with "$1" forbidden sources; set RSS to the peak in KB.
crawl() {
	n=$1
	conf "$n" >"$T/m$n.conf"
	rm -f "$T/m$n.db" "$T/m$n.db-wal" "$T/m$n.db-shm"
	set -- -c "$T/m$n.conf" -D "$T/m$n.db" \
	    -o "crawler.connect_to=mem.test:80:127.0.0.1:$PORT" \
	    -o crawler.host_gap=0 -o crawler.host_connections=8 \
	    -o crawler.workers=2
	"$MENTIONWATCH" "$@" init >/dev/null 2>"$T/init$n.err" ||
		fail "init failed: $(cat "$T/init$n.err")"
	/usr/bin/time -f %M -o "$T/rss$n" "$MENTIONWATCH" "$@" crawl --once \
	    >"$T/crawl$n.out" 2>"$T/crawl$n.err" ||
		fail "crawl failed: $(tail -3 "$T/crawl$n.err")"
	total=$((60 + n))
	grep -q "crawled $total of $total sources" "$T/crawl$n.out" ||
		fail "not every source was dealt with: $(cat "$T/crawl$n.out")"
	RSS=$(cat "$T/rss$n")
}

# The peak of two crawls with "$1" forbidden sources, the lower one: a
# crawl's peak moves by a few hundred KB with how its threads meet.
crawl2() {
	crawl "$1"
	a=$RSS
	crawl "$1"
	[ "$a" -lt "$RSS" ] && RSS=$a
}

start=$(date +%s)
crawl2 0
few=$RSS
crawl2 $MANY
many=$RSS
crawl2 $((2 * MANY))
more=$RSS
took=$(( $(date +%s) - start ))
q() {
	sqlite3 "$T/m$((2 * MANY)).db" "$1"
}
[ "$(q "SELECT count(*) FROM sources
    WHERE last_error LIKE '%robots.txt%'")" -eq $((2 * MANY)) ] ||
	fail "the forbidden sources were not all recorded as such"
[ "$(q "SELECT count(*) FROM fetches WHERE url LIKE '%/private/%'")" -eq 0 ] ||
	fail "a source robots.txt forbids was fetched"
ok "the crawls finish ($took s); every forbidden source is recorded, none fetched"

# What 20,000 more sources may cost once the caches are full: their
# configuration (about 120 bytes each) and little else: under 4 MB, with
# room for how threads meet. A source kept after it is answered (its row
# and strings, some 600 bytes) would take 12 MB.
grow=$((more - many))
[ "$grow" -lt 4000 ] ||
	fail "$MANY more sources took $grow KB more ($many KB to $more KB)"
ok "$MANY more sources take $grow KB more ($few KB with 60 sources," \
    "$many KB with $MANY more, $more KB with $((2 * MANY)) more)"
