#!/usr/bin/python3
"""smtp_sink.py: a real SMTP server (aiosmtpd) on 127.0.0.1 for the tests.

Each message received is written to DIR/NNN.eml (the bytes as received)
with DIR/NNN.rcpt holding the envelope recipients, one a line, and
DIR/NNN.auth the login that authenticated, if any. With --tls CERT KEY
it offers STARTTLS and requires it; with --auth USER:PASSWORD it requires
SMTP AUTH with those credentials. Prints PORT=N once listening; stops on
SIGTERM, or after --lifetime seconds.
"""
import argparse
import os
import signal
import socket
import sys
import time

import ssl

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.n = len([f for f in os.listdir(folder) if f.endswith(".eml")])

    async def handle_DATA(self, server, session, envelope):
        self.n += 1
        base = os.path.join(self.folder, "%03d" % self.n)
        with open(base + ".rcpt", "w") as f:
            f.write("\n".join(envelope.rcpt_tos) + "\n")
        if session.authenticated:
            with open(base + ".auth", "w") as f:
                f.write(session.auth_data.login.decode() + "\n")
        with open(base + ".tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.rename(base + ".tmp", base + ".eml")
        return "250 OK"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--lifetime", type=float, default=300)
    ap.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    ap.add_argument("--auth")
    args = ap.parse_args()
    kw = {}
    if args.tls:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(args.tls[0], args.tls[1])
        kw.update(tls_context=ctx, require_starttls=True)
    if args.auth:
        user, password = args.auth.split(":", 1)

        def check(server, session, envelope, mechanism, auth_data):
            ok = (auth_data.login.decode() == user and
                  auth_data.password.decode() == password)
            return AuthResult(success=ok, auth_data=auth_data)
        kw.update(authenticator=check, auth_required=True,
                  auth_require_tls=bool(args.tls))
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    ctl = Controller(Sink(args.folder), hostname="127.0.0.1", port=port,
                     decode_data=False, **kw)
    ctl.start()
    print("PORT=%d" % port, flush=True)
    stop = []
    signal.signal(signal.SIGTERM, lambda *a: stop.append(1))
    end = time.time() + args.lifetime
    while not stop and time.time() < end:
        time.sleep(0.1)
    ctl.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
