/*
 * cmd_fetch.c: `mentionwatch fetch URL`, one URL through exactly the
 * crawler's policy (robots.txt, per-host limits, redirects, timeouts, size
 * caps, TLS), saying what was decided and why, then the status, headers
 * and size. Nothing is stored. It is what an administrator runs when a
 * source yields nothing.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli/cmd.h"
#include "common/config.h"
#include "common/xmalloc.h"
#include "crawler/fetch.h"
#include "crawler/robots.h"
#include "feeds/feed.h"

/* A site whose robots.txt was read, and what it said. */
struct site {
	char		*origin;
	char		*robots_url;
	struct robots	*robots;
	long		 status;	/* of robots.txt; 0: no answer */
	char		*error;		/* why it could not be read */
	size_t		 bytes;
	struct site	*next;
};

/* What the policy decided about one URL. */
struct decision {
	char		*url;
	struct site	*site;
	int		 allowed;
	char		*why;
};

struct fetch_ctx {
	const struct config	*cf;
	struct fetcher		*f;
	const char		*token;		/* robots.txt product token */
	struct site		*sites;		/* in the order read */
	struct decision		*dec;
	size_t			 ndec;
	struct fetch_resp	*r;
};

static struct site *
site_find(struct fetch_ctx *fc, const char *origin)
{
	struct site	*s;

	for (s = fc->sites; s != NULL; s = s->next) {
		if (strcmp(s->origin, origin) == 0)
			return (s);
	}
	return (NULL);
}

/*
 * The policy, as the crawler's: each URL the fetcher would request (the
 * first, then where each redirect leads) is held to the robots.txt of its
 * site, read now (nothing is taken from or put in the store); a
 * Crawl-delay spaces the requests to that host.
 */
static int
on_policy(const char *url, void *arg, char **why)
{
	struct fetch_ctx	*fc = arg;
	struct robots_verdict	 v;
	struct decision		*d;
	struct site		*s;
	char			*origin = robots_origin(url);

	s = origin != NULL ? site_find(fc, origin) : NULL;
	free(origin);
	if (s == NULL)
		return (FETCH_ROBOTS);
	robots_check(s->robots, url, &v);
	fc->dec = xreallocarray(fc->dec, fc->ndec + 1, sizeof *fc->dec);
	d = &fc->dec[fc->ndec++];
	d->url = xstrdup(url);
	d->site = s;
	d->allowed = v.allowed;
	d->why = xstrdup(v.why);
	if (!v.allowed) {
		*why = d->why;
		return (FETCH_REFUSE);
	}
	if (s->robots->crawl_delay > 0) {
		double	dl = s->robots->crawl_delay;

		if (dl > (double)fc->cf->crawl_delay_cap)
			dl = (double)fc->cf->crawl_delay_cap;
		fetcher_host_gap(fc->f, url, (long long)(dl * 1000));
	}
	return (FETCH_ALLOW);
}

/* Keep what the robots.txt of "origin" said. */
static void
on_robots(const char *origin, struct fetch_resp *r, void *arg)
{
	struct fetch_ctx	*fc = arg;
	struct site		*s, **sp;

	s = xcalloc(1, sizeof *s);
	s->origin = xstrdup(origin);
	s->robots_url = xstrdup(r->url);
	s->status = r->error != NULL ? 0 : r->status;
	s->error = r->error != NULL ? xstrdup(r->error) : NULL;
	s->bytes = r->body.len;
	s->robots = robots_from_status(s->status, r->body.data, r->body.len,
	    fc->token);
	for (sp = &fc->sites; *sp != NULL; sp = &(*sp)->next)
		;
	*sp = s;
}

static void
on_done(struct fetch_resp *r, void *arg)
{
	struct fetch_ctx	*fc = arg;

	fc->r = fetch_resp_take(r);
}

static void
fetch_ctx_clear(struct fetch_ctx *fc)
{
	struct site	*s, *next;
	size_t		 i;

	for (s = fc->sites; s != NULL; s = next) {
		next = s->next;
		free(s->origin);
		free(s->robots_url);
		free(s->error);
		robots_free(s->robots);
		free(s);
	}
	for (i = 0; i < fc->ndec; i++) {
		free(fc->dec[i].url);
		free(fc->dec[i].why);
	}
	free(fc->dec);
	fetch_resp_free(fc->r);
}

/* Return the product token of a User-Agent: its leading letters. */
static char *
product_token(const char *ua)
{
	size_t	n = 0;

	while (isalpha((unsigned char)ua[n]) || ua[n] == '_' || ua[n] == '-')
		n++;
	return (n > 0 ? xstrndup(ua, n) : xstrdup(ROBOTS_AGENT));
}

