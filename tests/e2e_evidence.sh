#!/bin/sh
# End to end, evidence: capture a hostile page from a loopback server
# (through a redirect), open a case on it, re-capture it until it is taken
# down, export the bundle and check it as an outsider would (sha256sum,
# openssl, the warcio WARC reader, headless Chromium); then tamper with
# every file of the bundle, and with the store, and check that `verify`
# names each change.
set -u
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
E="$top_srcdir/tests/evidence"
: "${top_builddir:=$top_srcdir/build}"

mkdir -p "$T/www"
cp "$E/page.html" "$T/www/page.html"
"$PYTHON3" "$E/server.py" "$T/www" >"$T/serve.out" 2>"$T/serve.log" &
SERVER_PID=$!
PORT=$(server_port "$T/serve.out")
[ -n "$PORT" ] || fail "the test server did not start: $(cat "$T/serve.log")"

# A time-stamping authority of our own (RFC 3161, by `openssl ts`).
mkdir -p "$T/tsa"
(
	cd "$T/tsa" || exit 1
	openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Test TSA CA" \
	    -addext "basicConstraints=critical,CA:true" \
	    -addext "keyUsage=critical,keyCertSign" -keyout ca.key -out ca.pem &&
	openssl req -newkey rsa:2048 -nodes -subj "/CN=Test TSA" -keyout tsa.key \
	    -out tsa.csr &&
	printf 'extendedKeyUsage=critical,timeStamping\n' >ext &&
	openssl x509 -req -in tsa.csr -CA ca.pem -CAkey ca.key -CAcreateserial \
	    -days 2 -extfile ext -out tsa.pem &&
	echo 01 >serial
) >/dev/null 2>&1 || fail "cannot make the test TSA's certificates"
cat >"$T/tsa/tsa.cnf" <<CONF
[ tsa ]
default_tsa = tsa1
[ tsa1 ]
dir = $T/tsa
serial = \$dir/serial
crypto_device = builtin
signer_cert = \$dir/tsa.pem
certs = \$dir/ca.pem
signer_key = \$dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
CONF
"$PYTHON3" "$E/tsa.py" "$T/tsa/tsa.cnf" >"$T/tsa.out" 2>"$T/tsa.log" &
TSA_PID=$!
trap 'kill "$TSA_PID" 2>/dev/null; cleanup' EXIT INT TERM
TSA_PORT=$(server_port "$T/tsa.out")
[ -n "$TSA_PORT" ] || fail "the test TSA did not start: $(cat "$T/tsa.log")"

cat >"$T/ev.conf" <<CONF
[mentionwatch]
database = $T/ev.db
contact_url = https://monitoring.kestreltrust.example/
operator_email = it-support@kestreltrust.example
retention = 30d
tsa_url = http://127.0.0.1:$TSA_PORT/

[school st-aldhelms]
name = St Aldhelm's Church of England Primary School
alias = St Aldhelm's Primary
context = Wexcombe

[source hostile]
url = http://parents.wexcombe.example/r
type = page
CONF
ev() {
	"$MENTIONWATCH" -c "$T/ev.conf" -D "$T/ev.db" \
	    -o "crawler.connect_to=::127.0.0.1:$PORT" "$@"
}
db() {
	sqlite3 -batch "$T/ev.db" "$@"
}

# --- capture ---------------------------------------------------------
ev init >/dev/null 2>&1 || fail "init failed"
ev crawl --once >"$T/crawl.out" 2>&1 || fail "crawl failed: $(cat "$T/crawl.out")"
[ "$(db 'SELECT count(*) FROM captures')" = 1 ] ||
	fail "the crawl did not capture the page"
