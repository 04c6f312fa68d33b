#!/bin/sh
# End to end: the crawler over TLS and HTTP/2, against a private nginx on
# loopback with certificates made here: a CA of our own (given as
# ca_file) signs good.test; rogue.test and lax.test show a self-signed
# certificate the crawler has no reason to trust. What a user would see:
# the verified site is fetched over HTTP/2, its documents multiplexed on
# one connection, and its capture names the certificate; the untrusted
# site fails with a TLS error recorded against its source while the others
# succeed; a source that turns verification off is fetched, with a
# warning.
set -u
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || fail "nginx is missing (run contrib/deps-debian.sh)"
command -v openssl >/dev/null || fail "openssl is missing (run contrib/deps-debian.sh)"
command -v sqlite3 >/dev/null || fail "sqlite3 is missing (run contrib/deps-debian.sh)"

# --- certificates ------------------------------------------------------
P="$T/pki"
mkdir -p "$P"
ec="-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes"
(
	cd "$P" || exit 1
	# shellcheck disable=SC2086
	openssl req -x509 $ec -days 2 -subj "/CN=mentionwatch test CA" \
	    -addext "basicConstraints=critical,CA:true" \
	    -addext "keyUsage=critical,keyCertSign" \
	    -keyout ca.key -out ca.pem &&
	# shellcheck disable=SC2086
	openssl req $ec -subj "/CN=good.test" -keyout good.key -out good.csr &&
	printf 'subjectAltName=DNS:good.test\n' >good.ext &&
	openssl x509 -req -in good.csr -CA ca.pem -CAkey ca.key \
	    -CAcreateserial -days 2 -extfile good.ext -out good.pem &&
	# shellcheck disable=SC2086
	openssl req -x509 $ec -days 2 -subj "/CN=rogue.test" \
	    -addext "subjectAltName=DNS:rogue.test,DNS:lax.test" \
	    -keyout rogue.key -out rogue.pem
) >"$T/pki.log" 2>&1 || fail "cannot make the test certificates: $(cat "$T/pki.log")"

# --- the sites ---------------------------------------------------------
W="$T/www"
mkdir -p "$W/slow"
cat >"$W/feed.xml" <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Gazette</title>
<link>https://good.test/</link><description>d</description>
<item><guid>tls1</guid><title>Sports day</title><link>https://good.test/tls1</link>
<description>Pupils of Harrowden Park Academy ran in the sun.</description></item>
</channel></rss>
EOF
# Pages served at 8 KB/s, so that each takes about a second and running
# them one after another would show.
for i in 1 2 3 4; do
	{
		printf '<!doctype html><html><head><title>Page %s</title></head>' "$i"
		printf '<body><p>Harrowden Park Academy, page %s.</p><p>' "$i"
		head -c 12000 /dev/zero | tr '\0' 'x'
		printf '</p></body></html>\n'
	} >"$W/slow/p$i.html"
done

free_port() {
	"$PYTHON3" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
N="$T/nginx"
mkdir -p "$N/logs" "$N/tmp"
GOOD_PORT=$(free_port)
ROGUE_PORT=$(free_port)
cat >"$N/nginx.conf" <<EOF
daemon off;
master_process off;
worker_processes 1;
pid $N/nginx.pid;
error_log $N/logs/error.log;
events { worker_connections 64; }
http {
	log_format conn '\$connection \$connection_requests \$server_protocol '
	    '\$host \$request_uri \$status \$msec \$request_time';
	access_log $N/logs/access.log conn;
	client_body_temp_path $N/tmp/body;
	proxy_temp_path $N/tmp/proxy;
	fastcgi_temp_path $N/tmp/fastcgi;
	uwsgi_temp_path $N/tmp/uwsgi;
	scgi_temp_path $N/tmp/scgi;
	types { text/html html; application/rss+xml xml; }
	server {
		listen 127.0.0.1:$GOOD_PORT ssl http2;
		server_name good.test;
		ssl_certificate $P/good.pem;
		ssl_certificate_key $P/good.key;
		root $W;
		location /slow/ { limit_rate 8k; }
	}
	server {
		listen 127.0.0.1:$ROGUE_PORT ssl http2;
		server_name rogue.test lax.test;
		ssl_certificate $P/rogue.pem;
		ssl_certificate_key $P/rogue.key;
		root $W;
	}
}
EOF
"$NGINX" -p "$N" -c "$N/nginx.conf" -e "$N/logs/error.log" 2>"$N/start.err" &
SERVER_PID=$!
for _ in $(seq 100); do
	[ -s "$N/nginx.pid" ] && break
	kill -0 "$SERVER_PID" 2>/dev/null || break
	sleep 0.05
done
[ -s "$N/nginx.pid" ] || fail "nginx did not start: $(cat "$N/start.err" "$N/logs/error.log" 2>/dev/null)"

# --- the crawl ---------------------------------------------------------
CF="$T/tls.conf"
awk '/^\[source /{ exit } { print }' "$CONF" >"$CF"
src() {	# id url [type]
	printf '\n[source %s]\nurl = %s\ntype = %s\n' "$1" "$2" "${3:-feed}" >>"$CF"
}
src verified https://good.test/feed.xml
for i in 1 2 3 4; do
	src "page$i" "https://good.test/slow/p$i.html" page
done
src untrusted https://rogue.test/feed.xml
src lax https://lax.test/feed.xml
printf 'tls_verify = no\n' >>"$CF"

mwt() {
	"$MENTIONWATCH" -c "$CF" -D "$T/tls.db" \
	    -o "crawler.connect_to=good.test:443:127.0.0.1:$GOOD_PORT,rogue.test:443:127.0.0.1:$ROGUE_PORT,lax.test:443:127.0.0.1:$ROGUE_PORT" \
	    -o "crawler.ca_file=$P/ca.pem" -o crawler.host_connections=4 \
	    -o crawler.host_gap=0 -o crawler.connect_timeout=2s \
	    -o crawler.timeout=10s "$@"
}
mwt init >/dev/null 2>&1 || fail "init failed"
mwt crawl --once >"$T/crawl.out" 2>"$T/crawl.err" ||
	fail "crawl failed: $(cat "$T/crawl.err")"
grep -q "crawled 7 of 7 sources" "$T/crawl.out" ||
	fail "not every source was dealt with: $(cat "$T/crawl.out")"

mwt sources --json >"$T/sources.json" || fail "sources --json failed"
field() {	# source-id field
	"$PYTHON3" -c '
import json, sys
for s in json.load(open(sys.argv[1])):
    if s["id"] == sys.argv[2]:
        v = s.get(sys.argv[3])
        print("" if v is None else v)' "$T/sources.json" "$1" "$2"
}
for s in verified page1 page2 page3 page4 lax; do
	e=$(field "$s" last_error)
	[ -z "$e" ] || fail "source $s failed: $e"
done
db() {
	sqlite3 -batch "$T/tls.db" "$@"
}
want=$(openssl x509 -in "$P/good.pem" -outform DER | sha256sum | cut -d' ' -f1)
got=$(db "SELECT tls_fingerprints FROM captures WHERE url = 'https://good.test/feed.xml'" | head -n 1)
[ "$got" = "$want" ] ||
	fail "the capture records certificate \"$got\", the server's is $want"
db "SELECT count(*) FROM mentions m JOIN documents d ON d.id = m.document_id
    WHERE d.url = 'https://good.test/tls1'" | grep -qv '^0$' ||
	fail "the mention in the verified feed was not found"
ok "a site whose CA is in ca_file is fetched, and its capture names the certificate"

e=$(field untrusted last_error)
case "$e" in
*"robots.txt could not be fetched (TLS certificate not verified: SSL certificate problem: "*"; give its CA in ca_file, or set tls_verify = no for this source)"*) ;;
*) fail "the untrusted source's error does not name the TLS failure: \"$e\"" ;;
esac
grep -q " rogue.test " "$N/logs/access.log" &&
	fail "a request reached the site whose certificate failed"
