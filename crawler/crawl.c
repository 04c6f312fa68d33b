/*
 * crawl.c: one crawl cycle. The schools and sources of the configuration
 * are brought into the store and the sources that are due are collected.
 * First each of their sites' robots.txt is read (from the store if it is
 * less than a day old, else fetched); sources robots.txt forbids are not
 * fetched, and a Crawl-delay widens the gap between requests to that
 * host. A redirect to another site waits, in the fetcher, until that
 * site's robots.txt is known the same way (on_policy, on_robots_read).
 * Then three kinds of thread share the work, with bounded queues
 * between them so that a slow disk or parser slows fetching rather than
 * growing memory:
 *
 *   the I/O thread (the caller's) drives the fetcher (curl multi) and
 *     hands each finished response to the workers (on_response);
 *   the workers (one per core, or [crawler] workers) parse and analyse:
 *     feeds with libxml2, pages with Gumbo, but a page whose bytes name
 *     nothing the prescan looks for is not parsed at all; pages of a
 *     source that follows links are always parsed, and their links
 *     queued;
 *   the writer owns the writing SQLite connection and stores documents,
 *     mentions, findings, the fetch and the source's polling state, a few
 *     responses to a transaction, so that a crash loses at most the
 *     responses in hand (each is stored whole or not at all).
 *
 * The source's next poll honours the largest of its interval (adapted to
 * how often it changes), the feed's TTL, Cache-Control max-age, Expires
 * and Retry-After, with jitter; failures back off exponentially.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <malloc.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
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
#include "crawler/prescan.h"
#include "crawler/robots.h"
#include "crawler/search.h"
#include "db/db.h"
#include "evidence/evidence.h"
#include "evidence/keys.h"
#include "feeds/feed.h"
#include "tracking/tracking.h"
#include "feeds/feed_date.h"

#define BACKOFF_CAP	(24 * 3600)
#define SERVER_WAIT_CAP	(30 * 86400)	/* longest wait a server may ask */
#define UNHEALTHY_AFTER	(3 * 86400)	/* failing this long: unhealthy */
#define GONE_AFTER	(7 * 86400)	/* 404/410 this long: gone */
#define GONE_INTERVAL	(7 * 86400)	/* a gone source is still tried */
#define EXCERPT_CONTEXT	100
#define QUEUE_MAX	16		/* responses waiting for a worker */
#define RESULTS_MAX	16		/* results waiting for the writer */
#define BATCH_MAX	256		/* results per transaction, at most */
#define BATCH_MS	100		/* and milliseconds per transaction */
#define FOLLOW_MAX	200		/* pages followed per source and cycle */
#define VISITED_BUCKETS	4096
#define FEED_WINDOW	512		/* sources queued at once */
#define SOURCE_CHUNK	64		/* sources read from the store at once */
#define RUNNING_MIN	4		/* transfers at once, however busy */
#define PARSE_BUDGET	(6 << 20)	/* bytes parsing may take at once */
#define PARSE_FACTOR	8		/* bytes parsing a byte may take */

enum job_kind {
	JOB_SOURCE,
	JOB_LINK,
	JOB_ROBOTS,
};

/* A due source and what this cycle learns about it. It is read from the
 * store shortly before it is fetched, and freed with the last job or
 * result that refers to it. */
struct src {
	struct db_source	 db;
	const struct source	*cf;
	struct robots		*robots;	/* of its origin; not owned */
	int			 followed;	/* pages queued by following */
	int			 refs;		/* jobs and results holding it */
	struct src		*prev;		/* sources held (crawl's lock) */
	struct src		*next;
};

/* One request in flight. */
struct job {
	enum job_kind		 kind;
	struct src		*src;
	int			 depth;
	struct origin		*origin;	/* JOB_ROBOTS */
};

/* A site's robots.txt, as obeyed this cycle. */
struct origin {
	char		*name;
	struct robots	*robots;
	int		 fresh;		/* from the store, under a day old */
	int		 insecure;	/* a source there says tls_verify = no */
	struct origin	*next;
};

/* A document ready to store. */
struct doc {
	char		*url;
	char		*guid;
	char		*title;
	char		*author;
	char		*text;		/* title and body, as analysed */
	time_t		 published;
	const char	*kind;
	char		 hash[HASH_HEX_LEN];
	int		 analysed;
	struct analysis	 a;
};

/* What a worker made of one response, for the writer. */
struct result {
	struct job		*job;
	struct fetch_resp	*r;
	struct doc		*docs;
	size_t			 ndocs;
	size_t			 read;		/* documents read */
	char			*error;		/* parse error, if any */
	long			 ttl;		/* feed TTL, minutes */
	struct evidence_prep	 prep;		/* the capture's files */
	struct result		*next;
};

struct queue {
	pthread_mutex_t	 lock;
	pthread_cond_t	 can_put;
	pthread_cond_t	 can_get;
	void		**v;
	size_t		 cap, head, n;
	int		 closed;
};

struct visited {
	pthread_mutex_t	 lock;
	struct vnode {
		char		*url;
		struct vnode	*next;
	}		*b[VISITED_BUCKETS];
};

struct crawl {
	const struct config	*cf;
	struct db		*db;
	const struct crawl_opts	*opts;
	struct crawl_stats	*stats;
	struct fetcher		*f;
	struct prescan		*pre;
	char			*after;		/* key of the last source read */
	int			 read_all;	/* no more sources to read */
	size_t			 nread;		/* rows of the last read */
	struct src		*batch[SOURCE_CHUNK];	/* read, not queued */
	size_t			 nbatch;
	size_t			 ibatch;
	struct src		*held;		/* every source held */
	struct origin		*origins;	/* added to by the I/O
						   thread; others lock */
	struct db		*rdb;		/* the I/O thread's reader */
	struct queue		 work;
	struct queue		 results;
	struct visited		 visited;
	pthread_mutex_t		 lock;		/* follow counts, origins,
						   sources held, budget */
	pthread_cond_t		 budget_cond;
	size_t			 budget;	/* bytes parsing holds */
	time_t			 now;
	char			*redirect_why;	/* I/O thread only */
	const struct source	**index;	/* sources by id */
	size_t			 inflight;	/* sources queued, unanswered */
	int			 running;	/* transfers to run at once */
	int			 following;	/* some source follows links */
	struct evidence		*ev;		/* NULL if capture is off */
	struct refusal		*refusals;	/* writer only */
	size_t			 nrefusals;
};

/* Sources of one site refused for one reason: the first is logged, the
 * rest counted, so that a site down does not log each of its sources. */
struct refusal {
	char			*origin;
	char			*why;
	size_t			 more;
};

struct worker {
	struct crawl		*c;
	pthread_t		 thread;
	struct db		*rdb;		/* a reader of its own */
	struct analyze_ctx	*an;
};

/* ---------------------------------------------------------------------
 * Bounded queues
 */

static void
queue_init(struct queue *q, size_t cap)
{
	memset(q, 0, sizeof *q);
	pthread_mutex_init(&q->lock, NULL);
	pthread_cond_init(&q->can_put, NULL);
	pthread_cond_init(&q->can_get, NULL);
	q->v = xcalloc(cap, sizeof *q->v);
	q->cap = cap;
}

static void
queue_destroy(struct queue *q)
{
	pthread_mutex_destroy(&q->lock);
	pthread_cond_destroy(&q->can_put);
	pthread_cond_destroy(&q->can_get);
	free(q->v);
}

/* Put "p" on "q", waiting while it is full. Return how many items were
 * on it before ("q->cap" if it had to wait). */
static size_t
queue_put(struct queue *q, void *p)
{
	size_t	n;

	pthread_mutex_lock(&q->lock);
	n = q->n;
	while (q->n == q->cap)
		pthread_cond_wait(&q->can_put, &q->lock);
	q->v[(q->head + q->n) % q->cap] = p;
	q->n++;
	pthread_cond_signal(&q->can_get);
	pthread_mutex_unlock(&q->lock);
	return (n);
}

/* Take the next item of "q", waiting; NULL once it is closed and empty.
 * With "nowait", return NULL at once when it is empty. */
static void *
queue_get(struct queue *q, int nowait)
{
	void	*p = NULL;

	pthread_mutex_lock(&q->lock);
	while (q->n == 0 && !q->closed && !nowait)
		pthread_cond_wait(&q->can_get, &q->lock);
	if (q->n > 0) {
		p = q->v[q->head];
		q->head = (q->head + 1) % q->cap;
		q->n--;
		pthread_cond_signal(&q->can_put);
	}
	pthread_mutex_unlock(&q->lock);
	return (p);
}

