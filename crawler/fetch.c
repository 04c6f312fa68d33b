/*
 * fetch.c: the fetcher. One thread drives libcurl's multi interface, so
 * hundreds of transfers run at once without a thread each. Every transfer
 * gets the same policy: http and https only (also after redirects), a
 * bounded number of redirects, connect and total timeouts, a low-speed
 * limit, a cap on the body as received and after decompression (gzip,
 * deflate and brotli are decoded here, by crawler/decode.c, so that a
 * compression bomb is stopped at the cap and the bytes as received can be
 * kept as evidence), TLS verified
 * unless a source explicitly says otherwise, an honest User-Agent and From
 * header, and conditional requests when the caller knows the validators.
 * Per host, at most so many transfers run at once and requests are spaced
 * by a minimum gap (a token bucket holding one token), stricter for hosts
 * known to throttle crawlers. Other threads may queue transfers while it
 * runs.
 *
 * Redirects are followed here, not by libcurl: each hop is a request of
 * its own, queued under the limits of the host it goes to, and the
 * caller's policy (robots.txt) is asked about it before it is sent. When
 * the policy does not yet know the robots.txt of the new origin, the
 * transfer waits while the fetcher reads it (at most one fetch per origin
 * however many transfers wait), hands it to the policy, and asks again.
 */
#include "autoconfig.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

#include "common/config.h"
#include "common/log.h"
#include "common/mwtime.h"
#include "common/str.h"
#include "common/xmalloc.h"
#include "crawler/decode.h"
#include "crawler/fetch.h"
#include "crawler/robots.h"

#define HOST_BUCKETS	256
#define STOP_GRACE_MS	2000	/* after a stop, running transfers get this */

struct host {
	char		*name;		/* host[:port], lower case */
	int		 active;
	int		 max;
	long long	 gap_ms;
	long long	 next_ms;	/* the bucket's next token */
	struct strlist	 certs;		/* evidence: the TLS chain last seen */
	struct host	*next;
};

struct transfer {
	struct fetcher		*f;
	CURL			*easy;
	struct curl_slist	*reqh;
	struct fetch_resp	 resp;
	struct host		*host;
	int			 too_big;
	int			 bomb;
	int			 bad_encoding;
	int			 private_addr;
	char			*cur_url;	/* this hop's URL */
	char			*location;	/* a redirect's Location */
	char			*target;	/* waiting: where it goes next */
	struct rwait		*rwait;		/* a robots.txt for these */
	int			 hop;		/* "target" is a redirect */
	int			 check;		/* ask the policy first */
	int			 insecure;
	int			 priority;
	int			 refuse_private;
	char			*etag;		/* request validators */
	char			*last_modified;
	char			*user_agent;
	long long		 queued_ms;
	struct decoder		*dec;		/* undoes Content-Encoding */
	int			 dec_started;
	char			 errbuf[CURL_ERROR_SIZE];
	struct transfer		*next;	/* waiting, checking or parked */
	struct transfer		*rnext;	/* running list */
	struct transfer		*rprev;
};

/* Transfers waiting for the robots.txt of "origin" to be read. */
struct rwait {
	char			*origin;
	struct transfer		*parked;
	struct rwait		*next;
};

struct fetcher {
	const struct config	*cf;
	CURLM			*multi;
	CURLSH			*share;
	struct curl_slist	*connect_to;
	char			*ua;
	char			*from;
	pthread_mutex_t		 lock;	/* the waiting list, holds, hosts */
	struct transfer		*waiting;
	struct transfer		*waiting_tail;
	struct transfer		*runlist;
	struct host		*hosts[HOST_BUCKETS];
	int			 running;
	int			 limit;		/* running at most; 0: config */
	void			(*drop)(void *);	/* given what is
						   abandoned */
	int			 holds;
	int			 keep_encoded;
	struct fetch_policy	 policy;
	struct transfer		*checking;	/* to ask the policy about */
	struct rwait		*rwaits;	/* I/O thread only */
};

/* Hosts known to throttle or block eager clients: fewer connections and
 * a wider gap than the configuration's defaults. */
static const struct {
	const char	*suffix;
	int		 max;
	long long	 gap_ms;
} strict_hosts[] = {
	{ "reddit.com", 1, 2000 },
	{ "news.google.com", 1, 1000 },
	{ "youtube.com", 1, 1000 },
	{ "mastodon.social", 1, 1000 },
	{ "twitter.com", 1, 2000 },
	{ "x.com", 1, 2000 },
	{ "facebook.com", 1, 2000 },
	{ "bing.com", 1, 1000 },
};

/* Return the User-Agent mentionwatch sends, naming the operator. */
char *
fetcher_user_agent(const struct config *cf)
{
	char	*ua;

	xasprintf(&ua, "mentionwatch/%s (+%s)", PACKAGE_VERSION,
	    cf->contact_url != NULL ? cf->contact_url : "no contact URL");
	return (ua);
}

/*
 * Make a fetcher for "cf". The crawler refuses to run without an operator
 * contact: return NULL with "*cause" set then.
 */
