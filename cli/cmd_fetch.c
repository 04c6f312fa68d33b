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

struct got {
	struct fetch_resp	*r;
};

struct redir {
	const char	*origin;
	struct robots	*robots;
	char		*why;
};

/* A redirect within the site is held to its robots.txt too. */
static int
on_redirect(const char *url, void *arg, char **why)
{
	struct redir		*rd = arg;
	struct robots_verdict	 v;
	char			*o = robots_origin(url);
	int			 same = o != NULL && strcmp(o, rd->origin) == 0;

	free(o);
	if (!same || robots_check(rd->robots, url, &v))
		return (1);
	free(rd->why);
	rd->why = xstrdup(v.why);
	*why = rd->why;
	return (0);
}

static void
on_done(struct fetch_resp *r, void *arg)
{
	struct got	*g = arg;

	g->r = fetch_resp_take(r);
}

/* Fetch "url" with "f"; return the response (free it). */
static struct fetch_resp *
fetch_one(struct fetcher *f, const char *url, const char *ua)
{
	struct fetch_req	 rq;
	struct got		 g;

	memset(&rq, 0, sizeof rq);
	rq.url = url;
	rq.user_agent = ua;
	memset(&g, 0, sizeof g);
	fetcher_add_req(f, &rq, NULL);
	fetcher_run(f, on_done, &g, NULL);
	return (g.r);
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
	struct fetcher		*f;
	struct fetch_resp	*rr = NULL, *r = NULL;
	struct robots		*rob = NULL;
	struct robots_verdict	 v;
	struct redir		 rd;
	const char		*ua = NULL, *url;
	char			*cause = NULL, *origin, *rurl, *token, *ours;
	double			 delay = -1;
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

	/* robots.txt, fetched now and not stored. */
	xasprintf(&rurl, "%s/robots.txt", origin);
	rr = fetch_one(f, rurl, ua);
	rob = robots_from_status(rr == NULL || rr->error != NULL ? 0 :
	    rr->status, rr != NULL ? rr->body.data : NULL, rr != NULL ?
	    rr->body.len : 0, token);
	robots_check(rob, url, &v);
	if (rob->crawl_delay > 0)
		delay = rob->crawl_delay;

	memset(&rd, 0, sizeof rd);
	rd.origin = origin;
	rd.robots = rob;
	fetcher_redirect_check(f, on_redirect, &rd);
	if (v.allowed) {
		if (delay > 0) {
			double	d = delay > (double)cf->crawl_delay_cap ?
				    (double)cf->crawl_delay_cap : delay;

			fetcher_host_gap(f, url, (long long)(d * 1000));
		}
		r = fetch_one(f, url, ua);
	}
	if (r == NULL || r->error != NULL || r->status >= 400)
		rc = EXIT_FAIL;

	if (json) {
		json_t	*o;

		o = json_pack("{s:s, s:s, s:s, s:s, s:i, s:s?, s:b, s:s}",
		    "url", url, "user_agent", ua != NULL ? ua : ours,
		    "robots_agent", token, "robots_url", rurl,
		    "robots_status", rr != NULL ? (int)rr->status : 0,
		    "robots_error", rr != NULL ? rr->error : NULL,
		    "allowed", v.allowed, "decision", v.why);
		if (delay > 0)
			json_object_set_new(o, "crawl_delay", json_real(delay));
		if (r != NULL) {
			json_object_set_new(o, "status",
			    json_integer(r->status));
			json_object_set_new(o, "final_url", json_string(
			    r->final_url != NULL ? r->final_url : url));
			json_object_set_new(o, "redirects",
			    json_integer(r->redirects));
			if (r->error != NULL)
				json_object_set_new(o, "error",
				    json_string(r->error));
			json_object_set_new(o, "headers", json_stringn(
			    r->headers.data != NULL ? r->headers.data : "",
			    r->headers.len));
			json_object_set_new(o, "bytes",
			    json_integer((json_int_t)r->body.len));
			json_object_set_new(o, "content_type", r->content_type
			    != NULL ? json_string(r->content_type) :
			    json_null());
			json_object_set_new(o, "sniffed", json_string(
			    sniff(r)));
			json_object_set_new(o, "elapsed_ms",
			    json_integer(r->elapsed_ms));
		}
		json_dumpf(o, stdout, JSON_INDENT(2));
		putchar('\n');
		json_decref(o);
	} else {
		printf("robots.txt: %s: ", rurl);
		if (rr == NULL || rr->error != NULL)
			printf("%s\n", rr != NULL ? rr->error : "not fetched");
		else
			printf("HTTP %ld, %zu bytes\n", rr->status,
			    rr->body.len);
		printf("decision: %s\n", v.why);
		if (delay > 0)
			printf("crawl delay: %.1f s asked%s\n", delay, delay >
			    (double)cf->crawl_delay_cap ? " (more than "
			    "crawl_delay_cap; capped)" : "");
		if (r != NULL) {
			printf("fetched: %s\n", r->final_url != NULL ?
			    r->final_url : url);
			if (r->redirects > 0)
				printf("redirects: %ld\n", r->redirects);
			if (r->error != NULL)
				printf("error: %s\n", r->error);
			printf("status: %ld\nbytes: %zu (decoded)",
			    r->status, r->body.len);
			printf(", looks like: %s, %lld ms\n", sniff(r),
			    r->elapsed_ms);
			printf("headers:\n%.*s", (int)r->headers.len,
			    r->headers.data != NULL ? r->headers.data : "");
		}
	}
	fetch_resp_free(rr);
	fetch_resp_free(r);
	robots_free(rob);
	free(rd.why);
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
	"headers and size are printed. Nothing is stored. Exit 1 if the URL\n"
	"was not fetched or answered with an error.\n",
	cmd_fetch_exec,
};
