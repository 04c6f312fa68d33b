#!/usr/bin/python3
"""mail_fixture.py: SQL that stores four documents about St Aldhelm's and
their findings, as the crawler and the analyzers would, for the mail tests
(the analyzers that find threats and pupils are built elsewhere; this
keeps the tests independent of them). Prints SQL for sqlite3.

  1 a threat (high) whose title carries CR/LF and a Bcc: line
  2 a pupil of the (fictional) roster named in title and text (high, redact)
  3 an allegation (medium) with a non-ASCII title
  4 a plain mention (no finding)
Crawled strings carry markup (<script>, <img src=...>) that the HTML
messages must escape.
All first seen at the time given (RFC 3339, UTC).
"""
import sys

seen = sys.argv[1]
PUPIL = "Isla McAllister"
docs = [
    ("http://forum.wexcombeparents.org.uk/threads/2001.html",
     "Fun day\r\nBcc: victim@evil.example",
     "Someone says they will hurt the staff at St Aldhelm's tomorrow. "
     "<img src=\"http://evil.example/x.png\"> <b>bold</b> & more",
     [("harm", "threat", "high", "threatens to hurt staff: \"will hurt "
       "the staff\"", "will hurt the staff", 0)]),
    ("http://forum.wexcombeparents.org.uk/threads/2002.html",
     "Spelling bee winner " + PUPIL,
     "Well done " + PUPIL + " in Year 4 at St Aldhelm's Primary.",
     [("pupils", "pupil-named", "high", "names a pupil on the roster",
       PUPIL, 1)]),
    ("http://www.wexcombegazette.co.uk/news/2024/06/trip.html",
     "Trip fund \u2014 where did it go?",
     "Parents say the head of St Aldhelm's Primary took the trip fund.",
     [("harm", "allegation", "medium", "states wrongdoing as fact: "
       "\"took the trip fund\"", "took the trip fund", 0)]),
    ("http://www.wexcombegazette.co.uk/news/2024/06/fete.html",
     "Summer fete at St Aldhelm's <script>alert(1)</script>",
     "The fete raised money for books.",
     []),
]


def q(s):
    return "'" + s.replace("'", "''") + "'"


def lit(s):
    # SQLite has no escapes in literals: CR and LF go in with char().
    parts = []
    for i, chunk in enumerate(s.split("\r\n")):
        if i:
            parts.append("char(13, 10)")
        parts.append(q(chunk))
    return " || ".join(parts)


t = "strftime('%%s', %s)" % q(seen)
school = "(SELECT id FROM schools WHERE key = 'st-aldhelms')"
print("BEGIN;")
for n, (url, title, body, findings) in enumerate(docs, 1):
    text = title + "\n\n" + body
    print("INSERT INTO documents (dkey, url, kind, title, text, "
          "content_hash, first_seen, last_seen) VALUES (%s, %s, 'page', "
          "%s, %s, 'fixture-%d', %s, %s);" % (q(url), q(url), lit(title),
                                               lit(text), n, t, t))
    doc = "(SELECT id FROM documents WHERE dkey = %s)" % q(url)
    print("INSERT INTO mentions (document_id, school_id, alias, start, end, "
          "excerpt) VALUES (%s, %s, 'St Aldhelm''s', 0, 1, %s);" %
          (doc, school, q(body)))
    b = text.encode()
    for analyzer, cat, sev, reason, quote, redact in findings:
        start = 0
        while True:
            i = b.find(quote.encode(), start)
            if i < 0:
                break
            print("INSERT INTO findings (document_id, school_id, analyzer, "
                  "category, severity, score, reason, quote, start, end, "
                  "created, redact) VALUES (%s, %s, %s, %s, %s, 0.9, %s, "
                  "%s, %d, %d, %s, %d);" % (doc, school, q(analyzer), q(cat),
                                            q(sev), q(reason), q(quote), i,
                                            i + len(quote.encode()), t,
                                            redact))
            start = i + 1
print("COMMIT;")
