#!/bin/sh
# End to end: cases, alerts, reminders, escalations and digests delivered
# to a real SMTP server on loopback (aiosmtpd), on a pinned clock. Each
# message is parsed with Python's email library: headers, both parts, the
# redaction of pupil names, and that a crawled title holding CR/LF and a
# Bcc: line adds no header. Then the same messages are not sent twice, a
# failed send is retried, and the HTML digest is rendered in headless
# Chromium with every network request caught.
set -u
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
[ -n "${MW_DEBUG_DIR:-}" ] && T=$MW_DEBUG_DIR && mkdir -p "$T"

PUPIL="Isla McAllister"	# from the example trust's fictional roster
MAIL="$T/mail"
mkdir -p "$MAIL"

start_sink() {
	rm -f "$T/sink.out"	# never read the last server's port
	"$PYTHON3" "$top_srcdir/tests/smtp_sink.py" "$MAIL" --lifetime 300 \
	    "$@" >"$T/sink.out" 2>"$T/sink.log" &
	SERVER_PID=$!
	SMTP_PORT=$(server_port "$T/sink.out")
	[ -n "$SMTP_PORT" ] || fail "the SMTP server did not start: $(cat "$T/sink.log")"
}

stop_sink() {
	kill "$SERVER_PID" 2>/dev/null
	wait "$SERVER_PID" 2>/dev/null
	SERVER_PID=
}

# mwat TIME ARGS: run mentionwatch with the clock pinned at TIME.
mwat() {
	at=$1
	shift
	MENTIONWATCH_NOW=$at "$MENTIONWATCH" -c "$CONF" -D "$T/kestrel.db" \
	    -o "mail.smtp_url=smtp://127.0.0.1:$SMTP_PORT" \
	    -o mail.digest_time=23:00 "$@"
}