struct fetcher *
fetcher_new(const struct config *cf, char **cause)
{
	struct fetcher	*f;

	if (cf->contact_url == NULL || cf->operator_email == NULL) {
		xasprintf(cause, "%s: set contact_url and operator_email in "
		    "[mentionwatch]: sites are told who is crawling them and "
		    "how to reach you", cf->path != NULL ? cf->path :
		    "configuration");
		return (NULL);
	}
	f = xcalloc(1, sizeof *f);
	f->cf = cf;
	pthread_mutex_init(&f->lock, NULL);
	f->multi = curl_multi_init();
	f->share = curl_share_init();
	if (f->multi == NULL || f->share == NULL)
		fatalx("fetch: cannot start libcurl");
	curl_share_setopt(f->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
	curl_share_setopt(f->share, CURLSHOPT_SHARE,
	    CURL_LOCK_DATA_SSL_SESSION);
	curl_multi_setopt(f->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS,
	    (long)cf->max_connections);
	curl_multi_setopt(f->multi, CURLMOPT_PIPELINING,
	    (long)CURLPIPE_MULTIPLEX);
	if (cf->connect_to != NULL) {
		char	*list = xstrdup(cf->connect_to), *p, *last;

		/* Several mappings may be given, separated by commas. */
		for (p = strtok_r(list, ", \t", &last); p != NULL;
		    p = strtok_r(NULL, ", \t", &last))
			f->connect_to = curl_slist_append(f->connect_to, p);
		free(list);
	}
	f->ua = fetcher_user_agent(cf);
	xasprintf(&f->from, "From: %s", cf->operator_email);
	return (f);
}

/* Keep the bytes as received (before decompression) in each response. */
void
fetcher_keep_encoded(struct fetcher *f, int on)
{
	f->keep_encoded = on;
}

/* Give "fn" the argument of each request abandoned by a stop or by
 * fetcher_free, never reported to the done callback. */
void
fetcher_on_drop(struct fetcher *f, void (*fn)(void *))
{
	f->drop = fn;
}

/*
 * Run at most "n" transfers at once, fewer than max_connections while the
 * caller cannot keep up with the responses (0: max_connections again).
 * Transfers already running are not stopped.
 */
void
fetcher_limit(struct fetcher *f, int n)
{
	pthread_mutex_lock(&f->lock);
	f->limit = n;
	pthread_mutex_unlock(&f->lock);
}

/*
 * Count work outside the fetcher that may still queue transfers ("n" is
 * +1 or -1): fetcher_run does not return while any is held.
 */
void
fetcher_hold(struct fetcher *f, int n)
{
	pthread_mutex_lock(&f->lock);
	f->holds += n;
	pthread_mutex_unlock(&f->lock);
	if (n < 0)
		curl_multi_wakeup(f->multi);
}

/* Forget the last response of "r", before the next hop's; what the
 * evidence keeps of every hop (headers on the wire, URLs) stays. */
static void
resp_clear_hop(struct fetch_resp *r)
{
	char	**fields[] = { &r->final_url, &r->http_version,
		    &r->content_type, &r->etag, &r->last_modified,
		    &r->retry_after, &r->cache_control, &r->expires,
		    &r->content_encoding, &r->ip, &r->error };
	size_t	  i;

	buf_free(&r->body);
	buf_free(&r->headers);
	buf_free(&r->encoded);
	for (i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		free(*fields[i]);
		*fields[i] = NULL;
	}
	r->status = 0;
	strlist_free(&r->certs);	/* the next connection's chain */
}

static void
resp_clear(struct fetch_resp *r)
{
	resp_clear_hop(r);
	/* evidence */
	buf_free(&r->wire_headers);
	strlist_free(&r->urls);
}

/* Move what "r" holds into a new response that outlives the callback;
 * "r" is left empty. Free the result with fetch_resp_free. */
struct fetch_resp *
fetch_resp_take(struct fetch_resp *r)
{
	struct fetch_resp	*n;

	n = xmalloc(sizeof *n);
	*n = *r;
	memset(r, 0, sizeof *r);
	return (n);
}

/* Free a response from fetch_resp_take; NULL does nothing. */
void
fetch_resp_free(struct fetch_resp *r)
{
	if (r == NULL)
		return;
	resp_clear(r);
	free(r->url);
	free(r);
}

static void
transfer_free(struct transfer *t)
{
	if (t->easy != NULL)
		curl_easy_cleanup(t->easy);
	decode_free(t->dec);
	curl_slist_free_all(t->reqh);
	resp_clear(&t->resp);
	free(t->resp.url);
	free(t->etag);
	free(t->last_modified);
	free(t->user_agent);
	free(t->cur_url);
	free(t->location);
	free(t->target);
	free(t);
}

/* Free transfer "t", never to be reported: its caller's argument goes
 * to the drop callback. */
static void
transfer_drop(struct fetcher *f, struct transfer *t)
{
	if (f->drop != NULL && t->resp.arg != NULL)
		f->drop(t->resp.arg);
	transfer_free(t);
}

static void
transfers_free(struct fetcher *f, struct transfer *t)
{
	struct transfer	*next;

	for (; t != NULL; t = next) {
		next = t->next;
		transfer_drop(f, t);
	}
}

/* Free what waits for a robots.txt: nothing is reported. */
static void
rwaits_free(struct fetcher *f)
{
	struct rwait	*w, *next;

	for (w = f->rwaits; w != NULL; w = next) {
		next = w->next;
		transfers_free(f, w->parked);
		free(w->origin);
		free(w);
	}
	f->rwaits = NULL;
}

static void
hosts_free(struct fetcher *f)
{
	struct host	*h, *next;
	size_t		 i;

	for (i = 0; i < HOST_BUCKETS; i++) {
		for (h = f->hosts[i]; h != NULL; h = next) {
			next = h->next;
			free(h->name);
			strlist_free(&h->certs);
			free(h);
		}
		f->hosts[i] = NULL;
	}
}

/* Free "f" and every transfer not yet run; NULL does nothing. */
void
fetcher_free(struct fetcher *f)
{
	if (f == NULL)
		return;
	transfers_free(f, f->waiting);
	transfers_free(f, f->checking);
	rwaits_free(f);
	curl_multi_cleanup(f->multi);
	curl_share_cleanup(f->share);
	curl_slist_free_all(f->connect_to);
	hosts_free(f);
	pthread_mutex_destroy(&f->lock);
	free(f->ua);
	free(f->from);
	free(f);
}

/* Return the host[:port] of "url" in lower case, or NULL. */
char *
fetch_host(const char *url)
{
	const char	*p, *at;
	char		*h, *s;
	size_t		 n;

	p = strstr(url, "://");
	if (p == NULL)
		return (NULL);
	p += 3;
	n = strcspn(p, "/?#");
	at = memchr(p, '@', n);
	if (at != NULL) {
		n -= (size_t)(at + 1 - p);
		p = at + 1;
	}
	if (n == 0)
		return (NULL);
	h = xstrndup(p, n);
	for (s = h; *s != '\0'; s++)
		*s = (char)tolower((unsigned char)*s);
	return (h);
}

static unsigned int
host_hash(const char *s)
{
	unsigned int	h = 5381;

	while (*s != '\0')
		h = h * 33 + (unsigned char)*s++;
	return (h % HOST_BUCKETS);
}

/* Find or make the state of host "name"; the lock is held. */
static struct host *
host_get(struct fetcher *f, const char *name)
{
	struct host	*h;
	unsigned int	 b = host_hash(name);
	size_t		 i, n, m;
	const char	*bare;
	char		*colon;

	for (h = f->hosts[b]; h != NULL; h = h->next) {
		if (strcmp(h->name, name) == 0)
			return (h);
	}
	h = xcalloc(1, sizeof *h);
	h->name = xstrdup(name);
	h->max = (int)f->cf->host_connections;
	h->gap_ms = f->cf->host_gap_ms;
	bare = h->name;
	colon = strrchr(h->name, ':');
	n = colon != NULL && strchr(h->name, ']') == NULL ?
	    (size_t)(colon - h->name) : strlen(h->name);
	for (i = 0; i < sizeof strict_hosts / sizeof strict_hosts[0]; i++) {
		m = strlen(strict_hosts[i].suffix);
		if (n < m || strncmp(bare + n - m, strict_hosts[i].suffix,
		    m) != 0 || (n > m && bare[n - m - 1] != '.'))
			continue;
		if (h->max > strict_hosts[i].max)
			h->max = strict_hosts[i].max;
		if (h->gap_ms < strict_hosts[i].gap_ms)
			h->gap_ms = strict_hosts[i].gap_ms;
	}
	h->next = f->hosts[b];
	f->hosts[b] = h;
	return (h);
}

/*
 * Space requests to the host of "url" by at least "gap_ms" milliseconds
 * (a robots.txt Crawl-delay); a smaller gap than the current one does
 * nothing.
 */
void
fetcher_host_gap(struct fetcher *f, const char *url, long long gap_ms)
{
	struct host	*h;
	char		*name = fetch_host(url);

	if (name == NULL)
		return;
	pthread_mutex_lock(&f->lock);
	h = host_get(f, name);
	if (h->gap_ms < gap_ms)
		h->gap_ms = gap_ms;
	if (gap_ms >= 1000 && h->max > 1)
		h->max = 1;	/* a crawl delay means one at a time */
	pthread_mutex_unlock(&f->lock);
	free(name);
}

/* Return 1 if the numeric address "ip" is private, loopback, link-local
 * or otherwise not on the public internet. */
int
fetch_addr_private(const char *ip)
{
	unsigned char	a[16];

	if (inet_pton(AF_INET, ip, a) == 1) {
		return (a[0] == 0 || a[0] == 10 || a[0] == 127 ||
		    (a[0] == 100 && (a[1] & 0xc0) == 64) ||
		    (a[0] == 169 && a[1] == 254) ||
		    (a[0] == 172 && (a[1] & 0xf0) == 16) ||
		    (a[0] == 192 && a[1] == 168) || a[0] >= 224);
	}
	if (inet_pton(AF_INET6, ip, a) == 1) {
		static const unsigned char	mapped[12] = { 0, 0, 0, 0, 0, 0,
						    0, 0, 0, 0, 0xff, 0xff };
		static const unsigned char	zero[15];
		char				v4[INET_ADDRSTRLEN];

		if (memcmp(a, mapped, 12) == 0) {
			inet_ntop(AF_INET, a + 12, v4, sizeof v4);
			return (fetch_addr_private(v4));
		}
		return (memcmp(a, zero, 15) == 0 ||	/* :: and ::1 */
		    (a[0] & 0xfe) == 0xfc ||		/* fc00::/7 */
		    (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) ||	/* fe80::/10 */
		    a[0] == 0xff);			/* multicast */
	}
	return (1);
}

/*
 * Have "p" decide whether each redirect may be followed, and each request
 * queued with "check" be sent (robots.txt). Its functions run in the
 * fetcher's thread, without the fetcher's lock.
 */
void
fetcher_policy(struct fetcher *f, const struct fetch_policy *p)
{
	f->policy = *p;
}

static int
on_prereq(void *arg, char *ip, char *local_ip, int primary, int local)
{
	struct transfer	*t = arg;

	if (fetch_addr_private(ip)) {
		t->private_addr = 1;
		free(t->resp.ip);
		t->resp.ip = xstrdup(ip);
		return (CURL_PREREQFUNC_ABORT);
	}
	return (CURL_PREREQFUNC_OK);
}

static size_t
on_body(char *p, size_t size, size_t n, void *arg)
{
	struct transfer	*t = arg;
	const char	*ce = t->resp.content_encoding;
	size_t		 len = size * n;
	int		 rc;

	/* Bytes that were not encoded are the body: not kept twice. */
	if (t->f->keep_encoded && ce != NULL && *ce != '\0' &&
	    strcasecmp(ce, "identity") != 0 &&
	    buf_add(&t->resp.encoded, p, len) != 0) {
		t->too_big = 1;
		return (0);
	}
	if (!t->dec_started) {
		t->dec_started = 1;
		if (!decode_known(ce)) {
			t->bad_encoding = 1;
			return (0);
		}
		t->dec = decode_new(ce);
	}
	if (t->dec == NULL) {
		if (buf_add(&t->resp.body, p, len) != 0) {
			t->too_big = 1;
			return (0);	/* aborts the transfer */
		}
		return (len);
	}
	rc = decode_add(t->dec, p, len, &t->resp.body);
	if (rc == DECODE_FULL)
		t->bomb = 1;
	else if (rc == DECODE_BAD)
		t->bad_encoding = 1;
	return (rc == DECODE_OK ? len : 0);
}

static char *
header_value(const char *line, size_t len, const char *name)
{
	size_t	 n = strlen(name);
	char	*v, *t;

	if (len <= n || strncasecmp(line, name, n) != 0 || line[n] != ':')
		return (NULL);
	v = xstrndup(line + n + 1, len - n - 1);
	t = xstrdup(str_trim(v));
	free(v);
	return (t);
}

static void
set_field(char **field, char *v)
{
	free(*field);
	*field = v;
}

static size_t
on_header(char *p, size_t size, size_t n, void *arg)
{
	struct transfer		*t = arg;
	struct fetch_resp	*r = &t->resp;
	size_t			 len = size * n;
	char			*v;

	/* A new response (after a redirect) starts a new header block. */
	if (len > 5 && strncmp(p, "HTTP/", 5) == 0) {
		buf_reset(&r->headers);
		set_field(&r->etag, NULL);
		set_field(&r->last_modified, NULL);
		set_field(&r->content_type, NULL);
		set_field(&r->retry_after, NULL);
		set_field(&r->cache_control, NULL);
		set_field(&r->expires, NULL);
		set_field(&r->content_encoding, NULL);
		set_field(&t->location, NULL);
	}
	if (buf_add(&r->headers, p, len) != 0)
		return (0);
	(void)buf_add(&r->wire_headers, p, len);	/* evidence */
	if ((v = header_value(p, len, "etag")) != NULL)
		set_field(&r->etag, v);
	else if ((v = header_value(p, len, "last-modified")) != NULL)
		set_field(&r->last_modified, v);
	else if ((v = header_value(p, len, "content-type")) != NULL)
		set_field(&r->content_type, v);
	else if ((v = header_value(p, len, "retry-after")) != NULL)
		set_field(&r->retry_after, v);
	else if ((v = header_value(p, len, "cache-control")) != NULL)
		set_field(&r->cache_control, v);
	else if ((v = header_value(p, len, "expires")) != NULL)
		set_field(&r->expires, v);
	else if ((v = header_value(p, len, "content-encoding")) != NULL)
		set_field(&r->content_encoding, v);
	else if ((v = header_value(p, len, "location")) != NULL)
		set_field(&t->location, v);
	return (len);
}

/* evidence: keep each request header block as sent, and its URL. */
static int
on_debug(CURL *e, curl_infotype type, char *p, size_t len, void *arg)
{
	struct transfer	*t = arg;
	char		*u = NULL;

	if (type != CURLINFO_HEADER_OUT)
		return (0);
	if (curl_easy_getinfo(e, CURLINFO_EFFECTIVE_URL, &u) == CURLE_OK &&
	    u != NULL)
		strlist_add(&t->resp.urls, u);
	(void)buf_add(&t->resp.wire_headers, p, len);
	return (0);
}

/*
 * Queue a GET of "url" with the validators "etag" and "last_modified"
 * (either may be NULL); "arg" comes back with the response.
 */
void
fetcher_add(struct fetcher *f, const char *url, const char *etag,
    const char *last_modified, void *arg)
{
	struct fetch_req	req;

	memset(&req, 0, sizeof req);
	req.url = url;
	req.etag = etag;
	req.last_modified = last_modified;
	fetcher_add_req(f, &req, arg);
}

/* Queue "t" to start under the limits of the host of its URL; at the
 * front if "front". Any thread. */
static void
enqueue(struct fetcher *f, struct transfer *t, int front)
{
	char	*host = fetch_host(t->cur_url);

	pthread_mutex_lock(&f->lock);
	t->host = host_get(f, host != NULL ? host : "");
	t->queued_ms = mwtime_now_ms();
	t->next = NULL;
	if (front) {
		t->next = f->waiting;
		f->waiting = t;
		if (f->waiting_tail == NULL)
			f->waiting_tail = t;
	} else {
		if (f->waiting_tail != NULL)
			f->waiting_tail->next = t;
		else
			f->waiting = t;
		f->waiting_tail = t;
	}
	pthread_mutex_unlock(&f->lock);
	free(host);
}

/* Queue the request "rq"; "arg" comes back with the response. Any thread
 * may call this, also while fetcher_run runs. The transfer is set up only
 * when it starts, so a long queue costs little memory. */
void
fetcher_add_req(struct fetcher *f, const struct fetch_req *rq, void *arg)
{
	struct transfer	*t;

	t = xcalloc(1, sizeof *t);
	t->f = f;
	t->resp.url = xstrdup(rq->url);
	t->cur_url = xstrdup(rq->url);
	t->resp.arg = arg;
	t->insecure = rq->insecure;
	t->priority = rq->priority;
	t->refuse_private = rq->refuse_private;
	t->check = rq->check;
	if (rq->etag != NULL && *rq->etag != '\0')
		t->etag = xstrdup(rq->etag);
	if (rq->last_modified != NULL && *rq->last_modified != '\0')
		t->last_modified = xstrdup(rq->last_modified);
	if (rq->user_agent != NULL)
		t->user_agent = xstrdup(rq->user_agent);
	if (t->check && f->policy.check != NULL) {
		/* The I/O thread asks the policy first (fetcher_run). */
		pthread_mutex_lock(&f->lock);
		t->next = f->checking;
		f->checking = t;
		pthread_mutex_unlock(&f->lock);
	} else
		enqueue(f, t, t->priority);
	curl_multi_wakeup(f->multi);
}

/* Make the curl handle of "t" with the policy every transfer gets. */
static void
setup(struct transfer *t)
{
	struct fetcher		*f = t->f;
	const struct config	*cf = f->cf;
	const char		*url = t->cur_url;
	CURL			*e;
	char			*h;

	buf_init(&t->resp.body, (size_t)cf->max_body);
	buf_init(&t->resp.encoded, (size_t)cf->max_body);
	buf_init(&t->resp.headers, 256 * 1024);
	if (t->resp.redirects == 0)	/* evidence: kept across hops */
		buf_init(&t->resp.wire_headers, 1024 * 1024);
	e = t->easy = curl_easy_init();
	if (e == NULL)
		fatalx("fetch: cannot start a transfer");
	curl_easy_setopt(e, CURLOPT_URL, url);
	curl_easy_setopt(e, CURLOPT_PRIVATE, t);
	curl_easy_setopt(e, CURLOPT_SHARE, f->share);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, t);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, t);
	/* evidence: the request as sent, and the TLS chain */
	curl_easy_setopt(e, CURLOPT_DEBUGFUNCTION, on_debug);
	curl_easy_setopt(e, CURLOPT_DEBUGDATA, t);
	curl_easy_setopt(e, CURLOPT_VERBOSE, 1L);
	curl_easy_setopt(e, CURLOPT_CERTINFO, 1L);
	curl_easy_setopt(e, CURLOPT_USERAGENT, t->user_agent != NULL ?
	    t->user_agent : f->ua);
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	/* Redirects are followed by hop(), each under its host's limits
	 * and the policy. */
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, (long)cf->connect_timeout);
	curl_easy_setopt(e, CURLOPT_TIMEOUT, (long)cf->timeout);
	curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, 100L);
	curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME,
	    cf->timeout < 30 ? (long)cf->timeout : 30L);
	/* Decoded here, with a cap, so the bytes as received can be kept. */
	curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, DECODE_ACCEPT);
	curl_easy_setopt(e, CURLOPT_HTTP_CONTENT_DECODING, 0L);
	curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE,
	    (curl_off_t)cf->max_body);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	t->errbuf[0] = '\0';
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->errbuf);
	/* On HTTP/2, wait for the host's connection rather than open
	 * another: its transfers share one, multiplexed. */
	curl_easy_setopt(e, CURLOPT_PIPEWAIT, 1L);
	if (t->insecure) {
		curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 0L);
		curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 0L);
		log_warnx("fetch: %s: TLS certificate not verified "
		    "(tls_verify = no for this source)", url);
	} else {
		curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
		curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
	}
	if (cf->ca_file != NULL)
		curl_easy_setopt(e, CURLOPT_CAINFO, cf->ca_file);
	if (f->connect_to != NULL)
		curl_easy_setopt(e, CURLOPT_CONNECT_TO, f->connect_to);
	if (t->refuse_private) {
		curl_easy_setopt(e, CURLOPT_PREREQFUNCTION, on_prereq);
		curl_easy_setopt(e, CURLOPT_PREREQDATA, t);
	}
	t->reqh = curl_slist_append(t->reqh, f->from);
	t->reqh = curl_slist_append(t->reqh, "Accept: application/rss+xml, "
	    "application/atom+xml, application/feed+json, text/html;q=0.9, "
	    "*/*;q=0.5");
	if (t->etag != NULL) {
		xasprintf(&h, "If-None-Match: %s", t->etag);
		t->reqh = curl_slist_append(t->reqh, h);
		free(h);
	}
	if (t->last_modified != NULL) {
		xasprintf(&h, "If-Modified-Since: %s", t->last_modified);
		t->reqh = curl_slist_append(t->reqh, h);
		free(h);
	}
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->reqh);
}

