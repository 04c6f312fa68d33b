/*
 * cmd_cases.c: `mentionwatch cases`, the communications staff's queue:
 * every case with its school, severity, state, time left, source and an
 * excerpt (pupil names withheld), as a table, JSON, CSV, or an iCalendar
 * file of open deadlines (one event with an alarm per case) for staff
 * calendars.
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli/cmd.h"
#include "common/buf.h"
#include "common/config.h"
#include "common/mwtime.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "tracking/case.h"

enum filter { F_OPEN, F_DUE, F_OVERDUE, F_MINE, F_ALL };
enum format { O_TABLE, O_JSON, O_CSV, O_ICS };

struct list {
	const struct config	*cf;
	struct db		*db;
	enum filter		 filter;
	enum format		 format;
	const char		*by;
	const char		*school;
	time_t			 now;
	json_t			*json;
	struct buf		 out;
	size_t			 n;
};

/* Append "s" as an RFC 4180 CSV field; a leading =+-@ is defused. */
static void
csv_field(struct buf *b, const char *s, int last)
{
	if (s == NULL)
		s = "";
	buf_addc(b, '"');
	if (*s == '=' || *s == '+' || *s == '-' || *s == '@')
		buf_addc(b, '\'');
	for (; *s != '\0'; s++) {
		if (*s == '"')
			buf_addc(b, '"');
		buf_addc(b, *s);
	}
	buf_addc(b, '"');
	buf_adds(b, last ? "\r\n" : ",");
}

/*
 * Append property "name" with text "value" to "b" as RFC 5545 content
 * lines: backslash, semicolon, comma and newline escaped, folded at 75
 * octets without splitting a UTF-8 character, CRLF line ends.
 */
static void
ics_line(struct buf *b, const char *name, const char *value, int escape)
{
	struct buf	 l;
	size_t		 i, col = 0, clen;
	const char	*p;

	buf_init(&l, 0);
	buf_adds(&l, name);
	buf_addc(&l, ':');
	for (p = value; *p != '\0'; p++) {
		if (escape && (*p == '\\' || *p == ';' || *p == ',')) {
			buf_addc(&l, '\\');
			buf_addc(&l, *p);
		} else if (escape && *p == '\n')
			buf_adds(&l, "\\n");
		else if ((unsigned char)*p < 0x20 || *p == 0x7f)
			buf_addc(&l, ' ');
		else
			buf_addc(&l, *p);
	}
	for (i = 0; i < l.len; i += clen) {
		unsigned char	c = (unsigned char)l.data[i];

		clen = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 :
		    c >= 0xc0 ? 2 : 1;
		if (i + clen > l.len)
			clen = l.len - i;
		if (col + clen > 75) {
			buf_adds(b, "\r\n ");
			col = 1;
		}
		buf_add(b, l.data + i, clen);
		col += clen;
	}
	buf_adds(b, "\r\n");
	buf_free(&l);
}

static void
ics_time(time_t t, char *out, size_t len)
{
	struct tm	tm;

	gmtime_r(&t, &tm);
	strftime(out, len, "%Y%m%dT%H%M%SZ", &tm);
}

static int
wanted(const struct list *l, const struct db_case *c)
{
	int	closed = strcmp(c->state, "closed") == 0;

	if (l->school != NULL && (c->school == NULL ||
	    strcmp(l->school, c->school) != 0))
		return (0);
	if (l->format == O_ICS)
		return (case_awaiting(c->state) && c->paused_at == 0);
	switch (l->filter) {
	case F_ALL:
		return (1);
	case F_OPEN:
		return (!closed);
	case F_DUE:
		return (case_awaiting(c->state) && c->paused_at == 0 &&
		    c->due > l->now && c->due <= l->now + 86400);
	case F_OVERDUE:
		return (case_overdue(c, l->now));
	case F_MINE:
		return (!closed && c->owner != NULL &&
		    strcmp(c->owner, l->by) == 0);
	}
	return (0);
}

