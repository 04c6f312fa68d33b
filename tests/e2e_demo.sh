#!/bin/sh
# End to end: serve the demo web, crawl it once with the example trust, and
# check what a person reading the demo pages would count: which schools are
# mentioned in which documents, that namesakes and hidden names are not
# reported, that robots.txt is obeyed, and that a second crawl adds nothing.
set -u
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

start_demo_web
mw init >"$T/init.out" || fail "init failed"
[ "$(stat -c %a "$T/kestrel.db")" = 600 ] || fail "database is not mode 0600"
[ "$(stat -c %a "$T/keys/signing.key")" = 600 ] || fail "key is not mode 0600"
ok "init creates a private database and keys"

mw crawl --once >"$T/crawl.out" 2>"$T/crawl.err" ||
	fail "crawl failed: $(cat "$T/crawl.err")"
grep -q "crawled 12 of 12 sources" "$T/crawl.out" ||
	fail "not every source was crawled: $(cat "$T/crawl.out")"
grep -q ", 0 errors" "$T/crawl.out" || fail "crawl errors: $(cat "$T/crawl.err")"
ok "crawl --once fetches every source"

# The (url, school) pairs stored, against those a person counted.
mw mentions --json | "$PYTHON3" -c '
import json, sys
for m in json.load(sys.stdin):
    print(m["url"] + "\t" + m["school"])' | sort -u >"$T/got.tsv"
grep -v '^url' "$top_srcdir/contrib/demo-web/EXPECTED.tsv" |
	awk -F'\t' '$2 != "kestrel-trust" { print $1 "\t" $2 }' |
	sort -u >"$T/want.tsv"
if ! cmp -s "$T/got.tsv" "$T/want.tsv"; then
	echo "mentions differ (< stored, > expected):" >&2
	diff "$T/got.tsv" "$T/want.tsv" >&2
	fail "the stored mentions are not those a reader counts"
fi
ok "mentions are exactly those of contrib/demo-web/EXPECTED.tsv ($(wc -l <"$T/want.tsv"))"

grep -v '^url' "$top_srcdir/contrib/demo-web/NOT-MENTIONS.tsv" | cut -f1 |
while read -r url; do
	if grep -q "^$url	" "$T/got.tsv"; then
		fail "namesake or hidden name reported as a mention: $url"
	fi
done || exit 1
ok "namesakes and names hidden in scripts, comments and attributes are not reported"

grep -q '/private/' "$T/serve.log" && fail "a page robots.txt disallows was fetched"
ok "nothing under a robots.txt Disallow was fetched"

mw digest --text >"$T/digest.txt" || fail "digest failed"
for name in "St Aldhelm's Church of England Primary School" \
    "Harrowden Park Academy" "Fenwick Vale Infant School"; do
	grep -q "== $name ==" "$T/digest.txt" || fail "digest lacks $name"
done
grep -q "Spelling bee champion" "$T/digest.txt" || fail "digest lacks a mention"
grep -q "12 sources watched, 0 failing" "$T/digest.txt" ||
	fail "digest lacks the sources' health"
ok "the digest names every school and its mentions"

before=$(mw mentions --json | "$PYTHON3" -c 'import json,sys; print(len(json.load(sys.stdin)))')
mw crawl --once --force >"$T/crawl2.out" 2>&1 || fail "second crawl failed"
grep -q "0 new mentions" "$T/crawl2.out" ||
	fail "a second crawl added mentions: $(cat "$T/crawl2.out")"
after=$(mw mentions --json | "$PYTHON3" -c 'import json,sys; print(len(json.load(sys.stdin)))')
[ "$before" = "$after" ] || fail "mentions went from $before to $after"
grep -q "unchanged" "$T/crawl2.out" || fail "no summary on the second crawl"
ok "a second crawl of an unchanged web stores nothing twice"

"$MENTIONWATCH" nosuchcommand 2>"$T/err"; [ $? -eq 2 ] || fail "misuse is not exit 2"
"$MENTIONWATCH" crawl --bogus 2>/dev/null; [ $? -eq 2 ] || fail "bad option is not exit 2"
"$MENTIONWATCH" -c "$T/missing.conf" crawl 2>"$T/err"; [ $? -eq 1 ] || fail "missing config is not exit 1"
grep -q "mentionwatch init" "$T/err" || fail "missing config error does not say what to do"
# Every command `mentionwatch --help` lists takes --help and refuses an
# unknown option with exit 2 and a pointer to its help.
cmds=$("$MENTIONWATCH" --help |
    awk '/^Commands:/ { f = 1; next } f && /^  [a-z]/ { print $1 }')
[ "$(echo "$cmds" | wc -w)" -ge 18 ] || fail "--help lists too few commands: $cmds"
for c in $cmds; do
	"$MENTIONWATCH" "$c" --help >"$T/help" || fail "$c --help failed"
	grep -q "^usage: mentionwatch $c " "$T/help" || fail "$c --help: $(head -1 "$T/help")"
	"$MENTIONWATCH" "$c" --bogus >/dev/null 2>"$T/err"
	[ $? -eq 2 ] || fail "$c --bogus is not exit 2"
	grep -q "^Try \`mentionwatch $c --help\`" "$T/err" ||
		fail "$c --bogus does not point to its help: $(cat "$T/err")"
done
ok "exit codes and --help"
echo "1 passed, 0 failed"
