/*
 * fetch.c: the fetcher. One thread drives libcurl's multi interface, so
 * hundreds of transfers run at once without a thread each. Every transfer
 * gets the same policy: http and https only (also after redirects), a
 * bounded number of redirects, connect and total timeouts, a low-speed
 * limit, a cap on the decoded body that aborts the transfer, TLS verified,
 * an honest User-Agent and From header, and conditional requests when the
 * caller knows the validators.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

#include "common/config.h"
#include "common/mwtime.h"
#include "common/str.h"
#include "common/xmalloc.h"
#include "crawler/fetch.h"

struct transfer {
	struct fetcher		*f;
	CURL			*easy;
	struct curl_slist	*reqh;
	struct fetch_resp	 resp;
	int			 too_big;
	struct transfer		*next;	/* waiting list */
};

struct fetcher {
	const struct config	*cf;
	CURLM			*multi;
	CURLSH			*share;
	struct curl_slist	*connect_to;
	char			*ua;
	char			*from;
	struct transfer		*waiting;
	struct transfer		*waiting_tail;
	int			 running;
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
	f->multi = curl_multi_init();
	f->share = curl_share_init();
	if (f->multi == NULL || f->share == NULL)
		fatalx("fetch: cannot start libcurl");
	curl_share_setopt(f->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
	curl_share_setopt(f->share, CURLSHOPT_SHARE,
	    CURL_LOCK_DATA_SSL_SESSION);
	curl_multi_setopt(f->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS,
	    (long)cf->max_connections);
	curl_multi_setopt(f->multi, CURLMOPT_MAX_HOST_CONNECTIONS,
	    (long)cf->host_connections);
	curl_multi_setopt(f->multi, CURLMOPT_PIPELINING,
	    (long)CURLPIPE_MULTIPLEX);
	if (cf->connect_to != NULL && *cf->connect_to != '\0')
		f->connect_to = curl_slist_append(NULL, cf->connect_to);
	f->ua = fetcher_user_agent(cf);
	xasprintf(&f->from, "From: %s", cf->operator_email);
	return (f);
}

static void
resp_clear(struct fetch_resp *r)
{
	buf_free(&r->body);
	buf_free(&r->headers);
	free(r->final_url);
	free(r->content_type);
	free(r->etag);
	free(r->last_modified);
	free(r->retry_after);
	free(r->cache_control);
	free(r->ip);
	free(r->error);
	/* evidence */
	buf_free(&r->wire_headers);
	strlist_free(&r->urls);
	strlist_free(&r->certs);
}

static void
transfer_free(struct transfer *t)
{
	if (t->easy != NULL)
		curl_easy_cleanup(t->easy);
	curl_slist_free_all(t->reqh);
	resp_clear(&t->resp);
	free(t->resp.url);
	free(t);
}

/* Free "f" and every transfer not yet run; NULL does nothing. */
void
fetcher_free(struct fetcher *f)
{
	struct transfer	*t, *next;

	if (f == NULL)
		return;
	for (t = f->waiting; t != NULL; t = next) {
		next = t->next;
		transfer_free(t);
	}
	curl_multi_cleanup(f->multi);
	curl_share_cleanup(f->share);
	curl_slist_free_all(f->connect_to);
	free(f->ua);
	free(f->from);
	free(f);
}

static size_t
on_body(char *p, size_t size, size_t n, void *arg)
{
	struct transfer	*t = arg;

	if (buf_add(&t->resp.body, p, size * n) != 0) {
		t->too_big = 1;
		return (0);	/* aborts the transfer */
	}
	return (size * n);
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
		free(r->etag);
		free(r->last_modified);
		free(r->content_type);
		free(r->retry_after);
		free(r->cache_control);
		r->etag = r->last_modified = r->content_type = NULL;
		r->retry_after = r->cache_control = NULL;
	}
	if (buf_add(&r->headers, p, len) != 0)
		return (0);
	(void)buf_add(&r->wire_headers, p, len);	/* evidence */
	if ((v = header_value(p, len, "etag")) != NULL) {
		free(r->etag);
		r->etag = v;
	} else if ((v = header_value(p, len, "last-modified")) != NULL) {
		free(r->last_modified);
		r->last_modified = v;
	} else if ((v = header_value(p, len, "content-type")) != NULL) {
		free(r->content_type);
		r->content_type = v;
	} else if ((v = header_value(p, len, "retry-after")) != NULL) {
		free(r->retry_after);
		r->retry_after = v;
	} else if ((v = header_value(p, len, "cache-control")) != NULL) {
		free(r->cache_control);
		r->cache_control = v;
	}
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
	const struct config	*cf = f->cf;
	struct transfer		*t;
	CURL			*e;
	char			*h;

