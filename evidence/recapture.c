/*
 * recapture.c: fetching the page of every open case again, on the
 * configured schedule (recapture_interval), until the case closes. Each
 * re-capture is chained like any capture; when the page is removed (HTTP
 * 404 or 410, or the flagged words are gone), comes back, or changes, an
 * event on the case records it with both captures: the outcome record of
 * a takedown. The pages are fetched as the crawler fetches: the same
 * User-Agent and From, per-host limits, and robots.txt (crawler/policy.c,
 * with the store's copy of each site's robots.txt while under a day old).
 * A page robots.txt now forbids is not fetched, and that is what its case
 * records, not a removal. The service loop calls evidence_recapture_due
 * each cycle; `mentionwatch recapture` runs it once.
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/config.h"
#include "common/log.h"
#include "common/mwtime.h"
#include "common/xmalloc.h"
#include "crawler/fetch.h"
#include "crawler/page.h"
#include "crawler/policy.h"
#include "crawler/robots.h"
#include "db/db.h"
#include "evidence/evidence.h"

struct due {
	long long	 case_id;
	char		*url;
};

struct rc {
	struct evidence		*ev;
	struct recapture_stats	*st;
	struct due		*due;
	size_t			 ndue;
	struct strlist		 quotes;
};

/* Keep case "case_id" and its URL to fetch again. */
static int
collect_due(void *arg, long long case_id, const char *url)
{
	struct rc	*rc = arg;

	rc->due = xreallocarray(rc->due, rc->ndue + 1, sizeof *rc->due);
	rc->due[rc->ndue].case_id = case_id;
	rc->due[rc->ndue].url = xstrdup(url);
	rc->ndue++;
	return (0);
}

/* Keep the words of finding "f" to look for on the page. */
static int
collect_quote(void *arg, const struct db_evfinding *f)
{
	struct rc	*rc = arg;

	if (f->quote != NULL && strlen(f->quote) >= 3)
		strlist_add(&rc->quotes, f->quote);
	return (0);
}

/* Copy "s" with every run of white space made one space. */
static char *
squeeze(const char *s)
{
	char	*out = xmalloc(strlen(s) + 1), *o = out;
	int	 space = 0;

	for (; *s != '\0'; s++) {
		if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' ||
		    *s == '\f' || *s == '\v') {
			space = 1;
			continue;
		}
		if (space && o != out)
			*o++ = ' ';
		space = 0;
		*o++ = *s;
	}
	*o = '\0';
	return (out);
}

/*
 * Return 1 if the page is there with any of its flagged words (compared
 * with white space squeezed, as pages and feeds lay text out differently),
 * 0 if it is gone.
 */
static int
present(struct rc *rc, const struct fetch_resp *r)
{
	struct page	p;
	struct buf	text;
	char		*hay, *needle;
	size_t		i;
	int		found = 0;

	if (r->status == 404 || r->status == 410)
		return (0);
	if (rc->quotes.n == 0)
		return (1);
	page_extract(r->body.data != NULL ? r->body.data : "", r->body.len,
	    r->final_url != NULL ? r->final_url : r->url, &p);
	/* The text as the crawl analysed it: the title, a blank line, the
	 * body (crawler/crawl.c, store_document). */
	buf_init(&text, 0);
	if (p.title != NULL && *p.title != '\0') {
		buf_adds(&text, p.title);
		buf_adds(&text, "\n\n");
	}
	buf_adds(&text, p.text != NULL ? p.text : "");
	hay = squeeze(buf_str(&text));
	for (i = 0; i < rc->quotes.n && !found; i++) {
		needle = squeeze(rc->quotes.v[i]);
		if (*needle != '\0' && strstr(hay, needle) != NULL)
			found = 1;
		free(needle);
	}
	free(hay);
	buf_free(&text);
	page_clear(&p);
	return (found);
}

/*
 * Set "out" to the SHA-256 of capture "c"'s decoded body: its recorded
 * hash, or, for a body not hashed when captured, the hash of the bytes as
 * received decoded (the bytes as received cannot be compared: the same
 * page compresses differently). "unknown" if they cannot be read.
 */