/*
 * evidence: keep the PEM of each certificate of the TLS chain. libcurl
 * reports the chain only for a new connection; a transfer on a reused
 * one (the page after robots.txt) gets the chain last seen for its host,
 * which the reused connection was verified against. Runs in the I/O
 * thread only.
 */
static void
finish_certs(struct transfer *t)
{
	struct curl_certinfo	*ci = NULL;
	struct curl_slist	*sl;
	struct host		*h = t->host;
	size_t			 j;
	int			 i;

	if (curl_easy_getinfo(t->easy, CURLINFO_CERTINFO, &ci) == CURLE_OK &&
	    ci != NULL && ci->num_of_certs > 0) {
		for (i = 0; i < ci->num_of_certs; i++) {
			for (sl = ci->certinfo[i]; sl != NULL; sl = sl->next) {
				if (strncmp(sl->data, "Cert:", 5) == 0)
					strlist_add(&t->resp.certs,
					    sl->data + 5);
			}
		}
		if (h != NULL) {
			strlist_free(&h->certs);
			for (j = 0; j < t->resp.certs.n; j++)
				strlist_add(&h->certs, t->resp.certs.v[j]);
		}
		return;
	}
	if (h != NULL && t->resp.final_url != NULL &&
	    strncasecmp(t->resp.final_url, "https:", 6) == 0) {
		for (j = 0; j < h->certs.n; j++)
			strlist_add(&t->resp.certs, h->certs.v[j]);
	}
}

