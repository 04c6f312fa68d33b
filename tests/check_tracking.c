/*
 * check_tracking.c: tests of tracking/ (the deadline policy at its edges,
 * the case state machine, cases opened from findings and their alerts)
 * and of the parts of report/ that guard what goes into an email.
 */
#include "autoconfig.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "analyzers/analyze.h"
#include "common/buf.h"
#include "common/config.h"
#include "common/mwtime.h"
#include "common/str.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "report/digest.h"
#include "report/mail.h"
#include "tracking/case.h"
#include "tracking/deadline.h"
#include "tracking/tracking.h"

/* ------------------------------------------------------------------ */
/* Deadlines */

struct due_row {
	const char	*what;
	const char	*first_seen;	/* RFC 3339 with the local offset */
	const char	*days;
	const char	*holidays;
	const char	*closure;	/* NULL: none */
	int		 safeguarding;
	long long	 paused;
	const char	*due;		/* expected, RFC 3339 */
	const char	*due_local;	/* expected local wall time */
};

static const struct due_row due_rows[] = {
	{ "Friday 16:59: 24 h end on Saturday, so Monday's close",
	  "2025-06-13T16:59:00+01:00", "mon-fri", "england-and-wales", NULL,
	  0, 0, "2025-06-16T17:00:00+01:00", "2025-06-16 17:00" },
	{ "Friday 17:01: the same",
	  "2025-06-13T17:01:00+01:00", "mon-fri", "england-and-wales", NULL,
	  0, 0, "2025-06-16T17:00:00+01:00", "2025-06-16 17:00" },
	{ "Thursday 16:59: 24 hours, on Friday",
	  "2025-06-12T16:59:00+01:00", "mon-fri", "england-and-wales", NULL,
	  0, 0, "2025-06-13T16:59:00+01:00", "2025-06-13 16:59" },
	{ "Thursday 17:01: 24 hours, Friday evening",
	  "2025-06-12T17:01:00+01:00", "mon-fri", "england-and-wales", NULL,
	  0, 0, "2025-06-13T17:01:00+01:00", "2025-06-13 17:01" },
	{ "Saturday 00:00: end of Monday",
	  "2025-06-14T00:00:00+01:00", "mon-fri", "england-and-wales", NULL,
	  0, 0, "2025-06-16T17:00:00+01:00", "2025-06-16 17:00" },
	{ "Sunday 23:59: end of Monday",
	  "2025-06-15T23:59:00+01:00", "mon-fri", "england-and-wales", NULL,
	  0, 0, "2025-06-16T17:00:00+01:00", "2025-06-16 17:00" },
	{ "Monday 00:00: a working day, 24 hours",
	  "2025-06-16T00:00:00+01:00", "mon-fri", "england-and-wales", NULL,
	  0, 0, "2025-06-17T00:00:00+01:00", "2025-06-17 00:00" },
	{ "bank holiday Monday: end of Tuesday",
	  "2025-05-05T09:00:00+01:00", "mon-fri", "england-and-wales", NULL,
	  0, 0, "2025-05-06T17:00:00+01:00", "2025-05-06 17:00" },
	{ "Saturday before a bank holiday Monday: end of Tuesday",
	  "2025-05-03T10:00:00+01:00", "mon-fri", "england-and-wales", NULL,
	  0, 0, "2025-05-06T17:00:00+01:00", "2025-05-06 17:00" },
	{ "Friday before a bank holiday: end of Tuesday",
	  "2025-05-02T12:00:00+01:00", "mon-fri", "england-and-wales", NULL,
	  0, 0, "2025-05-06T17:00:00+01:00", "2025-05-06 17:00" },
	{ "Scottish summer holiday is not England's: end of Tuesday",
	  "2025-08-04T09:00:00+01:00", "mon-fri", "scotland", NULL,
	  0, 0, "2025-08-05T17:00:00+01:00", "2025-08-05 17:00" },
	{ "the same Monday in England: 24 hours",
	  "2025-08-04T09:00:00+01:00", "mon-fri", "england-and-wales", NULL,
	  0, 0, "2025-08-05T09:00:00+01:00", "2025-08-05 09:00" },
	{ "Christmas Eve 2026: past Christmas and the Boxing Day substitute",
	  "2026-12-24T12:00:00+00:00", "mon-fri", "england-and-wales", NULL,
	  0, 0, "2026-12-29T17:00:00+00:00", "2026-12-29 17:00" },
	{ "March: Saturday in GMT, due Monday 17:00 in BST",
	  "2025-03-29T12:00:00+00:00", "mon-fri", "england-and-wales", NULL,
	  0, 0, "2025-03-31T17:00:00+01:00", "2025-03-31 17:00" },
	{ "March: 24 elapsed hours across the change read 13:00",
	  "2025-03-29T12:00:00+00:00", "mon-sun", "none", NULL,
	  0, 0, "2025-03-30T13:00:00+01:00", "2025-03-30 13:00" },
	{ "October: 24 elapsed hours across the change read 11:00",
	  "2025-10-25T12:00:00+01:00", "mon-sun", "none", NULL,
	  0, 0, "2025-10-26T11:00:00+00:00", "2025-10-26 11:00" },
	{ "March: the safeguarding clock ignores the lost hour",
	  "2025-03-29T23:30:00+00:00", "mon-fri", "england-and-wales", NULL,
	  1, 0, "2025-03-30T04:30:00+01:00", "2025-03-30 04:30" },
	{ "safeguarding on a Saturday: four hours, not Monday",
	  "2025-06-14T10:00:00+01:00", "mon-fri", "england-and-wales", NULL,
	  1, 0, "2025-06-14T14:00:00+01:00", "2025-06-14 14:00" },
	{ "Friday before a closure week: after the half term",
	  "2025-10-24T12:00:00+01:00", "mon-fri", "england-and-wales",
	  "2025-10-27..2025-10-31", 0, 0, "2025-11-03T17:00:00+00:00",
	  "2025-11-03 17:00" },
	{ "during a closure week: the Monday after",
	  "2025-10-29T10:00:00+00:00", "mon-fri", "england-and-wales",
	  "2025-10-27..2025-10-31", 0, 0, "2025-11-03T17:00:00+00:00",
	  "2025-11-03 17:00" },
	{ "a single closure day (INSET)",
	  "2025-09-01T09:00:00+01:00", "mon-fri", "england-and-wales",
	  "2025-09-01", 0, 0, "2025-09-02T17:00:00+01:00",
	  "2025-09-02 17:00" },
	{ "paused three hours: three hours later",
	  "2025-06-10T12:00:00+01:00", "mon-fri", "england-and-wales", NULL,
	  0, 3 * 3600, "2025-06-11T15:00:00+01:00", "2025-06-11 15:00" },
	{ "a paused safeguarding case",
	  "2025-06-10T12:00:00+01:00", "mon-fri", "england-and-wales", NULL,
	  1, 30 * 60, "2025-06-10T16:30:00+01:00", "2025-06-10 16:30" },
	{ "a Sunday-to-Thursday week: Friday is not a working day",
	  "2025-06-12T10:00:00+01:00", "sun-thu", "none", NULL,
	  0, 0, "2025-06-15T17:00:00+01:00", "2025-06-15 17:00" },
};