static void
body_hash(struct evidence *ev, const struct db_capture *c, char *out)
{
	struct buf	 b;
	char		*cause = NULL;

	if (strcmp(c->body_sha256, EVIDENCE_UNHASHED) != 0) {
		snprintf(out, HASH_HEX_LEN, "%s", c->body_sha256);
		return;
	}
	buf_init(&b, 0);
	if (evidence_read_body(ev, c, &b, &cause) == 0)
		hash_sha256_hex(b.data != NULL ? b.data : "", b.len, out);
	else {
		log_warnx("recapture: %s", cause);
		free(cause);
		snprintf(out, HASH_HEX_LEN, "unknown");
	}
	buf_free(&b);
}

/*
 * Record on the case of "d" that robots.txt forbade fetching its page
 * again ("r" says why), unless that is already the case's last word.
 */
static void
note_refused(struct rc *rc, struct due *d, const struct fetch_resp *r)
{
	struct db	*db = evidence_db(rc->ev);
	char		*cause = NULL, *what = NULL, *last = NULL, *note = NULL;
	char		 when[MWTIME_RFC3339_LEN];
	int		 had;

	rc->st->refused++;
	log_info("recapture: case %lld: %s: not re-captured: %s", d->case_id,
	    d->url, r->error);
	if (db_begin(db) != 0)
		goto fail;
	had = db_evidence_case_last_recapture(db, d->case_id, &what, &last);
	if (had < 0)
		goto fail;
	if (had == 0 || strcmp(what, "not-recaptured") != 0 ||
	    last == NULL || strstr(last, r->error) == NULL) {
		mwtime_format(mwtime_now(), when, sizeof when);
		xasprintf(&note, "not re-captured on %s: %s (%s was not "
		    "fetched; this says nothing of whether it is still "
		    "there)", when, r->error, d->url);
		if (db_evidence_case_event_add(db, d->case_id, mwtime_now(),
		    "not-recaptured", note, &cause) != 0)
			goto fail;
	}
	if (db_commit(db) != 0)
		goto fail;
	goto out;
fail:
	log_warnx("recapture: case %lld: %s", d->case_id,
	    cause != NULL ? cause : "cannot record the refusal");
	db_rollback(db);
	rc->st->errors++;
out:
	free(cause);
	free(what);
	free(last);
	free(note);
}

