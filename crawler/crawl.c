/*
 * crawl.c: one crawl cycle. The schools and sources of the configuration
 * are brought into the store; every source that is due is fetched (all at
 * once, through the fetcher); each response is parsed as a feed or a page,
 * each document analysed, and documents, mentions and findings stored in
 * one transaction per response, so that a crash loses at most the
 * response in hand. The source's polling state (validators, next poll,
 * failures) is saved with it.
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "analyzers/analyze.h"
#include "common/config.h"
#include "common/hash.h"
#include "common/log.h"
#include "common/mwtime.h"
#include "common/str.h"
#include "common/xmalloc.h"
#include "crawler/crawl.h"
#include "crawler/fetch.h"
#include "crawler/page.h"
#include "db/db.h"
#include "evidence/evidence.h"
#include "evidence/keys.h"
#include "feeds/feed.h"
#include "tracking/tracking.h"

#define BACKOFF_CAP	(24 * 3600)
#define EXCERPT_CONTEXT	100

struct crawl {
	const struct config	*cf;
	struct db		*db;
	const struct crawl_opts	*opts;
	struct crawl_stats	*stats;
	struct analyze_ctx	*an;
	struct db_source	*sources;
	size_t			 nsources;
	time_t			 now;
	struct evidence		*ev;		/* evidence: NULL if off */
	long long		 capture_id;	/* evidence: of the response */
};

static int
collect_source(void *arg, const struct db_source *s)
{
	struct crawl		*c = arg;
	struct db_source	*copy;
	size_t			 i;
	int			 configured = 0;

	/* Only sources still in the configuration are polled. */
	for (i = 0; i < c->cf->nsources; i++) {
		if (strcmp(c->cf->sources[i].id, s->key) == 0)
			configured = 1;
	}
	if (!configured)
		return (0);
	if (c->opts->only != NULL && strcmp(c->opts->only, s->key) != 0)
		return (0);
	if (!c->opts->force && s->next_due > c->now)
		return (0);
	c->sources = xreallocarray(c->sources, c->nsources + 1,
	    sizeof *c->sources);
	copy = &c->sources[c->nsources++];
	*copy = *s;
	copy->key = xstrdup(s->key);
	copy->url = xstrdup(s->url);
	copy->type = xstrdup(s->type);
	copy->etag = s->etag != NULL ? xstrdup(s->etag) : NULL;
	copy->last_modified = s->last_modified != NULL ?
	    xstrdup(s->last_modified) : NULL;
	copy->last_error = s->last_error != NULL ? xstrdup(s->last_error) :
	    NULL;
	copy->state = s->state != NULL ? xstrdup(s->state) : NULL;
	return (0);
}

static const struct source *
source_config(const struct config *cf, const char *key)
{
	size_t	i;

	for (i = 0; i < cf->nsources; i++) {
		if (strcmp(cf->sources[i].id, key) == 0)
			return (&cf->sources[i]);
	}
	return (NULL);
}

static void
progress(struct crawl *c, int final)
{
	struct crawl_stats	*s = c->stats;

	if (!c->opts->progress)
		return;
	fprintf(stderr, "\rsources %zu/%zu, documents %zu, mentions %zu, "
	    "errors %zu%s", s->done, s->sources, s->documents, s->mentions,
	    s->errors, final ? "\n" : "");
	fflush(stderr);
}

/* Analyse one document and store it with its mentions and findings. */
static void
store_document(struct crawl *c, const struct db_source *src,
    const char *url, const char *guid, const char *title, const char *body,
    const char *author, time_t published, const char *kind)
{
	const struct source	*scf = source_config(c->cf, src->key);
	struct analysis		 a;
	struct db_document	 d;
	struct buf		 text;
	char			 hash[HASH_HEX_LEN], *cause = NULL;
	long long		 id;
	int			 is_new;
	size_t			 i;

	buf_init(&text, 0);
	if (title != NULL && *title != '\0') {
		buf_adds(&text, title);
		buf_adds(&text, "\n\n");
	}
	buf_adds(&text, body != NULL ? body : "");
	hash_sha256_hex(buf_str(&text), text.len, hash);
	c->stats->documents++;
	if (db_document_known(c->db, guid != NULL ? guid : url, hash)) {
		buf_free(&text);
		return;		/* seen before, unchanged */
	}
	analyze_document_url(c->an, buf_str(&text), text.len, url, &a);

	/* A source limited to one school reports only that school. */
	if (scf != NULL && scf->school != NULL) {
		size_t	j = 0;

		for (i = 0; i < a.match.nmentions; i++) {
			if (strcmp(a.match.mentions[i].school_id,
			    scf->school) == 0)
				a.match.mentions[j++] = a.match.mentions[i];
		}
		a.match.nmentions = j;
	}

	memset(&d, 0, sizeof d);
	d.source_id = src->id;
	d.url = url;
	d.guid = guid;
	d.title = title;
	d.author = author;
	d.published = published;
	d.kind = kind;
	d.content_hash = hash;
	d.capture_id = c->capture_id;	/* evidence */
	/* Text is kept for documents that matter; the rest is remembered
	 * by its hash only, so that it is not analysed again. */
	d.text = a.match.nmentions > 0 || a.match.trust ? buf_str(&text) : "";
	if (db_document_put(c->db, &d, c->now, &id, &is_new, &cause) != 0) {
		log_warnx("crawl: %s: %s", src->key, cause);
		free(cause);
		goto out;
	}
	if (is_new == 1)
		c->stats->new_documents++;
	for (i = 0; i < a.match.nmentions; i++) {
		const struct mention	*mn = &a.match.mentions[i];
		struct db_mention	 m;
		char			*excerpt;

		excerpt = str_excerpt(buf_str(&text), text.len, mn->start,
		    mn->end, EXCERPT_CONTEXT);
		memset(&m, 0, sizeof m);
		m.document_id = id;
		m.school = mn->school_id;
		m.alias = mn->alias;
		m.start = mn->start;
		m.end = mn->end;
		m.excerpt = excerpt;
		m.confidence = mn->confidence;
		m.reason = mn->reason;
		if (db_mention_add(c->db, &m, &cause) != 0) {
			log_warnx("crawl: %s: %s", src->key, cause);
			free(cause);
			cause = NULL;
		} else
			c->stats->mentions++;
		free(excerpt);
	}
	for (i = 0; i < a.nfindings; i++) {
		if (db_finding_add(c->db, id, &a.findings[i], c->now,
		    &cause) != 0) {
			log_warnx("crawl: %s: %s", src->key, cause);
			free(cause);
			cause = NULL;
		} else
			c->stats->findings++;
	}
	tracking_document(c->cf, c->db, id, c->now);
out:
	analysis_clear(&a);
	buf_free(&text);
}