static void
make_school(struct school *s, const struct due_row *r)
{
	memset(s, 0, sizeof *s);
	s->id = xstrdup("test");
	s->timezone = xstrdup("Europe/London");
	s->holidays = xstrdup(r->holidays);
	s->working_days = xstrdup(r->days);
	s->working_hours = xstrdup("08:00-17:00");
	s->response_time = 24 * 3600;
	s->safeguarding_time = 4 * 3600;
	if (r->closure != NULL)
		strlist_add(&s->closures, r->closure);
}

START_TEST(test_deadline_edges)
{
	const struct due_row	*r = &due_rows[_i];
	struct deadline_policy	 p;
	struct school		 s;
	struct tm		 tm;
	char			*cause = NULL, local[32], got[32], want_s[32];
	time_t			 first, want, due;

	make_school(&s, r);
	ck_assert_msg(deadline_policy_init(&p, &s, NULL, &cause) == 0,
	    "%s: %s", r->what, cause);
	ck_assert_int_eq(mwtime_parse(r->first_seen, &first), 0);
	ck_assert_int_eq(mwtime_parse(r->due, &want), 0);
	due = deadline_due(&p, first, r->safeguarding, r->paused);
	ck_assert_msg(due == want, "%s: due %s, want %s", r->what,
	    mwtime_format(due, got, sizeof got),
	    mwtime_format(want, want_s, sizeof want_s));
	ck_assert_int_eq(mwtime_local(due, "Europe/London", &tm), 0);
	strftime(local, sizeof local, "%Y-%m-%d %H:%M", &tm);
	ck_assert_msg(strcmp(local, r->due_local) == 0, "%s: local %s, want "
	    "%s", r->what, local, r->due_local);
	deadline_policy_clear(&p);
	strlist_free(&s.closures);
	free(s.id);
	free(s.timezone);
	free(s.holidays);
	free(s.working_days);
	free(s.working_hours);
}
END_TEST