[ "$(field untrusted health)" != ok ] || fail "the untrusted source is shown healthy"
ok "a site with an unknown certificate fails with a TLS error on its own source"

grep -q "lax.test /feed.xml 200" "$N/logs/access.log" ||
	fail "the source with tls_verify = no was not fetched"
grep -q "fetch: https://lax.test/feed.xml: TLS certificate not verified (tls_verify = no for this source)" \
    "$T/crawl.err" || fail "no warning that TLS was not verified: $(cat "$T/crawl.err")"
ok "a source with tls_verify = no is fetched, and a warning says so"

# --- HTTP/2 ------------------------------------------------------------
db "SELECT response_headers FROM captures WHERE url = 'https://good.test/feed.xml'" |
    head -n 1 | grep -q '^HTTP/2 200' || fail "the capture does not show an HTTP/2 response"
awk '$4 == "good.test" && $3 != "HTTP/2.0" { bad = 1 } END { exit bad }' \
    "$N/logs/access.log" || fail "a request to good.test was not HTTP/2: $(cat "$N/logs/access.log")"
# The four slow pages: one connection, their transfers overlapping.
awk '$4 == "good.test" && $5 ~ /^\/slow\// { printf "%s %.3f %.3f\n", $1, $7 - $8, $7 }' \
    "$N/logs/access.log" >"$T/slow.txt"
[ "$(wc -l <"$T/slow.txt")" -eq 4 ] || fail "the slow pages were not each fetched once"
[ "$(cut -d' ' -f1 "$T/slow.txt" | sort -u | wc -l)" -eq 1 ] ||
	fail "the pages of one HTTP/2 host used more than one connection: $(cat "$T/slow.txt")"
awk '{ s[NR] = $2; e[NR] = $3 } END {
	for (i = 1; i <= NR; i++) for (j = i + 1; j <= NR; j++)
		if (s[i] < e[j] && s[j] < e[i]) n++
	exit n >= 3 ? 0 : 1 }' "$T/slow.txt" ||
	fail "the pages on one connection were not multiplexed: $(cat "$T/slow.txt")"
mwt fetch --json https://good.test/feed.xml >"$T/fetch.json" 2>"$T/fetch.err" ||
	fail "fetch over TLS failed: $(cat "$T/fetch.json" "$T/fetch.err")"
"$PYTHON3" -c '
import json, sys
o = json.load(open(sys.argv[1]))
assert o["status"] == 200 and o["http_version"] == "HTTP/2", o' "$T/fetch.json" ||
	fail "fetch --json does not report HTTP/2: $(cat "$T/fetch.json")"
ok "the crawl speaks HTTP/2 and multiplexes a host's documents on one connection"

mwt fetch https://rogue.test/feed.xml >"$T/fetch2.out" 2>&1
[ $? -eq 1 ] || fail "fetch of an untrusted site did not exit 1"
grep -q "^robots.txt: https://rogue.test/robots.txt: TLS certificate not verified" \
    "$T/fetch2.out" || fail "fetch does not say TLS failed: $(cat "$T/fetch2.out")"
ok "fetch names the TLS failure"
echo "1 passed, 0 failed"
