#!/usr/bin/python3
"""A loopback web server for tests/e2e_evidence.sh.

  server.py DIR [CERT KEY]

Listens on 127.0.0.1, a free port, printed as "PORT=<n>" on stdout; with
CERT and KEY (PEM), speaks HTTPS.
  /r          302 to /page.html (a redirect the capture must record)
  /page.html  DIR/page.html with a hostile X-Note header, or 404 while the
              file DIR/gone exists (the page taken down)
  /gz         DIR/page.html gzip-compressed (Content-Encoding: gzip) to a
              client that accepts it
  /quiet.html a page that names no school, gzip-compressed likewise
  /robots.txt DIR/robots.txt while it exists
Anything else is 404. On stderr, one line per request, and one
"REQ<TAB>path<TAB>user-agent<TAB>from" line.
"""

import gzip
import http.server
import os
import sys


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def send_body(self, status, body, ctype="text/html; charset=utf-8",
                  extra=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        root = self.server.root
        sys.stderr.write("REQ\t%s\t%s\t%s\n" % (
            self.path, self.headers.get("User-Agent", ""),
            self.headers.get("From", "")))
        if self.path == "/robots.txt" and os.path.exists(
                os.path.join(root, "robots.txt")):
            with open(os.path.join(root, "robots.txt"), "rb") as f:
                self.send_body(200, f.read(), "text/plain")
        elif self.path == "/r":
            self.send_body(302, b"", extra=[("Location", "/page.html")])
        elif self.path == "/page.html" and not os.path.exists(
                os.path.join(root, "gone")):
            with open(os.path.join(root, "page.html"), "rb") as f:
                body = f.read()
            self.send_body(200, body, extra=[
                ("X-Note", "<script>document.body.setAttribute("
                 "'data-pwned','header')</script>")])
        elif self.path == "/gz":
            with open(os.path.join(root, "page.html"), "rb") as f:
                body = f.read()
            if "gzip" in self.headers.get("Accept-Encoding", ""):
                self.send_body(200, gzip.compress(body, mtime=0),
                               extra=[("Content-Encoding", "gzip")])
            else:
                self.send_body(200, body)
        elif self.path == "/quiet.html":
            body = (b"<html><body><p>Opening times of the library for the "
                    b"summer.</p></body></html>")
            if "gzip" in self.headers.get("Accept-Encoding", ""):
                self.send_body(200, gzip.compress(body, mtime=0),
                               extra=[("Content-Encoding", "gzip")])
            else:
                self.send_body(200, body)
        else:
            self.send_body(404, b"<h1>Not Found</h1>")

    def log_message(self, fmt, *args):
        sys.stderr.write("%s\n" % (fmt % args))


def main():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.root = sys.argv[1]
    if len(sys.argv) == 4:
        import ssl
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(sys.argv[2], sys.argv[3])
        srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    print("PORT=%d" % srv.server_address[1], flush=True)
    srv.serve_forever()


if __name__ == "__main__":
    main()