urls=$(db "SELECT urls FROM captures WHERE seq = 1")
[ "$urls" = "http://parents.wexcombe.example/r
http://parents.wexcombe.example/page.html" ] ||
	fail "the redirect chain is not recorded: $urls"
db "SELECT request_headers FROM captures WHERE seq = 1" |
	grep -q '^GET /page.html HTTP/1.1' || fail "no request line recorded"
db "SELECT response_headers FROM captures WHERE seq = 1" |
	grep -q '^HTTP/1.[01] 302' || fail "the redirect response is not recorded"
[ "$(db "SELECT status || ' ' || ip FROM captures WHERE seq = 1")" = \
    "200 127.0.0.1" ] || fail "status or server IP not recorded"
body_sha=$(db "SELECT body_sha256 FROM captures WHERE seq = 1")
obj="$T/evidence/sha256/$(echo "$body_sha" | cut -c1-2)/$body_sha"
[ "$(sha256sum <"$obj" | cut -d' ' -f1)" = "$body_sha" ] ||
	fail "the stored body is not named by its SHA-256"
cmp -s "$obj" "$T/www/page.html" || fail "the stored body is not the bytes served"
at=$(db "SELECT at_ms FROM captures WHERE seq = 1")
now=$(date +%s%3N)
[ $((now - at)) -ge 0 ] && [ $((now - at)) -lt 120000 ] ||
	fail "capture time $at is not the time in ms"
[ "$(db "SELECT count(*) FROM documents WHERE capture_id = 1")" -ge 1 ] ||
	fail "the document does not name its capture"
db "UPDATE captures SET url = 'x' WHERE seq = 1" 2>"$T/err" &&
	fail "the capture log accepted an update"
grep -q "append-only" "$T/err" || fail "the update was refused for another reason"
db "DELETE FROM captures" 2>/dev/null && fail "the capture log accepted a delete"
ok "a crawl captures the exact bytes, the redirect chain, request and response, in ms"

# --- over TLS: the certificate chain's fingerprints --------------------
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=parents.wexcombe.example" \
    -addext "subjectAltName=DNS:parents.wexcombe.example" \
    -keyout "$T/tls.key" -out "$T/tls.pem" 2>/dev/null || fail "cannot make a test certificate"
"$PYTHON3" "$E/server.py" "$T/www" "$T/tls.pem" "$T/tls.key" >"$T/tls.out" 2>"$T/tls.log" &
TLS_PID=$!
trap 'kill "$TLS_PID" "$TSA_PID" 2>/dev/null; cleanup' EXIT INT TERM
TLS_PORT=$(server_port "$T/tls.out")
[ -n "$TLS_PORT" ] || fail "the TLS test server did not start: $(cat "$T/tls.log")"
sed -e 's|url = http://parents.wexcombe.example/r|url = https://parents.wexcombe.example/page.html|' \
    "$T/ev.conf" >"$T/tls.conf"
"$MENTIONWATCH" -c "$T/tls.conf" -D "$T/tls.db" init >/dev/null 2>&1
"$MENTIONWATCH" -c "$T/tls.conf" -D "$T/tls.db" -o "crawler.ca_file=$T/tls.pem" \
    -o "crawler.connect_to=::127.0.0.1:$TLS_PORT" crawl --once >"$T/tlscrawl.out" 2>&1 ||
	fail "crawl over TLS failed: $(cat "$T/tlscrawl.out")"
kill "$TLS_PID"
want=$(openssl x509 -in "$T/tls.pem" -outform DER | sha256sum | cut -d' ' -f1)
got=$(sqlite3 -batch "$T/tls.db" "SELECT tls_fingerprints FROM captures WHERE seq = 1")
[ "$got" = "$want" ] || fail "TLS fingerprint recorded \"$got\", the certificate's is $want"
ok "a capture over TLS records the SHA-256 of the server's certificate"

# --- a case, re-captured until the page is gone ------------------------
doc=$(db "SELECT id FROM documents WHERE url LIKE '%page.html'")
[ -n "$doc" ] || fail "no document for the page"
off=$(db "SELECT instr(text, 'Tommy Testpupil') - 1 FROM documents WHERE id = $doc")
soff=$(db "SELECT instr(text, '<script>') - 1 FROM documents WHERE id = $doc")
[ "$soff" -ge 0 ] || fail "the page text lost its visible <script> words"
# The crawl may already have opened a case for the page (the analyzers
# flag its pupil); either way the page's case is the one exported.
db "INSERT OR IGNORE INTO cases (document_id, severity, first_seen, opened,
    due) VALUES ($doc, 'high', 1700000000, 1700000000, 1700086400);
    INSERT OR IGNORE INTO findings (document_id, analyzer, category, severity, score,
    reason, quote, start, end, created) VALUES
    ($doc, 'pupils', 'pupil-named', 'high', 0.9,
     'names a pupil: \"Tommy Testpupil\"', 'Tommy Testpupil', $off, $off + 15, 1),
    ($doc, 'harm', 'abuse', 'high', 0.8, 'quotes <b>markup</b>',
     substr((SELECT text FROM documents WHERE id = $doc), $soff + 1, 20),
     $soff, $soff + 20, 1);" || fail "cannot open a test case"
