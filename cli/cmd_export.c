/*
 * cmd_export.c: `mentionwatch export CASE`, the evidence bundle of a case
 * as a ZIP that anyone can check with sha256sum and openssl.
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

/* Return 1 if "s" reads as an override, "section.key=value". */
static int
is_override(const char *s)
{
	const char	*eq = strchr(s, '='), *dot = strchr(s, '.');

	return (eq != NULL && dot != NULL && dot < eq &&
	    strchr(s, '/') == NULL);
}

/* Take -o FILE.zip as --output, into "data"; -o S.K=V as an override. */
static int
output_opt(struct cmd_ctx *ctx, const char *arg, void *data)
{
	const char	**output = data;

	if (is_override(arg))
		strlist_add(&ctx->overrides, arg);
	else
		*output = arg;
	return (0);
}

/* Run `mentionwatch export`. */
static int
cmd_export_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	const struct cmd_entry	*e = &cmd_export_entry;
	struct bundle_opts	 opts;
	struct config		*cf;
	struct db		*db;
	struct evidence		*ev;
	char			*cause = NULL, *written = NULL, *end;
	long long		 case_id;
	int			 r, json = 0;
	const struct cmd_opt	 options[] = {
		{ "output", 'O', .arg = &opts.output },
		{ "unredacted", 'U', .flag = &opts.unredacted },
		{ "json", 'j', .flag = &json },
		/* Takes over the common -o, --option. */
		{ "option", 'o', .fn = output_opt, .data = &opts.output },
		{ .name = NULL },
	};

	memset(&opts, 0, sizeof opts);
	if (cmd_getopt(ctx, e, argc, argv, options, &r) != 0)
		return (r);
	if (optind + 1 != argc)
		return (cmd_usage(e, "name one case by its number"));
	case_id = strtoll(argv[optind], &end, 10);
	if (*end != '\0' || case_id <= 0)
		return (cmd_usage(e, "\"%s\" is not a case number",
		    argv[optind]));
	if (cmd_open(ctx, 0, &cf, &db) != 0)
		return (EXIT_FAIL);
	ev = evidence_open(cf, db, &cause);
	r = ev != NULL ? bundle_export(ev, case_id, &opts, &written,
	    &cause) : -1;
	if (r != 0)
		fprintf(stderr, "mentionwatch export: %s\n", cause);
	else if (json) {
		json_t	*o = json_pack("{s:I, s:s, s:b}", "case",
		    (json_int_t)case_id, "file", written, "redacted",
		    !opts.unredacted);

		json_dumpf(o, stdout, JSON_INDENT(2));
		putchar('\n');
		json_decref(o);
	} else
		printf("%s: evidence bundle of case %lld (%s); check it with "
		    "`mentionwatch verify %s`\n", written, case_id,
		    opts.unredacted ? "UNREDACTED: names pupils" : "redacted",
		    written);
	free(cause);
	free(written);
	evidence_close(ev);
	db_close(db);
	config_free(cf);
	return (r == 0 ? EXIT_OK : EXIT_FAIL);
}

const struct cmd_entry cmd_export_entry = {
	"export", "CASE [-o FILE.zip] [--unredacted] [--json]",
	"Write the evidence bundle of a case as a ZIP",
	"The bundle holds the captures of the case's page exactly as received\n"
	"(and as WARC/1.1), the hash-chained log entries that cover them, a\n"
	"checkpoint signed now, a report for people, SHA256SUMS and its\n"
	"Ed25519 signature, and the public key. README.txt inside says how to\n"
	"check it with sha256sum and openssl alone.\n\n"
	"  -o, --output FILE  where to write (default mentionwatch-case-N.zip);\n"
	"                     -o S.K=V still sets a configuration key\n"
	"  --unredacted       name pupils in report.html (the safeguarding\n"
	"                     lead's and the police's copy)\n"
	"  --json             print {\"case\", \"file\", \"redacted\"}\n",
	cmd_export_exec,
};