static void
finish(struct transfer *t, CURLcode rc)
{
	struct fetch_resp	*r = &t->resp;
	const struct config	*cf = t->f->cf;
	char			*s = NULL;
	long			 v = 0;

	curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &r->status);
	if (curl_easy_getinfo(t->easy, CURLINFO_EFFECTIVE_URL, &s) ==
	    CURLE_OK && s != NULL)
		r->final_url = xstrdup(s);
	if (r->ip == NULL && curl_easy_getinfo(t->easy, CURLINFO_PRIMARY_IP,
	    &s) == CURLE_OK && s != NULL && *s != '\0')
		r->ip = xstrdup(s);
	if (curl_easy_getinfo(t->easy, CURLINFO_HTTP_VERSION, &v) ==
	    CURLE_OK && v != 0)
		r->http_version = xstrdup(v == CURL_HTTP_VERSION_3 ? "HTTP/3" :
		    v == CURL_HTTP_VERSION_2_0 ? "HTTP/2" :
		    v == CURL_HTTP_VERSION_1_1 ? "HTTP/1.1" : "HTTP/1.0");
	r->elapsed_ms = (long long)(mwtime_now_ms() - r->started_ms);
	finish_certs(t);	/* evidence */
	if (rc == CURLE_OK && !decode_ended(t->dec)) {
		/* The compressed stream ended early. */
		t->bad_encoding = 1;
		rc = CURLE_BAD_CONTENT_ENCODING;
	}
	if (t->bomb)
		xasprintf(&r->error, "body larger than max_body (%lld bytes) "
		    "once decompressed (Content-Encoding %s): a compression "
		    "bomb?", (long long)cf->max_body, r->content_encoding);
	else if (t->too_big || rc == CURLE_FILESIZE_EXCEEDED)
		xasprintf(&r->error, "body larger than max_body (%lld bytes)",
		    (long long)cf->max_body);
	else if (t->bad_encoding)
		xasprintf(&r->error, "cannot decode Content-Encoding \"%s\"",
		    r->content_encoding != NULL ? r->content_encoding : "");
	else if (t->private_addr)
		xasprintf(&r->error, "refused: %s is a private or loopback "
		    "address (refuse_private = yes)", r->ip);
	else if (rc == CURLE_OPERATION_TIMEDOUT)
		xasprintf(&r->error, "timed out: %s", curl_easy_strerror(rc));
	else if (rc == CURLE_PEER_FAILED_VERIFICATION)
		xasprintf(&r->error, "TLS certificate not verified: %s; give "
		    "its CA in ca_file, or set tls_verify = no for this source",
		    *t->errbuf != '\0' ? t->errbuf : curl_easy_strerror(rc));
	else if (rc == CURLE_SSL_CONNECT_ERROR || rc == CURLE_SSL_CERTPROBLEM ||
	    rc == CURLE_SSL_CIPHER || rc == CURLE_SSL_CACERT_BADFILE ||
	    rc == CURLE_SSL_ISSUER_ERROR || rc == CURLE_SSL_INVALIDCERTSTATUS)
		xasprintf(&r->error, "TLS error: %s",
		    *t->errbuf != '\0' ? t->errbuf : curl_easy_strerror(rc));
	else if (rc != CURLE_OK)
		r->error = xstrdup(curl_easy_strerror(rc));
	if (r->error != NULL)
		buf_free(&r->body);	/* a partial body is not a document */
}