CASE=$(db "SELECT id FROM cases WHERE document_id = $doc")
ev recapture --all >"$T/rc1.out" 2>&1 || fail "recapture failed: $(cat "$T/rc1.out")"
grep -q "re-captured 1 of 1 due: 0 removed" "$T/rc1.out" ||
	fail "an unchanged page was not re-captured quietly: $(cat "$T/rc1.out")"
ev recapture >"$T/rc2.out" 2>&1
grep -q "of 0 due" "$T/rc2.out" || fail "re-capture ignores its schedule: $(cat "$T/rc2.out")"
touch "$T/www/gone"
ev recapture --all >"$T/rc3.out" 2>&1 || fail "recapture failed: $(cat "$T/rc3.out")"
grep -q "1 removed" "$T/rc3.out" || fail "removal not seen: $(cat "$T/rc3.out")"
note=$(db "SELECT note FROM case_events WHERE what = 'removed'")
echo "$note" | grep -q "^removed on .*before: capture 2, .*after: capture 3, HTTP 404" ||
	fail "the removal event does not name both captures: $note"
ev recapture --all >/dev/null 2>&1
[ "$(db "SELECT count(*) FROM case_events WHERE what = 'removed'")" = 1 ] ||
	fail "a page still gone was recorded as removed twice"
ok "re-capture chains each fetch and records the takedown with both captures"

# robots.txt now forbids the page, which is back: re-capture obeys it,
# says so on the case, and does not take the page for restored.
rm -f "$T/www/gone"
printf 'User-agent: *\nDisallow: /page.html\n' >"$T/www/robots.txt"
# The copy of robots.txt the crawl kept is two days old now.
db "UPDATE robots SET fetched = fetched - 2 * 86400" || fail "cannot age robots.txt"
n=$(grep -c "^REQ	/page.html	" "$T/serve.log")
r=$(grep -c "^REQ	/robots.txt	" "$T/serve.log")
ev recapture --all >"$T/rc5.out" 2>&1 || fail "recapture failed: $(cat "$T/rc5.out")"
grep -q "re-captured 0 of 1 due: 0 removed, 0 restored, 0 changed, 1 not re-captured (robots.txt), 0 errors" \
    "$T/rc5.out" || fail "a page robots.txt forbids was not left alone: $(cat "$T/rc5.out")"
[ "$(grep -c "^REQ	/page.html	" "$T/serve.log")" = "$n" ] ||
	fail "re-capture fetched a page robots.txt forbids"
[ "$(grep -c "^REQ	/robots.txt	" "$T/serve.log")" = $((r + 1)) ] ||
	fail "re-capture did not read the stale robots.txt again"
grep "^REQ	/robots.txt	" "$T/serve.log" | tail -n 1 |
    grep -q "	mentionwatch/[^	]*(+https://monitoring.kestreltrust.example/)	it-support@kestreltrust.example$" ||
	fail "re-capture does not send the crawler's User-Agent and From"
note=$(db "SELECT note FROM case_events WHERE what = 'not-recaptured'")
echo "$note" | grep -q "^not re-captured on .*: disallowed by robots.txt rule Disallow: /page.html for agent \*" ||
	fail "the case does not say why the page was not re-captured: $note"
[ "$(db "SELECT count(*) FROM case_events WHERE what IN ('removed', 'restored')")" = 1 ] ||
	fail "a page robots.txt forbids was recorded as removed or restored"
ev recapture --all >/dev/null 2>&1
[ "$(db "SELECT count(*) FROM case_events WHERE what = 'not-recaptured'")" = 1 ] ||
	fail "the same refusal was recorded twice"
[ "$(grep -c "^REQ	/robots.txt	" "$T/serve.log")" = $((r + 1)) ] ||
	fail "robots.txt read by re-capture was not kept for a day"
rm -f "$T/www/robots.txt"
touch "$T/www/gone"
ok "re-capture obeys robots.txt, sends who we are, and records a refusal once, not a removal"