static void
handle_feed(struct crawl *c, struct db_source *src, struct fetch_resp *r)
{
	struct feed	*f;
	char		*cause = NULL, *charset;
	size_t		 i;
	int		 rc;

	charset = feed_http_charset(r->content_type);
	rc = feed_parse_buffer(buf_str(&r->body), r->body.len, r->final_url,
	    charset, &f, &cause);
	free(charset);
	if (rc != 0) {
		free(src->last_error);
		xasprintf(&src->last_error, "feed: %s", cause);
		free(cause);
		c->stats->errors++;
		return;
	}
	if (f->malformed)
		log_info("crawl: %s: feed is malformed; read as far as it "
		    "goes", src->key);
	for (i = 0; i < f->nitems; i++) {
		struct feed_item	*it = &f->items[i];
		struct buf		 body;

		buf_init(&body, 0);
		if (it->summary != NULL)
			buf_adds(&body, it->summary);
		if (it->content != NULL && (it->summary == NULL ||
		    strcmp(it->content, it->summary) != 0)) {
			if (body.len > 0)
				buf_adds(&body, "\n\n");
			buf_adds(&body, it->content);
		}
		store_document(c, src, it->link != NULL ? it->link :
		    r->final_url, it->id, it->title, buf_str(&body),
		    it->author, it->published != 0 ? it->published :
		    it->updated, "item");
		buf_free(&body);
	}
	feed_free(f);
}

static void
handle_page(struct crawl *c, struct db_source *src, struct fetch_resp *r)
{
	struct page	p;

	page_extract(buf_str(&r->body), r->body.len, r->final_url, &p);
	store_document(c, src, p.canonical != NULL ? p.canonical :
	    r->final_url, NULL, p.title, p.text, p.author, p.published,
	    "page");
	page_clear(&p);
}

static void
schedule(struct crawl *c, struct db_source *src, int failed)
{
	const struct source	*scf = source_config(c->cf, src->key);
	long long		 interval = scf != NULL ? scf->interval :
				    c->cf->interval;
	long long		 wait = interval;
	int			 i;

	if (failed) {
		for (i = 1; i < src->failures && wait < BACKOFF_CAP; i++)
			wait *= 2;
		if (wait > BACKOFF_CAP)
			wait = BACKOFF_CAP;
	}
	/* Jitter of up to a tenth spreads the polls of many sources. */
	wait += (long long)(random() % (interval / 10 + 1));
	src->next_due = c->now + (time_t)wait;
}

