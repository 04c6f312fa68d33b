/*
 * cmd_analyze.c: `mentionwatch analyze`, the analyzers on any text: which
 * schools it is about, what is harmful in it, whether it identifies a
 * pupil, and why. With --jsonl it reads one JSON object a line, which is
 * how evaluation sets are scored.
 */
#include "autoconfig.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "analyzers/analyze.h"
#include "cli/cmd.h"
#include "common/buf.h"
#include "common/config.h"
#include "common/str.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "evidence/keys.h"

#define ANALYZE_MAX_TEXT	(16 * 1024 * 1024)

static json_t *
result_json(const char *id, const char *text, size_t len,
    const struct analysis *a)
{
	json_t	*o, *schools, *pupils, *findings, *mentions;
	size_t	 i;
	char	*q;

	schools = json_array();
	mentions = json_array();
	for (i = 0; i < a->match.nmentions; i++) {
		const struct mention	*m = &a->match.mentions[i];

		json_array_append_new(schools, json_string(m->school_id));
		q = xstrndup(text + m->start, m->end - m->start);
		json_array_append_new(mentions, json_pack("{s:s, s:s, s:s, "
		    "s:I, s:I, s:f, s:s}", "school", m->school_id,
		    "alias", m->alias, "quote", q, "start", (json_int_t)m->start,
		    "end", (json_int_t)m->end, "confidence", m->confidence,
		    "reason", m->reason));
		free(q);
	}
	pupils = json_array();
	for (i = 0; i < a->pupils.n; i++)
		json_array_append_new(pupils, json_string(a->pupils.v[i]));
	findings = json_array();
	for (i = 0; i < a->nfindings; i++) {
		const struct finding	*f = &a->findings[i];
		json_t			*trace = NULL;

		if (f->trace != NULL)
			trace = json_loads(f->trace, 0, NULL);
		json_array_append_new(findings, json_pack("{s:s, s:s, s:f, "
		    "s:s, s:s?, s:s?, s:s, s:s, s:I, s:I, s:o, s:b}",
		    "analyzer", f->analyzer, "category", f->category,
		    "score", f->score, "severity", severity_name(f->severity),
		    "school", f->school, "target", f->target,
		    "reason", f->reason, "quote", f->quote,
		    "start", (json_int_t)f->start, "end", (json_int_t)f->end,
		    "trace", trace != NULL ? trace : json_null(),
		    "redact", f->redact));
	}
	o = json_pack("{s:s?, s:o, s:b, s:s, s:b, s:o, s:s, s:o, s:o}",
	    "id", id, "schools", schools, "trust", a->match.trust,
	    "harm", a->harm, "pupil_identifying", a->pupil_identifying,
	    "pupils", pupils, "severity", severity_name(a->severity),
	    "findings", findings, "mentions", mentions);
	{
		json_t	*rej = json_array();

		for (i = 0; i < a->match.nrejects; i++)
			json_array_append_new(rej,
			    json_string(a->match.rejects[i]));
		json_object_set_new(o, "not_counted", rej);
	}
	(void)len;
	return (o);
}

static void
print_readable(const char *text, const struct analysis *a)
{
	size_t	i;

	for (i = 0; i < a->match.nrejects; i++)
		printf("%s\n", a->match.rejects[i]);
	if (a->match.nmentions == 0 && !a->match.trust) {
		printf("No school of the trust is mentioned.\n");
		/* a roster pupil may be named all the same */
		if (a->nfindings == 0)
			return;
	}
	for (i = 0; i < a->match.nmentions; i++) {
		const struct mention	*m = &a->match.mentions[i];

		printf("mentions %s: \"%.*s\" - %s\n", m->school_id,
		    (int)(m->end - m->start), text + m->start, m->reason);
	}
	if (a->match.trust)
		printf("mentions the trust\n");
	printf("harm: %s\npupil identified: %s\nseverity: %s\n", a->harm,
	    a->pupil_identifying ? "yes" : "no", severity_name(a->severity));
	for (i = 0; i < a->nfindings; i++) {
		const struct finding	*f = &a->findings[i];

		printf("- %s/%s (%s, score %.2f): %s\n", f->analyzer,
		    f->category, severity_name(f->severity), f->score,
		    f->reason);
	}
}

static int
read_all(FILE *fp, struct buf *b)
{
	char	chunk[65536];
	size_t	n;

	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
		if (buf_add(b, chunk, n) != 0)
			return (-1);
	}
	return (0);
}