/* Start what the limits allow; return the milliseconds until a waiting
 * transfer's host has a token again (or 1000). The lock is held. */
static long
start_waiting(struct fetcher *f)
{
	struct transfer	*t, *prev = NULL, *next;
	long long	 now = mwtime_now_ms(), soonest = now + 1000;
	int		 max = (int)f->cf->max_connections;

	if (f->limit > 0 && f->limit < max)
		max = f->limit;

	for (t = f->waiting; t != NULL && f->running < max; t = next) {
		struct host	*h = t->host;

		next = t->next;
		if (h->active >= h->max || h->next_ms > now) {
			if (h->active < h->max && h->next_ms < soonest)
				soonest = h->next_ms;
			prev = t;
			continue;
		}
		if (prev != NULL)
			prev->next = next;
		else
			f->waiting = next;
		if (f->waiting_tail == t)
			f->waiting_tail = prev;
		t->next = NULL;
		h->active++;
		h->next_ms = now + h->gap_ms;
		setup(t);
		if (t->resp.started_ms == 0)
			t->resp.started_ms = mwtime_now_ms();
		t->resp.waited_ms += now - t->queued_ms;
		curl_multi_add_handle(f->multi, t->easy);
		t->rnext = f->runlist;
		if (f->runlist != NULL)
			f->runlist->rprev = t;
		f->runlist = t;
		f->running++;
	}
	return (soonest > now ? (long)(soonest - now) : 1);
}

