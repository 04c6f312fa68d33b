/*
 * cmd_crawl.c: `mentionwatch crawl --once`, one full crawl cycle: fetch
 * every due source, store what was found, say what happened, exit.
 */
#include "autoconfig.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "cli/cmd.h"
#include "common/config.h"
#include "crawler/crawl.h"
#include "db/db.h"

static volatile int	crawl_stop;

static void
on_signal(int sig)
{
	(void)sig;
	crawl_stop = 1;
}

static int
cmd_crawl_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	struct crawl_opts	 opts;
	struct crawl_stats	 st;
	struct config		*cf;
	struct db		*db;
	struct sigaction	 sa;
	char			*cause = NULL;
	int			 r, json = 0, quiet = 0;
	const struct cmd_opt	 options[] = {
		{ .name = "once" },	/* what this command always does */
		{ "force", 'f', .flag = &opts.force },
		{ "source", 's', .arg = &opts.only },
		{ "json", 'j', .flag = &json },
		{ "quiet", 'q', .flag = &quiet },
		{ .name = NULL },
	};

	memset(&opts, 0, sizeof opts);
	if (cmd_getopt(ctx, &cmd_crawl_entry, argc, argv, options, &r) != 0)
		return (r);
	if (optind != argc)
		return (cmd_usage(&cmd_crawl_entry, "unexpected \"%s\"",
		    argv[optind]));
	if (cmd_open(ctx, DB_CREATE, &cf, &db) != 0)
		return (EXIT_FAIL);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	opts.stop = &crawl_stop;
	opts.progress = !quiet && !json && isatty(STDERR_FILENO);
	r = crawl_once(cf, db, &opts, &st, &cause);
	if (r != 0) {
		fprintf(stderr, "mentionwatch: %s\n", cause);
		free(cause);
	} else if (json) {
		json_t	*o = json_pack("{s:I, s:I, s:I, s:I, s:I, s:I, s:I, "
		    "s:I, s:f, s:b}",
		    "sources", (json_int_t)st.sources,
		    "done", (json_int_t)st.done,
		    "not_modified", (json_int_t)st.not_modified,
		    "errors", (json_int_t)st.errors,
		    "documents", (json_int_t)st.documents,
		    "new_documents", (json_int_t)st.new_documents,
		    "mentions", (json_int_t)st.mentions,
		    "findings", (json_int_t)st.findings,
		    "seconds", st.seconds,
		    "stopped", crawl_stop != 0);

		json_dumpf(o, stdout, JSON_COMPACT);
		putchar('\n');
		json_decref(o);
	} else if (!quiet) {
		printf("crawled %zu of %zu source%s in %.1f s: %zu documents "
		    "(%zu new), %zu new mention%s, %zu unchanged, %zu "
		    "error%s%s\n", st.done, st.sources,
		    st.sources == 1 ? "" : "s", st.seconds, st.documents,
		    st.new_documents, st.mentions, st.mentions == 1 ? "" : "s",
		    st.not_modified, st.errors, st.errors == 1 ? "" : "s",
		    crawl_stop ? " (stopped early)" : "");
		printf("database: %s\n", db_path(db));
	}
	db_close(db);
	config_free(cf);
	return (r == 0 ? EXIT_OK : EXIT_FAIL);
}

const struct cmd_entry cmd_crawl_entry = {
	"crawl", "[--once] [--force] [--source ID] [--json] [--quiet]",
	"Run one crawl cycle over the due sources and exit",
	"  --once       one cycle, then exit (the default for this command)\n"
	"  --force      fetch every source, due or not\n"
	"  --source ID  fetch only this source\n"
	"  --json       print the cycle's counts as JSON\n"
	"  --quiet      print nothing but errors\n"
	"\nProgress is shown on a terminal. SIGINT or SIGTERM stops starting\n"
	"new fetches; what was fetched is stored.\n",
	cmd_crawl_exec,
};
