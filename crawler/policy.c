/*
 * policy.c: the crawler's robots.txt policy for the fetches made outside
 * a crawl cycle: `mentionwatch fetch` and the re-capture of flagged
 * pages. Set on a fetcher, it holds every URL the fetcher would request
 * (a request queued with "check", and where each redirect leads) to the
 * robots.txt of its site: from the store if one was read there less than
 * a day ago (when given a store), else fetched by the fetcher and stored
 * back. A Crawl-delay spaces the requests to that host, capped by
 * crawl_delay_cap. Each decision is kept, so that the caller can say
 * what was decided and why. (The crawl has its own copy of this, in
 * crawler/crawl.c, since there the writer thread owns the store.)
 */
#include "autoconfig.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common/config.h"
#include "common/log.h"
#include "common/mwtime.h"
#include "common/xmalloc.h"
#include "crawler/fetch.h"
#include "crawler/policy.h"
#include "crawler/robots.h"
#include "db/db.h"

struct policy {
	const struct config	*cf;
	struct fetcher		*f;
	struct db		*db;		/* NULL: nothing cached */
	char			*token;		/* robots.txt product token */
	struct policy_site	*sites;		/* in the order consulted */
	struct policy_decision	*dec;
	size_t			 ndec;
};

static struct policy_site *
site_find(struct policy *p, const char *origin)
{
	struct policy_site	*s;

	for (s = p->sites; s != NULL; s = s->next) {
		if (strcmp(s->origin, origin) == 0)
			return (s);
	}
	return (NULL);
}

/* Add a site "origin" whose robots.txt answered "status" with "body". */
static struct policy_site *
site_add(struct policy *p, const char *origin, long status, const char *body,
    size_t len)
{
	struct policy_site	*s, **sp;

	s = xcalloc(1, sizeof *s);
	s->origin = xstrdup(origin);
	xasprintf(&s->robots_url, "%s/robots.txt", origin);
	s->status = status;
	s->bytes = len;
	s->robots = robots_from_status(status, body, len, p->token);
	for (sp = &p->sites; *sp != NULL; sp = &(*sp)->next)
		;
	*sp = s;
	return (s);
}

/* Return the site of "origin" as read from the store, if fresh. */
static struct policy_site *
site_cached(struct policy *p, const char *origin)
{
	struct policy_site	*s = NULL;
	time_t			 fetched;
	long			 status;
	char			*body = NULL;
	size_t			 len;

	if (p->db != NULL && db_robots_get(p->db, origin, &fetched, &status,
	    &body, &len) == 0 && robots_fresh(status, fetched,
	    mwtime_now())) {
		s = site_add(p, origin, status, body, len);
		s->cached = 1;
	}
	free(body);
	return (s);
}

/* The fetcher asks whether "url" may be requested. */
static int
on_check(const char *url, void *arg, char **why)
{
	struct policy		*p = arg;
	struct policy_site	*s;
	struct policy_decision	*d;
	struct robots_verdict	 v;
	char			*origin = robots_origin(url);
	double			 delay;

	if (origin == NULL)
		return (FETCH_ALLOW);	/* not http(s): the fetcher refuses */
	s = site_find(p, origin);
	if (s == NULL)
		s = site_cached(p, origin);
	free(origin);
	if (s == NULL)
		return (FETCH_ROBOTS);
	robots_check(s->robots, url, &v);
	p->dec = xreallocarray(p->dec, p->ndec + 1, sizeof *p->dec);
	d = &p->dec[p->ndec++];
	d->url = xstrdup(url);
	d->site = s;
	d->allowed = v.allowed;
	d->why = xstrdup(v.why);
	if (!v.allowed) {
		*why = d->why;
		return (FETCH_REFUSE);
	}
	delay = s->robots->crawl_delay;
	if (delay > 0) {
		if (delay > (double)p->cf->crawl_delay_cap)
			delay = (double)p->cf->crawl_delay_cap;
		fetcher_host_gap(p->f, url, (long long)(delay * 1000));
	}
	return (FETCH_ALLOW);
}

/* The fetcher read the robots.txt of "origin": keep it, and store it. */
static void
on_robots(const char *origin, struct fetch_resp *r, void *arg)
{
	struct policy		*p = arg;
	struct policy_site	*s;
	char			*cause = NULL;
	long			 status = r->error != NULL ? 0 : r->status;

	s = site_add(p, origin, status, r->body.data, r->body.len);
	if (r->error != NULL) {
		s->error = xstrdup(r->error);
		robots_unreachable(s->robots, r->error);
	}
	if (p->db != NULL && db_robots_put(p->db, origin, mwtime_now(),
	    status, r->body.data, r->body.len, &cause) != 0) {
		log_warnx("fetch: %s", cause);
		free(cause);
	}
}

/*
 * Make the policy of "cf" for "f", obeying the robots.txt groups of
 * "token", and set it on "f". With "db", robots.txt is read from and
 * stored in its robots table (no transaction may be open on it while
 * "f" runs).
 */
struct policy *
policy_new(const struct config *cf, struct fetcher *f, struct db *db,
    const char *token)
{
	struct policy		*p;
	struct fetch_policy	 fp;

	p = xcalloc(1, sizeof *p);
	p->cf = cf;
	p->f = f;
	p->db = db;
	p->token = xstrdup(token);
	fp.check = on_check;
	fp.robots = on_robots;
	fp.arg = p;
	fetcher_policy(f, &fp);
	return (p);
}

/* Free "p" (after its fetcher ran); NULL does nothing. */
void
policy_free(struct policy *p)
{
	struct policy_site	*s, *next;
	size_t			 i;

	if (p == NULL)
		return;
	for (s = p->sites; s != NULL; s = next) {
		next = s->next;
		free(s->origin);
		free(s->robots_url);
		free(s->error);
		robots_free(s->robots);
		free(s);
	}
	for (i = 0; i < p->ndec; i++) {
		free(p->dec[i].url);
		free(p->dec[i].why);
	}
	free(p->dec);
	free(p->token);
	free(p);
}

/* Return the sites consulted, in order. */
const struct policy_site *
policy_sites(const struct policy *p)
{
	return (p->sites);
}

/* Return the decisions made, in order, their number in "*n". */
const struct policy_decision *
policy_decisions(const struct policy *p, size_t *n)
{
	*n = p->ndec;
	return (p->dec);
}
