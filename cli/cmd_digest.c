/*
 * cmd_digest.c: `mentionwatch digest`, the headteacher's daily summary:
 * printed as the message that would be sent (--stdout), its HTML part
 * alone (--html), or queued and sent for every school whose digest time
 * has come (--send).
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd.h"
#include "common/buf.h"
#include "common/config.h"
#include "common/mwtime.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "report/digest.h"
#include "report/mail.h"

static int
send_due(const struct config *cf, struct db *db)
{
	struct mail_result	 res;
	char			*cause = NULL;
	time_t			 now = mwtime_now();
	int			 queued = 0;

	if (db_begin(db) != 0) {
		fprintf(stderr, "mentionwatch: the database is busy; try "
		    "again\n");
		return (EXIT_FAIL);
	}
	if (digest_queue_due(cf, db, now, &queued, &cause) != 0) {
		db_rollback(db);
		fprintf(stderr, "mentionwatch: %s\n", cause);
		free(cause);
		return (EXIT_FAIL);
	}
	if (db_commit(db) != 0)
		return (EXIT_FAIL);
	if (mail_flush(cf, db, now, "digest", &res, &cause) != 0) {
		fprintf(stderr, "mentionwatch: %s\n", cause);
		free(cause);
		return (EXIT_FAIL);
	}
	printf("digests: queued %d, sent %d, failed %d\n", queued, res.sent,
	    res.failed);
	return (res.failed > 0 ? EXIT_FAIL : EXIT_OK);
}

static int
cmd_digest_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	struct digest_opts	 opts;
	struct mail_parts	 p;
	struct config		*cf;
	struct db		*db;
	struct buf		 out;
	char			*cause = NULL;
	const char		*date = NULL, *since = NULL;
	int			 r, message = 0, html = 0, text = 0, send = 0;
	const struct cmd_opt	 options[] = {
		{ "school", 'S', .arg = &opts.school },
		{ "date", 'd', .arg = &date },
		{ "since", 's', .arg = &since },
		{ "stdout", .flag = &message },
		{ "html", .flag = &html },
		{ "text", .flag = &text },
		{ "send", .flag = &send },
		{ .name = NULL },
	};

	memset(&opts, 0, sizeof opts);
	if (cmd_getopt(ctx, &cmd_digest_entry, argc, argv, options, &r) != 0)
		return (r);
	if (optind != argc)
		return (cmd_usage(&cmd_digest_entry, "unexpected \"%s\"",
		    argv[optind]));
	if (message + html + text + send != 1)
		return (cmd_usage(&cmd_digest_entry, "give one of --stdout, "
		    "--text, --html and --send"));
	opts.until = mwtime_now();
	if (date != NULL) {
		char	t[64];

		snprintf(t, sizeof t, "%sT23:59:59Z", date);
		if (mwtime_parse(t, &opts.until) != 0)
			return (cmd_usage(&cmd_digest_entry, "--date: \"%s\" is "
			    "not YYYY-MM-DD", date));
	}
	opts.since = opts.until - 24 * 3600;
	if (since != NULL && cmd_parse_since(since, &opts.since) != 0)
		return (cmd_usage(&cmd_digest_entry, "--since: \"%s\" is not a "
		    "duration or an RFC 3339 time", since));
	opts.redact = 1;
	if (cmd_config(ctx, &cf) != 0)
		return (EXIT_FAIL);
	if (opts.school != NULL && config_school(cf, opts.school) == NULL) {
		fprintf(stderr, "mentionwatch: no school \"%s\" in %s\n",
		    opts.school, cf->path);
		config_free(cf);
		return (EXIT_FAIL);
	}
	if (cmd_db(ctx, cf, send ? 0 : DB_READONLY, &db) != 0) {
		config_free(cf);
		return (EXIT_FAIL);
	}
	if (send) {
		r = send_due(cf, db);
		db_close(db);
		config_free(cf);
		return (r);
	}
	buf_init(&out, 0);
	r = digest_compose(cf, db, &opts, &p, &cause);
	if (r == 0) {
		if (opts.school != NULL)
			p.to = xstrdup(config_school(cf,
			    opts.school)->head_email != NULL ?
			    config_school(cf, opts.school)->head_email : "");
		else if (cf->trust_email != NULL)
			p.to = xstrdup(cf->trust_email);
		if (html)
			buf_adds(&out, p.html);
		else if (text)
			buf_adds(&out, p.text);
		else
			r = mail_render_parts(cf, &p, opts.until, &out, &cause);
		mail_parts_clear(&p);
	}
	if (r != 0) {
		fprintf(stderr, "mentionwatch: %s\n", cause);
		free(cause);
	} else
		fputs(buf_str(&out), stdout);
	buf_free(&out);
	db_close(db);
	config_free(cf);
	return (r == 0 ? EXIT_OK : EXIT_FAIL);
}

const struct cmd_entry cmd_digest_entry = {
	"digest",
	"[--school ID] [--date YYYY-MM-DD] [--since D] "
	"--stdout | --text | --html | --send",
	"Print the daily digest, or send the digests that are due",
	"  --school ID  one school's digest (default: the trust roll-up)\n"
	"  --date D     the digest of day D (default: the last 24 hours)\n"
	"  --since D    start the digest D ago (24h, 7d) or at a time\n"
	"  --stdout     print the message (headers, text and HTML parts)\n"
	"               instead of sending it\n"
	"  --text       print only its plain text\n"
	"  --html       print only its HTML\n"
	"  --send       queue and send each school's digest (and the trust\n"
	"               roll-up) whose digest_time has come, once a day\n"
	"Pupil names are withheld from digests.\n",
	cmd_digest_exec,
};
