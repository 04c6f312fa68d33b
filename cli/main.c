/*
 * main.c: the mentionwatch program. It reads the global options, finds the
 * command in cmd_table[] and runs it. Exit codes are the same for every
 * command: 0 success, 1 failure, 2 misuse.
 */
#include "autoconfig.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>
#include <libxml/parser.h>

#include "cli/cmd.h"
#include "common/log.h"
#include "common/str.h"

static void
usage(FILE *fp)
{
	size_t	i;

	fprintf(fp, "usage: mentionwatch [-c FILE] [-D FILE] [-o S.K=V] [-v] "
	    "COMMAND "
	    "[ARGS]\n\n"
	    "mentionwatch watches public feeds and pages for what is said "
	    "about a\nschool or a trust's schools, flags what is harmful or "
	    "identifies pupils,\nkeeps signed evidence and tracks each "
	    "response against the 24-hour rule.\n\nCommands:\n");
	for (i = 0; cmd_table[i] != NULL; i++)
		fprintf(fp, "  %-10s %s\n", cmd_table[i]->name,
		    cmd_table[i]->summary);
	fprintf(fp, "\nRun `mentionwatch COMMAND --help` for a command's "
	    "options.\n"
	    "Global options: -c FILE (configuration), -D FILE (database),\n"
	    "-o SECTION.KEY=VALUE (override a key), -v (verbose), --version, "
	    "--help.\n");
}

static const struct cmd_entry *
find(const char *name)
{
	const struct cmd_entry	*best = NULL;
	size_t			 i, d, bestd = 3;

	for (i = 0; cmd_table[i] != NULL; i++) {
		if (strcmp(cmd_table[i]->name, name) == 0)
			return (cmd_table[i]);
	}
	for (i = 0; cmd_table[i] != NULL; i++) {
		d = str_edit_distance(name, cmd_table[i]->name);
		if (d < bestd) {
			bestd = d;
			best = cmd_table[i];
		}
	}
	if (best != NULL)
		fprintf(stderr, "mentionwatch: unknown command \"%s\" (did you "
		    "mean \"%s\"?)\n", name, best->name);
	else
		fprintf(stderr, "mentionwatch: unknown command \"%s\" (see "
		    "`mentionwatch --help`)\n", name);
	return (NULL);
}

int
main(int argc, char **argv)
{
	struct cmd_ctx		 ctx;
	const struct cmd_entry	*e;
	int			 i, r;

	setlocale(LC_ALL, "C");
	log_init("mentionwatch", 1, 0);
	memset(&ctx, 0, sizeof ctx);
	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		const char	*a = argv[i];

		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			usage(stdout);
			return (EXIT_OK);
		}
		if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
			printf("mentionwatch %s\n", PACKAGE_VERSION);
			return (EXIT_OK);
		}
		if (strcmp(a, "-v") == 0 || strcmp(a, "--verbose") == 0) {
			log_set_verbose(++ctx.verbose);
			continue;
		}
		if ((strcmp(a, "-o") == 0 || strcmp(a, "--option") == 0) &&
		    i + 1 < argc) {
			strlist_add(&ctx.overrides, argv[++i]);
			continue;
		}
		if ((strcmp(a, "-c") == 0 || strcmp(a, "--config") == 0 ||
		    strcmp(a, "-D") == 0 || strcmp(a, "--db") == 0) &&
		    i + 1 < argc) {
			if (a[1] == 'c' || a[2] == 'c') {
				ctx.config_path = argv[++i];
				ctx.config_given = 1;
			} else
				ctx.db_path = argv[++i];
			continue;
		}
		fprintf(stderr, "mentionwatch: unknown option %s\n", a);
		usage(stderr);
		return (EXIT_USAGE);
	}
	if (i >= argc) {
		usage(stderr);
		return (EXIT_USAGE);
	}
	e = find(argv[i]);
	if (e == NULL)
		return (EXIT_USAGE);
	curl_global_init(CURL_GLOBAL_DEFAULT);
	xmlInitParser();
	optind = 1;
	r = e->exec(&ctx, argc - i, argv + i);
	xmlCleanupParser();
	curl_global_cleanup();
	strlist_free(&ctx.overrides);
	return (r);
}
