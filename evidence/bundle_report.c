/*
 * bundle_report.c: report.html of an evidence bundle, for the people who
 * read it: the case, the findings and why, the document's text with the
 * flagged passages marked, a timeline, and every capture with its hashes.
 * It is one self-contained file: no scripts, no outside resources, and a
 * Content-Security-Policy that forbids both. Every string that came from
 * the web or the store goes through html_escape. Unless "unredacted" is
 * set, every pupil finding's words are replaced wherever they appear.
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/html.h"
#include "common/mwtime.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "evidence/evidence.h"

#define REDACTED	"[pupil name redacted]"

struct finding_copy {
	char		*analyzer;
	char		*category;
	char		*severity;
	double		 score;
	char		*target;
	char		*reason;
	char		*quote;
	long long	 start;
	long long	 end;
};

struct report {
	struct buf		 out;
	int			 unredacted;
	struct strlist		 names;		/* pupil quotes to redact */
	struct finding_copy	*f;
	size_t			 nf;
	struct db_capture	*caps;
	size_t			 ncaps;
};

/* Keep a copy of finding "f"; a pupil's words are redacted everywhere. */
static int
copy_finding(void *arg, const struct db_evfinding *f)
{
	struct report		*r = arg;
	struct finding_copy	*c;

	r->f = xreallocarray(r->f, r->nf + 1, sizeof *r->f);
	c = &r->f[r->nf++];
	c->analyzer = xstrdup(f->analyzer != NULL ? f->analyzer : "");
	c->category = xstrdup(f->category != NULL ? f->category : "");
	c->severity = xstrdup(f->severity != NULL ? f->severity : "");
	c->score = f->score;
	c->target = xstrdup(f->target != NULL ? f->target : "");
	c->reason = xstrdup(f->reason != NULL ? f->reason : "");
	c->quote = xstrdup(f->quote != NULL ? f->quote : "");
	c->start = f->start;
	c->end = f->end;
	if (strcmp(c->analyzer, "pupils") == 0 && strlen(c->quote) >= 2)
		strlist_add(&r->names, c->quote);
	return (0);
}

/* Keep a copy of capture "c". */
static int
copy_capture(void *arg, const struct db_capture *c)
{
	struct report		*r = arg;
	struct db_capture	*d;

	r->caps = xreallocarray(r->caps, r->ncaps + 1, sizeof *r->caps);
	d = &r->caps[r->ncaps++];
	db_capture_copy(d, c);
	return (0);
}

/* Append "s" escaped, with every pupil name replaced unless unredacted. */
static void
esc(struct report *r, const char *s)
{
	const char	*hit, *best;
	char		*piece;
	size_t		 i, bestlen;

	if (s == NULL)
		return;
	while (*s != '\0') {
		best = NULL;
		bestlen = 0;
		for (i = 0; !r->unredacted && i < r->names.n; i++) {
			hit = strstr(s, r->names.v[i]);
			if (hit != NULL && (best == NULL || hit < best)) {
				best = hit;
				bestlen = strlen(r->names.v[i]);
			}
		}
		if (best == NULL) {
			html_escape(&r->out, s);
			return;
		}
		piece = xstrndup(s, (size_t)(best - s));
		html_escape(&r->out, piece);
		free(piece);
		buf_adds(&r->out, "<span class=\"redacted\">" REDACTED
		    "</span>");
		s = best + bestlen;
	}
}

/* Append the first "len" bytes of "s" as esc() does. */
static void
esc_len(struct report *r, const char *s, size_t len)
{
	char	*piece = xstrndup(s, len);

	esc(r, piece);
	free(piece);
}

/* Append a table row "name": "value" (escaped). */
static void
row(struct report *r, const char *name, const char *value)
{
	buf_printf(&r->out, "<tr><th>%s</th><td>", name);
	esc(r, value != NULL ? value : "");
	buf_adds(&r->out, "</td></tr>\n");
}

/* Append a table row "name": time "t" in RFC 3339. */
static void
row_time(struct report *r, const char *name, time_t t)
{
	char	s[MWTIME_RFC3339_LEN];

	row(r, name, t != 0 ? mwtime_format(t, s, sizeof s) : "");
}

