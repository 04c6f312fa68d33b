#!/usr/bin/python3
"""crawl_server.py: a loopback web of misbehaving sites for the crawler tests.

Listens on 127.0.0.1 only (a free port, printed as PORT=N), and serves every
"site" by the Host header, so one connect_to line points them all here.
Also opens HANGPORT=N, a socket whose accept queue is kept full, so that a
connection to it times out. Every request is logged to --log as
"time<TAB>host<TAB>path<TAB>user-agent<TAB>from<TAB>accept-encoding". Runs until killed (the
test stops it), or --max-seconds.
"""
import argparse
import email.utils
import gzip
import http.server
import os
import socket
import socketserver
import struct
import sys
import threading
import time

try:
    import brotli
except ImportError:
    sys.exit("crawl_server.py: python3-brotli is missing "
             "(run contrib/deps-debian.sh)")

NAME = "Harrowden Park Academy"

def rss(title, items):
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0"><channel><title>%s</title>' % title,
           '<link>http://x.test/</link><description>d</description>']
    for guid, t, d in items:
        out.append('<item><guid>%s</guid><title>%s</title>'
                   '<link>http://x.test/%s</link><description>%s'
                   '</description></item>' % (guid, t, guid, d))
    out.append('</channel></rss>')
    return "\n".join(out).encode()

FEED = rss("ok", [("a1", "Sports day", "Pupils of %s ran." % NAME),
                  ("a2", "Weather", "Rain again.")])

def page(title, body, links=()):
    ls = "".join('<a href="%s">l</a> ' % h for h in links)
    return ("<!doctype html><html><head><title>%s</title></head><body>"
            "<p>%s</p>%s</body></html>" % (title, body, ls)).encode()