static void
unlink_running(struct fetcher *f, struct transfer *t)
{
	if (t->rprev != NULL)
		t->rprev->rnext = t->rnext;
	else
		f->runlist = t->rnext;
	if (t->rnext != NULL)
		t->rnext->rprev = t->rprev;
	t->rnext = t->rprev = NULL;
}

static void
drop_waiting(struct fetcher *f)
{
	struct transfer	*t, *next;

	for (t = f->waiting; t != NULL; t = next) {
		next = t->next;
		transfer_drop(f, t);
	}
	f->waiting = f->waiting_tail = NULL;
}

/* ---------------------------------------------------------------------
 * Redirects and the policy
 */

/*
 * Return 1 if the response of "t" is a redirect to follow, with the
 * absolute URL it leads to in "*next" (the caller frees it). A redirect
 * that may not be followed whatever the policy (another scheme, too many,
 * a loop) is made the response's error.
 */
static int
next_hop(struct transfer *t, char **next)
{
	struct fetch_resp	*r = &t->resp;
	const struct config	*cf = t->f->cf;
	char			*u = NULL;
	size_t			 i;

	*next = NULL;
	if (r->error != NULL || t->location == NULL || (r->status != 301 &&
	    r->status != 302 && r->status != 303 && r->status != 307 &&
	    r->status != 308))
		return (0);
	if (curl_easy_getinfo(t->easy, CURLINFO_REDIRECT_URL, &u) !=
	    CURLE_OK || u == NULL)
		u = t->location;
	if (strncasecmp(u, "http://", 7) != 0 &&
	    strncasecmp(u, "https://", 8) != 0)
		xasprintf(&r->error, "redirected to a scheme other than http "
		    "or https: %s", u);
	else if (r->redirects >= cf->max_redirects)
		xasprintf(&r->error, "more than %lld redirects (max_redirects)",
		    (long long)cf->max_redirects);
	else {
		for (i = 0; i < r->urls.n; i++) {
			if (strcmp(r->urls.v[i], u) == 0) {
				xasprintf(&r->error, "redirected in a loop: "
				    "%s leads back to %s", r->final_url != NULL ?
				    r->final_url : t->cur_url, u);
				break;
			}
		}
	}
	if (r->error != NULL) {
		buf_free(&r->body);
		return (0);
	}
	*next = xstrdup(u);
	return (1);
}