/* The document's text with each finding's passage marked. */
static void
marked_text(struct report *r, const char *text)
{
	size_t		 len = text != NULL ? strlen(text) : 0, pos = 0, i;
	long long	 s, e;
	const struct finding_copy *best;

	buf_adds(&r->out, "<div class=\"text\">");
	while (pos < len) {
		best = NULL;
		for (i = 0; i < r->nf; i++) {
			s = r->f[i].start;
			e = r->f[i].end;
			if (s < (long long)pos || e <= s ||
			    e > (long long)len)
				continue;
			if (best == NULL || s < best->start)
				best = &r->f[i];
		}
		if (best == NULL) {
			esc_len(r, text + pos, len - pos);
			break;
		}
		esc_len(r, text + pos, (size_t)best->start - pos);
		buf_printf(&r->out, "<mark title=\"");
		html_escape(&r->out, best->category);
		buf_adds(&r->out, "\">");
		if (!r->unredacted && strcmp(best->analyzer, "pupils") == 0)
			buf_adds(&r->out, "<span class=\"redacted\">" REDACTED
			    "</span>");
		else
			esc_len(r, text + best->start,
			    (size_t)(best->end - best->start));
		buf_adds(&r->out, "</mark>");
		pos = (size_t)best->end;
	}
	buf_adds(&r->out, "</div>\n");
}

struct timeline {
	struct report	*r;
	struct strlist	 rows;	/* "time\thtml" */
};

/* Add case event "e" to the timeline. */
static int
event_row(void *arg, const struct db_evevent *e)
{
	struct timeline	*t = arg;
	struct report	*r = t->r;
	struct buf	 save;
	char		 s[MWTIME_RFC3339_LEN], *line;

	save = r->out;
	buf_init(&r->out, 0);
	mwtime_format(e->at, s, sizeof s);
	buf_printf(&r->out, "<tr><td>%s</td><td>", s);
	esc(r, e->what);
	if (e->to_state != NULL) {
		buf_adds(&r->out, " (");
		esc(r, e->from_state != NULL ? e->from_state : "");
		buf_adds(&r->out, " &rarr; ");
		esc(r, e->to_state);
		buf_adds(&r->out, ")");
	}
	buf_adds(&r->out, "</td><td>");
	esc(r, e->actor);
	buf_adds(&r->out, "</td><td>");
	esc(r, e->note != NULL ? e->note : "");
	buf_adds(&r->out, "</td></tr>\n");
	xasprintf(&line, "%lld000\t%s", (long long)e->at, buf_str(&r->out));
	strlist_add(&t->rows, line);
	free(line);
	buf_free(&r->out);
	r->out = save;
	return (0);
}

/* Order timeline rows by their leading time in ms. */
static int
cmp_rows(const void *a, const void *b)
{
	long long	x = strtoll(*(char *const *)a, NULL, 10);
	long long	y = strtoll(*(char *const *)b, NULL, 10);

	return (x < y ? -1 : x > y);
}

/* Append a section per capture with every hash and the headers. */
static void
captures_section(struct report *r)
{
	const struct db_capture	*c;
	char			 t[MWTIME_RFC3339_LEN], n[32];
	size_t			 i;

	buf_adds(&r->out, "<h2>Captures</h2>\n");
	for (i = 0; i < r->ncaps; i++) {
		c = &r->caps[i];
		mwtime_format_ms(c->at_ms, t, sizeof t);
		buf_printf(&r->out, "<h3 id=\"capture-%lld\">Capture %lld</h3>\n"
		    "<table>\n", c->seq, c->seq);
		row(r, "captured (UTC)", t);
		row(r, "kind", c->kind);
		row(r, "URL requested", c->url);
		row(r, "final URL", c->final_url);
		row(r, "every URL fetched (redirects)", c->urls);
		snprintf(n, sizeof n, "%ld", c->status);
		row(r, "HTTP status", n);
		row(r, "server IP address", c->ip);
		row(r, "TLS certificate SHA-256", c->tls_fingerprints != NULL ?
		    c->tls_fingerprints : "(not https, or the connection was "
		    "reused)");
		snprintf(n, sizeof n, "%lld bytes", c->body_len);
		row(r, "body", n);
		row(r, "body SHA-256", strcmp(c->body_sha256,
		    EVIDENCE_UNHASHED) != 0 ? c->body_sha256 : "(not hashed "
		    "when captured: the chain entry covers the body as "
		    "received, below, which decodes to this body)");
		if (c->raw_sha256 != NULL &&
		    strcmp(c->raw_sha256, c->body_sha256) != 0)
			row(r, "body as received SHA-256", c->raw_sha256);
		row(r, "headers SHA-256", c->headers_sha256);
		row(r, "chain entry SHA-256", c->hash);
		row(r, "previous entry SHA-256", c->prev_hash);
		snprintf(n, sizeof n, "captures/%lld.body", c->seq);
		row(r, "file", n);
		buf_adds(&r->out, "</table>\n<details><summary>Headers sent and "
		    "received</summary><pre>");
		esc(r, c->request_headers);
		esc(r, c->response_headers);
		buf_adds(&r->out, "</pre></details>\n");
	}
}