/* Analyze one JSON line; print one JSON line. Return 0 or -1. */
static int
analyze_line(struct analyze_ctx *an, const char *line, size_t lineno)
{
	json_t		*in, *out;
	json_error_t	 err;
	const char	*id = NULL, *title = NULL, *text = NULL, *url = NULL;
	struct buf	 b;
	struct analysis	 a;
	char		*s;

	in = json_loads(line, 0, &err);
	if (in == NULL || json_unpack(in, "{s?s, s?s, s?s, s?s}", "id", &id,
	    "title", &title, "text", &text, "url", &url) != 0) {
		fprintf(stderr, "mentionwatch: line %zu: not a JSON object "
		    "with id, title and text: %s\n", lineno, in == NULL ?
		    err.text : "wrong types");
		json_decref(in);
		return (-1);
	}
	buf_init(&b, 0);
	if (title != NULL && *title != '\0') {
		buf_adds(&b, title);
		buf_adds(&b, "\n\n");
	}
	buf_adds(&b, text != NULL ? text : "");
	analyze_document_url(an, buf_str(&b), b.len, url, &a);
	out = result_json(id, buf_str(&b), b.len, &a);
	s = json_dumps(out, JSON_COMPACT);
	puts(s);
	free(s);
	json_decref(out);
	analysis_clear(&a);
	buf_free(&b);
	json_decref(in);
	return (0);
}

static int
cmd_analyze_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	struct config		*cf;
	struct db		*db = NULL;
	struct analyze_env	 env;
	struct analyze_ctx	*an;
	unsigned char		 secret[KEYS_SECRET_LEN];
	const char		*path = "-";
	FILE			*fp;
	int			 r, json = 0, jsonl = 0, bad = 0;
	const struct cmd_opt	 options[] = {
		{ "json", .flag = &json },
		{ "jsonl", .flag = &jsonl },
		{ .name = NULL },
	};

	if (cmd_getopt(ctx, &cmd_analyze_entry, argc, argv, options, &r) != 0)
		return (r);
	if (optind < argc)
		path = argv[optind++];
	if (optind != argc)
		return (cmd_usage(&cmd_analyze_entry, "name one FILE, or - "
		    "for standard input"));
	if (cmd_config(ctx, &cf) != 0)
		return (EXIT_FAIL);
	memset(&env, 0, sizeof env);
	env.cf = cf;
	/* The roster lives in the database; without one, roster names are
	 * not recognised but everything else is. */
	{
		char	*dbpath = cmd_db_path(ctx, cf), *cause = NULL, *kdir;

		if (access(dbpath, F_OK) == 0 &&
		    db_open(dbpath, DB_READONLY, &db, &cause) == 0) {
			kdir = keys_dir(cf, dbpath);
			if (keys_load_secret(kdir, secret, &cause) == 0) {
				env.secret = secret;
				env.secretlen = sizeof secret;
			}
			free(kdir);
			env.db = db;
		}
		free(cause);
		free(dbpath);
	}
	an = analyze_new(&env);
	fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	if (fp == NULL) {
		fprintf(stderr, "mentionwatch: %s: %s\n", path,
		    strerror(errno));
		analyze_free(an);
		db_close(db);
		config_free(cf);
		return (EXIT_FAIL);
	}
	if (jsonl) {
		char	*line = NULL;
		size_t	 cap = 0, lineno = 0;
		ssize_t	 n;

		while ((n = getline(&line, &cap, fp)) != -1) {
			lineno++;
			if (strspn(line, " \t\r\n") == (size_t)n)
				continue;
			if (analyze_line(an, line, lineno) != 0)
				bad++;
		}
		free(line);
	} else {
		struct buf	b;
		struct analysis	a;

		buf_init(&b, ANALYZE_MAX_TEXT);
		if (read_all(fp, &b) != 0) {
			fprintf(stderr, "mentionwatch: %s: larger than %d "
			    "bytes\n", path, ANALYZE_MAX_TEXT);
			bad++;
		} else {
			analyze_document(an, buf_str(&b), b.len, &a);
			if (json) {
				json_t	*o = result_json(NULL, buf_str(&b),
				    b.len, &a);

				json_dumpf(o, stdout, JSON_INDENT(2));
				putchar('\n');
				json_decref(o);
			} else
				print_readable(buf_str(&b), &a);
			analysis_clear(&a);
		}
		buf_free(&b);
	}
	if (fp != stdin)
		fclose(fp);
	analyze_free(an);
	db_close(db);
	config_free(cf);
	return (bad ? EXIT_FAIL : EXIT_OK);
}

const struct cmd_entry cmd_analyze_entry = {
	"analyze", "[--json | --jsonl] [FILE|-]",
	"Analyze a text: schools mentioned, harm, pupils, and why",
	"  --json   print the result as JSON\n"
	"  --jsonl  read lines of {\"id\", \"title\", \"text\", \"url\"} and print\n"
	"           one line each: {\"id\", \"schools\", \"harm\",\n"
	"           \"pupil_identifying\", \"pupils\", \"findings\", ...}\n"
	"\nThe configuration names the schools; the roster (if imported) is\n"
	"read from the database.\n",
	cmd_analyze_exec,
};
