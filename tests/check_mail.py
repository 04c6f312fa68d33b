#!/usr/bin/python3
"""check_mail.py: check every message an SMTP test server received.

Usage: check_mail.py FOLDER PUPIL. Prints one line per message
("KIND TO SUBJECT") and exits 1, naming the problem, if a message lacks
a header RFC 5322 requires, has a header twice, carries a Bcc header or
an envelope recipient that no configured header named, is not
multipart/alternative with a text and an HTML part in UTF-8, holds a
script or a remote resource, or names the pupil to anyone but the
safeguarding lead.
"""
import email
import email.policy
import glob
import html.parser
import os
import sys


class Loads(html.parser.HTMLParser):
    """Collect what in a page would run or load something."""

    def __init__(self):
        super().__init__()
        self.bad = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "img", "link", "iframe", "object", "embed",
                   "video", "audio", "source", "base", "form", "style"):
            self.bad.append("<%s>" % tag)
        for k, v in attrs:
            if k in ("src", "srcset", "background", "action", "formaction") \
                    or k.startswith("on"):
                self.bad.append("%s=" % k)
            if k == "style" and "url(" in (v or ""):
                self.bad.append("url()")
            if k == "href" and not (v or "").startswith(("http://",
                                                          "https://")):
                self.bad.append("href=%s" % v)

folder, pupil = sys.argv[1], sys.argv[2]
bad = []
for path in sorted(glob.glob(os.path.join(folder, "*.eml"))):
    raw = open(path, "rb").read()
    rcpts = open(path[:-4] + ".rcpt").read().split()
    m = email.message_from_bytes(raw, policy=email.policy.default)
    name = os.path.basename(path)
    for h in ("Date", "Message-ID", "From", "To", "Subject"):
        if len(m.get_all(h) or []) != 1:
            bad.append("%s: %d %s headers" % (name, len(m.get_all(h) or []),
                                                h))
    for h in m.keys():
        if h.lower() in ("bcc", "cc", "reply-to"):
            bad.append("%s: a %s header was added" % (name, h))
    head = raw.split(b"\r\n\r\n", 1)[0]
    if b"\nBcc:" in head or b"victim@" in head.split(b"Subject:")[0]:
        bad.append("%s: Bcc in the header block" % name)
    to = [a.strip() for a in str(m["To"]).split(",")]
    if sorted(rcpts) != sorted(to):
        bad.append("%s: envelope %s is not To %s" % (name, rcpts, to))
    if m.get_content_type() != "multipart/alternative":
        bad.append("%s: %s, not multipart/alternative" %
                   (name, m.get_content_type()))
    types = [p.get_content_type() for p in m.iter_parts()]
    if types != ["text/plain", "text/html"]:
        bad.append("%s: parts %s" % (name, types))
    for p in m.iter_parts():
        if p.get_content_charset() != "utf-8":
            bad.append("%s: %s charset %s" % (name, p.get_content_type(),
                                              p.get_content_charset()))
    text = m.get_body(("plain",)).get_content()
    html = m.get_body(("html",)).get_content()
    loads = Loads()
    loads.feed(html)
    if loads.bad:
        bad.append("%s: the HTML would run or load: %s" % (name, loads.bad))
    named = pupil in text or pupil in html or pupil in str(m["Subject"])
    to_lead = to == ["dsl@staldhelms.example"]
    kind = m["X-Mentionwatch-Kind"]
    if named and not to_lead:
        bad.append("%s: %s to %s names the pupil" % (name, kind, to))
    print("%s %s %s | %s" % (kind, ",".join(to), name, m["Subject"]))
for b in bad:
    print("FAIL: " + b, file=sys.stderr)
sys.exit(1 if bad else 0)
