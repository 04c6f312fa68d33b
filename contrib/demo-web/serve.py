#!/usr/bin/python3
"""Serve the mentionwatch demo web by virtual host.

The tree under ROOT is organised as ROOT/<hostname>/<path>.  A request for
http://www.wexcombegazette.co.uk/news/rss.xml (sent to 127.0.0.1 with
"Host: www.wexcombegazette.co.uk") is answered from
ROOT/www.wexcombegazette.co.uk/news/rss.xml.

Standard library only; runs on Python 3.7+ (tested with Debian 12's 3.11).

  serve.py [--port N] [--root DIR] [--pidfile FILE]

--port 0 (the default) picks a free port.  The first line on stdout is
"PORT=<n>".  One line per request is logged to stderr.  SIGTERM or SIGINT
stop the server cleanly (exit status 0) and remove the pid file.
"""

import argparse
import email.utils
import hashlib
import http.server
import os
import re
import signal
import sys
import threading
import urllib.parse

HOST_RE = re.compile(r"^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$")

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".rdf": "application/rdf+xml; charset=utf-8",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".svg": "image/svg+xml",
    ".ico": "image/x-icon",
}


def xml_type(data):
    """Pick a media type for an .xml file from its root element."""
    head = data[:2048].decode("utf-8", "replace")
    # skip the XML declaration, comments and processing instructions
    head = re.sub(r"<\?.*?\?>|<!--.*?-->", "", head, flags=re.S)
    m = re.search(r"<([A-Za-z_][\w.:-]*)", head)
    root = m.group(1) if m else ""
    local = root.split(":")[-1]
    if local == "feed":
        return "application/atom+xml; charset=utf-8"
    if local in ("rss", "RDF"):
        # RSS 2.0 and RSS 1.0 (RDF) are both served as RSS, as most
        # sites do; a crawler should sniff the document either way.
        return "application/rss+xml; charset=utf-8"
    return "application/xml; charset=utf-8"


def content_type(path, data):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".xml":
        return xml_type(data)
    return TYPES.get(ext, "application/octet-stream")


