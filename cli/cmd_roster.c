/*
 * cmd_roster.c: `mentionwatch roster import FILE.csv`, the pupil roster
 * as a school's MIS exports it (a header, then first name, surname, year,
 * school, photo-consent objection). Only keyed hashes of the normalised
 * names are stored (pupils_token, under the install's secret); the file
 * is read once and never kept, and no name is ever printed: errors name a
 * line number only.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "analyzers/pupils.h"
#include "cli/cmd.h"
#include "common/config.h"
#include "common/str.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "evidence/keys.h"

#define ROSTER_MAX_FIELDS	32

enum col { COL_FIRST, COL_SURNAME, COL_YEAR, COL_SCHOOL, COL_OBJECTION,
    COL_N };

/* Split CSV line "line" in place into "f"; return the field count. */
static int
csv_split(char *line, char **f, int max)
{
	char	*p = line, *w;
	int	 n = 0;

	line[strcspn(line, "\r\n")] = '\0';
	while (n < max) {
		if (*p == '"') {
			f[n++] = w = ++p;
			while (*p != '\0') {
				if (p[0] == '"' && p[1] == '"') {
					*w++ = '"';
					p += 2;
				} else if (*p == '"') {
					p++;
					break;
				} else
					*w++ = *p++;
			}
			*w = '\0';
			p += strcspn(p, ",");
		} else {
			f[n++] = p;
			p += strcspn(p, ",");
		}
		if (*p != ',') {
			/* terminate the last unquoted field */
			if (*p != '\0')
				*p = '\0';
			break;
		}
		*p++ = '\0';
	}
	return (n);
}

/* Return which column header "h" names, or -1. */
static int
header_col(const char *h)
{
	static const struct {
		const char	*name;
		enum col	 col;
	} names[] = {
		{ "forename", COL_FIRST }, { "first name", COL_FIRST },
		{ "firstname", COL_FIRST }, { "first", COL_FIRST },
		{ "given name", COL_FIRST }, { "legal forename", COL_FIRST },
		{ "preferred forename", COL_FIRST },
		{ "surname", COL_SURNAME }, { "last name", COL_SURNAME },
		{ "lastname", COL_SURNAME }, { "family name", COL_SURNAME },
		{ "legal surname", COL_SURNAME },
		{ "year", COL_YEAR }, { "year group", COL_YEAR },
		{ "nc year", COL_YEAR }, { "yeargroup", COL_YEAR },
		{ "school", COL_SCHOOL }, { "school id", COL_SCHOOL },
		{ "photo consent objection", COL_OBJECTION },
		{ "photo objection", COL_OBJECTION },
		{ "photo consent", COL_OBJECTION },
		{ "objection", COL_OBJECTION },
	};
	char	buf[64];
	size_t	i;

	snprintf(buf, sizeof buf, "%s", h);
	str_trim(buf);
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (strcasecmp(buf, names[i].name) == 0)
			return ((int)names[i].col);
	}
	return (-1);
}

/* Return 1 if "v" says yes. */
static int
yes(const char *v)
{
	return (strcasecmp(v, "yes") == 0 || strcasecmp(v, "y") == 0 ||
	    strcmp(v, "1") == 0 || strcasecmp(v, "true") == 0);
}

/* Normalise year group "v" ("Year 4", "Y4", "4", "Reception", "R") into
 * "out". */
static void
year_norm(const char *v, char *out, size_t len)
{
	while (*v != '\0' && !isdigit((unsigned char)*v) &&
	    strncasecmp(v, "r", 1) != 0)
		v++;
	if (strncasecmp(v, "r", 1) == 0)
		snprintf(out, len, "R");
	else
		snprintf(out, len, "%d", atoi(v));
}

/* Import roster CSV "path" (only school "only" if given); return an
 * exit code.
 */
