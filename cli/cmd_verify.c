/*
 * cmd_verify.c: `mentionwatch verify FILE.zip | --store`, checking an
 * evidence bundle or the whole local store and naming what fails.
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli/cmd.h"
#include "common/config.h"
#include "db/db.h"
#include "evidence/evidence.h"

/* Print what was checked and what failed, as text or JSON. */
static void
print_result(const char *what, const struct verify_result *res, int json)
{
	json_t	*o, *fails, *notes;
	size_t	 i;

	if (json) {
		fails = json_array();
		notes = json_array();
		for (i = 0; i < res->failures.n; i++)
			json_array_append_new(fails,
			    json_string(res->failures.v[i]));
		for (i = 0; i < res->notes.n; i++)
			json_array_append_new(notes,
			    json_string(res->notes.v[i]));
		o = json_pack("{s:s, s:b, s:s, s:I, s:I, s:I, s:o, s:o}",
		    "checked", what, "ok", res->failures.n == 0,
		    "key_sha256", res->key_fingerprint,
		    "files", (json_int_t)res->files,
		    "entries", (json_int_t)res->entries,
		    "warc_records", (json_int_t)res->records,
		    "failures", fails, "notes", notes);
		json_dumpf(o, stdout, JSON_INDENT(2));
		putchar('\n');
		json_decref(o);
		return;
	}
	for (i = 0; i < res->notes.n; i++)
		printf("ok: %s\n", res->notes.v[i]);
	for (i = 0; i < res->failures.n; i++)
		printf("FAIL: %s\n", res->failures.v[i]);
	if (res->failures.n == 0)
		printf("%s: verified (key sha256 %s)\n", what,
		    res->key_fingerprint);
	else
		printf("%s: %zu failure%s: do not rely on it\n", what,
		    res->failures.n, res->failures.n == 1 ? "" : "s");
}

/* Run `mentionwatch verify`. */
static int
cmd_verify_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	const struct cmd_entry	*e = &cmd_verify_entry;
	struct verify_result	 res;
	struct config		*cf;
	struct db		*db;
	struct evidence		*ev;
	char			*cause = NULL;
	int			 r, store = 0, json = 0;
	const struct cmd_opt	 options[] = {
		{ "store", .flag = &store },
		{ "json", 'j', .flag = &json },
		{ .name = NULL },
	};

	if (cmd_getopt(ctx, e, argc, argv, options, &r) != 0)
		return (r);
	if (store ? optind != argc : optind + 1 != argc)
		return (cmd_usage(e, "name one bundle, or give --store"));
	memset(&res, 0, sizeof res);
	if (!store) {
		r = bundle_verify_file(argv[optind], &res);
		print_result(argv[optind], &res, json);
		verify_result_clear(&res);
		return (r == 0 ? EXIT_OK : EXIT_FAIL);
	}
	if (cmd_open(ctx, DB_READONLY, &cf, &db) != 0)
		return (EXIT_FAIL);
	ev = evidence_open(cf, db, &cause);
	if (ev == NULL) {
		fprintf(stderr, "mentionwatch verify: %s\n", cause);
		free(cause);
		r = -1;
	} else {
		r = evidence_verify_store(ev, &res);
		print_result(db_path(db), &res, json);
	}
	verify_result_clear(&res);
	evidence_close(ev);
	db_close(db);
	config_free(cf);
	return (r == 0 ? EXIT_OK : EXIT_FAIL);
}

const struct cmd_entry cmd_verify_entry = {
	"verify", "FILE.zip | --store [--json]",
	"Check an evidence bundle, or the whole local evidence store",
	"For a bundle: every file against SHA256SUMS, SHA256SUMS against its\n"
	"signature, each chain entry against its hash and the one before, the\n"
	"last entry against the signed checkpoint, each capture against its\n"
	"entry, and every WARC record against its digests. With --store: every\n"
	"entry and link of the capture log, every stored body and header file\n"
	"(files pruned by retention are noted), and every checkpoint's\n"
	"signature. Each failure names the file, entry or byte range; the exit\n"
	"status is 1 if anything fails.\n\n"
	"  --store  check the store of this install instead of a bundle\n"
	"  --json   print {\"checked\", \"ok\", \"key_sha256\", \"files\",\n"
	"           \"entries\", \"warc_records\", \"failures\", \"notes\"}\n",
	cmd_verify_exec,
};
