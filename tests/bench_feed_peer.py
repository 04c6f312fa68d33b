#!/usr/bin/python3
"""bench_feed_peer.py: the Python peer's feed parsing throughput on the same
files as tests/bench_feed: feedparser.parse alone, and feedparser plus the
BeautifulSoup stripping the bench peer (shared/bench/peer_python.py) does.
Files are read into memory first; each mode runs for at least two seconds
on one thread. Usage: bench_feed_peer.py FILE..."""
import sys
import time
import warnings

import feedparser
from bs4 import BeautifulSoup

warnings.filterwarnings("ignore")


def strip_html(s):
    if not s:
        return ""
    if "<" not in s and "&" not in s:
        return s
    return BeautifulSoup(s, "lxml").get_text(" ")


def peer(body):
    d = feedparser.parse(body, response_headers={"content-type": "application/xml"})
    parts = []
    for e in d.entries:
        parts.append(strip_html(e.get("title", "")))
        if "summary" in e:
            parts.append(strip_html(e.summary))
        for c in e.get("content", []) or []:
            parts.append(strip_html(c.get("value", "")))
    return len(d.entries)


def plain(body):
    return len(feedparser.parse(body).entries)


def run(name, fn, bodies):
    total = sum(len(b) for b in bodies)
    rounds = 0
    start = time.monotonic()
    cpu0 = time.process_time()
    while True:
        for b in bodies:
            fn(b)
        rounds += 1
        elapsed = time.monotonic() - start
        if elapsed >= 2.0:
            break
    cpu = time.process_time() - cpu0
    print("%s feeds %d bytes %d rounds %d seconds %.3f MB/s %.2f "
          "cpu-seconds %.3f MB/cpu-s %.2f"
          % (name, len(bodies), total, rounds, elapsed,
             total * rounds / elapsed / 1e6, cpu, total * rounds / cpu / 1e6))


def main():
    bodies = [open(p, "rb").read() for p in sys.argv[1:]]
    run("feedparser", plain, bodies)
    run("feedparser+bs4", peer, bodies)


if __name__ == "__main__":
    main()
