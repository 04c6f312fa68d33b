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
#include "crawler/policy.h"
#include "crawler/robots.h"
#include "feeds/feed.h"

static void
on_done(struct fetch_resp *r, void *arg)
{
	struct fetch_resp	**out = arg;

	*out = fetch_resp_take(r);
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
print_site(const struct policy_site *s, double cap)
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
site_json(const struct policy_site *s)
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
print_json(const struct policy *p, const struct fetch_resp *r,
    const char *url, const char *ua, const char *token, const char *rurl)
{
	const struct policy_decision	*dec, *d0;
	const struct policy_site	*s0;
	json_t				*o, *hops;
	size_t				 i, n;

	dec = policy_decisions(p, &n);
	d0 = n > 0 ? &dec[0] : NULL;
	s0 = d0 != NULL ? d0->site : policy_sites(p);
	o = json_pack("{s:s, s:s, s:s, s:s, s:i, s:s?, s:b, s:s}",
	    "url", url, "user_agent", ua, "robots_agent", token,
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
	for (i = 0; i < n; i++) {
		json_t	*h = site_json(dec[i].site);

		json_object_set_new(h, "url", json_string(dec[i].url));
		json_object_set_new(h, "allowed",
		    json_boolean(dec[i].allowed));
		json_object_set_new(h, "decision", json_string(dec[i].why));
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
print_text(const struct policy *p, const struct fetch_resp *r,
    const char *url, double cap)
{
	const struct policy_decision	*dec;
	const struct policy_site	*shown = NULL;
	size_t				 i, n;

	dec = policy_decisions(p, &n);
	if (n == 0 && policy_sites(p) != NULL)
		print_site(policy_sites(p), cap);	/* read, not obeyed */
	for (i = 0; i < n; i++) {
		if (dec[i].site != shown)
			print_site(dec[i].site, cap);
		shown = dec[i].site;
		if (i == 0)
			printf("decision: %s\n", dec[i].why);
		else
			printf("decision: redirect to %s: %s\n", dec[i].url,
			    dec[i].why);
	}
	if (r == NULL)
		return;
	if (r->status == 0) {
		/* Refused, or no answer: nothing was fetched. */
		if (r->error != NULL && !(r->refused && n == 1))
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
	struct config		*cf;
	struct fetcher		*f;
	struct policy		*p;
	struct fetch_req	 rq;
	struct fetch_resp	*r = NULL;
	const char		*ua = NULL, *url;
	char			*cause = NULL, *origin, *rurl, *token, *ours;
	int			 json = 0, rc = EXIT_OK;
	const struct cmd_opt	 options[] = {
		{ "user-agent", 'U', .arg = &ua },
		{ "json", 'j', .flag = &json },
		{ .name = NULL },
	};

	if (cmd_getopt(ctx, &cmd_fetch_entry, argc, argv, options, &rc) != 0)
		return (rc);
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
	f = fetcher_new(cf, &cause);
	if (f == NULL) {
		fprintf(stderr, "mentionwatch: %s\n", cause);
		free(cause);
		free(origin);
		config_free(cf);
		return (EXIT_FAIL);
	}
	ours = fetcher_user_agent(cf);
	token = product_token(ua != NULL ? ua : ours);
	xasprintf(&rurl, "%s/robots.txt", origin);

	/* The URL, and each place a redirect leads, is held to its site's
	 * robots.txt, read now and not stored, before it is requested. */
	p = policy_new(cf, f, NULL, token);
	memset(&rq, 0, sizeof rq);
	rq.url = url;
	rq.user_agent = ua;
	rq.check = 1;
	fetcher_add_req(f, &rq, NULL);
	fetcher_run(f, on_done, &r, NULL);
	if (r == NULL || r->error != NULL || r->status >= 400)
		rc = EXIT_FAIL;
	if (json)
		print_json(p, r, url, ua != NULL ? ua : ours, token, rurl);
	else
		print_text(p, r, url, (double)cf->crawl_delay_cap);
	fetch_resp_free(r);
	policy_free(p);
	free(rurl);
	free(token);
	free(ours);
	free(origin);
	fetcher_free(f);
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
