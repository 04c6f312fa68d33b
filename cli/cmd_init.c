/*
 * cmd_init.c: `mentionwatch init`, the first command an administrator
 * runs. It writes a starting configuration if there is none, creates the
 * database (mode 0600) and the install's keys. Running it again changes
 * nothing that exists: keys already used to sign evidence are kept.
 */
#include "autoconfig.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cmd.h"
#include "common/config.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "evidence/keys.h"

static const char starter[] =
"# mentionwatch configuration. `mentionwatch config keys` lists every key;\n"
"# `mentionwatch config check` checks this file.\n"
"\n"
"[mentionwatch]\n"
"# The database; captured evidence and keys are kept beside it.\n"
"database = " CONFIG_DEFAULT_DB "\n"
"# Who runs this crawler: sites see these in every request.\n"
"contact_url = https://www.example-school.org.uk/monitoring\n"
"operator_email = it@example-school.org.uk\n"
"timezone = Europe/London\n"
"\n"
"[trust]\n"
"name = Example Learning Trust\n"
"\n"
"[school example]\n"
"name = Example Primary School\n"
"alias = Example Primary\n"
"context = Exampletown\n"
"head_email = head@example-school.org.uk\n"
"safeguarding_email = dsl@example-school.org.uk\n"
"\n"
"[source local-news]\n"
"url = https://www.example-news.co.uk/rss.xml\n"
"type = feed\n";

static int
write_starter(const char *path)
{
	char	*copy;
	int	 fd;
	FILE	*fp;

	copy = xstrdup(path);
	if (mkdir(dirname(copy), 0755) != 0 && errno != EEXIST) {
		fprintf(stderr, "mentionwatch: %s: %s\n", path,
		    strerror(errno));
		free(copy);
		return (-1);
	}
	free(copy);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0640);
	if (fd == -1) {
		fprintf(stderr, "mentionwatch: %s: %s\n", path, strerror(errno));
		return (-1);
	}
	fp = fdopen(fd, "w");
	fputs(starter, fp);
	if (fclose(fp) != 0) {
		fprintf(stderr, "mentionwatch: %s: %s\n", path, strerror(errno));
		return (-1);
	}
	printf("wrote a starting configuration to %s: edit it, then run "
	    "`mentionwatch config check`\n", path);
	return (0);
}

static int
cmd_init_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	struct config	*cf;
	struct db	*db;
	char		*dbpath, *dir, *copy, *kdir, *cause = NULL;
	int		 r;

	if (cmd_getopt(ctx, &cmd_init_entry, argc, argv, NULL, &r) != 0)
		return (r);
	if (optind != argc)
		return (cmd_usage(&cmd_init_entry, "unexpected \"%s\"",
		    argv[optind]));
	if (ctx->config_path == NULL)
		ctx->config_path = config_default_path();
	if (access(ctx->config_path, F_OK) != 0 &&
	    write_starter(ctx->config_path) != 0)
		return (EXIT_FAIL);
	if (cmd_config(ctx, &cf) != 0)
		return (EXIT_FAIL);
	dbpath = cmd_db_path(ctx, cf);
	copy = xstrdup(dbpath);
	dir = dirname(copy);
	if (mkdir(dir, 0750) != 0 && errno != EEXIST) {
		fprintf(stderr, "mentionwatch: %s: %s\n", dir, strerror(errno));
		free(copy);
		free(dbpath);
		config_free(cf);
		return (EXIT_FAIL);
	}
	free(copy);
	if (db_open(dbpath, DB_CREATE, &db, &cause) != 0) {
		fprintf(stderr, "mentionwatch: %s\n", cause);
		free(cause);
		free(dbpath);
		config_free(cf);
		return (EXIT_FAIL);
	}
	if (db_begin(db) == 0 && db_school_sync(db, cf, &cause) == 0 &&
	    db_source_sync(db, cf, &cause) == 0)
		db_commit(db);
	else {
		fprintf(stderr, "mentionwatch: %s\n", cause);
		free(cause);
		cause = NULL;
		db_rollback(db);
	}
	db_close(db);
	kdir = keys_dir(cf, dbpath);
	if (keys_create(kdir, &cause) != 0) {
		fprintf(stderr, "mentionwatch: %s\n", cause);
		free(cause);
		free(kdir);
		free(dbpath);
		config_free(cf);
		return (EXIT_FAIL);
	}
	printf("database: %s\nkeys: %s\n", dbpath, kdir);
	free(kdir);
	free(dbpath);
	config_free(cf);
	return (EXIT_OK);
}

const struct cmd_entry cmd_init_entry = {
	"init", "[-c FILE] [-D FILE]",
	"Create the configuration, database and keys of an install",
	"Writes a starting configuration if FILE does not exist, creates the\n"
	"database (mode 0600) and the install's keys beside it: an Ed25519\n"
	"signing key for evidence and a secret for keyed hashes of pupil\n"
	"names. What exists already is kept.\n",
	cmd_init_exec,
};