/* Take the next item of "q", waiting at most "ms" milliseconds; NULL
 * if none came (or "q" is closed and empty). */
static void *
queue_get_wait(struct queue *q, long ms)
{
	struct timespec	 ts;
	void		*p = NULL;

	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += ms / 1000;
	ts.tv_nsec += (ms % 1000) * 1000000;
	if (ts.tv_nsec >= 1000000000) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000;
	}
	pthread_mutex_lock(&q->lock);
	while (q->n == 0 && !q->closed) {
		if (pthread_cond_timedwait(&q->can_get, &q->lock, &ts) != 0)
			break;
	}
	if (q->n > 0) {
		p = q->v[q->head];
		q->head = (q->head + 1) % q->cap;
		q->n--;
		pthread_cond_signal(&q->can_put);
	}
	pthread_mutex_unlock(&q->lock);
	return (p);
}

static void
queue_close(struct queue *q)
{
	pthread_mutex_lock(&q->lock);
	q->closed = 1;
	pthread_cond_broadcast(&q->can_get);
	pthread_mutex_unlock(&q->lock);
}

/* Return 1 if "url" was not yet visited this cycle, and mark it. */
static int
visit_once(struct visited *v, const char *url)
{
	unsigned int	 h = 5381;
	const char	*s;
	struct vnode	*n;

	for (s = url; *s != '\0'; s++)
		h = h * 33 + (unsigned char)*s;
	h %= VISITED_BUCKETS;
	pthread_mutex_lock(&v->lock);
	for (n = v->b[h]; n != NULL; n = n->next) {
		if (strcmp(n->url, url) == 0) {
			pthread_mutex_unlock(&v->lock);
			return (0);
		}
	}
	n = xmalloc(sizeof *n);
	n->url = xstrdup(url);
	n->next = v->b[h];
	v->b[h] = n;
	pthread_mutex_unlock(&v->lock);
	return (1);
}

static void
visited_free(struct visited *v)
{
	struct vnode	*n, *next;
	size_t		 i;

	for (i = 0; i < VISITED_BUCKETS; i++) {
		for (n = v->b[i]; n != NULL; n = next) {
			next = n->next;
			free(n->url);
			free(n);
		}
	}
	pthread_mutex_destroy(&v->lock);
}

/* ---------------------------------------------------------------------
 * Sources
 */

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

static int
cmp_source(const void *a, const void *b)
{
	const struct source	*const *x = a, *const *y = b;

	return (strcmp((*x)->id, (*y)->id));
}

/* Index the sources of "cf" by id, for thousands of them. */
static const struct source **
source_index(const struct config *cf)
{
	const struct source	**v;
	size_t			  i;

	v = xreallocarray(NULL, cf->nsources + 1, sizeof *v);
	for (i = 0; i < cf->nsources; i++)
		v[i] = &cf->sources[i];
	qsort(v, cf->nsources, sizeof *v, cmp_source);
	return (v);
}

static const struct source *
source_find(struct crawl *c, const char *key)
{
	struct source		 k;
	const struct source	*kp = &k, **found;

	memset(&k, 0, sizeof k);
	k.id = (char *)(uintptr_t)key;
	found = bsearch(&kp, c->index, c->cf->nsources, sizeof *c->index,
	    cmp_source);
	return (found != NULL ? *found : NULL);
}

static char *
dup_or_null(const char *s)
{
	return (s != NULL ? xstrdup(s) : NULL);
}

/* Return the configuration of stored source "s" if it is polled this
 * cycle: still configured, due (or forced), and the one asked for. */
static const struct source *
source_due(struct crawl *c, const struct db_source *s)
{
	const struct source	*scf;

	scf = source_find(c, s->key);
	if (scf == NULL)
		return (NULL);
	if (c->opts->only != NULL && strcmp(c->opts->only, s->key) != 0)
		return (NULL);
	if (!c->opts->force && s->next_due > c->now)
		return (NULL);
	return (scf);
}

static struct origin	*origin_find(struct crawl *, const char *);

/* Count a stored source if it is due, and note its site and whether it
 * follows links; nothing else of it is kept. */
static int
scan_source(void *arg, const struct db_source *s)
{
	struct crawl		*c = arg;
	const struct source	*scf;
	struct origin		*o;
	char			*name;

	scf = source_due(c, s);
	if (scf == NULL)
		return (0);
	c->stats->sources++;
	if (scf->follow_depth > 0)
		c->following = 1;
	name = robots_origin(s->url);
	if (name == NULL)
		return (0);
	if ((o = origin_find(c, name)) != NULL) {
		free(name);
		o->insecure |= !scf->tls_verify;
		return (0);
	}
	o = xcalloc(1, sizeof *o);
	o->name = name;
	o->insecure = !scf->tls_verify;
	o->next = c->origins;
	c->origins = o;
	return (0);
}

/* Keep a copy of stored source "s" for the batch to queue, if it is
 * due. */
static int
batch_source(void *arg, const struct db_source *s)
{
	struct crawl		*c = arg;
	struct db_source	*copy;
	const struct source	*scf;
	struct src		*src;

	c->nread++;
	free(c->after);
	c->after = xstrdup(s->key);
	scf = source_due(c, s);
	if (scf == NULL)
		return (0);
	src = xcalloc(1, sizeof *src);
	src->cf = scf;
	src->refs = 1;
	copy = &src->db;
	*copy = *s;
	copy->key = xstrdup(s->key);
	copy->url = xstrdup(s->url);
	copy->type = xstrdup(s->type);
	copy->etag = dup_or_null(s->etag);
	copy->last_modified = dup_or_null(s->last_modified);
	copy->last_error = dup_or_null(s->last_error);
	copy->state = dup_or_null(s->state);
	copy->robots = dup_or_null(s->robots);
	copy->wait = dup_or_null(s->wait);
	pthread_mutex_lock(&c->lock);
	src->next = c->held;
	if (c->held != NULL)
		c->held->prev = src;
	c->held = src;
	pthread_mutex_unlock(&c->lock);
	c->batch[c->nbatch++] = src;
	return (0);
}

/* Return the next due source to queue, reading the store a chunk at a
 * time; NULL once every source was read. I/O thread only. */
static struct src *
next_source(struct crawl *c)
{
	char	*cause = NULL;

	while (c->ibatch == c->nbatch && !c->read_all) {
		c->nbatch = c->ibatch = c->nread = 0;
		if (db_source_list_after(c->rdb, c->after, SOURCE_CHUNK,
		    batch_source, c, &cause) != 0) {
			log_warnx("crawl: %s", cause);
			free(cause);
			c->read_all = 1;
		}
		if (c->nread < SOURCE_CHUNK)
			c->read_all = 1;
	}
	if (c->ibatch == c->nbatch)
		return (NULL);
	return (c->batch[c->ibatch++]);
}

/* Drop a job's or result's hold on "src"; free it with the last. */
static void
src_release(struct crawl *c, struct src *src)
{
	pthread_mutex_lock(&c->lock);
	if (--src->refs > 0) {
		pthread_mutex_unlock(&c->lock);
		return;
	}
	if (src->prev != NULL)
		src->prev->next = src->next;
	else
		c->held = src->next;
	if (src->next != NULL)
		src->next->prev = src->prev;
	pthread_mutex_unlock(&c->lock);
	db_source_clear(&src->db);
	free(src);
}

/* Free every source still held (after a stop, those never answered). */
static void
srcs_free(struct crawl *c)
{
	struct src	*src, *next;

	for (src = c->held; src != NULL; src = next) {
		next = src->next;
		db_source_clear(&src->db);
		free(src);
	}
	c->held = NULL;
}

