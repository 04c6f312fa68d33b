/*
 * cmd_status.c: `mentionwatch status`, the health of an install at a
 * glance: the store, the sources, the cases, the outbox (messages waiting
 * or failing to send, and why) and the evidence chain's signed head.
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
#include "tracking/case.h"

struct counts {
	time_t		 now;
	long long	 sources, failing;
	long long	 open, overdue, paused;
	json_t		*unsent;
	int		 json;
};

static int
count_source(void *arg, const struct db_source *s)
{
	struct counts	*c = arg;

	c->sources++;
	if (s->failures > 0)
		c->failing++;
	return (0);
}

static int
count_case(void *arg, const struct db_case *k)
{
	struct counts	*c = arg;

	if (strcmp(k->state, "closed") == 0)
		return (0);
	c->open++;
	if (k->paused_at != 0)
		c->paused++;
	if (case_overdue(k, c->now))
		c->overdue++;
	return (0);
}

static int
unsent(void *arg, const struct db_mail *m)
{
	struct counts	*c = arg;
	char		 next[MWTIME_RFC3339_LEN];

	mwtime_format(m->next_attempt, next, sizeof next);
	if (c->json) {
		json_array_append_new(c->unsent, json_pack("{s:s, s:s, s:s, "
		    "s:i, s:s, s:s?}", "kind", m->kind, "key", m->dkey, "to",
		    m->recipients, "attempts", m->attempts, "next_attempt",
		    next, "last_error", m->last_error));
		return (0);
	}
	printf("  %-10s %-34s to %s\n", m->kind, m->dkey, m->recipients);
	if (m->attempts > 0)
		printf("             failed %d time%s; next try %s: %s\n",
		    m->attempts, m->attempts == 1 ? "" : "s", next,
		    m->last_error != NULL ? m->last_error : "(interrupted)");
	return (0);
}

static int
cmd_status_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	struct db_mail_stats	 ms;
	struct counts		 c;
	struct config		*cf;
	struct db		*db;
	json_t			*j;
	char			*cause = NULL, *head, *dump;
	char			 last[MWTIME_RFC3339_LEN];
	int			 r;
	const struct cmd_opt	 options[] = {
		{ "json", .flag = &c.json },
		{ .name = NULL },
	};

	memset(&c, 0, sizeof c);
	if (cmd_getopt(ctx, &cmd_status_entry, argc, argv, options, &r) != 0)
		return (r);
	if (optind != argc)
		return (cmd_usage(&cmd_status_entry, "unexpected \"%s\"",
		    argv[optind]));
	if (cmd_open(ctx, DB_READONLY, &cf, &db) != 0)
		return (EXIT_FAIL);
	c.now = mwtime_now();
	c.unsent = json_array();
	if (db_source_list(db, count_source, &c, &cause) != 0 ||
	    db_case_list(db, 0, count_case, &c, &cause) != 0 ||
	    db_mail_stats(db, &ms) != 0) {
		fprintf(stderr, "mentionwatch: %s\n", cause != NULL ? cause :
		    "cannot read the outbox");
		free(cause);
		json_decref(c.unsent);
		db_close(db);
		config_free(cf);
		return (EXIT_FAIL);
	}
	head = db_mail_chain_head(db);
	if (ms.last_sent != 0)
		mwtime_format(ms.last_sent, last, sizeof last);
	else
		strcpy(last, "never");
	if (c.json) {
		db_mail_list(db, 1, unsent, &c, NULL);
		j = json_pack("{s:s, s:i, s:{s:I, s:I}, s:{s:I, s:I, s:I}, "
		    "s:{s:I, s:I, s:I, s:s, s:o}, s:s?}",
		    "database", db_path(db), "schema", db_schema_version(db),
		    "sources", "total", (json_int_t)c.sources, "failing",
		    (json_int_t)c.failing,
		    "cases", "open", (json_int_t)c.open, "overdue",
		    (json_int_t)c.overdue, "paused", (json_int_t)c.paused,
		    "mail", "sent", (json_int_t)ms.sent, "pending",
		    (json_int_t)ms.pending, "failing", (json_int_t)ms.failing,
		    "last_sent", last, "unsent", c.unsent,
		    "chain_head", head);
		dump = json_dumps(j, JSON_INDENT(2));
		printf("%s\n", dump);
		free(dump);
		json_decref(j);
	} else {
		printf("Database:  %s (schema %d)\n", db_path(db),
		    db_schema_version(db));
		printf("Sources:   %lld watched, %lld failing\n", c.sources,
		    c.failing);
		printf("Cases:     %lld open, %lld overdue, %lld paused\n",
		    c.open, c.overdue, c.paused);
		printf("Mail:      %lld sent (last %s), %lld waiting, %lld "
		    "failing\n", ms.sent, last, ms.pending, ms.failing);
		if (ms.pending > 0)
			db_mail_list(db, 1, unsent, &c, NULL);
		printf("Evidence:  %s\n", head != NULL ? head :
		    "chain head not yet signed");
		json_decref(c.unsent);
	}
	free(head);
	db_close(db);
	config_free(cf);
	return (EXIT_OK);
}

const struct cmd_entry cmd_status_entry = {
	"status", "[--json]",
	"Show the health of the install: sources, cases, mail, evidence",
	"  --json       print it as JSON\n"
	"Messages waiting or failing to send are listed with the last error;\n"
	"they are retried by `mentionwatch notify` and the service.\n",
	cmd_status_exec,
};
