#!/bin/sh
# bench_analyzers.sh: throughput of the matcher and analyzers with 100
# schools configured, on the benchmark corpus's visible text. Not part of
# `make check`; run `make bench-analyzers` (it builds the bench first).
#
# usage: bench_analyzers.sh [TSV]
set -eu
top=${top_srcdir:-$(dirname "$0")/..}
tsv=${1:-/var/tmp/school-bench/corpus-small/visible.tsv}
if [ ! -f "$tsv" ]; then
	echo "bench_analyzers: no $tsv; generate it with" >&2
	echo "  /usr/bin/python3 shared/bench/gen_corpus.py --size small &&" >&2
	echo "  /usr/bin/python3 shared/bench/extract_text.py --corpus /var/tmp/school-bench/corpus-small" >&2
	exit 2
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# The example trust's three schools, then 97 generated ones with names,
# aliases, context words, namesakes and staff like theirs.
cp "$top/contrib/examples/kestrel/mentionwatch.conf" "$dir/bench.conf"
sed -i '/^\[source /,$d' "$dir/bench.conf"
/usr/bin/python3 - "$dir/bench.conf" <<'PY'
import random, sys
random.seed(7)
a = ["Ash", "Beech", "Cedar", "Elm", "Hazel", "Oak", "Rowan", "Willow",
     "Holly", "Alder", "Birch", "Maple", "Larch", "Yew", "Thorn", "Heath",
     "Brook", "Moor", "Down", "Vale"]
b = ["field", "wood", "combe", "ford", "bury", "leigh", "ton", "wick",
     "stead", "well", "gate", "hurst", "mere", "cliffe", "dale"]
kind = ["Primary School", "Academy", "Infant School", "Junior School",
        "CE Primary School", "High School"]
first = ["Anne", "Brian", "Carol", "David", "Emma", "Frank", "Gita",
         "Hamid", "Irene", "James"]
last = ["Abbott", "Barlow", "Crane", "Dunmore", "Ellison", "Fairley",
        "Gorman", "Hendry", "Ingram", "Jarvis", "Kershaw", "Lumley"]
seen = set()
with open(sys.argv[1], "a") as f:
    n = 0
    while n < 97:
        place = random.choice(a) + random.choice(b)
        k = random.choice(kind)
        place = place + " " + random.choice(["Vale", "Hill", "Park", "Green", "Cross", "Meadow"])
        name = "%s %s" % (place, k)
        if name in seen:
            continue
        seen.add(name)
        n += 1
        f.write("\n[school bench-%03d]\nname = %s\n" % (n, name))
        f.write("alias = %s %s\n" % (place, k.split()[0]))
        f.write("alias = @%s%s\n" % (place.replace(" ", ""), "Sch"))
        f.write("context = %s\ncontext = %s Green\n" % (place, place))
        f.write("namesake = %s Park\nnamesake = %s Road\n" % (place, place))
        for j in range(3):
            f.write("staff = Mrs %s %s | Teacher\n" % (random.choice(first),
                    random.choice(last) + str(j)))
PY
${BENCH:-./tests/bench_analyzers} "$dir/bench.conf" "$tsv" 3