/* Send "t" on to "url" (which it keeps): the next hop is a request of
 * its own, under the limits of the host it goes to. */
static void
forward(struct fetcher *f, struct transfer *t, char *url)
{
	free(t->cur_url);
	t->cur_url = url;
	t->resp.redirects++;
	if (t->easy != NULL)
		curl_easy_cleanup(t->easy);
	t->easy = NULL;
	curl_slist_free_all(t->reqh);
	t->reqh = NULL;
	decode_free(t->dec);
	t->dec = NULL;
	t->dec_started = t->too_big = t->bomb = t->bad_encoding = 0;
	t->private_addr = 0;
	free(t->location);
	t->location = NULL;
	resp_clear_hop(&t->resp);
	enqueue(f, t, 1);
}

static void	complete(struct fetcher *, struct transfer *, fetch_done_cb,
		    void *);

/*
 * Park "t", going to "url", until the robots.txt of the origin of "url"
 * is read; start reading it unless another transfer already has. The
 * robots.txt request is sent like "t" (User-Agent, TLS, addresses).
 */
static int
park(struct fetcher *f, struct transfer *t, const char *url, int redirect)
{
	struct rwait	*w;
	struct transfer	*rt;
	char		*origin = robots_origin(url);

	if (origin == NULL)
		return (-1);
	for (w = f->rwaits; w != NULL; w = w->next) {
		if (strcmp(w->origin, origin) == 0)
			break;
	}
	if (w == NULL) {
		w = xcalloc(1, sizeof *w);
		w->origin = origin;
		w->next = f->rwaits;
		f->rwaits = w;
		rt = xcalloc(1, sizeof *rt);
		rt->f = f;
		xasprintf(&rt->resp.url, "%s/robots.txt", origin);
		rt->cur_url = xstrdup(rt->resp.url);
		rt->rwait = w;
		rt->insecure = t->insecure;
		rt->refuse_private = t->refuse_private;
		rt->priority = 1;
		if (t->user_agent != NULL)
			rt->user_agent = xstrdup(t->user_agent);
		enqueue(f, rt, 1);
	} else
		free(origin);
	free(t->target);
	t->target = xstrdup(url);
	t->hop = redirect;
	t->next = w->parked;
	w->parked = t;
	return (0);
}

