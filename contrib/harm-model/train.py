#!/usr/bin/env python3
"""Learn the harm model's weights from labelled sets; write the C table.

usage: train.py FEATURES CONFIG OUT.c SET.jsonl [SET.jsonl ...]

FEATURES is the contrib/harm-model/features program, which prints the
features the analyzers read in each text; CONFIG names the trust the sets
were labelled against. The model is a multinomial logistic regression
over four classes (none or criticism, allegation, abuse, threat), learnt
by stochastic gradient descent. One run's weights hang on the order it
read the texts in: two seeds disagreed on 1.5% of held-out verdicts. So
the table is the mean of BAG runs (HM_BAG, default 5) with seeds 1 to
BAG, which halved that disagreement at no cost in accuracy (four folds
of blind batches held out in turn). The seeds are fixed, so the same
sets give the same table. A feature must occur in at least two texts:
a phrase of one text is that text, not a rule.
"""
import json
import math
import os
import random
import subprocess
import sys

CLASSES = ["none", "allegation", "abuse", "threat"]
EPOCHS = int(os.environ.get("HM_EPOCHS", 15))
RATE = 0.2
# The weight decay: on three folds of blind batches held out in turn,
# 1e-2 found more harm at higher precision than 1e-3 in each (a rare
# word's weight no longer speaks for a whole text).
L2 = float(os.environ.get("HM_L2", 1e-2))
MIN_DOCS = int(os.environ.get("HM_MIN_DOCS", 2))
BAG = max(1, int(os.environ.get("HM_BAG", 5)))
MIN_WEIGHT = 0.005


def fnv1a64(b):
    h = 0xCBF29CE484222325
    for c in b:
        h ^= c
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def label(doc):
    harm = doc.get("harm", "none")
    return CLASSES.index(harm) if harm in CLASSES else 0


def sgd(data, keep, k, rnd):
    """Return the weights and biases of one run over "data", in the order
    "rnd" shuffles it into each epoch."""
    data = list(data)
    w = {x: [0.0] * k for x in keep}
    b = [0.0] * k
    for _ in range(EPOCHS):
        rnd.shuffle(data)
        for fs, y in data:
            z = b[:]
            for x in fs:
                wx = w[x]
                for c in range(k):
                    z[c] += wx[c]
            m = max(z)
            e = [math.exp(v - m) for v in z]
            s = sum(e)
            g = [e[c] / s - (1.0 if c == y else 0.0) for c in range(k)]
            for c in range(k):
                b[c] -= RATE * g[c]
            for x in fs:
                wx = w[x]
                for c in range(k):
                    wx[c] -= RATE * (g[c] + L2 * wx[c])
    return w, b


def main(argv):
    if len(argv) < 5:
        sys.stderr.write(__doc__)
        return 2
    prog, conf, out, sets = argv[1], argv[2], argv[3], argv[4:]
    docs = []
    for path in sets:
        with open(path, "rb") as f:
            raw = f.read()
        lines = [l for l in raw.split(b"\n") if l.strip()]
        run = subprocess.run([prog, conf], input=b"\n".join(lines) + b"\n",
                             stdout=subprocess.PIPE, check=True)
        feats = run.stdout.split(b"\n")[:-1]
        if len(feats) != len(lines):
            sys.exit("train.py: %s: %d texts, %d feature lines"
                     % (path, len(lines), len(feats)))
        for l, fl in zip(lines, feats):
            fs = set(x for x in fl.split(b"\t") if x)
            docs.append((fs, label(json.loads(l))))
    df = {}
    for fs, _ in docs:
        for x in fs:
            df[x] = df.get(x, 0) + 1
    keep = {x for x, n in df.items() if n >= MIN_DOCS}
    data = [([x for x in sorted(fs) if x in keep], y) for fs, y in docs]
    k = len(CLASSES)
    w = {x: [0.0] * k for x in keep}
    b = [0.0] * k
    for seed in range(1, BAG + 1):
        sw, sb = sgd(data, keep, k, random.Random(seed))
        for x in keep:
            wx, swx = w[x], sw[x]
            for c in range(k):
                wx[c] += swx[c] / BAG
        for c in range(k):
            b[c] += sb[c] / BAG
    rows = sorted((fnv1a64(x), v) for x, v in w.items()
                  if max(abs(t) for t in v) >= MIN_WEIGHT)
    with open(out, "w") as f:
        f.write("/*\n * harm_model_table.c: the harm model's weights, "
                "written by\n * contrib/harm-model/train.py from %d "
                "labelled texts; do not edit.\n * %d features, classes: "
                "%s.\n */\n" % (len(docs), len(rows), ", ".join(CLASSES)))
        f.write('#include "autoconfig.h"\n\n#include '
                '"analyzers/harm_model.h"\n\n')
        f.write("const float hm_bias[HM_NCLASS] = { %s };\n\n"
                % ", ".join("%.5ff" % v for v in b))
        f.write("const struct hm_weight hm_table[] = {\n")
        for h, v in rows:
            f.write("\t{ 0x%016xULL, { %s } },\n"
                    % (h, ", ".join("%.5ff" % t for t in v)))
        f.write("};\n\nconst size_t hm_ntable = sizeof hm_table / "
                "sizeof hm_table[0];\n")
    print("train.py: %d texts, %d features kept, %d in the table, "
          "mean of %d runs" % (len(docs), len(keep), len(rows), BAG))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