# --- export and verify as an outsider --------------------------------
cd "$T" || exit 1
ev export "$CASE" -o "$T/case.zip" >"$T/export.out" 2>&1 || fail "export failed: $(cat "$T/export.out")"
ev verify "$T/case.zip" >"$T/verify.out" 2>&1 || fail "verify failed: $(cat "$T/verify.out")"
ev export "$CASE" --unredacted -o "$T/case-unredacted.zip" >/dev/null 2>&1 ||
	fail "unredacted export failed"
mkdir "$T/x" && (cd "$T/x" && unzip -q "$T/case.zip") || fail "unzip failed"
B="$T/x/mentionwatch-case-1"
(cd "$B" && sha256sum -c SHA256SUMS) >"$T/sums.out" 2>&1 || fail "sha256sum -c: $(cat "$T/sums.out")"
grep -q "openssl pkeyutl -verify -pubin -inkey signing-key.pub -rawin" "$B/README.txt" ||
	fail "README does not give the openssl command"
(cd "$B" && openssl pkeyutl -verify -pubin -inkey signing-key.pub -rawin \
    -in SHA256SUMS -sigfile SHA256SUMS.sig) 2>&1 | grep -q "Signature Verified Successfully" ||
	fail "openssl does not verify SHA256SUMS.sig"
(cd "$B" && openssl pkeyutl -verify -pubin -inkey signing-key.pub -rawin \
    -in checkpoint.txt -sigfile checkpoint.sig) 2>&1 | grep -q "Signature Verified Successfully" ||
	fail "openssl does not verify checkpoint.sig"
fp=$(openssl pkey -pubin -in "$B/signing-key.pub" -outform DER | tail -c 32 | sha256sum | cut -d' ' -f1)
grep -q "$fp" "$B/README.txt" || fail "README's key fingerprint is not the key's"
line=$(awk -F'\t' '!/^#/ { print; exit }' "$B/chain.tsv")
n=$(echo "$line" | cut -f1)
want=$(echo "$line" | cut -f7)
[ "$(echo "$line" | awk -F'\t' '{ print NF }')" = 9 ] ||
	fail "a new chain entry is not version 2 (9 columns)"
# shellcheck disable=SC2046
got=$(printf 'mentionwatch-chain-v2\nseq %s\ntime %s\nurl-sha256 %s\nbody-sha256 %s\nraw-sha256 %s\nheaders-sha256 %s\nprev %s\n' \
    $(awk -F'\t' -v n="$n" '$1==n {print $1, $2, $3, $4, $8, $5, $6}' "$B/chain.tsv") | sha256sum | cut -d' ' -f1)
[ "$got" = "$want" ] || fail "a chain entry's hash cannot be recomputed as the README says"
last=$(awk -F'\t' '!/^#/ { h = $7 } END { print h }' "$B/chain.tsv")
grep -q "^hash $last\$" "$B/checkpoint.txt" || fail "the checkpoint does not sign the last entry"
cmp -s "$B/captures/1.body" "$T/www/page.html" || fail "the bundle's body is not the bytes served"
grep -q "REDACTED" "$B/README.txt" || fail "README does not say the copy is redacted"
grep -q "Tommy Testpupil" "$B/report.html" && fail "the redacted report names a pupil"
unzip -p "$T/case-unredacted.zip" '*/report.html' | grep -q "Tommy Testpupil" ||
	fail "the unredacted report does not name the pupil"
unzip -p "$T/case-unredacted.zip" '*/README.txt' | grep -q "UNREDACTED" ||
	fail "README does not say the copy is unredacted"
grep -q "<mark" "$B/report.html" || fail "no flagged passage is highlighted"
grep -q "removed on" "$B/report.html" || fail "the timeline lacks the removal"
[ -f "$B/checkpoint.tsr" ] || fail "the bundle has no RFC 3161 time-stamp"
grep -q "openssl ts -verify -in checkpoint.tsr -data checkpoint.txt" "$B/README.txt" ||
	fail "README does not say how to check the time-stamp"
(cd "$B" && openssl ts -verify -in checkpoint.tsr -data checkpoint.txt \
    -CAfile "$T/tsa/ca.pem" -untrusted "$T/tsa/tsa.pem") >"$T/ts.out" 2>&1