/* Say what the body looks like, whatever the Content-Type claimed. */
static const char *
sniff(const struct fetch_resp *r)
{
	size_t	i, n = r->body.len < 1024 ? r->body.len : 1024;

	if (r->body.len == 0)
		return ("empty");
	for (i = 0; i < n; i++) {
		if (r->body.data[i] == '\0')
			return ("binary");
	}
	if (feed_sniff(r->body.data, r->body.len))
		return ("feed");
	return ("page or text");
}

/* Say what the robots.txt of "s" was, in words. */
static void
print_site(const struct site *s, double cap)
{
	printf("robots.txt: %s: ", s->robots_url);
	if (s->error != NULL)
		printf("%s\n", s->error);
	else
		printf("HTTP %ld, %zu bytes\n", s->status, s->bytes);
	if (s->robots->crawl_delay > 0)
		printf("crawl delay: %.1f s asked%s\n", s->robots->crawl_delay,
		    s->robots->crawl_delay > cap ? " (more than "
		    "crawl_delay_cap; capped)" : "");
}

static json_t *
site_json(const struct site *s)
{
	json_t	*o;

	o = json_pack("{s:s, s:i, s:s?}", "robots_url", s->robots_url,
	    "robots_status", (int)s->status, "robots_error", s->error);
	if (s->robots->crawl_delay > 0)
		json_object_set_new(o, "crawl_delay",
		    json_real(s->robots->crawl_delay));
	return (o);
}

static void
print_json(const struct fetch_ctx *fc, const char *url, const char *ua,
    const char *rurl)
{
	const struct fetch_resp	*r = fc->r;
	const struct decision	*d0 = fc->ndec > 0 ? &fc->dec[0] : NULL;
	const struct site	*s0 = d0 != NULL ? d0->site : fc->sites;
	json_t			*o, *hops;
	size_t			 i;

	o = json_pack("{s:s, s:s, s:s, s:s, s:i, s:s?, s:b, s:s}",
	    "url", url, "user_agent", ua, "robots_agent", fc->token,
	    "robots_url", s0 != NULL ? s0->robots_url : rurl,
	    "robots_status", s0 != NULL ? (int)s0->status : 0,
	    "robots_error", s0 != NULL ? s0->error : "not fetched",
	    "allowed", d0 != NULL && d0->allowed,
	    "decision", d0 != NULL ? d0->why : r != NULL && r->error != NULL ?
	    r->error : "not decided");
	if (s0 != NULL && s0->robots->crawl_delay > 0)
		json_object_set_new(o, "crawl_delay",
		    json_real(s0->robots->crawl_delay));
	/* Each URL decided: the first, then where redirects led. */
	hops = json_array();
	for (i = 0; i < fc->ndec; i++) {
		json_t	*h = site_json(fc->dec[i].site);

		json_object_set_new(h, "url", json_string(fc->dec[i].url));
		json_object_set_new(h, "allowed",
		    json_boolean(fc->dec[i].allowed));
		json_object_set_new(h, "decision",
		    json_string(fc->dec[i].why));
		json_array_append_new(hops, h);
	}
	json_object_set_new(o, "decisions", hops);
	if (r != NULL && r->error != NULL)
		json_object_set_new(o, "error", json_string(r->error));
	if (r != NULL && r->status != 0) {
		json_object_set_new(o, "status", json_integer(r->status));
		json_object_set_new(o, "final_url", json_string(
		    r->final_url != NULL ? r->final_url : url));
		json_object_set_new(o, "redirects",
		    json_integer(r->redirects));
		json_object_set_new(o, "http_version", r->http_version != NULL ?
		    json_string(r->http_version) : json_null());
		json_object_set_new(o, "headers", json_stringn(
		    r->headers.data != NULL ? r->headers.data : "",
		    r->headers.len));
		json_object_set_new(o, "bytes",
		    json_integer((json_int_t)r->body.len));
		json_object_set_new(o, "content_type", r->content_type
		    != NULL ? json_string(r->content_type) : json_null());
		json_object_set_new(o, "sniffed", json_string(sniff(r)));
		json_object_set_new(o, "elapsed_ms",
		    json_integer(r->elapsed_ms));
	}
	json_dumpf(o, stdout, JSON_INDENT(2));
	putchar('\n');
	json_decref(o);
}

