/*
 * cmd.c: the command table, and what every command shares: the common
 * options, usage and help printed from the table, and finding the
 * configuration and the database the same way everywhere.
 */
#include "autoconfig.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cmd.h"
#include "common/config.h"
#include "common/log.h"
#include "common/mwtime.h"
#include "common/xmalloc.h"
#include "db/db.h"

/* Every command, in the order `mentionwatch --help` lists them. */
const struct cmd_entry *cmd_table[] = {
	&cmd_init_entry,
	&cmd_config_entry,
	&cmd_crawl_entry,
	&cmd_sources_entry,
	&cmd_mentions_entry,
	&cmd_digest_entry,
	&cmd_cases_entry,
	&cmd_case_entry,
	&cmd_notify_entry,
	&cmd_status_entry,
	&cmd_analyze_entry,
	&cmd_feed_entry,
	&cmd_roster_entry,
	&cmd_export_entry,
	&cmd_verify_entry,
	&cmd_recapture_entry,
	&cmd_fetch_entry,
	&cmd_run_entry,
	NULL,
};

/* Print the full help of "e" to "fp". */
void
cmd_help(const struct cmd_entry *e, FILE *fp)
{
	fprintf(fp, "usage: mentionwatch %s %s\n\n%s.\n\n%s", e->name,
	    e->usage, e->summary, e->help);
	fprintf(fp, "\nCommon options:\n"
	    "  -c, --config FILE  configuration (default: $MENTIONWATCH_CONFIG,"
	    "\n                     else %s)\n"
	    "  -D, --db FILE      database (default: $MENTIONWATCH_DB, else\n"
	    "                     the configuration's database)\n"
	    "  -o, --option S.K=V set key K of section S, overriding the file\n"
	    "  -v, --verbose      say more; twice for debugging\n"
	    "  -h, --help         this help\n", CONFIG_DEFAULT_PATH);
}

/* Report a misuse of "e" and return EXIT_USAGE. */
int
cmd_usage(const struct cmd_entry *e, const char *fmt, ...)
{
	va_list	ap;

	if (fmt != NULL) {
		fprintf(stderr, "mentionwatch %s: ", e->name);
		va_start(ap, fmt);
		vfprintf(stderr, fmt, ap);
		va_end(ap);
		fprintf(stderr, "\n");
	}
	fprintf(stderr, "usage: mentionwatch %s %s\n"
	    "Try `mentionwatch %s --help`.\n", e->name, e->usage, e->name);
	return (EXIT_USAGE);
}

/* Options every command takes. */
static const struct option cmd_common_longopts[] = {
	{ "config", required_argument, NULL, 'c' },
	{ "db", required_argument, NULL, 'D' },
	{ "help", no_argument, NULL, 'h' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "option", required_argument, NULL, 'o' },
};
#define CMD_COMMON_SHORTOPTS "c:D:hvo:"
#define CMD_NCOMMON \
	(sizeof cmd_common_longopts / sizeof cmd_common_longopts[0])

/* The most options a command may have besides the common ones. */
#define CMD_OPTS_MAX	16

/*
 * Handle option "ch" if it is a common one: return 1 if handled, -1 for
 * --help, 0 if it is not a common option.
 */
static int
cmd_common_opt(struct cmd_ctx *ctx, const struct cmd_entry *e, int ch,
    const char *arg)
{
	switch (ch) {
	case 'c':
		ctx->config_path = arg;
		ctx->config_given = 1;
		return (1);
	case 'D':
		ctx->db_path = arg;
		return (1);
	case 'o':
		strlist_add(&ctx->overrides, arg);
		return (1);
	case 'v':
		ctx->verbose++;
		log_set_verbose(ctx->verbose);
		return (1);
	case 'h':
		cmd_help(e, stdout);
		return (-1);
	default:
		return (0);
	}
}

/*
 * Return what getopt_long returns for option "i" of "opts": its letter, or
 * a value past any letter for a long-only option.
 */
static int
cmd_opt_val(const struct cmd_opt *opts, size_t i)
{
	return (opts[i].letter != 0 ? opts[i].letter : 256 + (int)i);
}

/* Return the option of "opts" that getopt_long returned as "ch", or NULL. */
static const struct cmd_opt *
cmd_opt_find(const struct cmd_opt *opts, int ch)
{
	size_t	i;

	for (i = 0; opts != NULL && opts[i].name != NULL; i++) {
		if (cmd_opt_val(opts, i) == ch)
			return (&opts[i]);
	}
	return (NULL);
}

/* Return 1 if "name" is the long name of a common option. */
static int
cmd_opt_common(const char *name)
{
	size_t	i;

	for (i = 0; i < CMD_NCOMMON; i++) {
		if (strcmp(cmd_common_longopts[i].name, name) == 0)
			return (1);
	}
	return (0);
}

/*
 * Parse the options of command "e" from "argv": the common ones, then
 * those of "opts" (ended by a row with no name; NULL for none). Return 0
 * with optind at the first operand, or -1 with "*exit_code" set: EXIT_OK
 * after printing --help, EXIT_USAGE after saying what was wrong.
 */