START_TEST(test_deadline_policy_errors)
{
	unsigned	days;
	int		a, b;
	struct deadline_range	r;
	int		*h;
	size_t		 n;
	char		*cause = NULL;

	ck_assert_int_eq(deadline_parse_days("mon-fri", &days), 0);
	ck_assert_uint_eq(days, 0x3e);
	ck_assert_int_eq(deadline_parse_days("fri-mon", &days), 0);
	ck_assert_uint_eq(days, 0x63);
	ck_assert_int_eq(deadline_parse_days("funday", &days), -1);
	ck_assert_int_eq(deadline_parse_hours("08:30-16:45", &a, &b), 0);
	ck_assert_int_eq(a, 510);
	ck_assert_int_eq(b, 1005);
	ck_assert_int_eq(deadline_parse_hours("17:00-08:00", &a, &b), -1);
	ck_assert_int_eq(deadline_parse_closure("2025-10-27..2025-10-31",
	    &r), 0);
	ck_assert_int_eq(r.to, 20251031);
	ck_assert_int_eq(deadline_parse_closure("2025-10-31..2025-10-27",
	    &r), -1);
	ck_assert_int_eq(deadline_load_holidays("northern-ireland", &h, &n,
	    &cause), 0);
	ck_assert_uint_ge(n, 50);	/* ten a year, 2024 to 2028 */
	free(h);
	ck_assert_int_eq(deadline_load_holidays("atlantis", &h, &n, &cause),
	    -1);
	ck_assert_ptr_nonnull(strstr(cause, "MENTIONWATCH_SHARE"));
	free(cause);
}
END_TEST

/* ------------------------------------------------------------------ */
/* The state machine */

struct move_row {
	const char		*from;
	int			 paused;
	enum case_action	 action;
	const char		*to;	/* NULL: illegal */
};