static const char style[] =
"body{font:15px/1.5 sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
"color:#111}table{border-collapse:collapse;margin:.5em 0}"
"th,td{border:1px solid #bbb;padding:.2em .5em;text-align:left;"
"vertical-align:top;word-break:break-all}th{background:#eee;"
"word-break:normal}mark{background:#ffd54f}.redacted{background:#222;"
"color:#fff;padding:0 .3em}.text{white-space:pre-wrap;border:1px solid #bbb;"
"padding:1em;background:#fafafa}pre{white-space:pre-wrap;"
"word-break:break-all;background:#f4f4f4;padding:.5em}"
".banner{padding:.5em 1em;border:2px solid #b00;color:#b00}";

/*
 * Return report.html of case "case_id" (the caller frees it), or NULL with
 * "*cause" set. Pupil names are redacted unless "unredacted" is set.
 */
char *
bundle_report_html(struct evidence *ev, long long case_id, int unredacted,
    char **cause)
{
	struct db		*db = evidence_db(ev);
	struct report		 r;
	struct db_evcase	 k;
	struct timeline		 tl;
	struct buf		 save;
	char			 t[MWTIME_RFC3339_LEN], n[64], *line;
	size_t			 i;
	int			 found;

	memset(&r, 0, sizeof r);
	r.unredacted = unredacted;
	found = db_evidence_case_get(db, case_id, &k, cause);
	if (found <= 0) {
		if (found == 0)
			xasprintf(cause, "no case %lld", case_id);
		return (NULL);
	}
	if (db_evidence_findings(db, k.document_id, copy_finding, &r,
	    cause) != 0 || db_evidence_case_captures(db, case_id,
	    copy_capture, &r, cause) != 0) {
		db_evcase_clear(&k);
		return (NULL);
	}
	buf_init(&r.out, 0);
	buf_printf(&r.out, "<!DOCTYPE html>\n<html lang=\"en\"><head>"
	    "<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-"
	    "Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
	    "img-src 'none'; script-src 'none'\">\n<title>Evidence: case "
	    "%lld</title>\n<style>%s</style></head>\n<body>\n"
	    "<h1>Evidence bundle: case %lld</h1>\n", case_id, style, case_id);
	buf_printf(&r.out, "<p class=\"banner\">%s</p>\n", unredacted ?
	    "UNREDACTED copy: names pupils. For the designated safeguarding "
	    "lead and the police only." : "Redacted copy: the names of pupils "
	    "are replaced with " REDACTED ".");

	buf_adds(&r.out, "<h2>Case</h2>\n<table>\n");
	row(&r, "school", k.school_name != NULL ? k.school_name : k.school);
	row(&r, "severity", k.severity);
	row(&r, "state", k.state);
	row(&r, "safeguarding", k.safeguarding ? "yes" : "no");
	row_time(&r, "first seen (UTC)", k.first_seen);
	row_time(&r, "case opened (UTC)", k.opened);
	row_time(&r, "response due (UTC)", k.due);
	row(&r, "owner", k.owner);
	row(&r, "document URL", k.url);
	row(&r, "title", k.title);
	buf_adds(&r.out, "</table>\n");

	buf_adds(&r.out, "<h2>Findings</h2>\n");
	if (r.nf == 0)
		buf_adds(&r.out, "<p>No findings are recorded.</p>\n");
	else {
		buf_adds(&r.out, "<table><tr><th>category</th><th>severity"
		    "</th><th>score</th><th>about</th><th>why</th>"
		    "<th>words</th></tr>\n");
		for (i = 0; i < r.nf; i++) {
			buf_adds(&r.out, "<tr><td>");
			esc(&r, r.f[i].category);
			buf_adds(&r.out, "</td><td>");
			esc(&r, r.f[i].severity);
			snprintf(n, sizeof n, "%.2f", r.f[i].score);
			buf_printf(&r.out, "</td><td>%s</td><td>", n);
			esc(&r, r.f[i].target);
			buf_adds(&r.out, "</td><td>");
			esc(&r, r.f[i].reason);
			buf_adds(&r.out, "</td><td><mark>");
			esc(&r, r.f[i].quote);
			buf_adds(&r.out, "</mark></td></tr>\n");
		}
		buf_adds(&r.out, "</table>\n");
	}

	buf_adds(&r.out, "<h2>What was published</h2>\n<p>The text as "
	    "mentionwatch read it, flagged passages marked. The exact bytes "
	    "are in the captures below.</p>\n");
	marked_text(&r, k.text);

	/* Timeline: the case's events and its captures, by time. */
	memset(&tl, 0, sizeof tl);
	tl.r = &r;
	if (db_evidence_case_events(db, case_id, event_row, &tl, cause) != 0)
		goto fail;
	for (i = 0; i < r.ncaps; i++) {
		save = r.out;
		buf_init(&r.out, 0);
		mwtime_format_ms(r.caps[i].at_ms, t, sizeof t);
		buf_printf(&r.out, "<tr><td>%s</td><td><a href=\"#capture-"
		    "%lld\">capture %lld</a> (", t, r.caps[i].seq,
		    r.caps[i].seq);
		esc(&r, r.caps[i].kind);
		buf_printf(&r.out, "), HTTP %ld</td><td>mentionwatch</td><td>",
		    r.caps[i].status);
		esc(&r, r.caps[i].final_url != NULL ? r.caps[i].final_url :
		    r.caps[i].url);
		buf_adds(&r.out, "</td></tr>\n");
		xasprintf(&line, "%lld\t%s", r.caps[i].at_ms, buf_str(&r.out));
		strlist_add(&tl.rows, line);
		free(line);
		buf_free(&r.out);
		r.out = save;
	}
	if (tl.rows.n > 0)
		qsort(tl.rows.v, tl.rows.n, sizeof *tl.rows.v, cmp_rows);
	buf_adds(&r.out, "<h2>Timeline</h2>\n<table><tr><th>when (UTC)</th>"
	    "<th>what</th><th>who</th><th>note</th></tr>\n");
	for (i = 0; i < tl.rows.n; i++)
		buf_adds(&r.out, strchr(tl.rows.v[i], '\t') + 1);
	buf_adds(&r.out, "</table>\n");
	strlist_free(&tl.rows);

	captures_section(&r);
	buf_adds(&r.out, "<h2>Checking this bundle</h2>\n<p>README.txt says "
	    "how to check every file with <code>sha256sum</code> and "
	    "<code>openssl</code> alone. chain.tsv holds the capture log "
	    "from the first capture above to the signed checkpoint in "
	    "checkpoint.txt.</p>\n</body></html>\n");
	goto done;
fail:
	buf_free(&r.out);
done:
	for (i = 0; i < r.nf; i++) {
		free(r.f[i].analyzer);
		free(r.f[i].category);
		free(r.f[i].severity);
		free(r.f[i].target);
		free(r.f[i].reason);
		free(r.f[i].quote);
	}
	free(r.f);
	for (i = 0; i < r.ncaps; i++)
		db_capture_clear(&r.caps[i]);
	free(r.caps);
	strlist_free(&r.names);
	db_evcase_clear(&k);
	return (r.out.data != NULL ? buf_detach(&r.out) : NULL);
}