int
cmd_getopt(struct cmd_ctx *ctx, const struct cmd_entry *e, int argc,
    char **argv, const struct cmd_opt *opts, int *exit_code)
{
	struct option		 longopts[CMD_NCOMMON + CMD_OPTS_MAX + 1];
	char			 shortopts[sizeof CMD_COMMON_SHORTOPTS +
				     2 * CMD_OPTS_MAX];
	const struct cmd_opt	*o;
	size_t			 i, nl = CMD_NCOMMON, ns;
	int			 ch, r, has_arg;

	memcpy(longopts, cmd_common_longopts, sizeof cmd_common_longopts);
	memcpy(shortopts, CMD_COMMON_SHORTOPTS, sizeof CMD_COMMON_SHORTOPTS);
	ns = sizeof CMD_COMMON_SHORTOPTS - 1;
	for (i = 0; opts != NULL && opts[i].name != NULL; i++) {
		if (i == CMD_OPTS_MAX)
			fatalx("%s: more than %d options", e->name,
			    CMD_OPTS_MAX);
		o = &opts[i];
		has_arg = o->arg != NULL || o->fn != NULL;
		/* A common option the command takes over is there already. */
		if (!cmd_opt_common(o->name)) {
			longopts[nl].name = o->name;
			longopts[nl].has_arg = has_arg ? required_argument :
			    no_argument;
			longopts[nl].flag = NULL;
			longopts[nl].val = cmd_opt_val(opts, i);
			nl++;
		}
		if (o->letter != 0 &&
		    strchr(CMD_COMMON_SHORTOPTS, o->letter) == NULL) {
			shortopts[ns++] = o->letter;
			if (has_arg)
				shortopts[ns++] = ':';
		}
	}
	memset(&longopts[nl], 0, sizeof longopts[nl]);
	shortopts[ns] = '\0';

	while ((ch = getopt_long(argc, argv, shortopts, longopts,
	    NULL)) != -1) {
		o = cmd_opt_find(opts, ch);
		if (o == NULL) {
			r = cmd_common_opt(ctx, e, ch, optarg);
			if (r > 0)
				continue;
			*exit_code = r < 0 ? EXIT_OK : cmd_usage(e, NULL);
			return (-1);
		}
		if (o->fn != NULL) {
			if (o->fn(ctx, optarg, o->data) != 0) {
				*exit_code = EXIT_USAGE;
				return (-1);
			}
		} else if (o->arg != NULL)
			*o->arg = optarg;
		else if (o->flag != NULL)
			(*o->flag)++;
	}
	return (0);
}

/* Load the configuration, printing every problem; return 0 or -1. */
int
cmd_config(struct cmd_ctx *ctx, struct config **out)
{
	struct strlist	errors = { NULL, 0 };
	size_t		i;

	if (ctx->config_path == NULL)
		ctx->config_path = config_default_path();
	if (config_load(ctx->config_path, &ctx->overrides, out,
	    &errors) != 0) {
		for (i = 0; i < errors.n; i++)
			fprintf(stderr, "mentionwatch: %s\n", errors.v[i]);
		strlist_free(&errors);
		return (-1);
	}
	return (0);
}

/* Return the database path: -D, $MENTIONWATCH_DB, else the config's. */
char *
cmd_db_path(struct cmd_ctx *ctx, const struct config *cf)
{
	const char	*env = getenv("MENTIONWATCH_DB");

	if (ctx->db_path != NULL)
		return (xstrdup(ctx->db_path));
	if (env != NULL && *env != '\0')
		return (xstrdup(env));
	return (config_resolve_path(cf, cf->database));
}

/* Open the database with "flags"; print why not and return -1 on error. */
int
cmd_db(struct cmd_ctx *ctx, const struct config *cf, int flags,
    struct db **out)
{
	char	*path, *cause = NULL;
	int	 r;

	path = cmd_db_path(ctx, cf);
	r = db_open(path, flags, out, &cause);
	if (r != 0) {
		fprintf(stderr, "mentionwatch: %s\n", cause);
		free(cause);
	}
	free(path);
	return (r);
}

/*
 * Read the configuration into "*cf" and open its database with "flags"
 * into "*db"; print why not and return -1 on error (nothing is left to
 * free then).
 */
int
cmd_open(struct cmd_ctx *ctx, int flags, struct config **cf,
    struct db **db)
{
	if (cmd_config(ctx, cf) != 0)
		return (-1);
	if (cmd_db(ctx, *cf, flags, db) != 0) {
		config_free(*cf);
		*cf = NULL;
		return (-1);
	}
	return (0);
}

/*
 * Parse "--since": a duration back from now ("24h", "7d") or an RFC 3339
 * time. Return 0 or -1.
 */
int
cmd_parse_since(const char *s, time_t *out)
{
	long long	secs;

	if (mwtime_parse_duration(s, &secs) == 0) {
		*out = mwtime_now() - (time_t)secs;
		return (0);
	}
	return (mwtime_parse(s, out));
}