static int
roster_import(struct cmd_ctx *ctx, const char *path, const char *only,
    int json)
{
	struct config		*cf;
	struct db		*db;
	unsigned char		 secret[KEYS_SECRET_LEN];
	char			*line = NULL, *f[ROSTER_MAX_FIELDS], *cause = NULL;
	char			*dbpath, *kdir, tok[3][PUPILS_TOKEN_LEN], yr[8];
	char			*near;
	size_t			 cap = 0, lineno = 0, imported = 0, i;
	ssize_t			 n;
	int			 col[COL_N], nf, c, rc, r = EXIT_FAIL;
	size_t			*per = NULL;
	struct strlist		 cleared = { NULL, 0 };
	FILE			*fp = NULL;

	if (cmd_config(ctx, &cf) != 0)
		return (EXIT_FAIL);
	if (only != NULL && config_school(cf, only) == NULL) {
		fprintf(stderr, "mentionwatch: %s: no such school in the "
		    "configuration\n", only);
		config_free(cf);
		return (EXIT_FAIL);
	}
	if (cmd_db(ctx, cf, 0, &db) != 0) {
		config_free(cf);
		return (EXIT_FAIL);
	}
	dbpath = cmd_db_path(ctx, cf);
	kdir = keys_dir(cf, dbpath);
	free(dbpath);
	if (keys_load_secret(kdir, secret, &cause) != 0) {
		fprintf(stderr, "mentionwatch: %s\n", cause);
		free(cause);
		free(kdir);
		db_close(db);
		config_free(cf);
		return (EXIT_FAIL);
	}
	free(kdir);
	fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	if (fp == NULL) {
		fprintf(stderr, "mentionwatch: %s: %s\n", path,
		    strerror(errno));
		goto out;
	}
	per = xcalloc(cf->nschools, sizeof *per);
	for (c = 0; c < COL_N; c++)
		col[c] = -1;
	if (db_begin(db) != 0 || db_school_sync(db, cf, &cause) != 0) {
		fprintf(stderr, "mentionwatch: %s\n", cause != NULL ? cause :
		    "cannot write the database");
		goto out;
	}
	while ((n = getline(&line, &cap, fp)) != -1) {
		struct db_roster	 row;
		const char		*school;
		struct school		*sc;

		lineno++;
		if (strspn(line, " \t\r\n,") == (size_t)n)
			continue;
		nf = csv_split(line, f, ROSTER_MAX_FIELDS);
		if (col[COL_FIRST] < 0) {
			for (i = 0; i < (size_t)nf; i++) {
				if ((c = header_col(f[i])) >= 0 && col[c] < 0)
					col[c] = (int)i;
			}
			if (col[COL_FIRST] < 0 || col[COL_SURNAME] < 0) {
				fprintf(stderr, "mentionwatch: %s: line %zu: "
				    "the header names no first name and "
				    "surname columns (Forename,Surname,Year,"
				    "School,Photo consent objection)\n", path,
				    lineno);
				goto rollback;
			}
			if (col[COL_SCHOOL] < 0 && only == NULL) {
				fprintf(stderr, "mentionwatch: %s: no School "
				    "column; give --school ID\n", path);
				goto rollback;
			}
			continue;
		}
		if (col[COL_FIRST] >= nf || col[COL_SURNAME] >= nf) {
			fprintf(stderr, "mentionwatch: %s: line %zu: too few "
			    "fields\n", path, lineno);
			goto rollback;
		}
		school = only;
		if (col[COL_SCHOOL] >= 0 && col[COL_SCHOOL] < nf) {
			str_trim(f[col[COL_SCHOOL]]);
			if (only != NULL && strcmp(f[col[COL_SCHOOL]],
			    only) != 0)
				continue;
			school = f[col[COL_SCHOOL]];
		}
		if (school == NULL || (sc = config_school(cf, school)) ==
		    NULL) {
			fprintf(stderr, "mentionwatch: %s: line %zu: the "
			    "school is not in the configuration\n", path,
			    lineno);
			goto rollback;
		}
		if (!strlist_has(&cleared, sc->id)) {
			if (db_roster_clear(db, sc->id, &cause) != 0) {
				fprintf(stderr, "mentionwatch: %s\n", cause);
				goto rollback;
			}
			strlist_add(&cleared, sc->id);
		}
		if (pupils_token(secret, sizeof secret, f[col[COL_FIRST]],
		    f[col[COL_SURNAME]], tok[0]) != 0 ||
		    pupils_token(secret, sizeof secret, f[col[COL_FIRST]],
		    NULL, tok[1]) != 0 ||
		    pupils_token(secret, sizeof secret, NULL,
		    f[col[COL_SURNAME]], tok[2]) != 0) {
			fprintf(stderr, "mentionwatch: %s: line %zu: an empty "
			    "first name or surname\n", path, lineno);
			goto rollback;
		}
		yr[0] = '\0';
		if (col[COL_YEAR] >= 0 && col[COL_YEAR] < nf)
			year_norm(f[col[COL_YEAR]], yr, sizeof yr);
		memset(&row, 0, sizeof row);
		row.school = sc->id;
		row.token = tok[0];
		row.first_token = tok[1];
		row.surname_token = tok[2];
		row.year = yr;
		near = pupils_near(secret, sizeof secret, f[col[COL_FIRST]],
		    f[col[COL_SURNAME]]);
		row.near = near;
		row.photo_objection = col[COL_OBJECTION] >= 0 &&
		    col[COL_OBJECTION] < nf && yes(str_trim(
		    f[col[COL_OBJECTION]]));
		rc = db_roster_add(db, &row, &cause);
		free(near);
		if (rc != 0) {
			fprintf(stderr, "mentionwatch: %s: line %zu: %s\n",
			    path, lineno, cause);
			goto rollback;
		}
		per[sc - cf->schools]++;
		imported++;
		/* wipe the line: it held a name */
		explicit_bzero(line, cap);
	}
	if (col[COL_FIRST] < 0) {
		fprintf(stderr, "mentionwatch: %s: empty; expected a header "
		    "and one pupil a line\n", path);
		goto rollback;
	}
	if (db_commit(db) != 0) {
		fprintf(stderr, "mentionwatch: cannot save the roster\n");
		goto out;
	}
	if (json) {
		json_t	*o = json_object(), *s = json_object();

		for (i = 0; i < cf->nschools; i++) {
			if (strlist_has(&cleared, cf->schools[i].id))
				json_object_set_new(s, cf->schools[i].id,
				    json_integer((json_int_t)per[i]));
		}
		json_object_set_new(o, "imported",
		    json_integer((json_int_t)imported));
		json_object_set_new(o, "schools", s);
		json_dumpf(o, stdout, JSON_INDENT(2));
		putchar('\n');
		json_decref(o);
	} else {
		for (i = 0; i < cf->nschools; i++) {
			if (strlist_has(&cleared, cf->schools[i].id))
				printf("%s: %zu pupils\n", cf->schools[i].id,
				    per[i]);
		}
		printf("imported %zu pupils as keyed hashes; the file was "
		    "not kept\n", imported);
	}
	r = EXIT_OK;
	goto out;
rollback:
	db_rollback(db);
out:
	free(cause);
	if (line != NULL) {
		explicit_bzero(line, cap);
		free(line);
	}
	if (fp != NULL && fp != stdin)
		fclose(fp);
	explicit_bzero(secret, sizeof secret);
	strlist_free(&cleared);
	free(per);
	db_close(db);
	config_free(cf);
	return (r);
}

