/*
 * cmd_feed.c: `mentionwatch feed FILE|URL`, how mentionwatch reads one
 * feed. Administrators run it to see why a source yields nothing.
 */
#include "autoconfig.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "cli/cmd.h"
#include "common/buf.h"
#include "common/config.h"
#include "common/mwtime.h"
#include "common/xmalloc.h"
#include "crawler/fetch.h"
#include "feeds/feed.h"

static json_t *
json_date(time_t t)
{
	char	s[MWTIME_RFC3339_LEN];

	if (t == 0)
		return (json_null());
	return (json_string(mwtime_format(t, s, sizeof s)));
}

static json_t *
json_str(const char *s)
{
	return (s != NULL ? json_string(s) : json_null());
}

static void
print_json(const struct feed *f)
{
	json_t	*o, *items;
	size_t	 i;

	items = json_array();
	for (i = 0; i < f->nitems; i++) {
		const struct feed_item	*it = &f->items[i];

		json_array_append_new(items, json_pack("{s:o, s:o, s:o, s:o, "
		    "s:o, s:o, s:o, s:o}",
		    "title", json_str(it->title), "link", json_str(it->link),
		    "id", json_str(it->id), "summary", json_str(it->summary),
		    "content", json_str(it->content),
		    "author", json_str(it->author),
		    "published", json_date(it->published),
		    "updated", json_date(it->updated)));
	}
	o = json_pack("{s:s, s:o, s:o, s:b, s:o}",
	    "format", feed_format_name(f->format), "title", json_str(f->title),
	    "link", json_str(f->link), "malformed", f->malformed,
	    "items", items);
	json_dumpf(o, stdout, JSON_INDENT(2));
	putchar('\n');
	json_decref(o);
}

static void
print_text(const struct feed *f)
{
	char	d[MWTIME_RFC3339_LEN];
	size_t	i;

	printf("%s feed%s: %s\n%s\n%zu item%s\n\n",
	    feed_format_name(f->format), f->malformed ? " (malformed)" : "",
	    f->title != NULL ? f->title : "(no title)",
	    f->link != NULL ? f->link : "(no link)", f->nitems,
	    f->nitems == 1 ? "" : "s");
	for (i = 0; i < f->nitems; i++) {
		const struct feed_item	*it = &f->items[i];

		printf("- %s\n  %s\n", it->title != NULL ? it->title :
		    "(no title)", it->link != NULL ? it->link : "(no link)");
		if (it->published != 0)
			printf("  published %s\n", mwtime_format(it->published,
			    d, sizeof d));
	}
}

struct fetched {
	struct buf	 body;
	char		*url;
	char		*charset;
	char		*error;
	long		 status;
};

static void
on_done(struct fetch_resp *r, void *arg)
{
	struct fetched	*f = arg;

	f->status = r->status;
	if (r->error != NULL)
		f->error = xstrdup(r->error);
	buf_add(&f->body, buf_str(&r->body), r->body.len);
	f->url = xstrdup(r->final_url != NULL ? r->final_url : r->url);
	f->charset = feed_http_charset(r->content_type);
}

static int
read_file(const char *path, struct buf *b)
{
	FILE	*fp;
	char	 chunk[65536];
	size_t	 n;

	fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (fp == NULL) {
		fprintf(stderr, "mentionwatch: %s: %s\n", path,
		    strerror(errno));
		return (-1);
	}
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
		if (buf_add(b, chunk, n) != 0) {
			fprintf(stderr, "mentionwatch: %s: larger than %d "
			    "bytes\n", path, FEED_MAX_SIZE);
			if (fp != stdin)
				fclose(fp);
			return (-1);
		}
	}
	if (fp != stdin)
		fclose(fp);
	return (0);
}

static int
cmd_feed_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	struct fetched		 got;
	struct feed		*f;
	const char		*arg, *base = NULL, *charset = NULL;
	char			*cause = NULL;
	int			 r, json = 0;
	const struct cmd_opt	 options[] = {
		{ "json", 'j', .flag = &json },
		{ "base", 'b', .arg = &base },
		{ "charset", 'e', .arg = &charset },
		{ .name = NULL },
	};

	if (cmd_getopt(ctx, &cmd_feed_entry, argc, argv, options, &r) != 0)
		return (r);
	if (optind != argc - 1)
		return (cmd_usage(&cmd_feed_entry, "name one FILE or URL"));
	arg = argv[optind];
	memset(&got, 0, sizeof got);
	buf_init(&got.body, FEED_MAX_SIZE);
	if (strncasecmp(arg, "http://", 7) == 0 ||
	    strncasecmp(arg, "https://", 8) == 0) {
		struct config	*cf;
		struct fetcher	*fe;

		if (cmd_config(ctx, &cf) != 0)
			return (EXIT_FAIL);
		fe = fetcher_new(cf, &cause);
		if (fe == NULL) {
			fprintf(stderr, "mentionwatch: %s\n", cause);
			free(cause);
			config_free(cf);
			return (EXIT_FAIL);
		}
		fetcher_add(fe, arg, NULL, NULL, &got);
		fetcher_run(fe, on_done, &got, NULL);
		fetcher_free(fe);
		config_free(cf);
		if (got.error != NULL || got.status != 200) {
			fprintf(stderr, "mentionwatch: %s: %s\n", arg,
			    got.error != NULL ? got.error : "not HTTP 200");
			buf_free(&got.body);
			free(got.url);
			free(got.error);
			free(got.charset);
			return (EXIT_FAIL);
		}
		if (base == NULL)
			base = got.url;
	} else if (read_file(arg, &got.body) != 0) {
		buf_free(&got.body);
		return (EXIT_FAIL);
	}
	r = feed_parse_buffer(buf_str(&got.body), got.body.len, base,
	    charset != NULL ? charset : got.charset, &f, &cause);
	if (r != 0) {
		fprintf(stderr, "mentionwatch: %s: %s\n", arg, cause);
		free(cause);
	} else {
		if (json)
			print_json(f);
		else
			print_text(f);
		feed_free(f);
	}
	buf_free(&got.body);
	free(got.url);
	free(got.error);
	free(got.charset);
	return (r == 0 ? EXIT_OK : EXIT_FAIL);
}

const struct cmd_entry cmd_feed_entry = {
	"feed", "[--json] [--base URL] [--charset NAME] FILE|URL|-",
	"Parse one feed and print what mentionwatch reads in it",
	"  --json          print {format, title, link, malformed,\n"
	"                  items: [...]}, dates in RFC 3339 UTC or null\n"
	"  --base URL      resolve relative links of a FILE against URL\n"
	"  --charset NAME  read a FILE as if served with this HTTP charset\n"
	"\nRSS 0.90 to 2.0, RSS 1.0, Atom 0.3 and 1.0 and JSON Feed are\n"
	"read, broken ones as far as they go (\"malformed\": true). A URL\n"
	"is fetched with the crawler's policy (needs a configuration with\n"
	"contact_url and operator_email); nothing is stored.\n",
	cmd_feed_exec,
};
