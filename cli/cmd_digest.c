/*
 * cmd_digest.c: `mentionwatch digest`, the headteacher's daily summary.
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd.h"
#include "common/buf.h"
#include "common/config.h"
#include "common/mwtime.h"
#include "db/db.h"
#include "report/digest.h"

static int
cmd_digest_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		CMD_COMMON_LONGOPTS,
		{ "school", required_argument, NULL, 'S' },
		{ "date", required_argument, NULL, 'd' },
		{ "since", required_argument, NULL, 's' },
		{ "stdout", no_argument, NULL, 'O' },
		{ NULL, 0, NULL, 0 },
	};
	struct digest_opts	 opts;
	struct config		*cf;
	struct db		*db;
	struct buf		 out;
	char			*cause = NULL;
	const char		*date = NULL, *since = NULL;
	int			 ch, r, to_stdout = 0;

	memset(&opts, 0, sizeof opts);
	while ((ch = getopt_long(argc, argv, CMD_COMMON_SHORTOPTS "S:d:s:",
	    longopts, NULL)) != -1) {
		r = cmd_common_opt(ctx, &cmd_digest_entry, ch, optarg);
		if (r < 0)
			return (EXIT_OK);
		if (r > 0)
			continue;
		switch (ch) {
		case 'S':
			opts.school = optarg;
			break;
		case 'd':
			date = optarg;
			break;
		case 's':
			since = optarg;
			break;
		case 'O':
			to_stdout = 1;
			break;
		default:
			return (cmd_usage(&cmd_digest_entry, NULL));
		}
	}
	if (optind != argc)
		return (cmd_usage(&cmd_digest_entry, "unexpected \"%s\"",
		    argv[optind]));
	if (!to_stdout) {
		fprintf(stderr, "mentionwatch: this version prints digests "
		    "only; add --stdout\n");
		return (EXIT_USAGE);
	}
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
	if (cmd_config(ctx, &cf) != 0)
		return (EXIT_FAIL);
	if (opts.school != NULL && config_school(cf, opts.school) == NULL) {
		fprintf(stderr, "mentionwatch: no school \"%s\" in %s\n",
		    opts.school, cf->path);
		config_free(cf);
		return (EXIT_FAIL);
	}
	if (cmd_db(ctx, cf, DB_READONLY, &db) != 0) {
		config_free(cf);
		return (EXIT_FAIL);
	}
	buf_init(&out, 0);
	r = digest_build(cf, db, &opts, &out, &cause);
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
	"digest", "[--school ID] [--date YYYY-MM-DD] [--since D] --stdout",
	"Print the daily digest of mentions",
	"  --school ID  one school's digest (default: the whole trust)\n"
	"  --date D     the digest of day D (default: the last 24 hours)\n"
	"  --since D    start the digest D ago (24h, 7d) or at a time\n"
	"  --stdout     print the message instead of sending it\n",
	cmd_digest_exec,
};