static void
set_str(char **field, const char *v)
{
	free(*field);
	*field = dup_or_null(v);
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

/* ---------------------------------------------------------------------
 * robots.txt
 */

static struct origin *
origin_find(struct crawl *c, const char *name)
{
	struct origin	*o;

	for (o = c->origins; o != NULL; o = o->next) {
		if (strcmp(o->name, name) == 0)
			return (o);
	}
	return (NULL);
}

static void
origins_free(struct crawl *c)
{
	struct origin	*o, *next;

	for (o = c->origins; o != NULL; o = next) {
		next = o->next;
		free(o->name);
		robots_free(o->robots);
		free(o);
	}
	c->origins = NULL;
}

static void
record_fetch(struct db *db, long long source_id, struct fetch_resp *r,
    const char *error)
{
	struct db_fetch	 fe;
	char		*cause = NULL;

	memset(&fe, 0, sizeof fe);
	fe.source_id = source_id;
	fe.url = r->url;
	fe.started_ms = r->started_ms;
	fe.status = r->status;
	fe.bytes = (long long)r->body.len;
	fe.elapsed_ms = r->elapsed_ms;
	fe.final_url = r->final_url;
	fe.error = error;
	if (db_fetch_add(db, &fe, &cause) != 0) {
		log_warnx("crawl: %s", cause);
		free(cause);
	}
}

/* Make the robots.txt of "o" from the response "r" to it. */
static void
origin_learn(struct origin *o, const struct fetch_resp *r)
{
	long	status = r->error != NULL ? 0 : r->status;

	o->robots = robots_from_status(status, r->body.data, r->body.len,
	    ROBOTS_AGENT);
	if (r->error != NULL) {
		robots_unreachable(o->robots, r->error);
		log_info("crawl: %s/robots.txt: %s; the site is off limits "
		    "for now", o->name, r->error);
	}
}

/* Store the robots.txt of "name" fetched as "r", in a transaction of
 * the caller's. */
static void
store_robots(struct crawl *c, const char *name, struct fetch_resp *r)
{
	char	*cause = NULL;
	long	 status = r->error != NULL ? 0 : r->status;

	if (db_robots_put(c->db, name, c->now, status, r->body.data,
	    r->body.len, &cause) != 0) {
		log_warnx("crawl: %s", cause);
		free(cause);
	}
	record_fetch(c->db, 0, r, r->error);
}

/* Called by the fetcher with a robots.txt: remember and store it. */
static void
on_robots(struct fetch_resp *r, void *arg)
{
	struct crawl	*c = arg;
	struct job	*job = r->arg;

	origin_learn(job->origin, r);
	if (db_begin(c->db) == 0) {
		store_robots(c, job->origin->name, r);
		if (db_commit(c->db) != 0)
			db_rollback(c->db);
	}
	free(job);
}

/* Add "o" to the origins known this cycle (the I/O thread only). */
static void
origin_add(struct crawl *c, struct origin *o)
{
	pthread_mutex_lock(&c->lock);
	o->next = c->origins;
	c->origins = o;
	pthread_mutex_unlock(&c->lock);
}

/* Space requests to the host of "url" by the Crawl-delay of "r", capped
 * by crawl_delay_cap. */
static void
honour_delay(struct crawl *c, const char *url, const struct robots *r)
{
	double	d;

	if (r == NULL || r->crawl_delay <= 0)
		return;
	d = r->crawl_delay;
	if (d > (double)c->cf->crawl_delay_cap)
		d = (double)c->cf->crawl_delay_cap;
	fetcher_host_gap(c->f, url, (long long)(d * 1000));
}

/*
 * The fetcher asks whether "url", where a redirect leads, may be
 * requested: by the robots.txt of its origin, known this cycle or read
 * from the store if under a day old. If neither, the fetcher reads it
 * first (on_robots_read) and asks again. A Crawl-delay there widens the
 * gap to that host before the request is queued.
 */
static int
on_policy(const char *url, void *arg, char **why)
{
	struct crawl		*c = arg;
	struct origin		*o;
	struct robots_verdict	 v;
	char			*name = robots_origin(url), *body = NULL;
	char			*cause = NULL;
	time_t			 fetched;
	long			 status;
	size_t			 len;

	if (name == NULL)
		return (FETCH_ALLOW);	/* not http(s): the fetcher refuses */
	o = origin_find(c, name);	/* only this thread adds origins */
	if (o == NULL && c->rdb == NULL && db_open(db_path(c->db),
	    DB_READONLY, &c->rdb, &cause) != 0) {
		log_warnx("crawl: %s", cause);
		free(cause);
	}
	if (o == NULL && c->rdb != NULL && db_robots_get(c->rdb, name,
	    &fetched, &status, &body, &len) == 0 &&
	    robots_fresh(status, fetched, c->now)) {
		o = xcalloc(1, sizeof *o);
		o->name = name;
		name = NULL;
		o->robots = robots_from_status(status, body, len,
		    ROBOTS_AGENT);
		o->fresh = 1;
		origin_add(c, o);
	}
	free(body);
	free(name);
	if (o == NULL)
		return (FETCH_ROBOTS);
	if (!robots_check(o->robots, url, &v)) {
		free(c->redirect_why);
		c->redirect_why = xstrdup(v.why);
		*why = c->redirect_why;
		return (FETCH_REFUSE);
	}
	honour_delay(c, url, o->robots);
	return (FETCH_ALLOW);
}

/*
 * The fetcher read the robots.txt of "name" for a redirect: obey it for
 * the rest of the cycle, and have the writer store it (it owns the
 * connection).
 */
static void
on_robots_read(const char *name, struct fetch_resp *r, void *arg)
{
	struct crawl	*c = arg;
	struct origin	*o;
	struct result	*res;

	o = xcalloc(1, sizeof *o);
	o->name = xstrdup(name);
	origin_learn(o, r);
	origin_add(c, o);
	res = xcalloc(1, sizeof *res);
	res->job = xcalloc(1, sizeof *res->job);
	res->job->kind = JOB_ROBOTS;
	res->job->origin = o;
	res->r = fetch_resp_take(r);
	queue_put(&c->results, res);
}

/* Read or fetch the robots.txt of every due source's site (the origins
 * scan_source found). */
static void
load_robots(struct crawl *c)
{
	struct origin	*o;
	struct job	*job;
	struct fetch_req rq;
	char		*name, *body, *url;
	time_t		 fetched;
	long		 status;
	size_t		 len;
	int		 queued = 0;

	for (o = c->origins; o != NULL; o = o->next) {
		name = o->name;
		if (db_robots_get(c->db, name, &fetched, &status, &body,
		    &len) == 0 && robots_fresh(status, fetched, c->now)) {
			o->robots = robots_from_status(status, body, len,
			    ROBOTS_AGENT);
			o->fresh = 1;
		}
		free(body);
	}
	/* A site whose source turned TLS verification off is asked for its
	 * robots.txt the same way. */
	for (o = c->origins; o != NULL; o = o->next) {
		if (o->robots != NULL)
			continue;
		job = xcalloc(1, sizeof *job);
		job->kind = JOB_ROBOTS;
		job->origin = o;
		xasprintf(&url, "%s/robots.txt", o->name);
		memset(&rq, 0, sizeof rq);
		rq.url = url;
		rq.insecure = o->insecure;
		fetcher_add_req(c->f, &rq, job);
		free(url);
		queued++;
	}
	if (queued > 0)
		fetcher_run(c->f, on_robots, c, c->opts->stop);
	/* A robots.txt not fetched (stopped) keeps its site off limits. */
	for (o = c->origins; o != NULL; o = o->next) {
		if (o->robots == NULL)
			o->robots = robots_from_status(0, NULL, 0,
			    ROBOTS_AGENT);
	}
}

/* ---------------------------------------------------------------------
 * Workers: parsing and analysis
 */

static void
doc_free(struct doc *d)
{
	free(d->url);
	free(d->guid);
	free(d->title);
	free(d->author);
	free(d->text);
	if (d->analysed)
		analysis_clear(&d->a);
}

static void
result_free(struct crawl *c, struct result *res)
{
	size_t	i;

	evidence_prep_free(c->ev, &res->prep);
	for (i = 0; i < res->ndocs; i++)
		doc_free(&res->docs[i]);
	free(res->docs);
	free(res->error);
	fetch_resp_free(res->r);
	if (res->job->src != NULL)
		src_release(c, res->job->src);
	free(res->job);
	free(res);
}

/*
 * Make a document of "title" and "body" for the writer. Analyse it unless
 * it is known unchanged, a copy of a known one, or "maybe" says it names
 * nothing; then only its hash is kept.
 */
static void
add_doc(struct worker *w, struct result *res, const char *url,
    const char *guid, const char *title, const char *body,
    const char *author, time_t published, const char *kind, int maybe)
{
	struct crawl	*c = w->c;
	struct doc	*d;
	struct buf	 text;
	const char	*dkey = guid != NULL && *guid != '\0' ? guid : url;
	const struct source *scf = res->job->src->cf;
	size_t		 len;
	int		 same, copy;

	res->read++;
	res->docs = xreallocarray(res->docs, res->ndocs + 1,
	    sizeof *res->docs);
	d = &res->docs[res->ndocs];
	memset(d, 0, sizeof *d);
	buf_init(&text, 0);
	if (!maybe && (title == NULL || *title == '\0')) {
		/* Only the hash of a page that names nothing is kept: no
		 * copy, and the capture may have hashed these bytes. */
		body = body != NULL ? body : "";
		len = strlen(body);
		if (res->prep.ready && res->prep.body.sha[0] != '\0' &&
		    body == res->r->body.data && len == res->r->body.len)
			memcpy(d->hash, res->prep.body.sha, sizeof d->hash);
		else
			hash_sha256_hex(body, len, d->hash);
	} else {
		if (title != NULL && *title != '\0') {
			buf_adds(&text, title);
			buf_adds(&text, "\n\n");
		}
		buf_adds(&text, body != NULL ? body : "");
		hash_sha256_hex(buf_str(&text), text.len, d->hash);
		len = text.len;
	}
	db_document_seen(w->rdb, dkey, d->hash, res->job->src->db.id, &same,
	    &copy);
	if (same || (copy && len > 0)) {
		/* Seen here before unchanged, or the same words under
		 * another key. */
		buf_free(&text);
		return;
	}
	res->ndocs++;
	d->url = xstrdup(url);
	d->guid = dup_or_null(guid);
	d->title = dup_or_null(title);
	d->author = dup_or_null(author);
	d->published = published;
	d->kind = kind;
	if (maybe && prescan_text(c->pre, buf_str(&text), text.len)) {
		analyze_document_url(w->an, buf_str(&text), text.len, url,
		    &d->a);
		d->analysed = 1;
		/* The writer needs the mentions and findings, not the
		 * folded text, which is bigger than the text itself. */
		analysis_drop_norm(&d->a);
		/* A source limited to one school reports only that school. */
		if (scf != NULL && scf->school != NULL) {
			size_t	i, j = 0;

			for (i = 0; i < d->a.match.nmentions; i++) {
				if (strcmp(d->a.match.mentions[i].school_id,
				    scf->school) == 0)
					d->a.match.mentions[j++] =
					    d->a.match.mentions[i];
			}
			d->a.match.nmentions = j;
		}
	}
	/* Text is kept for documents that matter; the rest is remembered
	 * by its hash only, so that it is not analysed again. */
	if (d->analysed && (d->a.match.nmentions > 0 || d->a.match.trust))
		d->text = buf_detach(&text);
	else
		d->text = xstrdup("");
	buf_free(&text);
}

/*
 * Reserve what parsing and analysing "len" bytes may take (a page's tree,
 * its text folded, its words) out of PARSE_BUDGET, waiting while other
 * workers hold too much of it; a page too long for the budget takes all
 * of it. Long pages are so read one at a time, and the memory they need
 * is not needed twice at once. Return what was reserved, for budget_give.
 */
static size_t
budget_take(struct crawl *c, size_t len)
{
	size_t	n = len > PARSE_BUDGET / PARSE_FACTOR ? PARSE_BUDGET :
		    len * PARSE_FACTOR;

	pthread_mutex_lock(&c->lock);
	while (c->budget > 0 && c->budget + n > PARSE_BUDGET)
		pthread_cond_wait(&c->budget_cond, &c->lock);
	c->budget += n;
	pthread_mutex_unlock(&c->lock);
	return (n);
}

/* Give back "n" bytes of the parse budget. */
static void
budget_give(struct crawl *c, size_t n)
{
	pthread_mutex_lock(&c->lock);
	c->budget -= n;
	pthread_cond_broadcast(&c->budget_cond);
	pthread_mutex_unlock(&c->lock);
}

static void
handle_feed(struct worker *w, struct result *res, const char *body,
    size_t len)
{
	struct fetch_resp	*r = res->r;
	struct feed		*f;
	char			*cause = NULL, *charset;
	size_t			 i, held;
	int			 rc;

	held = budget_take(w->c, len);
	charset = feed_http_charset(r->content_type);
	rc = feed_parse_buffer(body, len, r->final_url, charset, &f, &cause);
	free(charset);
	if (rc != 0) {
		xasprintf(&res->error, "feed: %s", cause);
		free(cause);
		budget_give(w->c, held);
		return;
	}
	if (f->malformed)
		log_info("crawl: %s: feed is malformed; read as far as it "
		    "goes", res->job->src->db.key);
	res->ttl = f->ttl;
	for (i = 0; i < f->nitems; i++) {
		struct feed_item	*it = &f->items[i];
		struct buf		 b;

		buf_init(&b, 0);
		if (it->summary != NULL)
			buf_adds(&b, it->summary);
		if (it->content != NULL && (it->summary == NULL ||
		    strcmp(it->content, it->summary) != 0)) {
			if (b.len > 0)
				buf_adds(&b, "\n\n");
			buf_adds(&b, it->content);
		}
		add_doc(w, res, it->link != NULL ? it->link : r->final_url,
		    it->id, it->title, buf_str(&b), it->author,
		    it->published != 0 ? it->published : it->updated, "item",
		    1);
		buf_free(&b);
	}
	feed_free(f);
	budget_give(w->c, held);
}

/* Return 1 if "url" is on the same host as "base". */
static int
same_site(const char *url, const char *base)
{
	char	*a = fetch_host(url), *b = fetch_host(base);
	int	 r;

	r = a != NULL && b != NULL && strcmp(a, b) == 0;
	free(a);
	free(b);
	return (r);
}

/* Queue the links of a page that its source says to follow. */
static void
follow_links(struct worker *w, struct result *res, const struct page *p)
{
	struct crawl		*c = w->c;
	struct job		*job = res->job, *nj;
	struct src		*src = job->src;
	const struct source	*scf = src->cf;
	struct fetch_req	 rq;
	struct origin		*o;
	char			*name;
	size_t			 i;
	int			 ok;

	for (i = 0; i < p->links.n; i++) {
		const char	*u = p->links.v[i];

		if (scf->follow_pattern != NULL && *scf->follow_pattern !=
		    '\0')
			ok = strstr(u, scf->follow_pattern) != NULL;
		else
			ok = same_site(u, src->db.url);
		if (!ok || !visit_once(&c->visited, u))
			continue;
		/* Only sites whose robots.txt is known this cycle. */
		name = robots_origin(u);
		pthread_mutex_lock(&c->lock);
		o = name != NULL ? origin_find(c, name) : NULL;
		pthread_mutex_unlock(&c->lock);
		free(name);
		if (o == NULL || !robots_allowed(o->robots, u))
			continue;
		pthread_mutex_lock(&c->lock);
		ok = src->followed < FOLLOW_MAX;
		if (ok) {
			src->followed++;
			src->refs++;	/* held by the new job */
		}
		pthread_mutex_unlock(&c->lock);
		if (!ok)
			break;
		nj = xcalloc(1, sizeof *nj);
		nj->kind = JOB_LINK;
		nj->src = src;
		nj->depth = job->depth + 1;
		memset(&rq, 0, sizeof rq);
		rq.url = u;
		rq.insecure = !scf->tls_verify;
		rq.refuse_private = c->cf->refuse_private;
		fetcher_add_req(c->f, &rq, nj);
	}
}

static void
handle_page(struct worker *w, struct result *res, const char *body,
    size_t len)
{
	struct fetch_resp	*r = res->r;
	struct job		*job = res->job;
	const struct source	*scf = job->src->cf;
	struct page		 p;
	size_t			 i, held;
	int			 follow = job->depth < scf->follow_depth;

	/* A page that names nothing we look for need not be parsed, unless
	 * its links are wanted. */
	if (!follow && !prescan_maybe(w->c->pre, body, len)) {
		add_doc(w, res, r->final_url, NULL, NULL, body, NULL, 0,
		    "page", 0);
		return;
	}
	held = budget_take(w->c, len);
	page_extract(body, len, r->final_url, &p);
	if (job->kind == JOB_SOURCE) {
		for (i = 0; i < p.feeds.n; i++)
			log_info("crawl: %s: the page advertises the feed %s",
			    job->src->db.key, p.feeds.v[i]);
	}
	if (p.truncated)
		log_info("crawl: %s: %s is nested more than %d deep; read "
		    "in part", job->src->db.key, r->final_url, PAGE_MAX_NEST);
	if (p.alt != NULL) {
		/* Image descriptions are read like the text around them. */
		char	*t;

		xasprintf(&t, "%s\n\n%s", p.text, p.alt);
		free(p.text);
		p.text = t;
	}
	add_doc(w, res, p.canonical != NULL ? p.canonical : r->final_url,
	    NULL, p.title, p.text, p.author, p.published, "page", 1);
	if (follow)
		follow_links(w, res, &p);
	page_clear(&p);
	budget_give(w->c, held);
}

/* Return 1 if "b" starts like an HTML document rather than XML. */
static int
html_is_page(const char *b, size_t len)
{
	size_t	i = 0;

	while (i < len && i < 1024 && isspace((unsigned char)b[i]))
		i++;
	if (len - i >= 9 && strncasecmp(b + i, "<!doctype", 9) == 0)
		return (strncasecmp(b + i + 9, " html", 5) == 0);
	return (len - i >= 5 && strncasecmp(b + i, "<html", 5) == 0);
}

/* Return 1 if an XML declaration at "b" names an encoding other than
 * UTF-8 (libxml2 then converts it). */
static int
xml_declares_other(const char *b, size_t len)
{
	char		 head[256];
	const char	*e;
	size_t		 n = len < sizeof head - 1 ? len : sizeof head - 1;

	memcpy(head, b, n);
	head[n] = '\0';
	if (strncmp(head, "<?xml", 5) != 0 || (e = strstr(head,
	    "encoding")) == NULL)
		return (0);
	e += 8;
	while (*e == ' ' || *e == '=' || *e == '"' || *e == '\'')
		e++;
	return (strncasecmp(e, "utf-8", 5) != 0 &&
	    strncasecmp(e, "utf8", 4) != 0);
}

/* Return 1 if the "len" bytes at "b" are valid UTF-8 without NUL, as
 * utf8_valid, but skimming ASCII eight bytes at a time. */
static int
text_valid(const char *b, size_t len)
{
	const unsigned char	*p = (const unsigned char *)b;
	size_t			 i = 0, n, k;
	uint64_t		 w;
	unsigned int		 c;

	while (i < len) {
		if (i + 8 <= len) {
			memcpy(&w, p + i, 8);
			/* no high bit and no zero byte: eight ASCII bytes */
			if ((w & 0x8080808080808080ULL) == 0 &&
			    ((w - 0x0101010101010101ULL) & ~w &
			    0x8080808080808080ULL) == 0) {
				i += 8;
				continue;
			}
		}
		c = p[i];
		if (c == 0)
			return (0);
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			n = 1;
		else if (c >= 0xe0 && c <= 0xef)
			n = 2;
		else if (c >= 0xf0 && c <= 0xf4)
			n = 3;
		else
			return (0);
		if (i + n >= len)
			return (0);
		for (k = 1; k <= n; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				return (0);
		}
		/* overlong, surrogate and out-of-range forms */
		if ((c == 0xe0 && p[i + 1] < 0xa0) ||
		    (c == 0xed && p[i + 1] > 0x9f) ||
		    (c == 0xf0 && p[i + 1] < 0x90) ||
		    (c == 0xf4 && p[i + 1] > 0x8f))
			return (0);
		i += n + 1;
	}
	return (1);
}

/* Return 1 if the response says, in its Content-Type or an early
 * <meta>, that it is in Windows-1252 or ISO-8859-1. */
static int
declares_latin1(const struct fetch_resp *r, const char *b, size_t len)
{
	static const char	*names[] = { "windows-1252", "iso-8859-1",
				    "latin1", "iso8859-1", "cp1252", NULL };
	char			 head[1025];
	size_t			 i, n = len < 1024 ? len : 1024;

	memcpy(head, b, n);
	head[n] = '\0';
	for (i = 0; names[i] != NULL; i++) {
		if ((r->content_type != NULL && strcasestr(r->content_type,
		    names[i]) != NULL) || strcasestr(head, names[i]) != NULL)
			return (1);
	}
	return (0);
}

/* Return the Windows-1252 text in "len" bytes at "b" as UTF-8 (its
 * length in "*outlen"); ISO-8859-1 is read the same way, as browsers do. */
static char *
latin1_to_utf8(const char *b, size_t len, size_t *outlen)
{
	static const unsigned short	c1[32] = {
		0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
		0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
		0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
		0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
	};
	char				*out = xmalloc(len * 3 + 1), *o = out;
	size_t				 i;
	unsigned int			 c;

	for (i = 0; i < len; i++) {
		c = (unsigned char)b[i];
		if (c == 0)
			continue;
		if (c >= 0x80 && c < 0xa0)
			c = c1[c - 0x80];
		o += utf8_encode(c, o);
	}
	*o = '\0';
	*outlen = (size_t)(o - out);
	return (out);
}

/* Return 1 if the first bytes of "b" look like binary data. */
static int
looks_binary(const char *b, size_t len)
{
	size_t	i, n = len < 1024 ? len : 1024;

	for (i = 0; i < n; i++) {
		if (b[i] == '\0')
			return (1);
	}
	return (0);
}

/* Parse and analyse one response into "res". */
static void
parse_response(struct worker *w, struct result *res)
{
	struct fetch_resp	*r = res->r;
	struct job		*job = res->job;
	char			*fixed = NULL;
	const char		*body;
	size_t			 len;

	body = buf_str(&r->body);
	len = r->body.len;
	if (len > 0 && looks_binary(body, len)) {
		xasprintf(&res->error, "not a feed or a web page (binary; "
		    "Content-Type %s)", r->content_type != NULL ?
		    r->content_type : "none");
		return;
	}
	/* Content decides, not the URL or the content type. */
	if (feed_sniff(body, len) || (job->kind == JOB_SOURCE &&
	    strcmp(job->src->db.type, "feed") == 0 && !html_is_page(body,
	    len))) {
		/* libxml2 reads declared encodings itself; only text that
		 * claims to be UTF-8 is repaired. */
		if (!text_valid(body, len) && !xml_declares_other(body, len)) {
			fixed = utf8_repair(body, len, &len);
			body = fixed;
		}
		handle_feed(w, res, body, len);
	} else {
		if (!text_valid(body, len)) {
			if (declares_latin1(r, body, len))
				fixed = latin1_to_utf8(body, len, &len);
			else
				fixed = utf8_repair(body, len, &len);
			body = fixed;
		}
		handle_page(w, res, body, len);
	}
	free(fixed);
}

/*
 * Capture one response as evidence and parse it. The bytes received are
 * written before they are parsed, to the spool; if a document of them
 * mentions a school or was flagged, the capture is kept whole: the bytes
 * as received become a file of their own, and the decoded body is
 * hashed. Workers do this in parallel; the writer chains the capture.
 */
static void
process(struct worker *w, struct result *res)
{
	struct evidence		*ev = w->c->ev;
	struct fetch_resp	*r = res->r;
	char			*cause = NULL;
	size_t			 i;
	int			 keep = 0;

	if (r->error != NULL || r->status < 200 || r->status >= 300)
		return;
	if (ev != NULL && evidence_prepare(ev, r, 0, &res->prep,
	    &cause) != 0) {
		log_warnx("crawl: evidence: %s", cause);
		free(cause);
		cause = NULL;
	}
	parse_response(w, res);
	/* Kept whole: what mentions a school, or may open a case. */
	for (i = 0; i < res->ndocs && !keep; i++)
		keep = res->docs[i].analysed &&
		    (res->docs[i].a.match.nmentions > 0 ||
		    res->docs[i].a.nfindings > 0);
	if (ev != NULL && keep && evidence_prep_keep(ev, r, &res->prep,
	    &cause) != 0) {
		log_warnx("crawl: evidence: %s", cause);
		free(cause);
	}
}

static void *
worker_main(void *arg)
{
	struct worker	*w = arg;
	struct crawl	*c = w->c;
	struct result	*res;

	while ((res = queue_get(&c->work, 0)) != NULL) {
		process(w, res);
		queue_put(&c->results, res);
		fetcher_hold(c->f, -1);
	}
	return (NULL);
}

/* ---------------------------------------------------------------------
 * The writer: storing, scheduling
 */

/* Store one analysed document with its mentions and findings. */
static void
store_document(struct crawl *c, struct src *src, struct doc *dc,
    long long capture_id)
{
	struct db_document	 d;
	char			*cause = NULL;
	long long		 id;
	int			 is_new;
	size_t			 i;

	c->stats->documents++;
	memset(&d, 0, sizeof d);
	d.source_id = src->db.id;
	d.url = dc->url;
	d.guid = dc->guid;
	d.title = dc->title;
	d.author = dc->author;
	d.published = dc->published;
	d.kind = dc->kind;
	d.content_hash = dc->hash;
	d.text = dc->text;
	d.capture_id = capture_id;
	if (db_document_put(c->db, &d, c->now, &id, &is_new, &cause) != 0) {
		log_warnx("crawl: %s: %s", src->db.key, cause);
		free(cause);
		return;
	}
	if (is_new == 1)
		c->stats->new_documents++;
	if (!dc->analysed)
		return;
	for (i = 0; i < dc->a.match.nmentions; i++) {
		const struct mention	*mn = &dc->a.match.mentions[i];
		struct db_mention	 m;
		char			*excerpt;

		excerpt = str_excerpt(dc->text, strlen(dc->text), mn->start,
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
			log_warnx("crawl: %s: %s", src->db.key, cause);
			free(cause);
			cause = NULL;
		} else
			c->stats->mentions++;
		free(excerpt);
	}
	for (i = 0; i < dc->a.nfindings; i++) {
		if (db_finding_add(c->db, id, &dc->a.findings[i], c->now,
		    &cause) != 0) {
			log_warnx("crawl: %s: %s", src->db.key, cause);
			free(cause);
			cause = NULL;
		} else
			c->stats->findings++;
	}
	/* A finding at or above the configured severity opens a case. */
	if (dc->a.nfindings > 0)
		tracking_document(c->cf, c->db, id, c->now);
}

/* Return the seconds a Retry-After value asks for, or 0. */
static long long
retry_after_seconds(const char *v, time_t now)
{
	char		*end;
	long long	 n;
	time_t		 t;

	if (v == NULL || *v == '\0')
		return (0);
	n = strtoll(v, &end, 10);
	if (end != v && *end == '\0')
		return (n > 0 ? n : 0);
	t = feed_date_parse(v);
	return (t > now ? (long long)(t - now) : 0);
}

/* Return the max-age of a Cache-Control value, or 0. */
static long long
max_age(const char *v)
{
	const char	*p;

	if (v == NULL || (p = strcasestr(v, "max-age")) == NULL)
		return (0);
	p += 7;
	while (*p == ' ')
		p++;
	if (*p != '=')
		return (0);
	return (strtoll(p + 1, NULL, 10) > 0 ? strtoll(p + 1, NULL, 10) : 0);
}

/* Raise "*wait" to "n" seconds, saying why in "why". */
static void
wait_at_least(long long *wait, long long n, struct buf *why,
    const char *what, long long shown, const char *unit)
{
	if (n <= *wait)
		return;
	*wait = n;
	buf_reset(why);
	buf_printf(why, "%s %lld %s", what, shown, unit);
}

/* Decide when "src" is next polled after a response "r" (NULL if none
 * was made). */
static void
schedule(struct crawl *c, struct src *src, struct fetch_resp *r, long ttl,
    int failed, int changed)
{
	const struct config	*cf = c->cf;
	struct db_source	*s = &src->db;
	long long		 interval = src->cf->interval > 0 ?
				    src->cf->interval : cf->interval;
	long long		 cur, wait, n, hi;
	struct buf		 why;
	int			 i;

	buf_init(&why, 0);
	hi = cf->max_interval > interval ? cf->max_interval : interval;
	cur = s->cur_interval > 0 ? s->cur_interval : interval;
	if (failed) {
		wait = interval;
		for (i = 1; i < s->failures && wait < BACKOFF_CAP; i++)
			wait *= 2;
		if (wait > BACKOFF_CAP)
			wait = BACKOFF_CAP;
		if (s->failures > 1)
			buf_printf(&why, "backing off after %lld failures",
			    s->failures);
	} else {
		/* A source that rarely changes is polled less often. */
		if (changed) {
			cur = interval;
			s->unchanged = 0;
		} else if (++s->unchanged >= 3 && cur < hi) {
			cur = cur * 3 / 2;
			if (cur > hi)
				cur = hi;
		}
		if (cur < cf->min_interval)
			cur = cf->min_interval;
		s->cur_interval = cur;
		wait = cur;
		if (cur > interval)
			buf_printf(&why, "polled every %lld s: rarely changes",
			    cur);
	}
	if (r != NULL) {
		n = retry_after_seconds(r->retry_after, c->now);
		wait_at_least(&wait, n, &why, "Retry-After", n, "s");
		if (!failed) {
			n = (long long)ttl * 60;
			wait_at_least(&wait, n, &why, "feed TTL", ttl, "min");
			n = max_age(r->cache_control);
			wait_at_least(&wait, n, &why,
			    "Cache-Control max-age", n, "s");
			if (r->expires != NULL) {
				time_t	t = feed_date_parse(r->expires);

				n = t > c->now ? (long long)(t - c->now) : 0;
				wait_at_least(&wait, n, &why,
				    "Expires in", n, "s");
			}
		}
	}
	if (wait > SERVER_WAIT_CAP)
		wait = SERVER_WAIT_CAP;
	if (s->state != NULL && strcmp(s->state, "gone") == 0 &&
	    wait < GONE_INTERVAL) {
		wait = GONE_INTERVAL;
		buf_reset(&why);
		buf_adds(&why, "gone: tried once a week");
	}
	if (r != NULL && r->waited_ms >= 1000) {
		if (why.len > 0)
			buf_adds(&why, "; ");
		buf_printf(&why, "held back %.1f s by per-host limits",
		    (double)r->waited_ms / 1000);
	}
	if (src->robots != NULL && src->robots->crawl_delay > 0) {
		if (why.len > 0)
			buf_adds(&why, "; ");
		buf_printf(&why, "robots.txt Crawl-delay %.1f s%s",
		    src->robots->crawl_delay, src->robots->crawl_delay >
		    (double)cf->crawl_delay_cap ? " (capped)" : "");
	}
	/* Jitter of up to a tenth spreads the polls of many sources. */
	wait += (long long)(random() % (wait / 10 + 1));
	s->next_due = c->now + (time_t)wait;
	set_str(&s->wait, why.len > 0 ? buf_str(&why) : NULL);
	buf_free(&why);
}

/* Mark the source of a failed poll failing, unhealthy or gone. */
static void
note_failure(struct crawl *c, struct src *src, long status)
{
	struct db_source	*s = &src->db;

	s->failures++;
	if (s->failing_since == 0)
		s->failing_since = c->now;
	if ((status == 404 || status == 410) &&
	    c->now - s->failing_since >= GONE_AFTER)
		set_str(&s->state, "gone");
	else if (c->now - s->failing_since >= UNHEALTHY_AFTER)
		set_str(&s->state, "unhealthy");
}

static void	refuse_source(struct crawl *, struct src *, const char *);

/* Store one result: its documents, the fetch and the source's state. */
static void
write_result(struct crawl *c, struct result *res)
{
	struct job		*job = res->job;
	struct src		*src = job->src;
	struct db_source	*s;
	struct fetch_resp	*r = res->r;
	char			*cause = NULL;
	const char		*error;
	int			 failed = 0, changed = 0;
	size_t			 i;
	long long		 capture_id = 0;

	if (job->kind == JOB_ROBOTS) {
		/* A robots.txt read for a redirect, or a source refused. */
		if (job->origin != NULL)
			store_robots(c, job->origin->name, r);
		else
			refuse_source(c, src, res->error);
		return;
	}
	s = &src->db;
	error = r->error;
	/* The response as received is evidence, stored before the
	 * documents that refer to it. */
	if (c->ev != NULL && r->error == NULL && r->status >= 200 &&
	    r->status < 300 && evidence_capture(c->ev, r, &res->prep,
	    "crawl", &capture_id, &cause) != 0) {
		log_warnx("crawl: %s: evidence: %s", s->key, cause);
		free(cause);
		cause = NULL;
	}
	if (c->cf->keep_bodies && r->error == NULL) {
		const struct buf	*b = r->encoded.len > 0 ? &r->encoded :
					    &r->body;

		if (db_body_add(c->db, s->id, r->url, c->now,
		    r->encoded.len > 0 ? r->content_encoding : NULL, b->data,
		    b->len, &cause) != 0) {
			log_warnx("crawl: %s", cause);
			free(cause);
			cause = NULL;
		}
	}
	for (i = 0; i < res->ndocs; i++) {
		struct doc	*dc = &res->docs[i];
		size_t		 j;

		store_document(c, src, dc, capture_id);
		changed = 1;
		for (j = 0; dc->analysed && j < dc->a.match.nmentions; j++) {
			if (db_fetch_mention_add(c->db, r->url,
			    dc->a.match.mentions[j].school_id, c->now,
			    &cause) != 0) {
				log_warnx("crawl: %s", cause);
				free(cause);
				cause = NULL;
			}
		}
	}
	c->stats->documents += res->read - res->ndocs;

	if (job->kind == JOB_LINK) {
		record_fetch(c->db, s->id, r, error != NULL ? error :
		    res->error);
		return;
	}
	s->fetches++;
	s->last_attempt = c->now;
	s->last_status = r->status;
	if (r->error != NULL) {
		failed = 1;
		set_str(&s->last_error, r->error);
	} else if (r->status == 304) {
		s->not_modified++;
		c->stats->not_modified++;
	} else if (r->status >= 200 && r->status < 300) {
		if (res->error == NULL) {
			set_str(&s->last_error, NULL);
			set_str(&s->etag, r->etag);
			set_str(&s->last_modified, r->last_modified);
		} else {
			failed = 1;
			set_str(&s->last_error, res->error);
			error = res->error;
		}
	} else {
		failed = 1;
		free(s->last_error);
		xasprintf(&s->last_error, "HTTP %ld%s%s", r->status,
		    r->retry_after != NULL ? ", Retry-After " : "",
		    r->retry_after != NULL ? r->retry_after : "");
		error = s->last_error;
	}
	if (failed) {
		note_failure(c, src, r->error != NULL ? 0 : r->status);
		c->stats->errors++;
		log_warnx("crawl: %s: %s: %s", s->key, r->url, s->last_error);
	} else {
		s->failures = 0;
		s->failing_since = 0;
		s->last_success = c->now;
		if (s->state != NULL && strcmp(s->state, "active") != 0)
			set_str(&s->state, "active");
	}
	schedule(c, src, r, res->ttl, failed, changed);
	if (db_source_update(c->db, s, &cause) != 0) {
		log_warnx("crawl: %s", cause);
		free(cause);
	}
	record_fetch(c->db, s->id, r, error);
	c->stats->done++;
}

/*
 * The writer: store results a transaction at a time, each transaction
 * holding what arrives within BATCH_MS (at most BATCH_MAX results), so
 * that a crash loses at most that much and each response whole or not at
 * all.
 */
static void *
writer_main(void *arg)
{
	struct crawl	*c = arg;
	struct result	*res;
	long long	 t0, left;
	size_t		 n;

	while ((res = queue_get(&c->results, 0)) != NULL) {
		if (db_begin(c->db) != 0) {
			log_warnx("crawl: cannot start a transaction");
			result_free(c, res);
			continue;
		}
		t0 = mwtime_now_ms();
		n = 0;
		do {
			write_result(c, res);
			result_free(c, res);
			n++;
			left = BATCH_MS - (mwtime_now_ms() - t0);
			if (n >= BATCH_MAX || left <= 0)
				break;
			res = queue_get_wait(&c->results, left);
		} while (res != NULL);
		if (db_commit(c->db) != 0) {
			log_warnx("crawl: cannot commit; %zu responses lost",
			    n);
			db_rollback(c->db);
		}
		/* Name the files of what was just committed. */
		if (c->ev != NULL)
			evidence_tick(c->ev);
		progress(c, 0);
	}
	return (NULL);
}

/*
 * Queue the next sources with the fetcher, keeping at most FEED_WINDOW of
 * them queued or running, so that memory does not grow with the number
 * of sources. Sources robots.txt forbids are recorded instead. Runs in
 * the I/O thread (first from crawl_once, then after each response).
 */
static void
feed_sources(struct crawl *c)
{
	struct robots_verdict	 v;
	struct fetch_req	 rq;
	struct origin		*o;
	struct job		*job;
	struct src		*src;
	char			*name;

	while (c->inflight < FEED_WINDOW &&
	    !(c->opts->stop != NULL && *c->opts->stop) &&
	    (src = next_source(c)) != NULL) {
		name = robots_origin(src->db.url);
		o = name != NULL ? origin_find(c, name) : NULL;
		free(name);
		src->robots = o != NULL ? o->robots : NULL;
		robots_check(src->robots, src->db.url, &v);
		if (!v.allowed) {
			/* The writer owns the connection; this is stored
			 * through it like any result. */
			struct result	*res = xcalloc(1, sizeof *res);

			res->job = xcalloc(1, sizeof *res->job);
			res->job->kind = JOB_ROBOTS;
			res->job->src = src;
			res->error = xstrdup(v.why);
			queue_put(&c->results, res);
			continue;
		}
		set_str(&src->db.robots, v.why);
		honour_delay(c, src->db.url, src->robots);
		if (c->following)
			visit_once(&c->visited, src->db.url);
		job = xcalloc(1, sizeof *job);
		job->kind = JOB_SOURCE;
		job->src = src;
		memset(&rq, 0, sizeof rq);
		rq.url = src->db.url;
		rq.etag = src->db.etag;
		rq.last_modified = src->db.last_modified;
		rq.insecure = !src->cf->tls_verify;
		c->inflight++;
		fetcher_add_req(c->f, &rq, job);
	}
}

/* Called by the fetcher with the job of a request a stop abandoned (its
 * source is freed with the others still held). */
static void
drop_job(void *arg)
{
	free(arg);
}

/* Called by the fetcher (I/O thread) with each response: hand it to the
 * workers, waiting while they are all busy and the queue is full. */
static void
on_response(struct fetch_resp *r, void *arg)
{
	struct crawl	*c = arg;
	struct result	*res;
	size_t		 n;

	res = xcalloc(1, sizeof *res);
	res->job = r->arg;
	res->r = fetch_resp_take(r);
	if (res->job->kind == JOB_SOURCE)
		c->inflight--;
	fetcher_hold(c->f, 1);
	n = queue_put(&c->work, res);
	/*
	 * The transfers run at once follow the workers: fewer while they
	 * cannot keep up, so that finished responses, each holding its
	 * body, do not wait in the fetcher for them; more again while
	 * they wait for work.
	 */
	if (n == QUEUE_MAX && c->running > RUNNING_MIN)
		fetcher_limit(c->f, --c->running);
	else if (n == 0 && c->running < (int)c->cf->max_connections)
		fetcher_limit(c->f, ++c->running);
	feed_sources(c);
}

/*
 * Log that source "src" was refused for "why": the first source of its
 * site refused so, then only a count (see refusals_log).
 */
static void
log_refusal(struct crawl *c, struct src *src, const char *why)
{
	struct refusal	*r;
	char		*origin;
	size_t		 i;

	origin = robots_origin(src->db.url);
	if (origin == NULL)
		origin = xstrdup(src->db.url);
	for (i = 0; i < c->nrefusals; i++) {
		r = &c->refusals[i];
		if (strcmp(r->origin, origin) == 0 && strcmp(r->why, why) == 0) {
			r->more++;
			log_debug("crawl: %s: %s: %s", src->db.key,
			    src->db.url, why);
			free(origin);
			return;
		}
	}
	log_warnx("crawl: %s: %s: %s", src->db.key, src->db.url, why);
	c->refusals = xreallocarray(c->refusals, c->nrefusals + 1,
	    sizeof *c->refusals);
	r = &c->refusals[c->nrefusals++];
	r->origin = origin;
	r->why = xstrdup(why);
	r->more = 0;
}

/* Log how many more sources of each site were refused, and forget. */
static void
refusals_log(struct crawl *c)
{
	struct refusal	*r;
	size_t		 i;

	for (i = 0; i < c->nrefusals; i++) {
		r = &c->refusals[i];
		if (r->more > 0)
			log_warnx("crawl: %s: %zu more source%s there not "
			    "fetched for the same reason (`mentionwatch "
			    "sources` lists them)", r->origin, r->more,
			    r->more == 1 ? "" : "s");
		free(r->origin);
		free(r->why);
	}
	free(c->refusals);
	c->refusals = NULL;
	c->nrefusals = 0;
}

/* Record, for a source robots.txt forbids, why it was not fetched. */
static void
refuse_source(struct crawl *c, struct src *src, const char *why)
{
	char	*cause = NULL;

	set_str(&src->db.robots, why);
	set_str(&src->db.last_error, why);
	src->db.last_attempt = c->now;
	c->stats->errors++;
	c->stats->done++;
	log_refusal(c, src, why);
	schedule(c, src, NULL, 0, 0, 0);
	if (db_source_update(c->db, &src->db, &cause) != 0) {
		log_warnx("crawl: %s", cause);
		free(cause);
	}
}

/* Return the number of worker threads to run. */
static size_t
worker_count(const struct config *cf)
{
	long	n = cf->workers;

	if (n <= 0)
		n = sysconf(_SC_NPROCESSORS_ONLN);
	if (n <= 0)
		n = 1;
	return ((size_t)n);
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
	struct worker		*w;
	struct analyze_env	 env;
	unsigned char		 secret[KEYS_SECRET_LEN];
	char			*kdir, *kcause = NULL;
	pthread_t		 writer;
	struct db_checkpointer	*ckpt;
	double			 t0 = mwtime_mono();
	size_t			 i, nw, ngen = 0;
	char			*why = NULL;
	struct config		 ex;
	struct fetch_policy	 policy;
	struct source		*gen = NULL;
	int			 rc = -1;

	memset(stats, 0, sizeof *stats);
	memset(&c, 0, sizeof c);
	/*
	 * Bodies are freed soon after they arrive; a fixed threshold keeps
	 * glibc from raising it after each free and then holding hundreds
	 * of kilobytes per body in its arenas.
	 */
	mallopt(M_MMAP_THRESHOLD, 128 * 1024);
	mallopt(M_ARENA_MAX, 2);

	/* Search sources are sources like any other for this cycle. */
	if (search_expand(cf, &gen, &ngen, &why) != 0) {
		log_warnx("crawl: %s", why);
		free(why);
	}
	if (ngen > 0) {
		ex = *cf;
		ex.sources = xreallocarray(NULL, cf->nsources + ngen,
		    sizeof *ex.sources);
		memcpy(ex.sources, cf->sources, cf->nsources *
		    sizeof *ex.sources);
		memcpy(ex.sources + cf->nsources, gen, ngen *
		    sizeof *ex.sources);
		ex.nsources = cf->nsources + ngen;
		cf = &ex;
	}
	c.cf = cf;
	c.db = db;
	c.opts = opts;
	c.stats = stats;
	c.now = mwtime_now();
	c.running = (int)cf->max_connections;
	if (opts->only != NULL && source_config(cf, opts->only) == NULL) {
		xasprintf(cause, "no source \"%s\" in %s", opts->only,
		    cf->path);
		goto out;
	}
	c.f = fetcher_new(cf, cause);
	if (c.f == NULL)
		goto out;
	/* The bytes as received are kept too when they are evidence. */
	fetcher_keep_encoded(c.f, cf->keep_bodies || cf->capture);
	if (db_begin(db) != 0 || db_school_sync(db, cf, cause) != 0 ||
	    db_source_sync(db, cf, cause) != 0) {
		db_rollback(db);
		fetcher_free(c.f);
		goto out;
	}
	db_commit(db);
	if (cf->capture) {
		c.ev = evidence_open(cf, db, cause);
		if (c.ev == NULL) {
			fetcher_free(c.f);
			goto out;
		}
	}
	/* Count the due sources and find their sites; the sources
	 * themselves are read again a chunk at a time as they are
	 * queued (next_source), so that memory does not grow with their
	 * number. */
	c.index = source_index(cf);
	if (db_source_list(db, scan_source, &c, cause) != 0) {
		origins_free(&c);
		evidence_close(c.ev);
		fetcher_free(c.f);
		goto out;
	}
	progress(&c, 0);

	/* Politeness first: what each site's robots.txt allows. */
	load_robots(&c);

	c.pre = prescan_new(cf);
	/*
	 * Page caches: the writer's holds what it appends to (the ends of
	 * the tables, the indexes' upper pages; with 512 KiB it read the
	 * pages of the hash-keyed indexes back for each insert, and the
	 * whole crawl waited on it); the workers' readers look
	 * documents up by key and hash; the I/O thread's reads sources in
	 * order.
	 */
	db_cache_limit(db, 2048);
	if (c.rdb == NULL && db_open(db_path(db), DB_READONLY, &c.rdb,
	    cause) != 0)
		fatalx("crawl: %s", *cause);
	db_cache_limit(c.rdb, 64);
	queue_init(&c.work, QUEUE_MAX);
	queue_init(&c.results, RESULTS_MAX);
	pthread_mutex_init(&c.visited.lock, NULL);
	pthread_mutex_init(&c.lock, NULL);
	pthread_cond_init(&c.budget_cond, NULL);
	memset(&env, 0, sizeof env);
	env.cf = cf;
	/* The roster is matched through keyed hashes: load the secret. */
	kdir = keys_dir(cf, db_path(db));
	if (keys_load_secret(kdir, secret, &kcause) == 0) {
		env.secret = secret;
		env.secretlen = sizeof secret;
	} else {
		log_info("crawl: %s; roster names are not matched", kcause);
		free(kcause);
	}
	free(kdir);
	nw = worker_count(cf);
	w = xcalloc(nw, sizeof *w);
	for (i = 0; i < nw; i++) {
		w[i].c = &c;
		if (db_open(db_path(db), DB_READONLY, &w[i].rdb, cause) != 0)
			fatalx("crawl: %s", *cause);
		db_cache_limit(w[i].rdb, 128);
		env.db = w[i].rdb;
		/* The workers share the first one's matcher. */
		w[i].an = analyze_new_sharing(&env, i > 0 ? w[0].an : NULL);
		if (pthread_create(&w[i].thread, NULL, worker_main, &w[i]) != 0)
			fatalx("crawl: cannot start a worker thread");
	}
	ckpt = db_checkpointer_start(db);
	if (pthread_create(&writer, NULL, writer_main, &c) != 0)
		fatalx("crawl: cannot start the writer thread");
	fetcher_on_drop(c.f, drop_job);
	policy.check = on_policy;
	policy.robots = on_robots_read;
	policy.arg = &c;
	fetcher_policy(c.f, &policy);

	/* Stopped while reading robots.txt: nothing is decided or stored
	 * about sources not tried. */
	feed_sources(&c);
	fetcher_run(c.f, on_response, &c, opts->stop);

	queue_close(&c.work);
	for (i = 0; i < nw; i++)
		pthread_join(w[i].thread, NULL);
	for (i = nw; i-- > 0; ) {
		analyze_free(w[i].an);	/* the first last: its matcher */
		db_close(w[i].rdb);
	}
	queue_close(&c.results);
	pthread_join(writer, NULL);
	refusals_log(&c);
	db_checkpointer_stop(ckpt);
	progress(&c, 1);
	explicit_bzero(secret, sizeof secret);

	/* Evidence: prune by retention, sign the chain head if it moved. */
	if (c.ev != NULL) {
		char	*ecause = NULL;

		if (evidence_prune(c.ev, c.now, NULL, &ecause) != 0 ||
		    evidence_checkpoint(c.ev, 0, NULL, &ecause) != 0) {
			log_warnx("crawl: evidence: %s", ecause);
			free(ecause);
		}
		evidence_close(c.ev);
	}

	free(w);
	queue_destroy(&c.work);
	queue_destroy(&c.results);
	visited_free(&c.visited);
	pthread_mutex_destroy(&c.lock);
	pthread_cond_destroy(&c.budget_cond);
	prescan_free(c.pre);
	fetcher_free(c.f);
	free(c.redirect_why);
	db_close(c.rdb);
	origins_free(&c);
	srcs_free(&c);
	free(c.after);
	stats->seconds = mwtime_mono() - t0;
	rc = 0;
out:
	free(c.index);
	if (ngen > 0) {
		free(ex.sources);
		search_free(gen, ngen);
	}
	return (rc);
}