static int
add_case(void *arg, const struct db_case *c)
{
	struct list	*l = arg;
	char		*ex, *title, *left, due[MWTIME_RFC3339_LEN];
	char		 stamp[32], id[32], *s;
	const struct school *sc;

	if (!wanted(l, c))
		return (0);
	l->n++;
	ex = case_describe(l->db, c, 80, 1, &title);
	left = case_time_left(c, l->now);
	mwtime_format(c->due, due, sizeof due);
	switch (l->format) {
	case O_JSON:
		json_array_append_new(l->json, json_pack("{s:I, s:s?, s:s, "
		    "s:s, s:s?, s:b, s:s, s:s, s:b, s:b, s:s?, s:s?, s:s?, "
		    "s:s?, s:s, s:s}",
		    "id", (json_int_t)c->id, "school", c->school,
		    "severity", c->severity, "state", c->state,
		    "close_reason", c->close_reason,
		    "safeguarding", c->safeguarding,
		    "first_seen", mwtime_format(c->first_seen, stamp,
		    sizeof stamp), "due", due,
		    "paused", c->paused_at != 0,
		    "overdue", case_overdue(c, l->now),
		    "owner", c->owner, "source", c->source, "url", c->url,
		    "title", title, "excerpt", ex, "time_left", left));
		break;
	case O_CSV:
		snprintf(id, sizeof id, "%lld", c->id);
		csv_field(&l->out, id, 0);
		csv_field(&l->out, c->school, 0);
		csv_field(&l->out, c->severity, 0);
		csv_field(&l->out, c->state, 0);
		csv_field(&l->out, due, 0);
		csv_field(&l->out, left, 0);
		csv_field(&l->out, c->owner, 0);
		csv_field(&l->out, c->source, 0);
		csv_field(&l->out, c->url, 0);
		csv_field(&l->out, ex, 1);
		break;
	case O_ICS:
		sc = c->school != NULL ? config_school(l->cf, c->school) :
		    NULL;
		buf_adds(&l->out, "BEGIN:VEVENT\r\n");
		xasprintf(&s, "mentionwatch-case-%lld-%lld@%s", c->id,
		    (long long)c->due, "mentionwatch");
		ics_line(&l->out, "UID", s, 0);
		free(s);
		ics_time(l->now, stamp, sizeof stamp);
		ics_line(&l->out, "DTSTAMP", stamp, 0);
		ics_time(c->due, stamp, sizeof stamp);
		ics_line(&l->out, "DTSTART", stamp, 0);
		ics_line(&l->out, "DURATION", "PT15M", 0);
		xasprintf(&s, "Respond: case %lld (%s) %s", c->id,
		    c->severity, sc != NULL ? sc->name : "");
		ics_line(&l->out, "SUMMARY", s, 1);
		free(s);
		xasprintf(&s, "%s\n\"%s\"\nSource: %s\n%s\nmentionwatch case "
		    "%lld", title, ex, c->source != NULL ? c->source : "?",
		    c->url != NULL ? c->url : "", c->id);
		ics_line(&l->out, "DESCRIPTION", s, 1);
		free(s);
		if (c->url != NULL && (strncmp(c->url, "http://", 7) == 0 ||
		    strncmp(c->url, "https://", 8) == 0) &&
		    strpbrk(c->url, " \"\r\n") == NULL)
			ics_line(&l->out, "URL", c->url, 0);
		buf_adds(&l->out, "BEGIN:VALARM\r\nACTION:DISPLAY\r\n");
		xasprintf(&s, "-PT%lldM", (long long)(l->cf->reminder_before >
		    0 ? l->cf->reminder_before / 60 : 60));
		ics_line(&l->out, "TRIGGER", s, 0);
		free(s);
		xasprintf(&s, "Case %lld is due soon", c->id);
		ics_line(&l->out, "DESCRIPTION", s, 1);
		free(s);
		buf_adds(&l->out, "END:VALARM\r\nEND:VEVENT\r\n");
		break;
	case O_TABLE:
		buf_printf(&l->out, "%-5lld %-16.16s %-6s %-17s %-20s %s\n",
		    c->id, c->school != NULL ? c->school : "-", c->severity,
		    case_state_label(c->state), left,
		    c->source != NULL ? c->source : c->url != NULL ? c->url :
		    "?");
		buf_printf(&l->out, "      \"%s\"\n", ex);
		break;
	}
	free(ex);
	free(title);
	free(left);
	return (0);
}