/* Capture one page fetched again and record what changed on its case. */
static void
on_recapture(struct fetch_resp *r, void *arg)
{
	struct rc		*rc = arg;
	struct due		*d = r->arg;
	struct db		*db = evidence_db(rc->ev);
	struct db_capture	 before, after;
	struct db_evcase	 k;
	char			*cause = NULL, *last, *note = NULL;
	char			 when[MWTIME_RFC3339_LEN];
	char			 before_body[HASH_HEX_LEN] = "";
	const char		*what = NULL;
	long long		 id;
	int			 up, had;

	if (r->refused) {
		note_refused(rc, d, r);
		return;
	}
	if (r->error != NULL || r->status == 0) {
		log_warnx("recapture: case %lld: %s: %s", d->case_id, r->url,
		    r->error != NULL ? r->error : "no response");
		rc->st->errors++;
		return;
	}
	memset(&before, 0, sizeof before);
	memset(&after, 0, sizeof after);
	memset(&k, 0, sizeof k);
	if (db_begin(db) != 0) {
		rc->st->errors++;
		return;
	}
	if (evidence_capture(rc->ev, r, NULL, "recapture", &id,
	    &cause) != 0 ||
	    db_evidence_capture_get(db, id, &after, &cause) != 1 ||
	    db_evidence_case_get(db, d->case_id, &k, &cause) != 1)
		goto fail;
	rc->st->captured++;
	had = db_evidence_capture_latest(db, d->url, after.seq, &before,
	    &cause);
	if (had < 0)
		goto fail;
	if (had == 0 && k.capture_id != 0 &&
	    db_evidence_capture_get(db, k.capture_id, &before, &cause) < 0)
		goto fail;
	strlist_free(&rc->quotes);
	if (db_evidence_findings(db, k.document_id, collect_quote, rc,
	    &cause) != 0)
		goto fail;
	/* The same bytes as the last capture of this URL: nothing moved. */
	if (before.hash != NULL)
		body_hash(rc->ev, &before, before_body);
	if (before.hash != NULL && before.url != NULL &&
	    strcmp(before.url, d->url) == 0 && before.status == r->status &&
	    strcmp(before_body, after.body_sha256) == 0) {
		if (db_commit(db) != 0)
			goto fail;
		goto out;
	}
	up = present(rc, r);
	last = db_evidence_case_last_presence(db, d->case_id);
	if (!up && (last == NULL || strcmp(last, "removed") != 0)) {
		what = "removed";
		rc->st->removed++;
	} else if (up && last != NULL && strcmp(last, "removed") == 0) {
		what = "restored";
		rc->st->restored++;
	} else if (up && before.hash != NULL && before.url != NULL &&
	    strcmp(before.url, d->url) == 0 &&
	    strcmp(before_body, after.body_sha256) != 0) {
		what = "changed";
		rc->st->changed++;
	}
	free(last);
	if (what != NULL) {
		mwtime_format(mwtime_now(), when, sizeof when);
		xasprintf(&note, "%s on %s: %s (before: capture %lld, "
		    "body sha256 %s; after: capture %lld, HTTP %ld, body "
		    "sha256 %s)", what, when, !up ? (r->status == 404 ||
		    r->status == 410 ? "the page answers with an error" :
		    "the flagged words are no longer on the page") :
		    strcmp(what, "restored") == 0 ? "the flagged words are "
		    "back" : "the page changed", before.seq,
		    before.hash != NULL ? before_body : "none",
		    after.seq, r->status, after.body_sha256);
		if (db_evidence_case_event_add(db, d->case_id, mwtime_now(),
		    what, note, &cause) != 0)
			goto fail;
		log_info("recapture: case %lld: %s", d->case_id, what);
	}
	if (db_commit(db) != 0)
		goto fail;
	goto out;
fail:
	log_warnx("recapture: case %lld: %s", d->case_id,
	    cause != NULL ? cause : "failed");
	db_rollback(db);
	rc->st->errors++;
out:
	free(cause);
	free(note);
	db_capture_clear(&before);
	db_capture_clear(&after);
	db_evcase_clear(&k);
}

/*
 * Fetch again the page of every case not closed whose last re-capture is
 * older than recapture_interval (every one if "force"), chain each
 * capture, and record removal, return or change as case events. Count
 * into "st". Return 0, or -1 with "*cause" set if it could not run.
 */
int
evidence_recapture_due(struct evidence *ev, int force, volatile int *stop,
    struct recapture_stats *st, char **cause)
{
	const struct config	*cf = evidence_config(ev);
	struct fetcher		*f;
	struct policy		*p;
	struct fetch_req	 rq;
	struct rc		 rc;
	long long		 before;
	size_t			 i;
	int			 r = -1;

	memset(st, 0, sizeof *st);
	memset(&rc, 0, sizeof rc);
	rc.ev = ev;
	rc.st = st;
	before = force ? mwtime_now_ms() + 1 :
	    mwtime_now_ms() - cf->recapture_interval * 1000;
	if (db_evidence_recapture_list(evidence_db(ev), before, collect_due,
	    &rc, cause) != 0)
		goto out;
	st->due = rc.ndue;
	r = 0;
	if (rc.ndue == 0)
		goto out;
	f = fetcher_new(cf, cause);
	if (f == NULL) {
		r = -1;
		goto out;
	}
	p = policy_new(cf, f, evidence_db(ev), ROBOTS_AGENT);
	for (i = 0; i < rc.ndue; i++) {
		memset(&rq, 0, sizeof rq);
		rq.url = rc.due[i].url;
		rq.check = 1;		/* robots.txt first */
		fetcher_add_req(f, &rq, &rc.due[i]);
	}
	fetcher_run(f, on_recapture, &rc, stop);
	policy_free(p);
	fetcher_free(f);
out:
	for (i = 0; i < rc.ndue; i++)
		free(rc.due[i].url);
	free(rc.due);
	strlist_free(&rc.quotes);
	return (r);
}
