/*
 * cmd_mentions.c: `mentionwatch mentions`, what was said about the schools
 * lately, newest first.
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
	size_t	 n;
};

static int
print_row(void *arg, const struct db_mention_row *r)
{
	struct out	*o = arg;
	char		 seen[MWTIME_RFC3339_LEN], pub[MWTIME_RFC3339_LEN];

	mwtime_format(r->first_seen, seen, sizeof seen);
	if (r->published != 0)
		mwtime_format(r->published, pub, sizeof pub);
	o->n++;
	if (o->json) {
		json_array_append_new(o->list, json_pack("{s:I, s:s, s:s, "
		    "s:s, s:s?, s:s?, s:s, s:s, s:s, s:s?, s:f}",
		    "document", (json_int_t)r->document_id,
		    "school", r->school, "school_name", r->school_name,
		    "url", r->url, "title", r->title, "source", r->source,
		    "alias", r->alias, "excerpt", r->excerpt,
		    "first_seen", seen,
		    "published", r->published != 0 ? pub : NULL,
		    "confidence", r->confidence));
		return (0);
	}
	printf("%s  %-16s %s\n  %s\n  \"%s\"\n\n", seen, r->school,
	    r->title != NULL && *r->title != '\0' ? r->title : "(untitled)",
	    r->url, r->excerpt);
	return (0);
}

/* Read --since "arg" into "data", a time_t, as it is given. */
static int
since_opt(struct cmd_ctx *ctx, const char *arg, void *data)
{
	if (cmd_parse_since(arg, data) == 0)
		return (0);
	cmd_usage(&cmd_mentions_entry, "--since: \"%s\" is not a duration "
	    "(24h, 7d) or an RFC 3339 time", arg);
	return (-1);
}

static int
cmd_mentions_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	struct config		*cf;
	struct db		*db;
	struct out		 o;
	const char		*school = NULL;
	time_t			 since = 0;
	char			*cause = NULL;
	int			 r;
	const struct cmd_opt	 options[] = {
		{ "since", 's', .fn = since_opt, .data = &since },
		{ "school", 'S', .arg = &school },
		{ "json", 'j', .flag = &o.json },
		{ .name = NULL },
	};

	memset(&o, 0, sizeof o);
	if (cmd_getopt(ctx, &cmd_mentions_entry, argc, argv, options,
	    &r) != 0)
		return (r);
	if (optind != argc)
		return (cmd_usage(&cmd_mentions_entry, "unexpected \"%s\"",
		    argv[optind]));
	if (cmd_config(ctx, &cf) != 0)
		return (EXIT_FAIL);
	if (school != NULL && config_school(cf, school) == NULL) {
		fprintf(stderr, "mentionwatch: no school \"%s\" in %s\n",
		    school, cf->path);
		config_free(cf);
		return (EXIT_FAIL);
	}
	if (cmd_db(ctx, cf, DB_READONLY, &db) != 0) {
		config_free(cf);
		return (EXIT_FAIL);
	}
	if (o.json)
		o.list = json_array();
	r = db_mention_list(db, since, school, print_row, &o, &cause);
	if (r != 0) {
		fprintf(stderr, "mentionwatch: %s\n", cause);
		free(cause);
	} else if (o.json) {
		json_dumpf(o.list, stdout, JSON_INDENT(2));
		putchar('\n');
	} else if (o.n == 0)
		printf("no mentions%s\n", since != 0 ? " in that time" : "");
	json_decref(o.list);
	db_close(db);
	config_free(cf);
	return (r == 0 ? EXIT_OK : EXIT_FAIL);
}

const struct cmd_entry cmd_mentions_entry = {
	"mentions", "[--since 24h|TIME] [--school ID] [--json]",
	"List mentions of the schools, newest first",
	"  --since D    only documents first seen in the last D (24h, 7d)\n"
	"               or since an RFC 3339 time\n"
	"  --school ID  only this school\n"
	"  --json       print a JSON array\n",
	cmd_mentions_exec,
};
