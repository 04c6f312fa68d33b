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

/* Run `mentionwatch export`. */
static int
cmd_export_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		CMD_COMMON_LONGOPTS,
		{ "output", required_argument, NULL, 'O' },
		{ "unredacted", no_argument, NULL, 'U' },
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	const struct cmd_entry	*e = &cmd_export_entry;
	struct bundle_opts	 opts;
	struct config		*cf;
	struct db		*db;
	struct evidence		*ev;
	char			*cause = NULL, *written = NULL, *end;
	long long		 case_id;
	int			 ch, r, json = 0;

	memset(&opts, 0, sizeof opts);
	while ((ch = getopt_long(argc, argv, CMD_COMMON_SHORTOPTS "O:Uj",
	    longopts, NULL)) != -1) {
		if (ch == 'o' && !is_override(optarg)) {
			opts.output = optarg;	/* -o FILE.zip */
			continue;
		}
		r = cmd_common_opt(ctx, e, ch, optarg);
		if (r < 0)
			return (EXIT_OK);
		if (r > 0)
			continue;
		switch (ch) {
		case 'O':
			opts.output = optarg;
			break;
		case 'U':
			opts.unredacted = 1;
			break;
		case 'j':
			json = 1;
			break;
		default:
			return (cmd_usage(e, NULL));
		}
	}
	if (optind + 1 != argc)
		return (cmd_usage(e, "name one case by its number"));
	case_id = strtoll(argv[optind], &end, 10);
	if (*end != '\0' || case_id <= 0)
		return (cmd_usage(e, "\"%s\" is not a case number",
		    argv[optind]));
	if (cmd_config(ctx, &cf) != 0)
		return (EXIT_FAIL);
	if (cmd_db(ctx, cf, 0, &db) != 0) {
		config_free(cf);
		return (EXIT_FAIL);
	}
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