grep -q "Verification: OK" "$T/ts.out" || fail "openssl ts does not verify the time-stamp: $(cat "$T/ts.out")"
grep -q "^ok: checkpoint.tsr: time-stamps checkpoint.txt" "$T/verify.out" ||
	fail "verify does not check the time-stamp: $(cat "$T/verify.out")"
ok "the bundle verifies with sha256sum and openssl as README.txt says"

# --- an independent WARC reader --------------------------------------
NPM_DIR="$top_builddir/tests/npm"
if [ ! -d "$NPM_DIR/node_modules/warcio" ]; then
	command -v npm >/dev/null || fail "npm is missing (run contrib/deps-debian.sh)"
	mkdir -p "$NPM_DIR"
	(cd "$NPM_DIR" && timeout 300 npm install --no-audit --no-fund \
	    --silent warcio@2.4.11) >"$T/npm.log" 2>&1 ||
		fail "cannot install warcio from npm: $(tail -3 "$T/npm.log")"
fi
cp "$E/warcio_check.mjs" "$NPM_DIR/"
node "$NPM_DIR/warcio_check.mjs" "$B/captures.warc.gz" >"$T/warcio.out" 2>&1 ||
	fail "warcio disagrees: $(cat "$T/warcio.out")"
ncap=$(ls "$B/captures" | grep -c '\.body$')
[ "$ncap" = 4 ] || fail "the bundle holds $ncap captures, not the 4 taken"
grep -q "^records $((1 + 3 * ncap))$" "$T/warcio.out" ||
	fail "warcio read $(cat "$T/warcio.out"), not warcinfo and a request, response and metadata record for each of $ncap captures"
ok "warcio reads every WARC record and agrees with its digests"

# --- the report in a browser ------------------------------------------
CHROMIUM=$(command -v chromium || command -v chromium-browser) ||
	fail "chromium is missing (run contrib/deps-debian.sh)"
browse() {
	timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu \
	    --disable-background-networking --disable-component-update \
	    --no-first-run --user-data-dir="$(mktemp -d "$T/chrome.XXXXXX")" \
	    --dump-dom "file://$1" 2>/dev/null
}
printf '<!DOCTYPE html><html><body><p>control</p><script>document.body.setAttribute("data-pwned","control")</script></body></html>' >"$T/control.html"
browse "$T/control.html" >"$T/control.dom"
grep -q 'data-pwned="control"' "$T/control.dom" ||
	fail "the browser check cannot see a script run (control failed)"
browse "$B/report.html" >"$T/report.dom"
grep -q "Parents of St Aldhelm" "$T/report.dom" || fail "Chromium did not render the report"
grep -q "data-pwned=\"" "$T/report.dom" && fail "a captured script ran in report.html"
grep -Eiq "<(script|img|svg|iframe)[ >]" "$T/report.dom" && fail "a captured tag became an element in report.html"
grep -Eiq "<[a-z]+ [^>]*(href|src)=\"javascript:" "$T/report.dom" &&
	fail "a javascript: URL became a link"
grep -q "&lt;script&gt;document.body.setAttribute" "$T/report.dom" ||
	fail "the captured <script> text is not shown as text"
ok "script and HTML injection in a captured page render as inert text in Chromium"

# --- tampering with the bundle ----------------------------------------
expect_fail() {	# ZIP WHAT PATTERN
	if ev verify "$1" >"$T/v.out" 2>&1; then
		fail "$2: not detected"
	fi
	grep "^FAIL: " "$T/v.out" | grep -q -- "$3" ||
		fail "$2: detected, but not named ($3): $(cat "$T/v.out")"
}
Z="$E/zipedit.py"
"$PYTHON3" "$Z" "$T/case.zip" - list >"$T/members"
nfiles=0
while read -r m; do
	[ -z "$m" ] && continue
	"$PYTHON3" "$Z" "$T/case.zip" "$T/t.zip" flip "$m" || fail "cannot flip $m"
	expect_fail "$T/t.zip" "one byte flipped in $m" "$m"
	"$PYTHON3" "$Z" "$T/case.zip" "$T/t.zip" delete "$m" || fail "cannot delete $m"
	expect_fail "$T/t.zip" "$m deleted" "$m"
	nfiles=$((nfiles + 1))
done <"$T/members"
[ "$nfiles" -ge 13 ] || fail "the bundle has only $nfiles files"
ok "a flipped byte or a deleted file is named, for each of the $nfiles files"

