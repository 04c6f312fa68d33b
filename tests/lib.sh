# lib.sh: what the end-to-end scripts share. Sourced, not run.
# Each script gets a private temporary folder, removed at exit, and helpers
# to start the demo web on a free loopback port and to fail with a reason.

: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${MENTIONWATCH:=$top_srcdir/build/mentionwatch}"
: "${PYTHON3:=/usr/bin/python3}"
T=$(mktemp -d "${TMPDIR:-/tmp}/mw-e2e.XXXXXX")
CONF="$top_srcdir/contrib/examples/kestrel/mentionwatch.conf"
SERVER_PID=

cleanup() {
	[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null
	[ -n "${KEEP:-}" ] || rm -rf "$T"
}
trap cleanup EXIT INT TERM

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

ok() {
	echo "ok - $*"
}

# Print the port a test server started in the background writes to file
# "$1" as PORT=N, waiting up to 5 s for it (or for its line "$2"=..., if
# given, which the server writes last); empty if it did not start.
server_port() {
	for _ in $(seq 100); do
		grep -q "^${2:-PORT}=" "$1" 2>/dev/null && break
		sleep 0.05
	done
	sed -n 's/^PORT=//p' "$1"
}

# Start the demo web; set PORT.
start_demo_web() {
	"$PYTHON3" "$top_srcdir/contrib/demo-web/serve.py" --port 0 \
	    >"$T/serve.out" 2>"$T/serve.log" &
	SERVER_PID=$!
	PORT=$(server_port "$T/serve.out")
	[ -n "$PORT" ] || fail "the demo web did not start: $(cat "$T/serve.log")"
}

# Run mentionwatch on the example trust against the demo web.
mw() {
	"$MENTIONWATCH" -c "$CONF" -D "$T/kestrel.db" \
	    -o "crawler.connect_to=:80:127.0.0.1:$PORT" "$@"
}
