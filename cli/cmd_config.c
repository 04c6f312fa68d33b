/*
 * cmd_config.c: `mentionwatch config`, checking a configuration file and
 * listing the keys it may hold (printed from the one table of keys).
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd.h"
#include "common/config.h"
#include "tracking/tracking.h"

static int
cmd_config_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	struct config		*cf;
	const char		*what = "check";
	int			 r, man = 0;
	struct strlist		 errors = { NULL, 0 };
	size_t			 i, nstaff = 0;
	const struct cmd_opt	 options[] = {
		{ "man", .flag = &man },
		{ .name = NULL },
	};

	if (cmd_getopt(ctx, &cmd_config_entry, argc, argv, options, &r) != 0)
		return (r);
	if (optind < argc)
		what = argv[optind++];
	if (optind < argc && strcmp(what, "check") == 0) {
		ctx->config_path = argv[optind++];
		ctx->config_given = 1;
	}
	if (optind != argc)
		return (cmd_usage(&cmd_config_entry, "unexpected \"%s\"",
		    argv[optind]));
	if (strcmp(what, "keys") == 0) {
		config_describe(stdout, man);
		return (EXIT_OK);
	}
	if (strcmp(what, "check") != 0)
		return (cmd_usage(&cmd_config_entry, "unknown action \"%s\" "
		    "(check or keys)", what));
	if (cmd_config(ctx, &cf) != 0)
		return (EXIT_FAIL);
	if (tracking_check(cf, &errors) != 0) {
		for (i = 0; i < errors.n; i++)
			fprintf(stderr, "mentionwatch: %s\n", errors.v[i]);
		strlist_free(&errors);
		config_free(cf);
		return (EXIT_FAIL);
	}
	for (i = 0; i < cf->nschools; i++)
		nstaff += cf->schools[i].nstaff;
	printf("%s: ok: %zu school%s, %zu staff, %zu source%s\n", cf->path,
	    cf->nschools, cf->nschools == 1 ? "" : "s", nstaff, cf->nsources,
	    cf->nsources == 1 ? "" : "s");
	if (cf->contact_url == NULL || cf->operator_email == NULL)
		printf("%s: note: crawling needs contact_url and "
		    "operator_email in [mentionwatch]\n", cf->path);
	config_free(cf);
	return (EXIT_OK);
}

const struct cmd_entry cmd_config_entry = {
	"config", "[check [FILE] | keys [--man]]",
	"Check a configuration file, or list the keys it may hold",
	"  check [FILE]  read the configuration and report every problem with\n"
	"                its file, line and key (the default action)\n"
	"  keys          list every section and key with its type, default\n"
	"                and meaning; --man prints it as roff\n",
	cmd_config_exec,
};