/* Run `mentionwatch roster import`. */
static int
cmd_roster_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	const char		*school = NULL;
	int			 r, json = 0;
	const struct cmd_opt	 options[] = {
		{ "json", .flag = &json },
		{ "school", .arg = &school },
		{ .name = NULL },
	};

	if (cmd_getopt(ctx, &cmd_roster_entry, argc, argv, options, &r) != 0)
		return (r);
	if (optind >= argc || strcmp(argv[optind], "import") != 0)
		return (cmd_usage(&cmd_roster_entry, "say \"import FILE.csv\""));
	if (optind + 2 != argc)
		return (cmd_usage(&cmd_roster_entry, "name one FILE.csv, or - "
		    "for standard input"));
	return (roster_import(ctx, argv[optind + 1], school, json));
}

const struct cmd_entry cmd_roster_entry = {
	"roster", "import [--school ID] [--json] FILE.csv",
	"Import a pupil roster as keyed hashes (names are never stored)",
	"  --school ID  import only this school's rows (or every row, when\n"
	"               the file has no School column)\n"
	"  --json       print the counts as JSON\n"
	"\nThe CSV is a school MIS export with a header naming the columns:\n"
	"Forename, Surname, Year, School, Photo consent objection. Each\n"
	"school's previous roster is replaced. Only HMAC-SHA-256 hashes of\n"
	"the normalised names, keyed with the install's secret (see `init`),\n"
	"are stored; the file is not kept and no name is printed.\n",
	cmd_roster_exec,
};