# kinds: the X-Mentionwatch-Kind of every message received, sorted.
kinds() {
	cat "$MAIL"/*.eml 2>/dev/null | tr -d '\r' |
	    sed -n 's/^X-Mentionwatch-Kind: //p' | sort | uniq -c |
	    awk '{ printf "%s=%s ", $2, $1 }'
}

start_sink
T0=2025-06-10T09:00:00Z		# a Tuesday; 10:00 in London
mwat $T0 init >/dev/null 2>&1 || fail "init failed"
"$PYTHON3" "$top_srcdir/tests/mail_fixture.py" $T0 |
	sqlite3 "$T/kestrel.db" || fail "the fixture did not load"

# Within the cycle: three cases, two of them safeguarding with alerts.
mwat 2025-06-10T09:05:00Z notify >"$T/n1.out" 2>"$T/n1.err" ||
	fail "notify failed: $(cat "$T/n1.err")"
mwat 2025-06-10T09:05:00Z cases --json >"$T/cases.json" || fail "cases failed"
"$PYTHON3" - "$T/cases.json" <<'PY' || fail "cases are not as expected"
import json, sys
c = json.load(open(sys.argv[1]))
got = sorted((x["severity"], x["safeguarding"], x["due"]) for x in c)
want = sorted([("high", True, "2025-06-10T13:00:00Z"),
               ("high", True, "2025-06-10T13:00:00Z"),
               ("medium", False, "2025-06-11T09:00:00Z")])
assert got == want, got
assert all(x["school"] == "st-aldhelms" and x["state"] == "open" for x in c)
assert any(x["time_left"] == "due in 3 h 55 m" for x in c), c
PY
[ "$(kinds)" = "alert=4 " ] || fail "first cycle sent: $(kinds)"
ok "a finding opens a case; alerts reach the lead and the head at once"

mwat 2025-06-10T10:59:00Z notify >/dev/null 2>&1 || fail "notify 2 failed"
[ "$(kinds)" = "alert=4 " ] || fail "a reminder came too early: $(kinds)"
mwat 2025-06-10T11:01:00Z notify >/dev/null 2>&1 || fail "notify 2 failed"
[ "$(kinds)" = "alert=4 reminder=2 " ] ||
	fail "halfway through the safeguarding clock: $(kinds)"
mwat 2025-06-10T14:05:00Z notify >/dev/null 2>&1 || fail "notify 3 failed"
[ "$(kinds)" = "alert=4 escalation=2 reminder=2 " ] ||
	fail "at the safeguarding deadline: $(kinds)"
mwat 2025-06-10T14:05:00Z cases --overdue >"$T/overdue.txt"
[ "$(grep -c 'escalated.*overdue by 1 h 5 m' "$T/overdue.txt")" = 2 ] ||
	fail "cases --overdue: $(cat "$T/overdue.txt")"
ok "a missed deadline escalates to the head, once"

mwat 2025-06-10T22:05:00Z notify >/dev/null 2>&1 || fail "notify 3 failed"
[ "$(kinds)" = "alert=4 digest=4 escalation=2 reminder=2 " ] ||
	fail "at digest time: $(kinds)"
ok "at digest time each school's head and the trust office get a digest"

mwat 2025-06-11T06:05:00Z notify >/dev/null 2>&1 || fail "notify 4 failed"
mwat 2025-06-11T09:05:00Z notify >/dev/null 2>&1 || fail "notify 5 failed"
mwat 2025-06-11T09:06:00Z notify >/dev/null 2>&1 || fail "notify 6 failed"
[ "$(kinds)" = "alert=4 digest=4 escalation=3 reminder=3 " ] ||
	fail "second day: $(kinds)"
ok "a reminder before the 24-hour deadline, an escalation at it, each once across runs"

"$PYTHON3" "$top_srcdir/tests/check_mail.py" "$MAIL" "$PUPIL" \
    >"$T/check.out" 2>"$T/check.err" ||
	fail "a message is malformed: $(cat "$T/check.err")"
grep -q "^alert dsl@staldhelms.example .*Isla McAllister" "$T/check.out" ||
	fail "the lead's alert does not name the pupil: $(cat "$T/check.out")"
grep -q "^alert head@staldhelms.example .*\[name withheld\]" "$T/check.out" ||
	fail "the head's alert does not withhold the pupil's name"
grep -q "^digest head@staldhelms.example .*| St Aldhelm's: 3 flagged, 2 overdue$" \
    "$T/check.out" || fail "digest subject: $(grep digest "$T/check.out")"
grep -q "^digest principal@harrowdenpark.example .*| Harrowden Park: 0 flagged, 0 overdue$" \
    "$T/check.out" || fail "a school with nothing found got no nil return: $(grep digest "$T/check.out")"
grep -q "| Reminder: St Aldhelm's: case 3 (medium): Trip fund — where did it go?$" \
    "$T/check.out" || fail "the non-ASCII subject did not survive"
grep -q "Fun day Bcc: victim@evil.example" "$T/check.out" ||
	fail "the crawled title is not kept as subject text"
grep -rqi '^Subject: =?UTF-8?B?' "$MAIL" || fail "no RFC 2047 subject"
grep -q victim "$MAIL"/*.rcpt && fail "a crawled Bcc: reached the envelope"
ok "every message: one Date, Message-ID, From, To, Subject; text and HTML; no added header"
ok "pupil names only reach the safeguarding lead"

# The digest's sections, as the head reads them.
"$PYTHON3" - "$MAIL" <<'PY' || fail "the digest lacks a section"
import email, email.policy, glob, sys
for p in sorted(glob.glob(sys.argv[1] + "/*.eml")):
    m = email.message_from_binary_file(open(p, "rb"),
                                       policy=email.policy.default)
    if m["X-Mentionwatch-Kind"] == "digest" and \
            m["To"] == "head@staldhelms.example":
        t = m.get_body(("plain",)).get_content()
        h = m.get_body(("html",)).get_content()
        for want in ("Needs action today: 0", "Due tomorrow: 1",
                     "Overdue: 2", "New flagged mentions: 3",
                     "[high] Fun day Bcc: victim@evil.example",
                     "why: threat: threatens to hurt staff",
                     "Other mentions (not flagged): 1",
                     "Summer fete at St Aldhelm's",
                     "Evidence chain head: (not yet signed)",
                     "[name withheld]"):
            assert want in t, want
        assert "Isla" not in t and "Isla" not in h
        assert "&lt;" not in t and "Fun day Bcc: victim@evil.example" in h
        assert "St Aldhelm's <script>alert(1)</script>" in t
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in h
        assert "&lt;img src=&quot;http://evil.example/x.png&quot;&gt;" in h
        sys.exit(0)
sys.exit(1)
PY
ok "the digest: due today, due tomorrow, overdue, flagged by severity, others, chain head"

# Moving a case; the queue follows.
mwat 2025-06-11T09:10:00Z case 3 respond --by "Ms Comms" --note "replied on the forum" >/dev/null ||
	fail "respond failed"
mwat 2025-06-11T09:10:00Z case 3 ack --by "Ms Comms" 2>"$T/err"
[ $? -eq 1 ] || fail "an illegal move did not fail"
grep -q "responded: it cannot be moved by ack" "$T/err" || fail "illegal move: $(cat "$T/err")"
mwat 2025-06-11T09:10:00Z case 3 close --by "Ms Comms" 2>/dev/null
[ $? -eq 2 ] || fail "close without a reason is not misuse"
mwat 2025-06-11T09:11:00Z case 3 close --by "Ms Comms" --reason resolved >/dev/null ||
	fail "close failed"
mwat 2025-06-11T09:12:00Z case 3 >"$T/case3.txt" || fail "case 3 failed"
for want in "Case 3: closed" "Closed as: resolved" "respond (escalated -> responded): replied on the forum" \
    "close: resolved (responded -> closed)" "escalate (open -> escalated)"; do
	grep -qF "$want" "$T/case3.txt" || fail "case 3 lacks \"$want\": $(cat "$T/case3.txt")"
done
mwat 2025-06-11T09:12:00Z case 2 >"$T/case2.txt"
grep -q "Isla" "$T/case2.txt" && fail "case shows a pupil name without --reveal"
mwat 2025-06-11T09:12:00Z case 2 --reveal | grep -q "Isla McAllister" ||
	fail "--reveal does not show the pupil's name"
mwat 2025-06-11T09:12:00Z case 1 pause --by "Ms Comms" --note "waiting for the forum" >/dev/null ||
	fail "pause failed"
mwat 2025-06-11T09:12:00Z cases --overdue | grep -c "overdue by" | grep -qx 1 ||
	fail "a paused or closed case is listed as overdue"
mwat 2025-06-11T09:13:00Z case 2 ack --by "Ms Comms" >/dev/null || fail "ack failed"
mwat 2025-06-11T09:13:00Z cases --mine --by "Ms Comms" >"$T/mine.txt"
grep -q "^2 .*acknowledged" "$T/mine.txt" && [ "$(grep -c '^[0-9]' "$T/mine.txt")" = 1 ] ||
	fail "cases --mine: $(cat "$T/mine.txt")"
ok "case moves are checked and recorded in the timeline"

mwat 2025-06-11T09:12:00Z cases --csv >"$T/cases.csv" || fail "cases --csv failed"
"$PYTHON3" -c '
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert len(rows) == 2, rows
assert {r["state"] for r in rows} == {"escalated", "acknowledged"}, rows
' "$T/cases.csv" || fail "cases --csv: $(cat "$T/cases.csv")"
mwat 2025-06-11T09:12:00Z cases --ics >"$T/cases.ics" || fail "cases --ics failed"
"$PYTHON3" -c '
import sys
raw = open(sys.argv[1], "rb").read()
assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
lines = raw.split(b"\r\n")[:-1]
assert all(len(l) <= 75 for l in lines), [l for l in lines if len(l) > 75]
assert b"\n" not in raw.replace(b"\r\n", b"")
assert raw.count(b"BEGIN:VEVENT") == 1 and raw.count(b"BEGIN:VALARM") == 1
assert b"TRIGGER:-PT240M" in raw
un = raw.replace(b"\r\n ", b"").decode()
assert "DTSTART:20250610T130000Z" in un, un
assert "Respond: case 2 (high) St Aldhelm\x27s Church of England Primary School" in un
assert "Isla" not in un
' "$T/cases.ics" || fail "cases --ics is not RFC 5545: $(cat "$T/cases.ics")"
ok "cases --csv and --ics (one event and alarm per open deadline, folded at 75 octets)"

# A failed send stays queued, shows in status, and is retried.
stop_sink
mwat 2025-06-12T22:05:00Z notify >"$T/fail.out" 2>"$T/fail.err"
[ $? -eq 1 ] || fail "notify with the server down did not fail"
mwat 2025-06-12T22:05:00Z status >"$T/status.txt" || fail "status failed"
grep -q "4 waiting, 4 failing" "$T/status.txt" || fail "status: $(cat "$T/status.txt")"
grep -q "failed 1 time; next try 2025-06-12T22:06:00Z" "$T/status.txt" ||
	fail "status lacks the retry: $(cat "$T/status.txt")"
printf 'mailer:s3cret-pass\n' >"$T/creds"
chmod 644 "$T/creds"
mwat 2025-06-12T22:07:00Z -o mail.credentials="$T/creds" notify >/dev/null 2>"$T/creds.err"
grep -q "chmod 600" "$T/creds.err" || fail "a readable credentials file was used"
grep -q "s3cret" "$T/creds.err" && fail "the password was logged"
before=$(ls "$MAIL"/*.eml | wc -l)
start_sink
mwat 2025-06-12T22:10:00Z notify >/dev/null 2>&1 || fail "the retry failed"
after=$(ls "$MAIL"/*.eml | wc -l)
[ $((after - before)) -eq 4 ] || fail "the retry sent $((after - before)), not 4"
mwat 2025-06-12T22:20:00Z notify >/dev/null 2>&1 || fail "notify after retry failed"
[ "$(ls "$MAIL"/*.eml | wc -l)" -eq "$after" ] || fail "a message was sent twice"
mwat 2025-06-12T22:20:00Z status | grep -q "0 waiting, 0 failing" || fail "status after the retry"
ok "a failed send is kept, shown by status, retried once the server is back"

# TLS: STARTTLS with the certificate verified and SMTP AUTH, to a named
# server (reached on loopback through connect_to); an unverifiable
# certificate, or a server without STARTTLS, gets nothing.
stop_sink
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$T/ca.key" \
    -out "$T/ca.pem" -days 2 -subj "/CN=mentionwatch test CA" 2>/dev/null &&
openssl req -newkey rsa:2048 -nodes -keyout "$T/srv.key" -out "$T/srv.csr" \
    -subj "/CN=mail.kestreltrust.example" 2>/dev/null &&
printf 'subjectAltName=DNS:mail.kestreltrust.example\n' >"$T/ext" &&
openssl x509 -req -in "$T/srv.csr" -CA "$T/ca.pem" -CAkey "$T/ca.key" \
    -CAcreateserial -out "$T/srv.pem" -days 2 -extfile "$T/ext" 2>/dev/null ||
	fail "openssl could not make test certificates"
chmod 600 "$T/creds"
# mwtls TIME ARGS: mentionwatch sending to mail.kestreltrust.example:587.
mwtls() {
	at=$1
	shift
	MENTIONWATCH_NOW=$at "$MENTIONWATCH" -c "$CONF" -D "$T/kestrel.db" \
	    -o mail.smtp_url=smtp://mail.kestreltrust.example:587 \
	    -o "crawler.connect_to=mail.kestreltrust.example:587:127.0.0.1:$SMTP_PORT" \
	    -o mail.credentials="$T/creds" -o mail.digest_time=23:00 "$@"
}
start_sink
before=$(ls "$MAIL"/*.eml | wc -l)
mwtls 2025-06-13T22:05:00Z notify >/dev/null 2>"$T/plain.err"
[ $? -eq 1 ] || fail "mail went to a named server without STARTTLS"
[ "$(ls "$MAIL"/*.eml | wc -l)" -eq "$before" ] || fail "a message went in clear"
stop_sink
start_sink --tls "$T/srv.pem" "$T/srv.key" --auth mailer:s3cret-pass
mwtls 2025-06-13T22:10:00Z notify >/dev/null 2>"$T/verify.err"
[ $? -eq 1 ] || fail "a certificate no CA vouches for was accepted"
[ "$(ls "$MAIL"/*.eml | wc -l)" -eq "$before" ] || fail "a message went to an unverified server"
mwtls 2025-06-13T22:20:00Z -o crawler.ca_file="$T/ca.pem" notify >/dev/null 2>"$T/tls.err" ||
	fail "STARTTLS with a verified certificate failed: $(cat "$T/tls.err")"
[ "$(ls "$MAIL"/*.eml | wc -l)" -eq $((before + 4)) ] || fail "the day's digests were not sent over TLS"
[ "$(cat "$MAIL"/*.auth | sort -u)" = mailer ] || fail "SMTP AUTH was not used"
grep -q s3cret "$T/plain.err" "$T/verify.err" "$T/tls.err" && fail "the password was logged"
grep -q "STARTTLS not supported" "$T/plain.err" || fail "no STARTTLS: $(cat "$T/plain.err")"
grep -q "certificate" "$T/verify.err" || fail "bad certificate: $(cat "$T/verify.err")"
ok "STARTTLS with a verified certificate and AUTH; never in clear, never unverified"

# The HTML digest in a real browser, offline.
mwat 2025-06-11T09:12:00Z digest --school st-aldhelms --html --since 2d >"$T/digest.html" ||
	fail "digest --html failed"
"$PYTHON3" - "$T/digest.html" <<'PY' || fail "the HTML digest loads something or runs script"
import html.parser, sys
class P(html.parser.HTMLParser):
    bad = []
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "img", "link", "iframe", "object", "embed",
                   "video", "audio", "source", "base", "form"):
            self.bad.append(tag)
        for k, v in attrs:
            if k in ("src", "srcset", "background", "action") or k.startswith("on"):
                self.bad.append(k)
            if k == "style" and "url(" in (v or ""):
                self.bad.append("url()")
p = P()
p.feed(open(sys.argv[1]).read())
assert not p.bad, p.bad
PY
if command -v chromium >/dev/null 2>&1; then
	# Every request goes to a proxy that only records it: the page may
	# make none (loopback included, through <-loopback>).
	"$PYTHON3" -c '
import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(16)
print("PORT=%d" % s.getsockname()[1], flush=True)
s.settimeout(0.5)
end = time.time() + 120
with open(sys.argv[1], "a") as log:
    while time.time() < end:
        try:
            c, _ = s.accept()
        except socket.timeout:
            continue
        c.settimeout(1)
        try:
            log.write(c.recv(200).split(b"\r\n")[0].decode("latin-1") + "\n")
            log.flush()
        except Exception:
            pass
        c.close()
' "$T/proxy.log" >"$T/proxy.out" &
	PROXY_PID=$!
	PROXY=$(server_port "$T/proxy.out")
	touch "$T/proxy.log"
	# render FILE PNG: one page in headless Chromium, offline but for
	# the recording proxy.
	render() {
		HOME="$T" timeout 90 chromium --headless --no-sandbox \
		    --disable-gpu --disable-background-networking \
		    --disable-component-update --no-first-run \
		    --disable-sync --disable-default-apps \
		    --user-data-dir="$(mktemp -d "$T/chrome.XXXXXX")" \
		    --proxy-server="http://127.0.0.1:$PROXY" \
		    --proxy-bypass-list="<-loopback>" \
		    --window-size=800,1600 --screenshot="$2" \
		    "file://$1" >>"$T/chrome.log" 2>&1
	}
	# Requests the page made; Chromium's own calls home are not the
	# page's, and are left out.
	page_requests() {
		grep -Ev '(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)[:/ ]' \
		    "$T/proxy.log"
	}
	# The check can fail: a control page with a remote image is caught.
	printf '<p>control<img src="http://images.remote.example/x.png"></p>' \
	    >"$T/control.html"
	render "$T/control.html" "$T/control.png"
	page_requests | grep -q 'images.remote.example' ||
		fail "the proxy did not see a control page's remote image: $(cat "$T/proxy.log")"
	: >"$T/proxy.log"
	render "$T/digest.html" "$T/digest.png"
	kill "$PROXY_PID" 2>/dev/null
	[ -s "$T/digest.png" ] || fail "chromium made no screenshot: $(tail -5 "$T/chrome.log")"
	page_requests >"$T/page.log" && fail "the digest made requests: $(cat "$T/page.log")"
	if [ -n "${MW_KEEP_PNG:-}" ]; then cp "$T/digest.png" "$MW_KEEP_PNG"; fi
	ok "the HTML digest renders in headless Chromium with no network request"
else
	echo "skip - chromium is not installed (contrib/deps-debian.sh installs it)"
fi
for c in cases case notify status digest; do
	"$MENTIONWATCH" "$c" --help >/dev/null || fail "$c --help failed"
done
"$MENTIONWATCH" cases --due --overdue 2>/dev/null; [ $? -eq 2 ] || fail "cases misuse is not exit 2"
"$MENTIONWATCH" case 1 frobnicate --by X 2>/dev/null; [ $? -eq 2 ] || fail "unknown action is not exit 2"
"$MENTIONWATCH" case 1 ack 2>"$T/err"; [ $? -eq 2 ] || fail "a move without --by is not exit 2"
grep -q -- "--by NAME" "$T/err" || fail "a move without --by does not say what to do"
mwat 2025-06-12T22:20:00Z case 99 2>"$T/err"; [ $? -eq 1 ] || fail "a missing case is not exit 1"
grep -q "no case 99" "$T/err" || fail "missing case: $(cat "$T/err")"
sed 's/^working_days = mon-fri/working_days = funday/; s/^holidays = england-and-wales/holidays = scotland/' \
    "$CONF" >"$T/bad.conf"
sed -i "s|^roster = roster.csv|roster = $top_srcdir/contrib/examples/kestrel/roster.csv|" "$T/bad.conf"
"$MENTIONWATCH" config check "$T/bad.conf" >/dev/null 2>"$T/err"
[ $? -eq 1 ] || fail "config check accepted working_days = funday"
grep -q "bad.conf:[0-9]*: \[school st-aldhelms\] working_days: \"funday\"" "$T/err" ||
	fail "config check: $(cat "$T/err")"
"$MENTIONWATCH" -o mail.digest_time=7.30 config check "$CONF" >/dev/null 2>"$T/err"
[ $? -eq 1 ] && grep -q 'digest_time: "7.30" is not HH:MM' "$T/err" ||
	fail "config check accepted digest_time = 7.30: $(cat "$T/err")"
ok "--help, misuse and errors; config check reads the deadline policy"
stop_sink
echo "1 passed, 0 failed"