static void
on_response(struct fetch_resp *r, void *arg)
{
	struct crawl		*c = arg;
	struct db_source	*src = r->arg;
	struct db_fetch		 fe;
	char			*cause = NULL;
	int			 failed = 0;

	if (db_begin(c->db) != 0) {
		log_warnx("crawl: %s: cannot start a transaction", src->key);
		return;
	}
	src->fetches++;
	src->last_attempt = c->now;
	src->last_status = r->status;
	if (r->error != NULL) {
		failed = 1;
		free(src->last_error);
		src->last_error = xstrdup(r->error);
	} else if (r->status == 304) {
		src->not_modified++;
		c->stats->not_modified++;
	} else if (r->status >= 200 && r->status < 300) {
		free(src->last_error);
		src->last_error = NULL;
		/* evidence: keep the response as received, before parsing */
		c->capture_id = 0;
		if (c->ev != NULL && evidence_capture(c->ev, r, "crawl",
		    &c->capture_id, &cause) != 0) {
			log_warnx("crawl: %s: evidence: %s", src->key, cause);
			free(cause);
			cause = NULL;
		}
		/* end evidence */
		/* Content decides, not the URL or the content type. */
		if (feed_sniff(buf_str(&r->body), r->body.len) ||
		    strcmp(src->type, "feed") == 0)
			handle_feed(c, src, r);
		else
			handle_page(c, src, r);
		if (src->last_error == NULL) {
			free(src->etag);
			free(src->last_modified);
			src->etag = r->etag != NULL ? xstrdup(r->etag) : NULL;
			src->last_modified = r->last_modified != NULL ?
			    xstrdup(r->last_modified) : NULL;
		} else
			failed = 1;
	} else {
		failed = 1;
		free(src->last_error);
		xasprintf(&src->last_error, "HTTP %ld", r->status);
	}
	if (failed) {
		src->failures++;
		c->stats->errors++;
		log_warnx("crawl: %s: %s: %s", src->key, r->url,
		    src->last_error);
	} else {
		src->failures = 0;
		src->last_success = c->now;
	}
	schedule(c, src, failed);
	if (db_source_update(c->db, src, &cause) != 0) {
		log_warnx("crawl: %s", cause);
		free(cause);
		cause = NULL;
	}
	memset(&fe, 0, sizeof fe);
	fe.source_id = src->id;
	fe.url = r->url;
	fe.started_ms = r->started_ms;
	fe.status = r->status;
	fe.bytes = (long long)r->body.len;
	fe.elapsed_ms = r->elapsed_ms;
	fe.final_url = r->final_url;
	fe.error = src->last_error;
	if (db_fetch_add(c->db, &fe, &cause) != 0) {
		log_warnx("crawl: %s", cause);
		free(cause);
	}
	if (db_commit(c->db) != 0)
		db_rollback(c->db);
	c->stats->done++;
	progress(c, 0);
}

/*
 * Run one crawl cycle of "cf" into "db" with "opts", counting into
 * "stats". Return 0, or -1 with "*cause" set if the cycle could not run.
 */
int
crawl_once(const struct config *cf, struct db *db,
    const struct crawl_opts *opts, struct crawl_stats *stats, char **cause)
{
	struct crawl		 c;
	struct fetcher		*f;
	struct analyze_env	 env;
	unsigned char		 secret[KEYS_SECRET_LEN];
	char			*kdir, *kcause = NULL;
	double			 t0 = mwtime_mono();
	size_t			 i;

	memset(stats, 0, sizeof *stats);
	memset(&c, 0, sizeof c);
	c.cf = cf;
	c.db = db;
	c.opts = opts;
	c.stats = stats;
	c.now = mwtime_now();
	if (opts->only != NULL && source_config(cf, opts->only) == NULL) {
		xasprintf(cause, "no source \"%s\" in %s", opts->only,
		    cf->path);
		return (-1);
	}
	f = fetcher_new(cf, cause);
	if (f == NULL)
		return (-1);
	if (db_begin(db) != 0 || db_school_sync(db, cf, cause) != 0 ||
	    db_source_sync(db, cf, cause) != 0) {
		db_rollback(db);
		fetcher_free(f);
		return (-1);
	}
	db_commit(db);
	if (db_source_list(db, collect_source, &c, cause) != 0) {
		fetcher_free(f);
		return (-1);
	}
	/* evidence: the store captures go to */
	if (cf->capture) {
		c.ev = evidence_open(cf, db, cause);
		if (c.ev == NULL) {
			fetcher_free(f);
			return (-1);
		}
	}
	/* end evidence */
	memset(&env, 0, sizeof env);
	env.cf = cf;
	env.db = db;
	/* The roster is matched through keyed hashes: load the secret. */
	kdir = keys_dir(cf, db_path(db));
	if (keys_load_secret(kdir, secret, &kcause) == 0) {
		env.secret = secret;
		env.secretlen = sizeof secret;
	} else {
		log_debug("roster names not recognised: %s", kcause);
		free(kcause);
	}
	free(kdir);
	c.an = analyze_new(&env);
	explicit_bzero(secret, sizeof secret);
	stats->sources = c.nsources;
	for (i = 0; i < c.nsources; i++)
		fetcher_add(f, c.sources[i].url, c.sources[i].etag,
		    c.sources[i].last_modified, &c.sources[i]);
	progress(&c, 0);
	fetcher_run(f, on_response, &c, opts->stop);
	progress(&c, 1);
	fetcher_free(f);
	analyze_free(c.an);
	for (i = 0; i < c.nsources; i++)
		db_source_clear(&c.sources[i]);
	free(c.sources);
	/* evidence: prune by retention; sign the head if it moved */
	if (c.ev != NULL) {
		char	*ecause = NULL;

		if (evidence_prune(c.ev, c.now, NULL, &ecause) != 0 ||
		    evidence_checkpoint(c.ev, 0, NULL, &ecause) != 0) {
			log_warnx("crawl: evidence: %s", ecause);
			free(ecause);
		}
		evidence_close(c.ev);
	}
	/* end evidence */
	stats->seconds = mwtime_mono() - t0;
	return (0);
}
