/*
 * cmd_case.c: `mentionwatch case ID`, one case in full (its document,
 * findings, captures and timeline), and `mentionwatch case ID ACTION --by
 * NAME`, which moves it: ack, respond, request-removal, escalate, pause,
 * resume, close (with --reason) or reopen. Every move is recorded with
 * who made it, when, and the note given.
 */
#include "autoconfig.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli/cmd.h"
#include "common/config.h"
#include "common/mwtime.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "evidence/evidence.h"
#include "tracking/case.h"

struct show {
	int		 json;
	int		 reveal;
	const char	*tz;
	json_t		*findings;
	json_t		*captures;
	json_t		*events;
};

static void
local_time(time_t t, const char *tz, char *out, size_t len)
{
	struct tm	tm;

	if (mwtime_local(t, tz, &tm) != 0)
		gmtime_r(&t, &tm);
	strftime(out, len, "%a %d %b %Y %H:%M %Z", &tm);
}

static int
show_finding(void *arg, const struct db_finding_row *f)
{
	struct show	*s = arg;
	const char	*quote = f->redact && !s->reveal ? "[name withheld]" :
			    f->quote;
	const char	*reason = f->redact && !s->reveal ? "a pupil is "
			    "identified (words withheld; --reveal shows them)" :
			    f->reason;

	if (s->json) {
		json_array_append_new(s->findings, json_pack("{s:s, s:s, s:s, "
		    "s:f, s:s, s:s, s:b}", "analyzer", f->analyzer, "category",
		    f->category, "severity", f->severity, "score", f->score,
		    "reason", reason, "quote", quote, "redacted",
		    f->redact && !s->reveal));
		return (0);
	}
	printf("  - %s/%s (%s, score %.2f): %s\n      \"%s\"\n", f->analyzer,
	    f->category, f->severity, f->score, reason, quote);
	return (0);
}

static int
show_capture(void *arg, const struct db_capture_row *c)
{
	struct show	*s = arg;
	char		 when[MWTIME_RFC3339_LEN + 4];

	mwtime_format_ms(c->at_ms, when, sizeof when);
	if (s->json) {
		json_array_append_new(s->captures, json_pack("{s:I, s:s, s:s, "
		    "s:I, s:s, s:s}", "seq", (json_int_t)c->seq, "at", when,
		    "url", c->url, "status", (json_int_t)c->status,
		    "body_sha256", c->body_sha256, "hash", c->hash));
		return (0);
	}
	printf("  - entry %lld at %s: %s (HTTP %ld)\n      body sha256 %s%s\n"
	    "      chain hash %s\n", c->seq, when, c->url, c->status,
	    c->body_sha256, strcmp(c->body_sha256, EVIDENCE_UNHASHED) == 0 ?
	    " (not hashed: it came compressed, and the entry holds the "
	    "bytes as received)" : "", c->hash);
	return (0);
}

static int
show_event(void *arg, const struct db_case_event *e)
{
	struct show	*s = arg;
	char		 when[64], stamp[MWTIME_RFC3339_LEN];

	if (s->json) {
		json_array_append_new(s->events, json_pack("{s:s, s:s, s:s?, "
		    "s:s?, s:s, s:s?}", "at", mwtime_format(e->at, stamp,
		    sizeof stamp), "actor", e->actor, "from", e->from_state,
		    "to", e->to_state, "what", e->what, "note", e->note));
		return (0);
	}
	local_time(e->at, s->tz, when, sizeof when);
	printf("  %s  %-14s %s", when, e->actor, e->what);
	if (e->from_state != NULL && e->to_state != NULL &&
	    strcmp(e->from_state, e->to_state) != 0)
		printf(" (%s -> %s)", case_state_label(e->from_state),
		    case_state_label(e->to_state));
	if (e->note != NULL && *e->note != '\0')
		printf(": %s", e->note);
	printf("\n");
	return (0);
}

