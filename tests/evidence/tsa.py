#!/usr/bin/python3
"""A loopback RFC 3161 time-stamping authority for tests/e2e_evidence.sh.

  tsa.py CONF

Listens on 127.0.0.1, a free port, printed as "PORT=<n>" on stdout. Each
POSTed TimeStampReq is answered by `openssl ts -reply -config CONF`.
"""

import http.server
import subprocess
import sys
import tempfile


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        n = int(self.headers.get("Content-Length", "0"))
        query = self.rfile.read(n)
        with tempfile.NamedTemporaryFile() as q, \
                tempfile.NamedTemporaryFile() as r:
            q.write(query)
            q.flush()
            rc = subprocess.run(["openssl", "ts", "-reply", "-config",
                                 self.server.conf, "-queryfile", q.name,
                                 "-out", r.name], capture_output=True,
                                timeout=30).returncode
            body = open(r.name, "rb").read() if rc == 0 else b""
        self.send_response(200 if rc == 0 else 500)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        sys.stderr.write("%s\n" % (fmt % args))


def main():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.conf = sys.argv[1]
    print("PORT=%d" % srv.server_address[1], flush=True)
    srv.serve_forever()


if __name__ == "__main__":
    main()
