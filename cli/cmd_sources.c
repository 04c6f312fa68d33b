/*
 * cmd_sources.c: `mentionwatch sources`, each source's health: when it last
 * worked, its last error, when it is next polled, and how often it was
 * unchanged, what robots.txt says about it and what waits were imposed.
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli/cmd.h"
#include "common/config.h"
#include "common/mwtime.h"
#include "db/db.h"

struct out {
	int	 json;
	json_t	*list;
};

/* Return a word for how "s" is doing. */
static const char *
health(const struct db_source *s, time_t now)
{
	if (s->state != NULL && strcmp(s->state, "gone") == 0)
		return ("gone");
	if (s->failing_since != 0 && now - s->failing_since >= 3 * 86400)
		return ("unhealthy");
	if (s->failures > 0)
		return ("failing");
	if (s->robots != NULL && strncmp(s->robots, "disallowed", 10) == 0)
		return ("blocked");
	return ("ok");
}

static int
print_source(void *arg, const struct db_source *s)
{
	struct out	*o = arg;
	char		 ok[MWTIME_RFC3339_LEN], due[MWTIME_RFC3339_LEN];
	char		 since[MWTIME_RFC3339_LEN];
	double		 ratio = s->fetches > 0 ?
			    (double)s->not_modified / s->fetches : 0;
	const char	*h = health(s, mwtime_now());

	if (s->last_success != 0)
		mwtime_format(s->last_success, ok, sizeof ok);
	else
		strcpy(ok, "never");
	mwtime_format(s->next_due, due, sizeof due);
	if (s->failing_since != 0)
		mwtime_format(s->failing_since, since, sizeof since);
	if (o->json) {
		json_array_append_new(o->list, json_pack("{s:s, s:s, s:s, "
		    "s:s, s:s?, s:s?, s:i, s:s, s:I, s:I, s:f, s:s?, s:s?, "
		    "s:s?, s:s?}",
		    "id", s->key, "url", s->url, "type", s->type,
		    "health", h,
		    "last_success", s->last_success != 0 ? ok : NULL,
		    "last_error", s->last_error, "last_status",
		    (int)s->last_status, "next_poll", due,
		    "failures", (json_int_t)s->failures,
		    "fetches", (json_int_t)s->fetches,
		    "not_modified_ratio", ratio,
		    "robots", s->robots, "wait", s->wait,
		    "failing_since", s->failing_since != 0 ? since : NULL,
		    "state", s->state));
		return (0);
	}
	printf("%-24s %-9s last ok %s, next %s, %lld fetches, %.0f%% "
	    "unchanged\n", s->key, h, ok, due, s->fetches, ratio * 100);
	if (s->last_error != NULL)
		printf("  last error: %s\n", s->last_error);
	if (s->failing_since != 0)
		printf("  failing since %s\n", since);
	if (s->robots != NULL)
		printf("  robots.txt: %s\n", s->robots);
	if (s->wait != NULL)
		printf("  waits: %s\n", s->wait);
	return (0);
}

static int
cmd_sources_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	struct config		*cf;
	struct db		*db;
	struct out		 o;
	char			*cause = NULL;
	int			 r;
	const struct cmd_opt	 options[] = {
		{ "json", 'j', .flag = &o.json },
		{ .name = NULL },
	};

	memset(&o, 0, sizeof o);
	if (cmd_getopt(ctx, &cmd_sources_entry, argc, argv, options, &r) != 0)
		return (r);
	if (optind != argc)
		return (cmd_usage(&cmd_sources_entry, "unexpected \"%s\"",
		    argv[optind]));
	if (cmd_open(ctx, DB_READONLY, &cf, &db) != 0)
		return (EXIT_FAIL);
	if (o.json)
		o.list = json_array();
	r = db_source_list(db, print_source, &o, &cause);
	if (r != 0) {
		fprintf(stderr, "mentionwatch: %s\n", cause);
		free(cause);
	} else if (o.json) {
		json_dumpf(o.list, stdout, JSON_INDENT(2));
		putchar('\n');
	}
	json_decref(o.list);
	db_close(db);
	config_free(cf);
	return (r == 0 ? EXIT_OK : EXIT_FAIL);
}

const struct cmd_entry cmd_sources_entry = {
	"sources", "[--json]",
	"Show each source's health and when it is next polled",
	"  --json  print a JSON array\n"
	"\nHealth is ok, failing, unhealthy (failing for 3 days or more),\n"
	"gone (404 or 410 for a week) or blocked (robots.txt forbids it).\n",
	cmd_sources_exec,
};
