#!/bin/sh
# End to end: `mentionwatch run` as a service against the demo web and a
# real SMTP server on loopback. Within one crawl cycle the safeguarding
# lead and the head are alerted about the threat in the demo forum, with
# the case number; SIGTERM then stops the service cleanly.
set -u
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

MAIL="$T/mail"
mkdir -p "$MAIL"
SINK_PID=
RUN_PID=
stop_all() {
	[ -n "$RUN_PID" ] && kill "$RUN_PID" 2>/dev/null
	[ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null
	cleanup
}
trap stop_all EXIT INT TERM

start_demo_web
"$PYTHON3" "$top_srcdir/tests/smtp_sink.py" "$MAIL" --lifetime 120 \
    >"$T/sink.out" 2>"$T/sink.log" &
SINK_PID=$!
SMTP_PORT=$(server_port "$T/sink.out")
[ -n "$SMTP_PORT" ] || fail "the SMTP server did not start: $(cat "$T/sink.log")"

mw init >/dev/null || fail "init failed"
"$MENTIONWATCH" -c "$CONF" -D "$T/kestrel.db" \
    -o "crawler.connect_to=:80:127.0.0.1:$PORT" \
    -o "mail.smtp_url=smtp://127.0.0.1:$SMTP_PORT" run --foreground \
    >"$T/run.out" 2>"$T/run.err" &
RUN_PID=$!

# The threat is on the Fenwick Vale forum thread; its alert names the case.
alerted=
for _ in $(seq 300); do
	if grep -l '^X-Mentionwatch-Kind: alert' "$MAIL"/*.eml >/dev/null 2>&1
	then
		alerted=1
		break
	fi
	kill -0 "$RUN_PID" 2>/dev/null || fail "run exited: $(cat "$T/run.err")"
	sleep 0.1
done
[ -n "$alerted" ] || fail "no alert within 30 s: $(cat "$T/run.err")"
sleep 1		# let the cycle's other messages go out
"$PYTHON3" - "$MAIL" <<'PY' || fail "the alerts are not what the school needs"
import email, email.policy, glob, sys
to = set()
for path in glob.glob(sys.argv[1] + "/*.eml"):
    with open(path, "rb") as f:
        m = email.message_from_binary_file(f, policy=email.policy.default)
    if m["X-Mentionwatch-Kind"] != "alert":
        continue
    body = m.get_body(("plain",)).get_content()
    if "Fenwick Vale" in m["Subject"] or "Fenwick Vale" in body:
        to.add(str(m["To"]))
        assert "case" in body.lower(), "the alert does not give the case"
        assert "get hurt" in body, "the alert does not quote the words"
want = {"dsl@fenwickvale.example", "head@fenwickvale.example"}
assert want <= to, "alerted %s, wanted %s" % (sorted(to), sorted(want))
PY
ok "run alerts the safeguarding lead and the head within one cycle"

kill -TERM "$RUN_PID"
for _ in $(seq 100); do
	kill -0 "$RUN_PID" 2>/dev/null || break
	sleep 0.1
done
kill -0 "$RUN_PID" 2>/dev/null && fail "run did not stop within 10 s of SIGTERM"
wait "$RUN_PID"
rc=$?
RUN_PID=
[ "$rc" -eq 0 ] || fail "run exited $rc after SIGTERM: $(cat "$T/run.err")"
n=$(grep -l '^X-Mentionwatch-Kind: alert' "$MAIL"/*.eml | wc -l)
mw -o "mail.smtp_url=smtp://127.0.0.1:$SMTP_PORT" notify >/dev/null 2>&1
[ "$(grep -l '^X-Mentionwatch-Kind: alert' "$MAIL"/*.eml | wc -l)" -eq "$n" ] ||
	fail "an alert was sent twice"
ok "SIGTERM stops the service cleanly; no alert is sent twice"
echo "1 passed, 0 failed"
