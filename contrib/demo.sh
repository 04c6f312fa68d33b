#!/bin/sh
# The demo: install what is needed, build, serve the bundled demo web
# (contrib/demo-web) on a loopback port, crawl it with the example trust
# (contrib/examples/kestrel), and print the digest and where the database is.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
sh contrib/deps-debian.sh
sh contrib/build.sh
mw="$top/build/mentionwatch"
conf="$top/contrib/examples/kestrel/mentionwatch.conf"
demo="$top/demo"
mkdir -p "$demo"
rm -f "$demo"/kestrel.db*

python3 contrib/demo-web/serve.py --port 0 --pidfile "$demo/serve.pid" \
    >"$demo/serve.out" 2>"$demo/serve.log" &
stop() { kill "$(cat "$demo/serve.pid" 2>/dev/null)" 2>/dev/null || true; }
trap stop EXIT INT TERM
for _ in $(seq 50); do
	grep -q '^PORT=' "$demo/serve.out" 2>/dev/null && break
	sleep 0.1
done
port=$(sed -n 's/^PORT=//p' "$demo/serve.out")
[ -n "$port" ] || { echo "demo: the demo web did not start" >&2; exit 1; }

# Every demo host is served by the local server on $port.
set -- -c "$conf" -D "$demo/kestrel.db" -o "crawler.connect_to=:80:127.0.0.1:$port"
"$mw" "$@" init >/dev/null
"$mw" "$@" crawl --once
echo
"$mw" "$@" digest --text
echo
echo "The database is $demo/kestrel.db. Try:"
echo "  $mw -c $conf -D $demo/kestrel.db mentions"
