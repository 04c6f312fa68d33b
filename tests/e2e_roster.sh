#!/bin/sh
# End to end: import the example roster as `make eval` does and check what
# a safeguarding lead would count on: only keyed hashes are stored (no name
# in the database file, none printed), roster names are recognised, and
# `analyze --jsonl` output scores against a labelled set.
set -u
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

ROSTER="$top_srcdir/contrib/examples/kestrel/roster.csv"
mwr() {
	"$MENTIONWATCH" -c "$CONF" -D "$T/kestrel.db" "$@"
}

mwr init >"$T/init.out" 2>&1 || fail "init failed: $(cat "$T/init.out")"
mwr roster import "$ROSTER" >"$T/import.out" 2>"$T/import.err" ||
	fail "roster import failed: $(cat "$T/import.err")"
grep -q "imported 24 pupils" "$T/import.out" ||
	fail "not every pupil was imported: $(cat "$T/import.out")"
ok "roster import reads the MIS export"

# No name of the roster, first or last, in the database or the output.
sed 1d "$ROSTER" | cut -d, -f1,2 | tr ',' '\n' | sort -u >"$T/names"
while read -r name; do
	[ ${#name} -ge 3 ] || continue
	if grep -a -q -F -i "$name" "$T/kestrel.db" "$T/import.out" \
	    "$T/import.err"; then
		fail "a pupil's name is stored or printed"
	fi
done <"$T/names"
ok "only keyed hashes are stored, and no name is printed"

mwr roster import --json "$ROSTER" >"$T/import.json" ||
	fail "roster import --json failed"
"$PYTHON3" -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["imported"] == 24, d' \
    "$T/import.json" || fail "roster import --json does not count 24"
ok "importing again replaces the roster"

printf 'Forename,Surname\nAda,Lovelace\n' >"$T/bad.csv"
if mwr roster import "$T/bad.csv" >"$T/bad.out" 2>"$T/bad.err"; then
	fail "a roster without a School column was accepted"
fi
grep -q -i lovelace "$T/bad.err" "$T/bad.out" && fail "an error names a pupil"
ok "a roster without schools is refused without naming anyone"

# `make eval`-style scoring of a small labelled set.
mwr analyze --jsonl "$top_srcdir/tests/eval-sample.jsonl" >"$T/pred.jsonl" ||
	fail "analyze --jsonl failed"
"$PYTHON3" - "$top_srcdir/tests/eval-sample.jsonl" "$T/pred.jsonl" <<'PY' || fail "predictions do not match the labels"
import json, sys
labels = {}
for line in open(sys.argv[1]):
    o = json.loads(line)
    labels[o["id"]] = o
flagged = {"abuse", "allegation", "threat"}
bad = []
for line in open(sys.argv[2]):
    p = json.loads(line)
    for k in ("id", "schools", "harm", "pupil_identifying", "pupils", "findings"):
        assert k in p, "no %s in %s" % (k, p.get("id"))
    l = labels[p["id"]]
    if set(p["schools"]) != set(l["schools"]):
        bad.append((p["id"], "schools", p["schools"]))
    if (p["harm"] in flagged) != (l["harm"] in flagged):
        bad.append((p["id"], "harm", p["harm"]))
    if p["pupil_identifying"] != l["pupil_identifying"]:
        bad.append((p["id"], "pupil", p["pupil_identifying"]))
    for f in p["findings"]:
        assert f["reason"] and f["trace"]["recogniser"], p["id"]
        if f["analyzer"] == "pupils":
            assert f["redact"], p["id"]
if bad:
    print(bad)
    sys.exit(1)
PY
ok "analyze --jsonl scores right on a labelled sample"

score=
for d in "$top_srcdir/../shared" "$top_srcdir/../../shared"; do
	[ -f "$d/eval/score.py" ] && score="$d/eval/score.py" && break
done
if [ -n "$score" ]; then
	"$PYTHON3" "$score" "$top_srcdir/tests/eval-sample.jsonl" \
	    "$T/pred.jsonl" >"$T/score.out" || fail "score.py failed"
	grep -q '^mention_f1=1.000 harm_p=1.000 harm_r=1.000 pupil_p=1.000 pupil_r=1.000' \
	    "$T/score.out" || fail "score.py: $(tail -1 "$T/score.out")"
	ok "score.py scores the sample"
fi