"$PYTHON3" "$Z" "$T/case.zip" "$T/t.zip" swaplines chain.tsv
expect_fail "$T/t.zip" "two chain entries reordered" "chain.tsv line .*out of order"
openssl genpkey -algorithm ed25519 -out "$T/other.key" 2>/dev/null
openssl pkey -in "$T/other.key" -pubout -out "$T/other.pub" 2>/dev/null
"$PYTHON3" "$Z" "$T/case.zip" "$T/t.zip" replace signing-key.pub "$T/other.pub"
expect_fail "$T/t.zip" "public key swapped" "SHA256SUMS.sig: the signature"
grep -q "checkpoint.sig" "$T/v.out" || fail "a swapped key does not fail the checkpoint"
ok "reordered chain entries and a swapped public key are named"

# The WARC's own digests, behind SHA256SUMS: change a body in the WARC.
"$PYTHON3" - "$B/captures.warc.gz" "$T/bad.warc.gz" <<'PY'
import gzip, sys
data = gzip.open(sys.argv[1]).read()
i = data.index(b"Everyone knows")
data = data[:i] + b"Nobody" + data[i + 6:]
gzip.open(sys.argv[2], "wb").write(data)
PY
"$PYTHON3" "$Z" "$T/case.zip" "$T/t.zip" replace captures.warc.gz "$T/bad.warc.gz"
expect_fail "$T/t.zip" "a WARC record changed" "captures.warc.gz: record .*(response, bytes [0-9]*-[0-9]* of the uncompressed stream): block digest does not match"
ok "a changed WARC record is named with its byte range"

# --- the bytes as received, and the spool -----------------------------
sed -e 's|url = http://parents.wexcombe.example/r|url = http://parents.wexcombe.example/gz|' \
    -e "s|database = .*|database = $T/sp/sp.db|" -e '/^tsa_url/d' "$T/ev.conf" >"$T/sp.conf"
cat >>"$T/sp.conf" <<CONF

[source quiet]
url = http://parents.wexcombe.example/quiet.html
type = page
CONF
mkdir "$T/sp"
sp() {
	"$MENTIONWATCH" -c "$T/sp.conf" -o "crawler.connect_to=::127.0.0.1:$PORT" "$@"
}
spdb() {
	sqlite3 -batch "$T/sp/sp.db" "$@"
}
sp init >/dev/null 2>&1 && sp crawl --once >"$T/sp.out" 2>&1 ||
	fail "crawl of a compressed page failed: $(cat "$T/sp.out")"