static void
print_text(const struct fetch_ctx *fc, const char *url, double cap)
{
	const struct fetch_resp	*r = fc->r;
	const struct site	*shown = NULL;
	size_t			 i;

	if (fc->ndec == 0 && fc->sites != NULL)
		print_site(fc->sites, cap);	/* read, but not obeyed */
	for (i = 0; i < fc->ndec; i++) {
		const struct decision	*d = &fc->dec[i];

		if (d->site != shown)
			print_site(d->site, cap);
		shown = d->site;
		if (i == 0)
			printf("decision: %s\n", d->why);
		else
			printf("decision: redirect to %s: %s\n", d->url,
			    d->why);
	}
	if (r == NULL)
		return;
	if (r->status == 0) {
		/* Refused, or no answer: nothing was fetched. */
		if (r->error != NULL && !(r->refused && fc->ndec == 1))
			printf("error: %s\n", r->error);
		return;
	}
	printf("fetched: %s\n", r->final_url != NULL ? r->final_url : url);
	if (r->redirects > 0)
		printf("redirects: %ld\n", r->redirects);
	if (r->error != NULL)
		printf("error: %s\n", r->error);
	printf("status: %ld%s%s\nbytes: %zu (decoded)", r->status,
	    r->http_version != NULL ? " " : "", r->http_version != NULL ?
	    r->http_version : "", r->body.len);
	printf(", looks like: %s, %lld ms\n", sniff(r), r->elapsed_ms);
	printf("headers:\n%.*s", (int)r->headers.len,
	    r->headers.data != NULL ? r->headers.data : "");
}

static int
cmd_fetch_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		CMD_COMMON_LONGOPTS,
		{ "user-agent", required_argument, NULL, 'U' },
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	struct config		*cf;
	struct fetch_ctx	 fc;
	struct fetch_policy	 policy;
	struct fetch_req	 rq;
	const struct fetch_resp	*r;
	const char		*ua = NULL, *url;
	char			*cause = NULL, *origin, *rurl, *token, *ours;
	int			 ch, rv, json = 0, rc = EXIT_OK;

	while ((ch = getopt_long(argc, argv, CMD_COMMON_SHORTOPTS "U:j",
	    longopts, NULL)) != -1) {
		rv = cmd_common_opt(ctx, &cmd_fetch_entry, ch, optarg);
		if (rv < 0)
			return (EXIT_OK);
		if (rv > 0)
			continue;
		switch (ch) {
		case 'U':
			ua = optarg;
			break;
		case 'j':
			json = 1;
			break;
		default:
			return (cmd_usage(&cmd_fetch_entry, NULL));
		}
	}
	if (optind + 1 != argc)
		return (cmd_usage(&cmd_fetch_entry, "give one URL"));
	url = argv[optind];
	origin = robots_origin(url);
	if (origin == NULL)
		return (cmd_usage(&cmd_fetch_entry, "\"%s\" is not an http or "
		    "https URL", url));
	if (cmd_config(ctx, &cf) != 0) {
		free(origin);
		return (EXIT_FAIL);
	}
	memset(&fc, 0, sizeof fc);
	fc.cf = cf;
	fc.f = fetcher_new(cf, &cause);
	if (fc.f == NULL) {
		fprintf(stderr, "mentionwatch: %s\n", cause);
		free(cause);
		free(origin);
		config_free(cf);
		return (EXIT_FAIL);
	}
	ours = fetcher_user_agent(cf);
	token = product_token(ua != NULL ? ua : ours);
	fc.token = token;
	xasprintf(&rurl, "%s/robots.txt", origin);

	/* The URL, and each place a redirect leads, is held to its site's
	 * robots.txt before it is requested. */
	policy.check = on_policy;
	policy.robots = on_robots;
	policy.arg = &fc;
	fetcher_policy(fc.f, &policy);
	memset(&rq, 0, sizeof rq);
	rq.url = url;
	rq.user_agent = ua;
	rq.check = 1;
	fetcher_add_req(fc.f, &rq, NULL);
	fetcher_run(fc.f, on_done, &fc, NULL);
	r = fc.r;
	if (r == NULL || r->error != NULL || r->status >= 400)
		rc = EXIT_FAIL;
	if (json)
		print_json(&fc, url, ua != NULL ? ua : ours, rurl);
	else
		print_text(&fc, url, (double)cf->crawl_delay_cap);
	fetch_ctx_clear(&fc);
	free(rurl);
	free(token);
	free(ours);
	free(origin);
	fetcher_free(fc.f);
	config_free(cf);
	return (rc);
}

const struct cmd_entry cmd_fetch_entry = {
	"fetch", "[--user-agent UA] [--json] URL",
	"Fetch one URL through the crawler's policy and say what happened",
	"  --user-agent UA  send UA and obey robots.txt for its product token\n"
	"  --json           print the decision and the response as JSON\n"
	"\nThe site's robots.txt is read first; the decision names the rule\n"
	"that allowed or forbade the URL. Then the URL is fetched with the\n"
	"crawler's limits (redirects, timeouts, size caps, TLS) and the status,\n"
	"HTTP version, headers and size are printed. A redirect to another\n"
	"site is followed only once that site's robots.txt is read and allows\n"
	"it; each such decision is printed too. Nothing is stored. Exit 1 if\n"
	"the URL was not fetched or answered with an error.\n",
	cmd_fetch_exec,
};
