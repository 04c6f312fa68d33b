#!/bin/sh
# End to end: `mentionwatch feed FILE|URL --json` prints exactly the shape
# DESIGN.md promises, for every format; its exit codes; and a feed fetched
# over HTTP is read in the charset its Content-Type names.
set -u
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
FX="$top_srcdir/tests/fixtures/feeds"

check_shape() {
	"$PYTHON3" -c '
import json, re, sys
o = json.load(sys.stdin)
want = sys.argv[1]
assert list(o) == ["format", "title", "link", "malformed", "items"], list(o)
assert o["format"] == want, (o["format"], want)
assert isinstance(o["malformed"], bool)
date = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
for it in o["items"]:
    assert list(it) == ["title", "link", "id", "summary", "content",
        "author", "published", "updated"], list(it)
    assert isinstance(it["id"], str) and it["id"]
    for k in ("published", "updated"):
        assert it[k] is None or date.match(it[k]), it[k]
print(len(o["items"]))' "$1"
}

for row in rss090.rdf:rss0.90 rss091.xml:rss0.91 rss092.xml:rss0.92 \
    rss2.xml:rss2 rss1.rdf:rss1 atom03.xml:atom0.3 atom1.xml:atom1 \
    jsonfeed1.json:jsonfeed jsonfeed11.json:jsonfeed; do
	f=${row%%:*}
	fmt=${row#*:}
	n=$("$MENTIONWATCH" feed --json "$FX/$f" | check_shape "$fmt") ||
		fail "feed --json $f: wrong shape"
	[ "$n" -gt 0 ] || fail "feed --json $f: no items"
done
ok "feed --json prints DESIGN.md's shape for every format"

"$MENTIONWATCH" feed --json --base https://www.wexcombecommunity.org.uk/x \
    "$FX/rss2.xml" | grep -q '"link": "https://www.wexcombecommunity.org.uk/news/fair.html"' ||
	fail "feed --base does not resolve relative links"
ok "feed --base resolves relative links"

"$MENTIONWATCH" feed "$FX/broken-html.html" >/dev/null 2>"$T/err"
[ $? -eq 1 ] || fail "an HTML page does not exit 1"
grep -q "not a feed" "$T/err" || fail "no reason given for an HTML page"
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "the error is not one line"
"$MENTIONWATCH" feed >/dev/null 2>&1
[ $? -eq 2 ] || fail "feed without an argument does not exit 2"
"$MENTIONWATCH" feed --help >/dev/null || fail "feed --help fails"
"$MENTIONWATCH" feed --json "$FX/broken-truncated.xml" |
	grep -q '"malformed": true' || fail "a truncated feed is not malformed"
ok "feed exits 0, 1 and 2 as it should and says why"

# A Windows-1251 feed with no XML declaration: only the HTTP charset says
# how to read it.
mkdir -p "$T/www"
cp "$FX/enc-http-cp1251.xml" "$T/www/feed.xml"
"$PYTHON3" -c '
import http.server, sys, os
os.chdir(sys.argv[1])
class H(http.server.SimpleHTTPRequestHandler):
    def guess_type(self, path):
        return "application/rss+xml; charset=windows-1251"
    def log_message(self, *a):
        pass
s = http.server.HTTPServer(("127.0.0.1", 0), H)
print("PORT=%d" % s.server_port, flush=True)
s.serve_forever()' "$T/www" >"$T/serve.out" 2>"$T/serve.log" &
SERVER_PID=$!
PORT=$(server_port "$T/serve.out")
[ -n "$PORT" ] || fail "the test server did not start"
mw feed --json "http://feeds.example/feed.xml" >"$T/out.json" 2>"$T/err" ||
	fail "feed URL failed: $(cat "$T/err")"
grep -q "Новости школы" "$T/out.json" ||
	fail "the HTTP charset was not used: $(grep title "$T/out.json")"
ok "feed URL reads the feed in the charset of its Content-Type"
