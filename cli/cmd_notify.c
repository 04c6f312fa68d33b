/*
 * cmd_notify.c: `mentionwatch notify`, one pass of what the service does
 * after each crawl: queue the reminders, escalations and digests that are
 * due, and send everything waiting in the outbox (alerts, retries).
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli/cmd.h"
#include "common/config.h"
#include "common/mwtime.h"
#include "db/db.h"
#include "report/report.h"

static int
cmd_notify_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	struct report_stats	 st;
	struct config		*cf;
	struct db		*db;
	char			*cause = NULL;
	int			 r, json = 0;
	const struct cmd_opt	 options[] = {
		{ "json", .flag = &json },
		{ .name = NULL },
	};

	if (cmd_getopt(ctx, &cmd_notify_entry, argc, argv, options, &r) != 0)
		return (r);
	if (optind != argc)
		return (cmd_usage(&cmd_notify_entry, "unexpected \"%s\"",
		    argv[optind]));
	if (cmd_open(ctx, 0, &cf, &db) != 0)
		return (EXIT_FAIL);
	r = report_tick(cf, db, mwtime_now(), &st, &cause);
	if (r != 0) {
		fprintf(stderr, "mentionwatch: %s\n", cause != NULL ? cause :
		    "the database is busy; try again");
		free(cause);
	} else if (json)
		printf("{\"queued\": %d, \"sent\": %d, \"failed\": %d}\n",
		    st.queued, st.sent, st.failed);
	else
		printf("queued %d, sent %d, failed %d%s\n", st.queued, st.sent,
		    st.failed, st.failed > 0 ? " (they will be retried; see "
		    "`mentionwatch status`)" : "");
	db_close(db);
	config_free(cf);
	if (r != 0 || st.failed > 0)
		return (EXIT_FAIL);
	return (EXIT_OK);
}

const struct cmd_entry cmd_notify_entry = {
	"notify", "[--json]",
	"Send the alerts, reminders, escalations and digests that are due",
	"  --json       print the counts as JSON\n"
	"Each message is recorded before it is sent and sent at most once per\n"
	"case and deadline (digests: once per school a day); failed sends are\n"
	"retried with growing waits. Exit 1 if a send failed.\n",
	cmd_notify_exec,
};
