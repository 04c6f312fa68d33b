#!/bin/sh
# ours.sh: run mentionwatch as the "ours" row of shared/bench/run_all.sh.
# Turns the harness's environment into a configuration (the four entities
# of patterns.tsv become schools, every URL a source), runs one crawl
# cycle, then writes the contract score.py reads into $BENCH_OUT_DB:
# documents(url, body, body_encoding) from the bodies kept as received and
# mentions(url, entity) from the schools each fetched URL mentions.
# A second run on the same state directory (BENCH_STATE) polls the
# unchanged corpus, for the "second cycle" figure (BENCH_FORCE=yes polls
# every source then, due or not: a conditional GET each). BENCH_CAPTURE=no
# turns evidence capture off, to measure what it costs.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
MW=${MENTIONWATCH:-$top/build/mentionwatch}
: "${BENCH_FEEDS_FILE:?}" "${BENCH_PAGES_FILE:?}" "${BENCH_PATTERNS_TSV:?}"
: "${BENCH_OUT_DB:?}"
state=${BENCH_STATE:-$(mktemp -d "${TMPDIR:-/tmp}/mw-bench.XXXXXX")}
[ -n "${BENCH_STATE:-}" ] || trap 'rm -rf "$state"' EXIT
mkdir -p "$state"
conf=$state/bench.conf

{
	cat <<CONF
[mentionwatch]
database = $state/mw.db
contact_url = https://mentionwatch.example/bench
operator_email = bench@mentionwatch.example
capture = ${BENCH_CAPTURE:-yes}

[crawler]
workers = ${BENCH_WORKERS:-0}
max_connections = 64
host_connections = 32
host_gap = 0
max_body = 67108864
refuse_private = no
keep_bodies = yes
CONF
	[ -n "${BENCH_CA_FILE:-}" ] && echo "ca_file = $BENCH_CA_FILE"
	echo
	echo "[trust]"
	echo "name = Mentionwatch Bench Placeholder Trust"
	# One school per entity, every pattern an alias.
	awk -F'\t' '
	!($1 in first) { first[$1] = $2; order[n++] = $1; next }
	{ alias[$1] = alias[$1] "alias = " $2 "\n" }
	END {
		for (i = 0; i < n; i++) {
			e = order[i]
			printf "\n[school %s]\nname = %s\n%s", e, first[e], alias[e]
		}
	}' "$BENCH_PATTERNS_TSV"
	awk '{ printf "\n[source f%05d]\nurl = %s\ntype = feed\n", NR, $0 }' \
	    "$BENCH_FEEDS_FILE"
	awk '{ printf "\n[source p%05d]\nurl = %s\ntype = page\n", NR, $0 }' \
	    "$BENCH_PAGES_FILE"
} >"$conf"

[ -f "$state/mw.db" ] || "$MW" -c "$conf" init >/dev/null
force=
[ "${BENCH_FORCE:-no}" = yes ] && force=--force
deadline=${BENCH_DEADLINE_S:-0}
if [ "$deadline" -gt 0 ] 2>/dev/null; then
	timeout -s TERM "$deadline" "$MW" -c "$conf" crawl --once --quiet $force ||
	    [ $? -eq 124 ]
else
	"$MW" -c "$conf" crawl --once --quiet $force
fi

rm -f "$BENCH_OUT_DB"
sqlite3 "$BENCH_OUT_DB" <<SQL
ATTACH '$state/mw.db' AS mw;
CREATE TABLE documents (url TEXT, body BLOB, body_encoding TEXT);
CREATE TABLE mentions (url TEXT, entity TEXT);
INSERT INTO documents SELECT url, body, encoding FROM mw.bodies;
INSERT INTO mentions SELECT f.url, sc.key
    FROM mw.fetch_mentions f JOIN mw.schools sc ON sc.id = f.school_id;
SQL
