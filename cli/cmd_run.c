/*
 * cmd_run.c: `mentionwatch run`, the service. It crawls whatever is due,
 * then sleeps until the next source is due, for as long as it runs.
 * SIGTERM (or SIGINT) stops it cleanly: a crawl in progress stops starting
 * fetches, stores what it has and the database is closed, so nothing
 * written is lost. SIGHUP reloads the configuration (a broken one is
 * reported and the old one kept). Messages go to syslog unless
 * --foreground.
 */
#include "autoconfig.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cmd.h"
#include "common/config.h"
#include "common/log.h"
#include "common/mwtime.h"
#include "crawler/crawl.h"
#include "db/db.h"
#include "evidence/evidence.h"
#include "report/report.h"

#define RUN_MIN_SLEEP	5	/* seconds between cycles at least */
#define RUN_MAX_SLEEP	300	/* and at most, so the hook runs often */

static volatile int	run_stop;
static volatile int	run_reload;

static void
on_signal(int sig)
{
	if (sig == SIGHUP)
		run_reload = 1;
	else
		run_stop = 1;
}

struct due {
	const struct config	*cf;
	time_t			 next;
};

static int
find_next_due(void *arg, const struct db_source *s)
{
	struct due	*d = arg;
	size_t		 i;

	for (i = 0; i < d->cf->nsources; i++) {
		if (strcmp(d->cf->sources[i].id, s->key) == 0)
			break;
	}
	if (i == d->cf->nsources)
		return (0);	/* no longer configured */
	if (d->next == 0 || s->next_due < d->next)
		d->next = s->next_due;
	return (0);
}

/*
 * After each cycle: fetch flagged pages again (evidence of a change or a
 * takedown), then send whatever mail is due: immediate alerts for new
 * high-severity cases, reminders, escalations and the daily digests. A
 * failure is logged and retried next cycle; it never stops the service.
 */
static void
service_after_cycle(const struct config *cf, struct db *db,
    const struct crawl_stats *st)
{
	struct recapture_stats	 rs;
	struct report_stats	 ms;
	struct evidence		*ev;
	char			*cause = NULL;

	(void)st;
	if (cf->capture && (ev = evidence_open(cf, db, &cause)) != NULL) {
		if (evidence_recapture_due(ev, 0, &run_stop, &rs,
		    &cause) != 0) {
			log_warnx("run: re-capture: %s", cause);
			free(cause);
			cause = NULL;
		} else if (rs.due > 0)
			log_info("run: re-captured %zu of %zu due: %zu changed, "
			    "%zu removed, %zu not re-captured (robots.txt)",
			    rs.captured, rs.due, rs.changed, rs.removed,
			    rs.refused);
		evidence_close(ev);
	} else if (cause != NULL) {
		log_warnx("run: evidence: %s", cause);
		free(cause);
		cause = NULL;
	}
	memset(&ms, 0, sizeof ms);
	if (report_tick(cf, db, mwtime_now(), &ms, &cause) != 0) {
		log_warnx("run: mail: %s", cause != NULL ? cause :
		    "the database is busy");
		free(cause);
	} else if (ms.sent > 0 || ms.failed > 0)
		log_info("run: mail: %d sent, %d failed (retried later)",
		    ms.sent, ms.failed);
}

/* Load the configuration again; keep "*cf" if the new one is broken. */
static void
reload(struct cmd_ctx *ctx, struct config **cf)
{
	struct config	*n;

	if (cmd_config(ctx, &n) != 0) {
		log_warnx("run: %s has errors; keeping the configuration "
		    "loaded before", ctx->config_path);
		return;
	}
	config_free(*cf);
	*cf = n;
	log_info("run: configuration reloaded from %s", ctx->config_path);
}

static int
cmd_run_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	struct crawl_opts	 opts;
	struct crawl_stats	 st;
	struct config		*cf;
	struct db		*db;
	struct sigaction	 sa;
	struct due		 d;
	char			*cause = NULL;
	int			 r, foreground = 0;
	long			 sleep_s;
	const struct cmd_opt	 options[] = {
		{ "foreground", 'F', .flag = &foreground },
		{ .name = NULL },
	};

	if (cmd_getopt(ctx, &cmd_run_entry, argc, argv, options, &r) != 0)
		return (r);
	if (optind != argc)
		return (cmd_usage(&cmd_run_entry, "unexpected \"%s\"",
		    argv[optind]));
	if (cmd_config(ctx, &cf) != 0)
		return (EXIT_FAIL);
	if (cf->contact_url == NULL || cf->operator_email == NULL) {
		fprintf(stderr, "mentionwatch: %s: set contact_url and "
		    "operator_email in [mentionwatch] before running the "
		    "crawler\n", cf->path);
		config_free(cf);
		return (EXIT_FAIL);
	}
	if (cmd_db(ctx, cf, DB_CREATE, &db) != 0) {
		config_free(cf);
		return (EXIT_FAIL);
	}
	log_init("mentionwatch", foreground, ctx->verbose);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	log_info("run: started with %s, %zu sources", cf->path,
	    cf->nsources);

	r = EXIT_OK;
	while (!run_stop) {
		if (run_reload) {
			run_reload = 0;
			reload(ctx, &cf);
		}
		memset(&opts, 0, sizeof opts);
		opts.stop = &run_stop;
		if (crawl_once(cf, db, &opts, &st, &cause) != 0) {
			log_warnx("run: %s", cause);
			free(cause);
			cause = NULL;
		} else if (st.sources > 0)
			log_info("run: crawled %zu of %zu sources in %.1f s: "
			    "%zu documents (%zu new), %zu new mentions, %zu "
			    "unchanged, %zu errors", st.done, st.sources,
			    st.seconds, st.documents, st.new_documents,
			    st.mentions, st.not_modified, st.errors);

		/* Hook: digests and alerts (see service_after_cycle). */
		service_after_cycle(cf, db, &st);

		memset(&d, 0, sizeof d);
		d.cf = cf;
		if (db_source_list(db, find_next_due, &d, &cause) != 0) {
			log_warnx("run: %s", cause);
			free(cause);
			cause = NULL;
		}
		sleep_s = d.next > 0 ? (long)(d.next - mwtime_now()) :
		    RUN_MAX_SLEEP;
		if (sleep_s < RUN_MIN_SLEEP)
			sleep_s = RUN_MIN_SLEEP;
		if (sleep_s > RUN_MAX_SLEEP)
			sleep_s = RUN_MAX_SLEEP;
		log_debug("run: next cycle in %ld s", sleep_s);
		/* Sleep in short steps so a signal is acted on at once. */
		for (; sleep_s > 0 && !run_stop && !run_reload; sleep_s--)
			sleep(1);
	}
	log_info("run: stopped");
	db_close(db);
	config_free(cf);
	return (r);
}

const struct cmd_entry cmd_run_entry = {
	"run", "[--foreground]",
	"Run as a service: crawl whatever is due, for as long as it runs",
	"  --foreground  log to stderr instead of syslog\n"
	"\nSIGTERM or SIGINT stops it cleanly (what was fetched is stored);\n"
	"SIGHUP reloads the configuration. contrib/systemd/ has a unit file.\n",
	cmd_run_exec,
};