static int
show_case(const struct config *cf, struct db *db, long long id, int json,
    int reveal)
{
	struct db_case		 c;
	struct show		 s;
	const struct school	*sc;
	char			*cause = NULL, *ex, *title, *left, *dump;
	char			 due[64], seen[64], stamp[MWTIME_RFC3339_LEN];
	char			 stamp2[MWTIME_RFC3339_LEN];
	json_t			*j;
	int			 r = 0;

	if (db_case_get(db, id, &c, &cause) != 0) {
		fprintf(stderr, "mentionwatch: %s\n", cause);
		free(cause);
		return (EXIT_FAIL);
	}
	memset(&s, 0, sizeof s);
	s.json = json;
	s.reveal = reveal;
	sc = c.school != NULL ? config_school(cf, c.school) : NULL;
	s.tz = sc != NULL ? sc->timezone : cf->timezone;
	ex = case_describe(db, &c, 160, !reveal, &title);
	left = case_time_left(&c, mwtime_now());
	if (json) {
		s.findings = json_array();
		s.captures = json_array();
		s.events = json_array();
	} else {
		local_time(c.due, s.tz, due, sizeof due);
		local_time(c.first_seen, s.tz, seen, sizeof seen);
		printf("Case %lld: %s, %s severity%s\n", c.id,
		    case_state_label(c.state), c.severity,
		    c.safeguarding ? ", safeguarding" : "");
		if (c.close_reason != NULL)
			printf("Closed as: %s\n", c.close_reason);
		printf("School:     %s\n", sc != NULL ? sc->name : "?");
		printf("Document:   %s\nSource:     %s\nLink:       %s\n",
		    title, c.source != NULL ? c.source : "unknown source",
		    c.url != NULL ? c.url : "");
		printf("First seen: %s\nDue:        %s (%s)\n", seen, due, left);
		if (c.paused_total > 0 || c.paused_at != 0)
			printf("Paused:     %lld min in all%s\n",
			    c.paused_total / 60, c.paused_at != 0 ?
			    ", paused now" : "");
		printf("Owner:      %s\nExcerpt:    \"%s\"\n\nFindings:\n",
		    c.owner != NULL ? c.owner : "(none)", ex);
	}
	r |= db_case_findings(db, c.document_id, 0, NULL, show_finding, &s,
	    &cause);
	if (!json)
		printf("\nCaptures (evidence):\n");
	r |= db_case_captures(db, c.document_id, show_capture, &s, &cause);
	if (!json && c.capture_id == 0)
		printf("  (none recorded for this document)\n");
	if (!json)
		printf("\nTimeline:\n");
	r |= db_case_events(db, c.id, show_event, &s, &cause);
	if (json) {
		j = json_pack("{s:I, s:s?, s:s, s:s, s:s?, s:b, s:s, s:s, "
		    "s:s, s:b, s:I, s:s?, s:s?, s:s?, s:s, s:s, s:o, s:o, s:o}",
		    "id", (json_int_t)c.id, "school", c.school,
		    "severity", c.severity, "state", c.state,
		    "close_reason", c.close_reason,
		    "safeguarding", c.safeguarding,
		    "first_seen", mwtime_format(c.first_seen, stamp,
		    sizeof stamp),
		    "due", mwtime_format(c.due, stamp2, sizeof stamp2),
		    "time_left", left, "paused", c.paused_at != 0,
		    "paused_seconds", (json_int_t)c.paused_total,
		    "owner", c.owner, "source", c.source, "url", c.url,
		    "title", title, "excerpt", ex,
		    "findings", s.findings, "captures", s.captures,
		    "timeline", s.events);
		dump = json_dumps(j, JSON_INDENT(2));
		printf("%s\n", dump);
		free(dump);
		json_decref(j);
	}
	if (r != 0 && cause != NULL) {
		fprintf(stderr, "mentionwatch: %s\n", cause);
		free(cause);
	}
	free(ex);
	free(title);
	free(left);
	db_case_clear(&c);
	return (r == 0 ? EXIT_OK : EXIT_FAIL);
}

static int
cmd_case_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	struct config		*cf;
	struct db		*db;
	enum case_action	 action;
	const char		*by = NULL, *note = NULL, *reason = NULL;
	char			*cause = NULL, *end;
	long long		 id;
	int			 r, json = 0, reveal = 0;
	const struct cmd_opt	 options[] = {
		{ "by", .arg = &by },
		{ "note", .arg = &note },
		{ "reason", .arg = &reason },
		{ "json", .flag = &json },
		{ "reveal", .flag = &reveal },
		{ .name = NULL },
	};

	if (cmd_getopt(ctx, &cmd_case_entry, argc, argv, options, &r) != 0)
		return (r);
	if (optind >= argc)
		return (cmd_usage(&cmd_case_entry, "which case? give its "
		    "number (see `mentionwatch cases`)"));
	errno = 0;
	id = strtoll(argv[optind], &end, 10);
	if (errno != 0 || *end != '\0' || id <= 0)
		return (cmd_usage(&cmd_case_entry, "\"%s\" is not a case "
		    "number", argv[optind]));
	if (argc - optind > 2)
		return (cmd_usage(&cmd_case_entry, "unexpected \"%s\"",
		    argv[optind + 2]));
	if (argc - optind == 2) {
		if (case_action_parse(argv[optind + 1], &action) != 0)
			return (cmd_usage(&cmd_case_entry, "unknown action "
			    "\"%s\" (ack, respond, request-removal, escalate, "
			    "pause, resume, close, reopen)", argv[optind + 1]));
		if (by == NULL || *by == '\0')
			return (cmd_usage(&cmd_case_entry, "say who you are "
			    "with --by NAME"));
		if (action == CASE_CLOSE && !case_reason_valid(reason))
			return (cmd_usage(&cmd_case_entry, "close needs "
			    "--reason resolved, no-action-needed or "
			    "false-alarm"));
	}
	if (cmd_open(ctx, argc - optind == 2 ? 0 : DB_READONLY, &cf, &db) != 0)
		return (EXIT_FAIL);
	if (argc - optind == 1)
		r = show_case(cf, db, id, json, reveal);
	else if (case_move(cf, db, id, action, by, note, reason, mwtime_now(),
	    &cause) != 0) {
		fprintf(stderr, "mentionwatch: %s\n", cause);
		free(cause);
		r = EXIT_FAIL;
	} else {
		struct db_case	c;

		r = EXIT_OK;
		if (db_case_get(db, id, &c, NULL) == 0) {
			printf("case %lld: %s%s\n", id,
			    case_state_label(c.state),
			    c.paused_at != 0 ? " (paused)" : "");
			db_case_clear(&c);
		}
	}
	db_close(db);
	config_free(cf);
	return (r);
}

const struct cmd_entry cmd_case_entry = {
	"case",
	"ID [ack|respond|request-removal|escalate|pause|resume|close|reopen "
	"--by NAME [--note TEXT] [--reason R]] [--json] [--reveal]",
	"Show one case, or move it on",
	"  ID           the case number, as `mentionwatch cases` lists it\n"
	"  ACTION       ack (you own it), respond, request-removal, escalate,\n"
	"               pause (waiting on a third party; the deadline stops),\n"
	"               resume, close, reopen\n"
	"  --by NAME    who is acting (recorded; required to move a case)\n"
	"  --note TEXT  a note for the timeline\n"
	"  --reason R   why it is closed: resolved, no-action-needed,\n"
	"               false-alarm\n"
	"  --json       print the case as JSON\n"
	"  --reveal     show the words that name a pupil (for the\n"
	"               safeguarding lead)\n",
	cmd_case_exec,
};
