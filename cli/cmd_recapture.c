/*
 * cmd_recapture.c: `mentionwatch recapture`, one round of fetching again
 * the pages of open cases (what the service does on its schedule).
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli/cmd.h"
#include "common/config.h"
#include "db/db.h"
#include "evidence/evidence.h"

/* Run `mentionwatch recapture`. */
static int
cmd_recapture_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	const struct cmd_entry	*e = &cmd_recapture_entry;
	struct recapture_stats	 st;
	struct config		*cf;
	struct db		*db;
	struct evidence		*ev;
	char			*cause = NULL;
	int			 r, all = 0, json = 0;
	const struct cmd_opt	 options[] = {
		{ "all", 'a', .flag = &all },
		{ "json", 'j', .flag = &json },
		{ .name = NULL },
	};

	if (cmd_getopt(ctx, e, argc, argv, options, &r) != 0)
		return (r);
	if (optind != argc)
		return (cmd_usage(e, "unexpected \"%s\"", argv[optind]));
	if (cmd_open(ctx, 0, &cf, &db) != 0)
		return (EXIT_FAIL);
	ev = evidence_open(cf, db, &cause);
	r = ev != NULL ? evidence_recapture_due(ev, all, NULL, &st, &cause) :
	    -1;
	if (r == 0 && evidence_checkpoint(ev, 0, NULL, &cause) != 0)
		r = -1;
	if (r != 0)
		fprintf(stderr, "mentionwatch recapture: %s\n", cause);
	else if (json) {
		json_t	*o = json_pack("{s:I, s:I, s:I, s:I, s:I, s:I, s:I}",
		    "due", (json_int_t)st.due,
		    "captured", (json_int_t)st.captured,
		    "changed", (json_int_t)st.changed,
		    "removed", (json_int_t)st.removed,
		    "restored", (json_int_t)st.restored,
		    "refused", (json_int_t)st.refused,
		    "errors", (json_int_t)st.errors);

		json_dumpf(o, stdout, JSON_INDENT(2));
		putchar('\n');
		json_decref(o);
	} else
		printf("re-captured %zu of %zu due: %zu removed, %zu restored, "
		    "%zu changed, %zu not re-captured (robots.txt), %zu "
		    "errors\n", st.captured, st.due, st.removed, st.restored,
		    st.changed, st.refused, st.errors);
	free(cause);
	evidence_close(ev);
	db_close(db);
	config_free(cf);
	return (r == 0 && st.errors == 0 ? EXIT_OK : EXIT_FAIL);
}

const struct cmd_entry cmd_recapture_entry = {
	"recapture", "[--all] [--json]",
	"Fetch again the pages of open cases, recording removal or change",
	"Each open case's page is fetched again once its last re-capture is\n"
	"older than recapture_interval; the capture is chained, and a removal\n"
	"(HTTP 404 or 410, or the flagged words gone), a return or a change\n"
	"becomes an event on the case naming both captures. Pages are fetched\n"
	"as the crawler fetches them: a page robots.txt now forbids is not\n"
	"fetched, and the case records that (once) instead of a removal.\n\n"
	"  --all   every open case, due or not\n"
	"  --json  print {\"due\", \"captured\", \"changed\", \"removed\",\n"
	"          \"restored\", \"refused\", \"errors\"}\n",
	cmd_recapture_exec,
};