static const struct move_row move_rows[] = {
	{ "open", 0, CASE_ACK, "acknowledged" },
	{ "open", 0, CASE_RESPOND, "responded" },
	{ "open", 0, CASE_REQUEST_REMOVAL, "removal-requested" },
	{ "open", 0, CASE_ESCALATE, "escalated" },
	{ "open", 0, CASE_PAUSE, "open" },
	{ "open", 0, CASE_RESUME, NULL },
	{ "open", 1, CASE_PAUSE, NULL },
	{ "open", 1, CASE_RESUME, "open" },
	{ "open", 0, CASE_CLOSE, "closed" },
	{ "open", 0, CASE_REOPEN, NULL },
	{ "acknowledged", 0, CASE_ACK, NULL },
	{ "acknowledged", 0, CASE_RESPOND, "responded" },
	{ "acknowledged", 0, CASE_ESCALATE, "escalated" },
	{ "responded", 0, CASE_ACK, NULL },
	{ "responded", 0, CASE_RESPOND, NULL },
	{ "responded", 0, CASE_REQUEST_REMOVAL, "removal-requested" },
	{ "responded", 0, CASE_CLOSE, "closed" },
	{ "removal-requested", 0, CASE_RESPOND, "responded" },
	{ "removal-requested", 0, CASE_ACK, NULL },
	{ "removal-requested", 1, CASE_RESUME, "removal-requested" },
	{ "escalated", 0, CASE_ACK, "acknowledged" },
	{ "escalated", 0, CASE_ESCALATE, NULL },
	{ "escalated", 0, CASE_RESPOND, "responded" },
	{ "closed", 0, CASE_ACK, NULL },
	{ "closed", 0, CASE_RESPOND, NULL },
	{ "closed", 0, CASE_PAUSE, NULL },
	{ "closed", 0, CASE_CLOSE, NULL },
	{ "closed", 0, CASE_REOPEN, "open" },
	{ "nonsense", 0, CASE_ACK, NULL },
};

START_TEST(test_case_moves)
{
	const struct move_row	*r = &move_rows[_i];
	const char		*to;

	to = case_move_to(r->from, r->paused, r->action);
	if (r->to == NULL)
		ck_assert_msg(to == NULL, "%s %s%s should be illegal, gives %s",
		    r->from, case_action_name(r->action),
		    r->paused ? " (paused)" : "", to);
	else
		ck_assert_msg(to != NULL && strcmp(to, r->to) == 0,
		    "%s %s%s gives %s, want %s", r->from,
		    case_action_name(r->action), r->paused ? " (paused)" : "",
		    to != NULL ? to : "(illegal)", r->to);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Cases in the store */

static char	 dir[] = "/tmp/check_tracking_XXXXXX";
static struct config *cf;
static struct db *db;

static void
setup(void)
{
	struct strlist	 errors = { NULL, 0 };
	char		*path, *cause = NULL;

	strcpy(dir, "/tmp/check_tracking_XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	ck_assert_int_eq(config_load(MW_SRCDIR
	    "/contrib/examples/kestrel/mentionwatch.conf", NULL, &cf,
	    &errors), 0);
	xasprintf(&path, "%s/t.db", dir);
	ck_assert_int_eq(db_open(path, DB_CREATE, &db, &cause), 0);
	free(path);
	ck_assert_int_eq(db_school_sync(db, cf, &cause), 0);
}