static int
cmd_cases_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	struct list		 l;
	struct config		*cf;
	struct db		*db;
	char			*cause = NULL, *dump;
	int			 r, due = 0, overdue = 0, mine = 0, all = 0;
	int			 json = 0, csv = 0, ics = 0;
	const struct cmd_opt	 options[] = {
		{ "due", .flag = &due },
		{ "overdue", .flag = &overdue },
		{ "mine", .flag = &mine },
		{ "all", .flag = &all },
		{ "by", .arg = &l.by },
		{ "school", .arg = &l.school },
		{ "json", .flag = &json },
		{ "csv", .flag = &csv },
		{ "ics", .flag = &ics },
		{ .name = NULL },
	};

	memset(&l, 0, sizeof l);
	if (cmd_getopt(ctx, &cmd_cases_entry, argc, argv, options, &r) != 0)
		return (r);
	if (optind != argc)
		return (cmd_usage(&cmd_cases_entry, "unexpected \"%s\"",
		    argv[optind]));
	if (due + overdue + mine + all > 1)
		return (cmd_usage(&cmd_cases_entry, "give one of --due, "
		    "--overdue, --mine and --all"));
	if (json + csv + ics > 1)
		return (cmd_usage(&cmd_cases_entry, "give one of --json, --csv "
		    "and --ics"));
	if (mine && l.by == NULL)
		return (cmd_usage(&cmd_cases_entry, "--mine needs --by NAME"));
	l.filter = due ? F_DUE : overdue ? F_OVERDUE : mine ? F_MINE :
	    all ? F_ALL : F_OPEN;
	l.format = json ? O_JSON : csv ? O_CSV : ics ? O_ICS : O_TABLE;
	if (cmd_open(ctx, DB_READONLY, &cf, &db) != 0)
		return (EXIT_FAIL);
	l.cf = cf;
	l.db = db;
	l.now = mwtime_now();
	buf_init(&l.out, 0);
	if (l.format == O_JSON)
		l.json = json_array();
	else if (l.format == O_CSV)
		buf_adds(&l.out, "\"id\",\"school\",\"severity\",\"state\","
		    "\"due\",\"time_left\",\"owner\",\"source\",\"url\","
		    "\"excerpt\"\r\n");
	else if (l.format == O_ICS)
		buf_adds(&l.out, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
		    "PRODID:-//mentionwatch//response deadlines//EN\r\n"
		    "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"
		    "X-WR-CALNAME:mentionwatch deadlines\r\n");
	r = db_case_list(db, l.filter == F_ALL, add_case, &l,
	    &cause);
	if (r != 0) {
		fprintf(stderr, "mentionwatch: %s\n", cause);
		free(cause);
	} else if (l.format == O_JSON) {
		dump = json_dumps(l.json, JSON_INDENT(2));
		printf("%s\n", dump);
		free(dump);
	} else {
		if (l.format == O_ICS)
			buf_adds(&l.out, "END:VCALENDAR\r\n");
		else if (l.format == O_TABLE && l.n == 0)
			buf_adds(&l.out, "No cases.\n");
		else if (l.format == O_TABLE)
			printf("%-5s %-16s %-6s %-17s %-20s %s\n", "CASE",
			    "SCHOOL", "SEV", "STATE", "TIME LEFT", "SOURCE");
		fputs(buf_str(&l.out), stdout);
	}
	json_decref(l.json);
	buf_free(&l.out);
	db_close(db);
	config_free(cf);
	return (r == 0 ? EXIT_OK : EXIT_FAIL);
}

const struct cmd_entry cmd_cases_entry = {
	"cases",
	"[--due | --overdue | --mine --by NAME | --all] [--school ID] "
	"[--json | --csv | --ics]",
	"List cases and the time left to respond",
	"  (default)    cases not closed, soonest due first\n"
	"  --due        cases due within 24 hours\n"
	"  --overdue    cases past their deadline with no response\n"
	"  --mine       cases owned by --by NAME\n"
	"  --all        every case, closed ones too\n"
	"  --school ID  one school's cases\n"
	"  --json       print a JSON array\n"
	"  --csv        print CSV (RFC 4180)\n"
	"  --ics        print an iCalendar file of open deadlines, one event\n"
	"               with an alarm per case, for staff calendars\n"
	"Pupil names are withheld from excerpts; `mentionwatch case ID` shows\n"
	"one case in full.\n",
	cmd_cases_exec,
};