/*
 * Decide about "t" going to "url" ("redirect" says whether it is a
 * redirect of "t" or its first request): send it, refuse it (and report
 * it), or park it until the policy knows the robots.txt it needs. With
 * "again", the robots.txt has been read and must now be known. The
 * robots.txt requests themselves are not asked about.
 */
static void
route(struct fetcher *f, struct transfer *t, char *url, int redirect,
    int again, fetch_done_cb done, void *arg)
{
	struct fetch_resp	*r = &t->resp;
	char			*why = NULL;
	const char		*reason;
	int			 rc = FETCH_ALLOW;

	if (f->policy.check != NULL && t->rwait == NULL)
		rc = f->policy.check(url, f->policy.arg, &why);
	if (rc == FETCH_ROBOTS && !again && park(f, t, url, redirect) == 0) {
		free(url);
		return;
	}
	if (rc == FETCH_ALLOW) {
		if (redirect)
			forward(f, t, url);
		else {
			free(url);
			enqueue(f, t, t->priority);
		}
		return;
	}
	reason = rc == FETCH_ROBOTS ? "its robots.txt could not be read" :
	    why != NULL ? why : "refused";
	free(r->error);
	if (redirect)
		xasprintf(&r->error, "redirected to %s: %s", url, reason);
	else
		r->error = xstrdup(reason);
	r->refused = 1;
	buf_free(&r->body);
	free(url);
	complete(f, t, done, arg);
}

/*
 * Report the finished "t" to "done" and free it. A robots.txt read for
 * parked transfers is handed to the policy instead, and the transfers
 * waiting for it are decided again.
 */
static void
complete(struct fetcher *f, struct transfer *t, fetch_done_cb done,
    void *arg)
{
	struct rwait	*w = t->rwait, **wp;
	struct transfer	*p, *next;
	char		*url;

	if (w == NULL) {
		done(&t->resp, arg);
		transfer_free(t);
		return;
	}
	for (wp = &f->rwaits; *wp != NULL; wp = &(*wp)->next) {
		if (*wp == w) {
			*wp = w->next;
			break;
		}
	}
	if (f->policy.robots != NULL)
		f->policy.robots(w->origin, &t->resp, f->policy.arg);
	transfer_free(t);
	for (p = w->parked; p != NULL; p = next) {
		next = p->next;
		p->next = NULL;
		url = p->target;
		p->target = NULL;	/* route() takes it */
		route(f, p, url, p->hop, 1, done, arg);
	}
	free(w->origin);
	free(w);
}

/* Ask the policy about the transfers queued with "check", in order. */
static void
check_queued(struct fetcher *f, fetch_done_cb done, void *arg)
{
	struct transfer	*t, *next, *rev = NULL;

	pthread_mutex_lock(&f->lock);
	t = f->checking;
	f->checking = NULL;
	pthread_mutex_unlock(&f->lock);
	for (; t != NULL; t = next) {
		next = t->next;
		t->next = rev;
		rev = t;
	}
	for (t = rev; t != NULL; t = next) {
		next = t->next;
		t->next = NULL;
		route(f, t, xstrdup(t->cur_url), 0, 0, done, arg);
	}
}

/*
 * Run every queued transfer, calling "done" with each response as it
 * completes (the response is freed after the call unless taken with
 * fetch_resp_take). Once "*stop" is set, start nothing more and give the
 * transfers running a short grace before abandoning them (they are not
 * reported). Return 0.
 */
int
fetcher_run(struct fetcher *f, fetch_done_cb done, void *arg,
    volatile int *stop)
{
	CURLMsg		*msg;
	int		 still = 0, left, more;
	long		 wait;
	long long	 stop_ms = 0;
	struct transfer	*t;

	char		*url;

	for (;;) {
		if (stop == NULL || !*stop)
			check_queued(f, done, arg);
		pthread_mutex_lock(&f->lock);
		if (stop != NULL && *stop) {
			drop_waiting(f);
			transfers_free(f, f->checking);
			f->checking = NULL;
		}
		wait = start_waiting(f);
		more = f->running > 0 || f->waiting != NULL || f->holds > 0 ||
		    f->checking != NULL;
		pthread_mutex_unlock(&f->lock);
		if (!more)
			break;
		curl_multi_perform(f->multi, &still);
		while ((msg = curl_multi_info_read(f->multi, &left)) != NULL) {
			if (msg->msg != CURLMSG_DONE)
				continue;
			curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE,
			    (char **)&t);
			finish(t, msg->data.result);
			curl_multi_remove_handle(f->multi, t->easy);
			pthread_mutex_lock(&f->lock);
			unlink_running(f, t);
			f->running--;
			t->host->active--;
			pthread_mutex_unlock(&f->lock);
			if (next_hop(t, &url))
				route(f, t, url, 1, 0, done, arg);
			else
				complete(f, t, done, arg);
		}
		if (stop != NULL && *stop) {
			if (stop_ms == 0)
				stop_ms = mwtime_now_ms();
			else if (mwtime_now_ms() - stop_ms > STOP_GRACE_MS)
				break;
		}
		if (wait > 200)
			wait = 200;
		curl_multi_poll(f->multi, NULL, 0, (int)wait, NULL);
	}
	/* Abandon what still runs after a stop. */
	while ((t = f->runlist) != NULL) {
		unlink_running(f, t);
		curl_multi_remove_handle(f->multi, t->easy);
		t->host->active--;
		f->running--;
		transfer_drop(f, t);
	}
	rwaits_free(f);
	return (0);
}