static void
teardown(void)
{
	char	*cmd;

	db_close(db);
	config_free(cf);
	xasprintf(&cmd, "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

/* Store a document about St Aldhelm's with one finding; return its id. */
static long long
add_document(const char *url, const char *text, const char *category,
    enum severity sev, const char *quote, int redact, time_t seen)
{
	struct db_document	 d;
	struct db_mention	 m;
	struct finding		 f;
	long long		 id;
	int			 is_new;
	char			*cause = NULL;
	const char		*q;

	memset(&d, 0, sizeof d);
	d.url = url;
	d.title = "A post";
	d.text = text;
	d.content_hash = url;
	d.kind = "page";
	ck_assert_int_eq(db_document_put(db, &d, seen, &id, &is_new, &cause),
	    0);
	memset(&m, 0, sizeof m);
	m.document_id = id;
	m.school = "st-aldhelms";
	m.alias = "St Aldhelm's";
	m.excerpt = text;
	m.confidence = 1;
	ck_assert_int_eq(db_mention_add(db, &m, &cause), 0);
	if (category == NULL)
		return (id);
	q = strstr(text, quote);
	ck_assert_ptr_nonnull(q);
	memset(&f, 0, sizeof f);
	f.analyzer = redact ? "pupils" : "harm";
	f.category = xstrdup(category);
	f.severity = sev;
	f.score = 0.9;
	f.school = xstrdup("st-aldhelms");
	f.reason = xstrdup(redact ? "names a pupil" : "a threat");
	f.quote = xstrdup(quote);
	f.start = (size_t)(q - text);
	f.end = f.start + strlen(quote);
	f.redact = redact;
	ck_assert_int_eq(db_finding_add(db, id, &f, seen, &cause), 0);
	free(f.category);
	free(f.school);
	free(f.reason);
	free(f.quote);
	return (id);
}

static int
count_mail(void *arg, const struct db_mail *m)
{
	(void)m;
	(*(int *)arg)++;
	return (0);
}

static int
count_events(void *arg, const struct db_case_event *e)
{
	(void)e;
	(*(int *)arg)++;
	return (0);
}

START_TEST(test_case_opened_once_with_alerts)
{
	struct db_case	 c;
	long long	 doc, low;
	time_t		 now;
	int		 n = 0;
	char		*cause = NULL;

	ck_assert_int_eq(mwtime_parse("2025-06-10T09:00:00Z", &now), 0);
	low = add_document("http://a.example/1", "St Aldhelm's is fine.",
	    "criticism", SEV_LOW, "fine", 0, now);
	ck_assert_int_eq(tracking_document(cf, db, low, now), 0);
	ck_assert_int_eq(db_case_by_document(db, low), 0);

	doc = add_document("http://a.example/2", "Someone will hurt the "
	    "staff at St Aldhelm's.", "threat", SEV_HIGH, "will hurt", 0, now);
	ck_assert_int_eq(tracking_document(cf, db, doc, now), 0);
	ck_assert_int_eq(tracking_document(cf, db, doc, now + 60), 0);
	ck_assert_int_ne(db_case_by_document(db, doc), 0);
	ck_assert_int_eq(db_case_get(db, db_case_by_document(db, doc), &c,
	    &cause), 0);
	ck_assert_str_eq(c.state, "open");
	ck_assert_str_eq(c.severity, "high");
	ck_assert_int_eq(c.safeguarding, 1);	/* a threat */
	ck_assert_int_eq(c.due, now + 4 * 3600);
	ck_assert_int_eq(db_mail_list(db, 1, count_mail, &n, &cause), 0);
	ck_assert_int_eq(n, 2);		/* the lead and the head, once */
	db_case_clear(&c);
}
END_TEST

START_TEST(test_case_moves_recorded)
{
	struct db_case	 c;
	long long	 doc, id;
	time_t		 now, due;
	int		 n = 0;
	char		*cause = NULL;

	ck_assert_int_eq(mwtime_parse("2025-06-10T09:00:00Z", &now), 0);
	doc = add_document("http://a.example/3", "St Aldhelm's head is a "
	    "thief.", "allegation", SEV_MEDIUM, "is a thief", 0, now);
	ck_assert_int_eq(tracking_document(cf, db, doc, now), 0);
	id = db_case_by_document(db, doc);
	ck_assert_int_ne(id, 0);
	ck_assert_int_eq(db_case_get(db, id, &c, &cause), 0);
	ck_assert_int_eq(c.safeguarding, 0);
	due = c.due;
	ck_assert_int_eq(due, now + 24 * 3600);
	db_case_clear(&c);

	ck_assert_int_eq(case_move(cf, db, id, CASE_ACK, "Ms Comms", NULL,
	    NULL, now + 60, &cause), 0);
	ck_assert_int_eq(case_move(cf, db, id, CASE_ACK, "Ms Comms", NULL,
	    NULL, now + 60, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "acknowledged"));
	free(cause);
	cause = NULL;
	ck_assert_int_eq(case_move(cf, db, id, CASE_PAUSE, "Ms Comms",
	    "waiting for the platform", NULL, now + 3600, &cause), 0);
	ck_assert_msg(case_move(cf, db, id, CASE_RESUME, "Ms Comms", NULL,
	    NULL, now + 3 * 3600, &cause) == 0, "resume: %s", cause);
	ck_assert_int_eq(db_case_get(db, id, &c, &cause), 0);
	ck_assert_int_eq(c.due, due + 2 * 3600);
	ck_assert_int_eq(c.paused_total, 2 * 3600);
	ck_assert_str_eq(c.owner, "Ms Comms");
	db_case_clear(&c);
	ck_assert_int_eq(case_move(cf, db, id, CASE_CLOSE, "Ms Comms", NULL,
	    NULL, now + 4 * 3600, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "--reason"));
	free(cause);
	cause = NULL;
	ck_assert_int_eq(case_move(cf, db, id, CASE_CLOSE, "Ms Comms", NULL,
	    "false-alarm", now + 4 * 3600, &cause), 0);
	ck_assert_int_eq(case_move(cf, db, id, CASE_RESPOND, "Ms Comms",
	    NULL, NULL, now + 5 * 3600, &cause), -1);
	free(cause);
	ck_assert_int_eq(db_case_events(db, id, count_events, &n, &cause), 0);
	ck_assert_int_eq(n, 5);	/* opened, ack, pause, resume, close */
	ck_assert_int_eq(db_case_get(db, id, &c, &cause), 0);
	ck_assert_str_eq(c.state, "closed");
	ck_assert_str_eq(c.close_reason, "false-alarm");
	db_case_clear(&c);
}
END_TEST

START_TEST(test_case_time_left_and_excerpt)
{
	struct db_case	 c;
	char		*s;
	long long	 spans[2] = { 10, 20 };

	memset(&c, 0, sizeof c);
	c.state = xstrdup("open");
	c.due = 100000;
	s = case_time_left(&c, 100000 - (3 * 3600 + 10 * 60));
	ck_assert_str_eq(s, "due in 3 h 10 m");
	free(s);
	s = case_time_left(&c, 100000 + 2 * 3600);
	ck_assert_str_eq(s, "overdue by 2 h");
	free(s);
	c.paused_at = 5;
	s = case_time_left(&c, 0);
	ck_assert_str_eq(s, "paused");
	free(s);
	free(c.state);
	s = case_excerpt("Well done Jamie Pupil for winning.", 10, 21, 100,
	    spans, 1);
	ck_assert_ptr_null(strstr(s, "Jamie"));
	ck_assert_ptr_nonnull(strstr(s, "Well done [name withheld]"));
	free(s);
	{
		/* overlapping findings, and the name again unflagged */
		const char	*t = "Jamie Pupil won. Jamie Pupil again. Bye.";
		long long	 sp[4] = { 0, 11, 6, 11 };

		s = case_mask(t, sp, 2, NULL);
		ck_assert_str_eq(s, "[name withheld] won. [name withheld] "
		    "again. Bye.");
		free(s);
		sp[0] = 6;	/* "Pupil" alone, out of order */
		sp[2] = 0;
		sp[3] = 5;
		s = case_mask(t, sp, 2, NULL);
		ck_assert_str_eq(s, "[name withheld] [name withheld] won. "
		    "[name withheld] [name withheld] again. Bye.");
		free(s);
		s = case_excerpt(t, 17, 28, 100, sp, 2);
		ck_assert_ptr_null(strstr(s, "Jamie"));
		ck_assert_ptr_null(strstr(s, "Pupil"));
		free(s);
	}
}
END_TEST

START_TEST(test_mail_headers_cannot_be_added)
{
	char	*s, *e;

	s = mail_clean_header("Fun day\r\nBcc: victim@example.com\n\tX: y",
	    0);
	ck_assert_ptr_null(strchr(s, '\r'));
	ck_assert_ptr_null(strchr(s, '\n'));
	ck_assert_str_eq(s, "Fun day Bcc: victim@example.com X: y");
	e = mail_encode_header(s);
	ck_assert_str_eq(e, s);		/* ASCII stays as it is */
	free(e);
	free(s);
	e = mail_encode_header("Caf\xc3\xa9 \xe2\x80\x94 note");
	ck_assert_str_eq(e, "=?UTF-8?B?Q2Fmw6kg4oCUIG5vdGU=?=");
	free(e);
	/* A long subject: words of at most 75 characters, whole characters. */
	{
		struct buf	 b;
		char		*w, *save = NULL, *copy;
		size_t		 i, n = 0;

		buf_init(&b, 0);
		for (i = 0; i < 60; i++)
			buf_adds(&b, "\xc3\xa9");	/* 120 bytes */
		e = mail_encode_header(buf_str(&b));
		copy = xstrdup(e);
		for (w = strtok_r(copy, "\r\n ", &save); w != NULL;
		    w = strtok_r(NULL, "\r\n ", &save)) {
			ck_assert_uint_le(strlen(w), 75);
			ck_assert(strncmp(w, "=?UTF-8?B?", 10) == 0);
			n++;
		}
		ck_assert_uint_eq(n, 3);	/* 44 + 44 + 32 bytes */
		ck_assert_ptr_nonnull(strstr(e, "?=\r\n =?UTF-8?B?"));
		free(copy);
		free(e);
		buf_free(&b);
	}
	ck_assert_int_eq(mail_backoff(1), 60);
	ck_assert_int_eq(mail_backoff(3), 240);
	ck_assert_int_eq(mail_backoff(30), 6 * 3600);
}
END_TEST

START_TEST(test_mail_credentials_mode)
{
	char	*path, *user, *pass, *cause = NULL;
	FILE	*fp;

	xasprintf(&path, "%s/creds", dir);
	fp = fopen(path, "w");
	fputs("mailer:s3cret-pass\n", fp);
	fclose(fp);
	chmod(path, 0644);
	ck_assert_int_eq(mail_credentials(path, &user, &pass, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "chmod 600"));
	ck_assert_ptr_null(strstr(cause, "s3cret"));
	free(cause);
	chmod(path, 0600);
	ck_assert_int_eq(mail_credentials(path, &user, &pass, &cause), 0);
	ck_assert_str_eq(user, "mailer");
	ck_assert_str_eq(pass, "s3cret-pass");
	free(user);
	free(pass);
	free(path);
}
END_TEST

START_TEST(test_digest_short_name)
{
	char	*s;

	s = digest_short_name("St Aldhelm's Church of England Primary School");
	ck_assert_str_eq(s, "St Aldhelm's");
	free(s);
	s = digest_short_name("Harrowden Park Academy");
	ck_assert_str_eq(s, "Harrowden Park");
	free(s);
}
END_TEST

static Suite *
tracking_suite(void)
{
	Suite	*s = suite_create("tracking");
	TCase	*tc;

	tc = tcase_create("deadline");
	tcase_add_loop_test(tc, test_deadline_edges, 0,
	    sizeof due_rows / sizeof due_rows[0]);
	tcase_add_test(tc, test_deadline_policy_errors);
	suite_add_tcase(s, tc);
	tc = tcase_create("case");
	tcase_add_loop_test(tc, test_case_moves, 0,
	    sizeof move_rows / sizeof move_rows[0]);
	tcase_add_test(tc, test_case_time_left_and_excerpt);
	suite_add_tcase(s, tc);
	tc = tcase_create("case_store");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_case_opened_once_with_alerts);
	tcase_add_test(tc, test_case_moves_recorded);
	tcase_add_test(tc, test_mail_credentials_mode);
	suite_add_tcase(s, tc);
	tc = tcase_create("mail");
	tcase_add_test(tc, test_mail_headers_cannot_be_added);
	tcase_add_test(tc, test_digest_short_name);
	suite_add_tcase(s, tc);
	return (s);
}

int
main(void)
{
	SRunner	*sr = srunner_create(tracking_suite());
	int	 failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE);
}