ROBOTS = {
    "ok.test": (200, b"User-agent: *\nDisallow:\n"),
    "deny.test": (200, b"User-agent: *\nDisallow: /private/\n\n"
                  b"User-agent: mentionwatch\nDisallow: /secret\n"
                  b"Disallow: /private/\n"),
    "delay.test": (200, b"User-agent: *\nCrawl-delay: 1\n"),
    "norobots.test": (404, b"no"),
    "down.test": (503, b"down"),
    # where ok.test's /to-other* redirects lead
    "other.test": (200, b"User-agent: *\nDisallow: /private/\n"
                   b"Crawl-delay: 1\n"),
}

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def send(self, code, body=b"", ctype="text/html; charset=utf-8",
             headers=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0]
        path = self.path
        with self.server.log_lock:
            self.server.log.write("%.3f\t%s\t%s\t%s\t%s\t%s\n" % (
                time.time(), host, path, self.headers.get("User-Agent", ""),
                self.headers.get("From", ""),
                self.headers.get("Accept-Encoding", "")))
            self.server.log.flush()
        if path == "/robots.txt":
            code, body = ROBOTS.get(host, (404, b""))
            return self.send(code, body, "text/plain")
        f = getattr(self, "h_" + path.strip("/").replace("-", "_")
                    .replace(".", "_").replace("/", "__"), None)
        if f is None:
            return self.send(404, b"not here")
        return f()

    # 200 with validators, then 304
    def h_etag_xml(self):
        etag = '"v1"'
        lm = "Mon, 01 Jan 2024 00:00:00 GMT"
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            return self.end_headers()
        self.send(200, FEED, "application/rss+xml",
                  [("ETag", etag), ("Last-Modified", lm)])

    def h_feed_xml(self):
        self.send(200, rss("f", [("f1", "Fete", "A fete.")]),
                  "application/rss+xml")

    def h_secret__feed_xml(self):
        self.send(200, FEED, "application/rss+xml")

    def h_private__x_html(self):
        self.send(200, page("private", NAME))

    def h_page_html(self):
        self.send(200, page("ok", "Nothing to see.", ["/f1.html",
                  "/private/x.html", "http://elsewhere.test/z.html"]))

    def h_f1_html(self):
        self.send(200, page("followed", "Well done %s." % NAME,
                            ["/f2.html"]))

    def h_f2_html(self):
        self.send(200, page("deeper", "Too deep to follow."))

    def redirect(self, code, to):
        self.send(code, b"", headers=[("Location", to)])

    def h_r301(self):
        self.redirect(301, "/r302")

    def h_r302(self):
        self.redirect(302, "/r307")

    def h_r307(self):
        self.redirect(307, "/r308")

    def h_r308(self):
        self.redirect(308, "/feed.xml")

    def h_loop1(self):
        self.redirect(302, "/loop2")

    def h_loop2(self):
        self.redirect(302, "/loop1")

    def h_tofile(self):
        self.redirect(302, "file:///etc/passwd")

    def h_toprivate(self):
        self.redirect(302, "/private/x.html")

    def h_toftp(self):
        self.redirect(302, "ftp://ok.test/feed.xml")

    # redirects to another site, whose robots.txt must be read first
    def h_to_other(self):
        self.redirect(302, "http://other.test/private/x.html")

    def h_to_other_a(self):
        self.redirect(302, "http://other.test/feed.xml")

    def h_to_other_b(self):
        self.redirect(301, "http://other.test/etag.xml")

    def h_404(self):
        self.send(404, b"gone")

    def h_410(self):
        self.send(410, b"gone")

    def h_429(self):
        self.send(429, b"slow down", headers=[("Retry-After", "7200")])

    def h_503date(self):
        when = email.utils.formatdate(time.time() + 3 * 3600, usegmt=True)
        self.send(503, b"later", headers=[("Retry-After", when)])

    def h_500(self):
        self.send(500, b"oops")

    def h_drip(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        try:
            for _ in range(60):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(1)
        except OSError:
            pass

    def h_reset(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        self.wfile.write(FEED[:200])
        self.wfile.flush()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                   struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def h_big(self):
        self.send(200, b"<html><body>" + b"x" * (3 * 1024 * 1024))

    def h_bomb(self):
        self.send(200, self.server.bomb, "text/html",
                  [("Content-Encoding", "gzip")])

    def h_brotli_xml(self):
        self.send(200, brotli.compress(rss("br", [("b1", "Squeezed",
                  "Brotli news of %s." % NAME)])), "application/rss+xml",
                  [("Content-Encoding", "br")])

    def h_brbomb(self):
        self.send(200, self.server.brbomb, "text/html",
                  [("Content-Encoding", "br")])

    def h_badutf8_xml(self):
        body = rss("bad", [("u1", "Caf\xe9 news",
                            "News of %s today." % NAME)])
        body = body.replace(b"today.", b"today \xff\xfe\xc3.")
        self.send(200, body, "application/rss+xml; charset=utf-8")

    def h_latin1_html(self):
        self.send(200, ("<html><head><meta charset=windows-1252><title>t"
                        "</title></head><body><p>F\xe9nwick Vale Infant "
                        "School\u2019s fair</p></body></html>").encode("cp1252"),
                  "text/html")

    def h_wrongtype(self):
        self.send(200, rss("wt", [("w1", "Wrong type", "About %s." % NAME)]),
                  "image/png")

    def h_gzipped_xml(self):
        self.send(200, gzip.compress(rss("gz", [("g1", "Zipped",
                  "Zipped %s." % NAME)])), "application/rss+xml",
                  [("Content-Encoding", "gzip")])


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--log", required=True)
    ap.add_argument("--max-seconds", type=int, default=300)
    a = ap.parse_args()
    srv = Server(("127.0.0.1", 0), Handler)
    srv.log = open(a.log, "a")
    srv.log_lock = threading.Lock()
    srv.bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), 9)
    # 106 bytes of brotli that make 64 MiB of zeros.
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                           "fixtures", "crawler", "bomb.br"), "rb") as f:
        srv.brbomb = f.read()
    # A socket that never accepts, its queue full: connecting times out.
    hang = socket.socket()
    hang.bind(("127.0.0.1", 0))
    hang.listen(0)
    fillers = []
    for _ in range(3):
        s = socket.socket()
        s.setblocking(False)
        try:
            s.connect(("127.0.0.1", hang.getsockname()[1]))
        except BlockingIOError:
            pass
        fillers.append(s)
    print("PORT=%d" % srv.server_address[1])
    print("HANGPORT=%d" % hang.getsockname()[1])
    sys.stdout.flush()
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    time.sleep(a.max_seconds)
    srv.shutdown()


if __name__ == "__main__":
    main()