	t = xcalloc(1, sizeof *t);
	t->f = f;
	t->resp.url = xstrdup(url);
	t->resp.arg = arg;
	buf_init(&t->resp.body, (size_t)cf->max_body);
	buf_init(&t->resp.headers, 256 * 1024);
	buf_init(&t->resp.wire_headers, 1024 * 1024);	/* evidence */
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
	curl_easy_setopt(e, CURLOPT_USERAGENT, f->ua);
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(e, CURLOPT_MAXREDIRS, (long)cf->max_redirects);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, (long)cf->connect_timeout);
	curl_easy_setopt(e, CURLOPT_TIMEOUT, (long)cf->timeout);
	curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, 100L);
	curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, 30L);
	curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE,
	    (curl_off_t)cf->max_body);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
	if (cf->ca_file != NULL)
		curl_easy_setopt(e, CURLOPT_CAINFO, cf->ca_file);
	if (f->connect_to != NULL)
		curl_easy_setopt(e, CURLOPT_CONNECT_TO, f->connect_to);
	t->reqh = curl_slist_append(t->reqh, f->from);
	t->reqh = curl_slist_append(t->reqh, "Accept: application/rss+xml, "
	    "application/atom+xml, application/feed+json, text/html;q=0.9, "
	    "*/*;q=0.5");
	if (etag != NULL && *etag != '\0') {
		xasprintf(&h, "If-None-Match: %s", etag);
		t->reqh = curl_slist_append(t->reqh, h);
		free(h);
	}
	if (last_modified != NULL && *last_modified != '\0') {
		xasprintf(&h, "If-Modified-Since: %s", last_modified);
		t->reqh = curl_slist_append(t->reqh, h);
		free(h);
	}
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->reqh);
	if (f->waiting_tail != NULL)
		f->waiting_tail->next = t;
	else
		f->waiting = t;
	f->waiting_tail = t;
}

/* evidence: keep the PEM of each certificate of the TLS chain. */
static void
finish_certs(struct transfer *t)
{
	struct curl_certinfo	*ci = NULL;
	struct curl_slist	*sl;
	int			 i;

	if (curl_easy_getinfo(t->easy, CURLINFO_CERTINFO, &ci) != CURLE_OK ||
	    ci == NULL)
		return;
	for (i = 0; i < ci->num_of_certs; i++) {
		for (sl = ci->certinfo[i]; sl != NULL; sl = sl->next) {
			if (strncmp(sl->data, "Cert:", 5) == 0)
				strlist_add(&t->resp.certs, sl->data + 5);
		}
	}
}

static void
finish(struct transfer *t, CURLcode rc)
{
	struct fetch_resp	*r = &t->resp;
	char			*s = NULL;
	long			 n;

	curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &r->status);
	if (curl_easy_getinfo(t->easy, CURLINFO_EFFECTIVE_URL, &s) ==
	    CURLE_OK && s != NULL)
		r->final_url = xstrdup(s);
	if (curl_easy_getinfo(t->easy, CURLINFO_PRIMARY_IP, &s) ==
	    CURLE_OK && s != NULL)
		r->ip = xstrdup(s);
	if (curl_easy_getinfo(t->easy, CURLINFO_REDIRECT_COUNT, &n) ==
	    CURLE_OK)
		r->redirects = n;
	r->elapsed_ms = (long long)(mwtime_now_ms() - r->started_ms);
	finish_certs(t);	/* evidence */
	if (t->too_big || rc == CURLE_FILESIZE_EXCEEDED)
		xasprintf(&r->error, "body larger than max_body (%lld bytes)",
		    (long long)t->f->cf->max_body);
	else if (rc == CURLE_TOO_MANY_REDIRECTS)
		xasprintf(&r->error, "more than %lld redirects (or a loop)",
		    (long long)t->f->cf->max_redirects);
	else if (rc == CURLE_UNSUPPORTED_PROTOCOL)
		xasprintf(&r->error, "redirected to a scheme other than "
		    "http or https");
	else if (rc != CURLE_OK)
		r->error = xstrdup(curl_easy_strerror(rc));
}

static void
start_waiting(struct fetcher *f)
{
	struct transfer	*t;

	while (f->waiting != NULL &&
	    f->running < (int)f->cf->max_connections * 2) {
		t = f->waiting;
		f->waiting = t->next;
		if (f->waiting == NULL)
			f->waiting_tail = NULL;
		t->next = NULL;
		t->resp.started_ms = mwtime_now_ms();
		curl_multi_add_handle(f->multi, t->easy);
		f->running++;
	}
}

/*
 * Run every queued transfer, calling "done" with each response as it
 * completes (the response is freed after the call). Stop starting new
 * transfers once "*stop" is set. Return 0.
 */
int
fetcher_run(struct fetcher *f, fetch_done_cb done, void *arg,
    volatile int *stop)
{
	CURLMsg		*msg;
	int		 still = 0, left;
	struct transfer	*t;

	start_waiting(f);
	do {
		curl_multi_perform(f->multi, &still);
		while ((msg = curl_multi_info_read(f->multi, &left)) != NULL) {
			if (msg->msg != CURLMSG_DONE)
				continue;
			curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE,
			    (char **)&t);
			finish(t, msg->data.result);
			curl_multi_remove_handle(f->multi, t->easy);
			f->running--;
			done(&t->resp, arg);
			transfer_free(t);
		}
		if (stop != NULL && *stop) {
			struct transfer	*next;

			for (t = f->waiting; t != NULL; t = next) {
				next = t->next;
				transfer_free(t);
			}
			f->waiting = f->waiting_tail = NULL;
		}
		start_waiting(f);
		if (f->running > 0)
			curl_multi_poll(f->multi, NULL, 0, 200, NULL);
	} while (f->running > 0 || f->waiting != NULL);
	return (0);
}