row=$(spdb "SELECT body_sha256, raw_sha256, raw_kept, content_encoding FROM captures
    WHERE url LIKE '%/gz'")
bsha=$(echo "$row" | cut -d'|' -f1)
rsha=$(echo "$row" | cut -d'|' -f2)
[ "$(echo "$row" | cut -d'|' -f3-)" = "1|gzip" ] ||
	fail "the compressed bytes of a page with a mention are not kept: $row"
raw="$T/sp/evidence/sha256/$(echo "$rsha" | cut -c1-2)/$rsha"
[ "$(sha256sum <"$raw" | cut -d' ' -f1)" = "$rsha" ] ||
	fail "the bytes as received are not stored under raw-sha256"
gunzip -c <"$raw" | cmp -s - "$T/www/page.html" ||
	fail "the bytes as received do not decompress to the page"
[ "$bsha" = "$(sha256sum <"$T/www/page.html" | cut -d' ' -f1)" ] ||
	fail "the decoded body of a page with a mention is not hashed: $bsha"
# A page with no mention: the bytes as received go to the spool once;
# the body is them decoded, not hashed, as retention drops it.
qrow=$(spdb "SELECT body_sha256, raw_sha256, raw_kept, content_encoding
    FROM captures WHERE url LIKE '%quiet.html'")
[ -n "$qrow" ] || fail "a page with no mention was not captured"
qsha=$(echo "$qrow" | cut -d'|' -f2)
[ "$(echo "$qrow" | cut -d'|' -f1,3,4)" = "-|1|gzip" ] ||
	fail "a compressed page with no mention is not kept as its bytes as received: $qrow"
[ ! -e "$T/sp/evidence/sha256/$(echo "$qsha" | cut -c1-2)/$qsha" ] ||
	fail "a page with no mention got a file of its own, not the spool"
pack=$(spdb "SELECT pack || ' ' || offset FROM evidence_spool WHERE sha256 = '$qsha'")
[ -n "$pack" ] || fail "the page with no mention is not in the spool"
[ "$(spdb "SELECT count(*) FROM evidence_spool WHERE sha256 = '-'")" = 0 ] ||
	fail "the spool records a body that was not hashed"
# The crawl still knows that page by the hash of its decoded bytes.
quiet='<html><body><p>Opening times of the library for the summer.</p></body></html>'
[ "$(spdb "SELECT content_hash FROM documents WHERE url LIKE '%quiet.html'")" = \
    "$(printf '%s' "$quiet" | sha256sum | cut -d' ' -f1)" ] ||
	fail "a page with no mention is not remembered by the hash of its bytes"
sp verify --store >"$T/spv.out" 2>&1 || fail "a store with a spool does not verify: $(cat "$T/spv.out")"
doc=$(spdb "SELECT id FROM documents WHERE url LIKE '%/gz'")
spdb "INSERT OR IGNORE INTO cases (document_id, severity, first_seen, opened,
    due) VALUES ($doc, 'high', 1700000000, 1700000000, 1700086400);"
SPCASE=$(spdb "SELECT id FROM cases WHERE document_id = $doc")
# Fetched again unchanged, the compressed page is not analysed, so not
# kept: its body is not hashed. A re-capture must still see that nothing
# moved (the two compress the same page differently).
sp crawl --once --force >"$T/sp2.out" 2>&1 || fail "a second crawl failed: $(cat "$T/sp2.out")"
[ "$(spdb "SELECT body_sha256 FROM captures WHERE url LIKE '%/gz' ORDER BY seq DESC LIMIT 1")" = "-" ] ||
	fail "an unchanged page fetched again was hashed as if kept"
sp recapture --all >"$T/sprc.out" 2>&1 || fail "recapture failed: $(cat "$T/sprc.out")"
[ "$(spdb "SELECT count(*) FROM case_events WHERE case_id = $SPCASE AND what = 'changed'")" = 0 ] ||
	fail "an unchanged compressed page was recorded as changed: $(spdb "SELECT note FROM case_events WHERE case_id = $SPCASE")"
sp export "$SPCASE" -o "$T/sp.zip" >/dev/null 2>&1 || fail "export of the compressed page failed"
mkdir "$T/spz" && (cd "$T/spz" && unzip -q "$T/sp.zip") || fail "cannot unzip"
SB=$(find "$T/spz" -name SHA256SUMS -exec dirname {} \;)
n=$(spdb "SELECT min(seq) FROM captures WHERE url LIKE '%/gz'")
[ -f "$SB/captures/$n.raw" ] || fail "the bundle lacks the bytes as received"
(cd "$SB" && sha256sum -c --quiet SHA256SUMS) || fail "sha256sum -c fails on the bundle"
gunzip -c <"$SB/captures/$n.raw" | cmp -s - "$SB/captures/$n.body" ||
	fail "captures/$n.raw does not decompress to captures/$n.body"
[ "$(sha256sum <"$SB/captures/$n.raw" | cut -d' ' -f1)" = \
    "$(awk -F'\t' -v n="$n" '$1 == n { print $8 }' "$SB/chain.tsv")" ] ||
	fail "raw-sha256 of the chain entry is not the hash of captures/$n.raw"
sp verify "$T/sp.zip" >/dev/null 2>&1 || fail "the bundle with raw bytes does not verify"
# A capture whose body was not hashed is bound through its raw bytes: a
# body that is not them decoded is named, not only by SHA256SUMS.
u=$(awk -F'\t' '$4 == "-" && $9 != "-" { print $1; exit }' "$SB/chain.tsv")
[ -n "$u" ] || fail "the bundle has no capture whose body was not hashed"
[ -f "$SB/captures/$u.raw" ] || fail "capture $u, not hashed, lacks its bytes as received"
gunzip -c <"$SB/captures/$u.raw" | cmp -s - "$SB/captures/$u.body" ||
	fail "captures/$u.raw does not decompress to captures/$u.body"
"$PYTHON3" "$E/zipedit.py" "$T/sp.zip" "$T/sp-forged.zip" flip "captures/$u.body" ||
	fail "cannot edit the bundle"
sp verify "$T/sp-forged.zip" >"$T/spf.out" 2>&1 && fail "a forged body of a capture not hashed was not detected"
grep "^FAIL: " "$T/spf.out" | grep -q "captures/$u.body: is not captures/$u.raw decoded" ||
	fail "a forged body of a capture not hashed is not named: $(cat "$T/spf.out")"
# (where the quiet page's bytes are now: the second crawl spooled them too)
pack=$(spdb "SELECT pack || ' ' || offset FROM evidence_spool WHERE sha256 = '$qsha'")
set -- $pack
"$PYTHON3" -c 'import sys; p=sys.argv[1]; d=bytearray(open(p,"rb").read()); d[int(sys.argv[2])]^=1; open(p,"wb").write(d)' \
    "$T/sp/evidence/$1" "$2"
sp verify --store >"$T/spv.out" 2>&1 && fail "a flipped byte in the spool was not detected"
grep "^FAIL: " "$T/spv.out" | grep -q "$1 bytes $2 to" ||
	fail "the spool's damaged byte range is not named: $(cat "$T/spv.out")"
ok "compressed bytes are kept as received; pages with no mention go to a verified spool"

# --- tampering with the store ----------------------------------------
ev verify --store >"$T/vs.out" 2>&1 || fail "verify --store failed: $(cat "$T/vs.out")"
mkdir "$T/keep"
cp -a "$T/ev.db" "$T/evidence" "$T/keys" "$T/keep/"
restore() {
	rm -rf "$T/ev.db" "$T/ev.db-wal" "$T/ev.db-shm" "$T/evidence" "$T/keys"
	cp -a "$T/keep/ev.db" "$T/keep/evidence" "$T/keep/keys" "$T/"
}
expect_store_fail() {	# WHAT PATTERN
	if ev verify --store >"$T/v.out" 2>&1; then
		fail "store: $1: not detected"
	fi
	grep "^FAIL: " "$T/v.out" | grep -q -- "$2" ||
		fail "store: $1: detected, but not named ($2): $(cat "$T/v.out")"
	restore
}
sha=$(db "SELECT body_sha256 FROM captures WHERE seq = 1")
f="$T/evidence/sha256/$(echo "$sha" | cut -c1-2)/$sha"
"$PYTHON3" -c 'import sys; p=sys.argv[1]; d=bytearray(open(p,"rb").read()); d[len(d)//2]^=1; open(p,"wb").write(d)' "$f"
expect_store_fail "a body byte flipped" "entry 1: body file .*$sha has SHA-256"
rm "$f"
expect_store_fail "a body deleted" "entry 1: body file .*$sha is missing"
sha=$(db "SELECT headers_sha256 FROM captures WHERE seq = 2")
rm "$T/evidence/sha256/$(echo "$sha" | cut -c1-2)/$sha"
expect_store_fail "a headers file deleted" "entry 2: headers file"
db "DROP TRIGGER captures_no_update;
    UPDATE captures SET seq = -1 WHERE seq = 1;
    UPDATE captures SET seq = 1 WHERE seq = 2;
    UPDATE captures SET seq = 2 WHERE seq = -1;"
expect_store_fail "two entries reordered" "entry 1 (row 2).*the chain is broken"
db "DROP TRIGGER captures_no_update;
    UPDATE captures SET at_ms = at_ms + 1 WHERE seq = 2;"
expect_store_fail "an entry's time changed" "entry 2 (row 2): the entry's hash does not match"
cp "$T/other.pub" "$T/keys/signing.pub"
expect_store_fail "the public key swapped" "checkpoint 1 (entry .*): the signature does not verify"
ev verify --store >/dev/null 2>&1 || fail "the restored store does not verify"
ok "the store names a flipped, deleted or reordered entry and a swapped key"

ev export --help >/dev/null && ev verify --help >/dev/null &&
	ev recapture --help >/dev/null || fail "--help failed"
ev export 99 >/dev/null 2>"$T/err"; [ $? -eq 1 ] || fail "a missing case is not exit 1"
ev export >/dev/null 2>&1; [ $? -eq 2 ] || fail "export without a case is not exit 2"
ev verify "$T/nonexistent.zip" >/dev/null 2>&1; [ $? -eq 1 ] || fail "a missing bundle is not exit 1"
ok "exit codes and --help"