def etag_matches(header, etag):
    """RFC 9110 weak comparison of an If-None-Match list against etag."""
    header = header.strip()
    if header == "*":
        return True
    want = etag[2:] if etag.startswith("W/") else etag
    for tag in header.split(","):
        tag = tag.strip()
        if tag.startswith("W/"):
            tag = tag[2:]
        if tag == want:
            return True
    return False


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "demo-web/1.0"
    timeout = 30  # idle keep-alive connections are dropped after this

    # -- logging: exactly one line per request, on stderr ---------------
    def log_request(self, code="-", size="-"):
        code = getattr(code, "value", code)
        if size == "-" and getattr(self, "_size", None) is not None:
            size = self._size
        self._size = None
        host = getattr(self, "_vhost", None) or "-"
        self._vhost = None
        sys.stderr.write('%s - [%s] "%s" host=%s %s %s\n' % (
            self.client_address[0], self.log_date_time_string(),
            self.requestline, host, code, size))
        sys.stderr.flush()

    def log_error(self, fmt, *args):
        # send_error() also calls log_request(); avoid a second line.
        pass

    # -- helpers ---------------------------------------------------------
    def _vhost_name(self, target_host):
        host = target_host if target_host is not None else self.headers.get("Host", "")
        host = host.strip().lower()
        if host.startswith("["):            # [::1]:8080
            host = host[1:host.find("]")] if "]" in host else ""
        elif ":" in host:
            host = host.rsplit(":", 1)[0]
        host = host.rstrip(".")
        return host

    def _reply(self, code, body=b"", headers=(), head_only=False):
        self._size = 0 if (head_only or code == 304) else len(body)
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        if code != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and not head_only and code != 304:
            self.wfile.write(body)

    def _not_found(self, head_only):
        body = b"<!DOCTYPE html>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n"
        self._reply(404, body, [("Content-Type", "text/html; charset=utf-8")],
                    head_only)

    def _resolve(self):
        """Return the file to serve, or None for 404."""
        target = self.path
        target_host = None
        if "://" in target.split("?", 1)[0]:   # absolute-form request target
            parts = urllib.parse.urlsplit(target)
            if parts.scheme not in ("http", "https"):
                return None
            target_host = parts.netloc.rsplit("@", 1)[-1]
            target = parts.path or "/"
        host = self._vhost_name(target_host)
        self._vhost = host
        if not host or not HOST_RE.match(host) or ".." in host:
            return None
        root = self.server.root
        hostdir = os.path.join(root, host)
        if not os.path.isdir(hostdir):
            return None

        path = target.split("?", 1)[0].split("#", 1)[0]
        path = urllib.parse.unquote(path, errors="strict") if "%" in path else path
        if not path.startswith("/") or path.startswith("//"):
            return None
        if "\\" in path or "\0" in path:
            return None
        segs = path[1:].split("/")
        trailing = segs and segs[-1] == ""
        if trailing:
            segs = segs[:-1]
        for s in segs:
            if s in ("", ".", "..") or s.startswith("."):
                return None
        full = os.path.join(hostdir, *segs) if segs else hostdir
        if os.path.isdir(full):
            full = os.path.join(full, "index.html")
        elif trailing:
            return None
        real = os.path.realpath(full)
        real_host = os.path.realpath(hostdir)
        if os.path.commonpath([real, real_host]) != real_host:
            return None
        if not os.path.isfile(real):
            return None
        return real

    def _serve(self, head_only):
        try:
            path = self._resolve()
        except (UnicodeDecodeError, ValueError):
            path = None
        if path is None:
            return self._not_found(head_only)
        try:
            with open(path, "rb") as f:
                data = f.read()
            mtime = int(os.stat(path).st_mtime)
        except OSError:
            return self._not_found(head_only)

        etag = '"%s"' % hashlib.sha1(data).hexdigest()[:20]
        lastmod = email.utils.formatdate(mtime, usegmt=True)
        common = [("ETag", etag), ("Last-Modified", lastmod),
                  ("Cache-Control", "no-cache")]

        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        not_modified = False
        if inm is not None:
            not_modified = etag_matches(inm, etag)
        elif ims is not None:
            try:
                t = email.utils.parsedate_to_datetime(ims)
                not_modified = t is not None and mtime <= int(t.timestamp())
            except (TypeError, ValueError, IndexError, OverflowError):
                not_modified = False
        if not_modified:
            return self._reply(304, b"", common, head_only)

        self._reply(200, data,
                    [("Content-Type", content_type(path, data))] + common,
                    head_only)

    def do_GET(self):
        self._serve(False)

    def do_HEAD(self):
        self._serve(True)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description="Serve the demo web by Host header.")
    ap.add_argument("--port", type=int, default=0, help="port (0 = pick a free one)")
    ap.add_argument("--root", default=here, help="tree of <host>/<path> (default: %(default)s)")
    ap.add_argument("--pidfile", help="write the process id here; removed on exit")
    args = ap.parse_args(argv)

    if not (0 <= args.port <= 65535):
        ap.error("--port must be 0..65535")
    root = os.path.realpath(args.root)
    if not os.path.isdir(root):
        ap.error("--root %s is not a directory" % args.root)

    httpd = Server(("127.0.0.1", args.port), Handler)
    httpd.root = root

    if args.pidfile:
        with open(args.pidfile, "w") as f:
            f.write("%d\n" % os.getpid())

    def stop(signum, frame):
        # shutdown() blocks until serve_forever() returns, so not from here
        threading.Thread(target=httpd.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    sys.stdout.write("PORT=%d\n" % httpd.server_address[1])
    sys.stdout.flush()
    sys.stderr.write("serving %s on 127.0.0.1:%d\n" % (root, httpd.server_address[1]))
    sys.stderr.flush()
    try:
        httpd.serve_forever(poll_interval=0.2)
    finally:
        httpd.server_close()
        if args.pidfile:
            try:
                os.unlink(args.pidfile)
            except OSError:
                pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
