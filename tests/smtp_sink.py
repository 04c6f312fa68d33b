#!/usr/bin/python3
"""smtp_sink.py: a real SMTP server (aiosmtpd) on 127.0.0.1 for the tests.

Each message received is written to DIR/NNN.eml (the bytes as received)
with DIR/NNN.rcpt holding the envelope recipients, one a line. Prints
PORT=N once listening; stops on SIGTERM, or after --lifetime seconds.
"""
import argparse
import os
import signal
import socket
import sys
import time

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.n = len([f for f in os.listdir(folder) if f.endswith(".eml")])

    async def handle_DATA(self, server, session, envelope):
        self.n += 1
        base = os.path.join(self.folder, "%03d" % self.n)
        with open(base + ".rcpt", "w") as f:
            f.write("\n".join(envelope.rcpt_tos) + "\n")
        with open(base + ".tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.rename(base + ".tmp", base + ".eml")
        return "250 OK"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--lifetime", type=float, default=300)
    args = ap.parse_args()
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    ctl = Controller(Sink(args.folder), hostname="127.0.0.1", port=port,
                     decode_data=False)
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
