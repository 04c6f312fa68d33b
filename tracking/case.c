/*
 * case.c: cases, the school's response to a document that holds a
 * finding at or above the configured severity. There is one case per
 * document; later findings join it, raising its severity. A case moves
 * through open, acknowledged, responded, removal requested, escalated and
 * closed (resolved, no action needed, false alarm); which moves are legal
 * is the table moves[] below. Every move is an event (who, when, from,
 * to, note) in the append-only case_events table. A case may be paused
 * while the school waits on a third party; the time paused is added to
 * its deadline when it resumes.
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/analyze.h"
#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"
#include "common/str.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "tracking/case.h"
#include "tracking/deadline.h"

enum {
	ST_OPEN		= 0x01,
	ST_ACK		= 0x02,
	ST_RESPONDED	= 0x04,
	ST_REMOVAL	= 0x08,
	ST_ESCALATED	= 0x10,
	ST_CLOSED	= 0x20,
	ST_LIVE		= 0x1f,
};

static const struct {
	int		 bit;
	const char	*name;
	const char	*label;
} states[] = {
	{ ST_OPEN, "open", "open" },
	{ ST_ACK, "acknowledged", "acknowledged" },
	{ ST_RESPONDED, "responded", "responded" },
	{ ST_REMOVAL, "removal-requested", "removal requested" },
	{ ST_ESCALATED, "escalated", "escalated" },
	{ ST_CLOSED, "closed", "closed" },
};
#define NSTATES (sizeof states / sizeof states[0])

#define PAUSED_ANY	0	/* the move does not care */
#define PAUSED_NO	1	/* only a running case */
#define PAUSED_YES	2	/* only a paused case */

/* The legal moves: from which states, to which (NULL: stays), paused. */
static const struct {
	enum case_action	 action;
	const char		*name;
	int			 from;
	const char		*to;
	int			 paused;
} moves[] = {
	{ CASE_ACK, "ack", ST_OPEN | ST_ESCALATED, "acknowledged",
	  PAUSED_ANY },
	{ CASE_RESPOND, "respond", ST_OPEN | ST_ACK | ST_REMOVAL |
	  ST_ESCALATED, "responded", PAUSED_ANY },
	{ CASE_REQUEST_REMOVAL, "request-removal", ST_OPEN | ST_ACK |
	  ST_RESPONDED | ST_ESCALATED, "removal-requested", PAUSED_ANY },
	{ CASE_ESCALATE, "escalate", ST_OPEN | ST_ACK | ST_RESPONDED |
	  ST_REMOVAL, "escalated", PAUSED_ANY },
	{ CASE_PAUSE, "pause", ST_LIVE, NULL, PAUSED_NO },
	{ CASE_RESUME, "resume", ST_LIVE, NULL, PAUSED_YES },
	{ CASE_CLOSE, "close", ST_LIVE, "closed", PAUSED_ANY },
	{ CASE_REOPEN, "reopen", ST_CLOSED, "open", PAUSED_ANY },
};
#define NMOVES (sizeof moves / sizeof moves[0])

static const char *reasons[] = {
	"resolved", "no-action-needed", "false-alarm",
};

static int
state_bit(const char *name)
{
	size_t	i;

	for (i = 0; i < NSTATES; i++) {
		if (strcmp(states[i].name, name) == 0)
			return (states[i].bit);
	}
	return (0);
}

/* Return the words people read for state "name". */
const char *
case_state_label(const char *name)
{
	size_t	i;

	for (i = 0; i < NSTATES; i++) {
		if (strcmp(states[i].name, name) == 0)
			return (states[i].label);
	}
	return (name);
}

/* Parse an action name ("ack", "close", ...); return 0 or -1. */
int
case_action_parse(const char *s, enum case_action *out)
{
	size_t	i;

	for (i = 0; i < NMOVES; i++) {
		if (strcmp(moves[i].name, s) == 0) {
			*out = moves[i].action;
			return (0);
		}
	}
	if (strcmp(s, "acknowledge") == 0) {
		*out = CASE_ACK;
		return (0);
	}
	return (-1);
}

/* Return the name of action "a". */
const char *
case_action_name(enum case_action a)
{
	size_t	i;

	for (i = 0; i < NMOVES; i++) {
		if (moves[i].action == a)
			return (moves[i].name);
	}
	return ("?");
}

/*
 * Return the state a case in "state" ("paused" if it is paused) reaches
 * by action "a", or NULL if the move is not allowed. A move that keeps
 * the state (pause, resume) returns "state".
 */
const char *
case_move_to(const char *state, int paused, enum case_action a)
{
	size_t	i;
	int	bit = state_bit(state);

	for (i = 0; i < NMOVES; i++) {
		if (moves[i].action != a)
			continue;
		if (!(moves[i].from & bit))
			return (NULL);
		if (moves[i].paused == PAUSED_NO && paused)
			return (NULL);
		if (moves[i].paused == PAUSED_YES && !paused)
			return (NULL);
		return (moves[i].to != NULL ? moves[i].to : state);
	}
	return (NULL);
}

/* Return 1 if "r" is a reason a case may be closed with. */
int
case_reason_valid(const char *r)
{
	size_t	i;

	for (i = 0; i < sizeof reasons / sizeof reasons[0]; i++) {
		if (r != NULL && strcmp(r, reasons[i]) == 0)
			return (1);
	}
	return (0);
}

/* Return 1 if a case in "state" still awaits the school's response. */
int
case_awaiting(const char *state)
{
	return ((state_bit(state) & (ST_OPEN | ST_ACK | ST_ESCALATED)) != 0);
}

/* Return 1 if "c" awaits a response and its deadline passed at "now". */
int
case_overdue(const struct db_case *c, time_t now)
{
	return (case_awaiting(c->state) && c->paused_at == 0 && c->due <= now);
}

static void
add_span(struct buf *b, long long secs)
{
	long long	d = secs / 86400, h = secs % 86400 / 3600;
	long long	m = secs % 3600 / 60;

	if (d > 0)
		buf_printf(b, "%lld d", d);
	if (h > 0)
		buf_printf(b, "%s%lld h", d > 0 ? " " : "", h);
	if (m > 0 && d == 0)
		buf_printf(b, "%s%lld m", h > 0 ? " " : "", m);
	if (d == 0 && h == 0 && m == 0)
		buf_adds(b, "under a minute");
}

/*
 * Return the time left on "c" at "now" as people say it: "due in 3 h
 * 10 m", "overdue by 2 h", "paused", "responded". The caller frees it.
 */
char *
case_time_left(const struct db_case *c, time_t now)
{
	struct buf	b;

	buf_init(&b, 0);
	if (!case_awaiting(c->state))
		buf_adds(&b, case_state_label(c->state));
	else if (c->paused_at != 0)
		buf_adds(&b, "paused");
	else if (c->due > now) {
		buf_adds(&b, "due in ");
		add_span(&b, (long long)(c->due - now));
	} else {
		buf_adds(&b, "overdue by ");
		add_span(&b, (long long)(now - c->due));
	}
	return (buf_detach(&b));
}

struct span {
	size_t	s, e;
};

static int
span_cmp(const void *a, const void *b)
{
	const struct span	*x = a, *y = b;

	if (x->s != y->s)
		return (x->s < y->s ? -1 : 1);
	return (x->e < y->e ? -1 : x->e > y->e);
}

/*
 * Return the spans to withhold in "text" ("len" bytes): those given, every
 * other place the same words occur, sorted and merged where they overlap.
 * "*n" is their number; the caller frees the array.
 */
static struct span *
mask_spans(const char *text, size_t len, const long long *spans,
    size_t nspans, size_t *n)
{
	struct span	*v = NULL;
	size_t		 i, j, k, wlen;
	const char	*p;
	char		*word;

	*n = 0;
	for (i = 0; i < nspans; i++) {
		if (spans[2 * i] < 0 || spans[2 * i + 1] <= spans[2 * i] ||
		    (size_t)spans[2 * i + 1] > len)
			continue;
		v = xreallocarray(v, *n + 1, sizeof *v);
		v[*n].s = (size_t)spans[2 * i];
		v[(*n)++].e = (size_t)spans[2 * i + 1];
		/* The same name elsewhere is withheld too. */
		wlen = (size_t)(spans[2 * i + 1] - spans[2 * i]);
		if (wlen < 3)
			continue;
		word = xstrndup(text + spans[2 * i], wlen);
		for (p = strstr(text, word); p != NULL;
		    p = strstr(p + 1, word)) {
			v = xreallocarray(v, *n + 1, sizeof *v);
			v[*n].s = (size_t)(p - text);
			v[(*n)++].e = (size_t)(p - text) + wlen;
		}
		free(word);
	}
	if (*n == 0)
		return (v);
	qsort(v, *n, sizeof *v, span_cmp);
	for (j = 0, k = 1; k < *n; k++) {
		if (v[k].s <= v[j].e) {
			if (v[k].e > v[j].e)
				v[j].e = v[k].e;
		} else
			v[++j] = v[k];
	}
	*n = j + 1;
	return (v);
}

/*
 * Return "text" with the "nspans" pairs of byte offsets in "spans" (the
 * words that name a pupil), and every other occurrence of those words,
 * replaced by "[name withheld]"; "*map", if not NULL, receives for each
 * byte of "text" its offset in the result. The caller frees both.
 */
char *
case_mask(const char *text, const long long *spans, size_t nspans,
    size_t **map)
{
	static const char	 mask[] = "[name withheld]";
	struct buf		 b;
	struct span		*v;
	size_t			 len, pos, k, i = 0, n;
	char			*out;

	if (text == NULL)
		text = "";
	len = strlen(text);
	v = mask_spans(text, len, spans, nspans, &n);
	if (map != NULL)
		*map = xcalloc(len + 1, sizeof **map);
	buf_init(&b, 0);
	for (pos = 0; pos <= len; pos++) {
		if (map != NULL)
			(*map)[pos] = b.len;
		if (i < n && pos == v[i].s) {
			buf_adds(&b, mask);
			for (k = v[i].s; map != NULL && k < v[i].e; k++)
				(*map)[k] = b.len - sizeof mask + 1;
			pos = v[i].e - 1;
			i++;
			continue;
		}
		if (pos < len)
			buf_addc(&b, text[pos]);
	}
	free(v);
	out = buf_detach(&b);
	return (out != NULL ? out : xstrdup(""));
}

/*
 * Return an excerpt of "text" around bytes "start" to "end", "context"
 * bytes either side, with the pupil names in "spans" withheld (see
 * case_mask). The caller frees it.
 */
char *
case_excerpt(const char *text, long long start, long long end,
    size_t context, const long long *spans, size_t nspans)
{
	char	*masked, *out;
	size_t	*map, len, mlen, a, b;

	if (text == NULL)
		return (xstrdup(""));
	len = strlen(text);
	masked = case_mask(text, spans, nspans, &map);
	mlen = strlen(masked);
	if (start < 0 || (size_t)start > len)
		start = 0;
	if (end < start || (size_t)end > len)
		end = start;
	a = map[start];
	b = map[end];
	if (b < a)
		b = a;
	if (b > mlen)
		b = mlen;
	out = str_excerpt(masked, mlen, a, b, context);
	free(map);
	free(masked);
	return (out);
}

/* What case_open gathers from a document's findings. */
struct gather {
	enum severity	 max;
	const char	*school;
	char		*school_copy;
	int		 safeguarding;
	size_t		 n;
};

static int
gather_finding(void *arg, const struct db_finding_row *f)
{
	struct gather	*g = arg;
	enum severity	 sev;

	g->n++;
	if (severity_parse(f->severity, &sev) != 0)
		sev = SEV_NONE;
	if (sev > g->max || g->school_copy == NULL) {
		if (sev > g->max)
			g->max = sev;
		if (f->school != NULL) {
			free(g->school_copy);
			g->school_copy = xstrdup(f->school);
		}
	}
	if (f->redact || strcmp(f->analyzer, "pupils") == 0 ||
	    strcmp(f->category, "threat") == 0)
		g->safeguarding = 1;
	return (0);
}

static int
add_event(struct db *db, long long id, time_t at, const char *actor,
    const char *from, const char *to, const char *what, const char *note,
    char **cause)
{
	struct db_case_event	e;

	e.case_id = id;
	e.at = at;
	e.actor = actor;
	e.from_state = from;
	e.to_state = to;
	e.what = what;
	e.note = note;
	return (db_case_event_add(db, &e, cause));
}

/*
 * Fill "p" with the deadline policy of school "school". A policy that
 * cannot be read (a calendar file missing, a bad working_days) is logged
 * and replaced by the defaults without bank holidays: a case with a
 * deadline a day early is better than no case.
 */
static void
policy_for(const struct config *cf, const char *school,
    struct deadline_policy *p)
{
	const struct school	*s = school != NULL ?
				    config_school(cf, school) : NULL;
	struct school		 dflt;
	static char		 none[] = "(none)", no_holidays[] = "none";
	char			*cause = NULL;

	if (s != NULL && deadline_policy_init(p, s, cf->timezone,
	    &cause) == 0)
		return;
	if (cause != NULL) {
		log_warnx("tracking: %s; deadlines use the defaults without "
		    "bank holidays", cause);
		free(cause);
		cause = NULL;
	}
	memset(&dflt, 0, sizeof dflt);
	dflt.id = none;
	dflt.holidays = no_holidays;
	if (s != NULL) {
		dflt.timezone = s->timezone;
		dflt.response_time = s->response_time;
		dflt.safeguarding_time = s->safeguarding_time;
	}
	if (deadline_policy_init(p, &dflt, cf->timezone, &cause) != 0)
		fatalx("tracking: the default deadline policy: %s", cause);
}

/*
 * Open a case for document "doc" if one of its findings is at or above
 * the configured case severity, or bring its existing case up to date
 * (severity, safeguarding clock). "*id" is the case (0: none) and
 * "*opened" is 1 if it was opened now. Runs inside the caller's
 * transaction. Return 0 or -1 with "*cause".
 */
int
case_open(const struct config *cf, struct db *db, long long doc, time_t now,
    long long *id, int *opened, char **cause)
{
	struct gather		 g;
	struct deadline_policy	 p;
	struct db_case		 c, d;
	enum severity		 threshold = SEV_MEDIUM, old;
	char			 note[128];
	time_t			 due;
	int			 r = -1;

	*id = 0;
	*opened = 0;
	if (cf->case_severity != NULL)
		severity_parse(cf->case_severity, &threshold);
	memset(&g, 0, sizeof g);
	if (db_case_findings(db, doc, 0, NULL, gather_finding, &g,
	    cause) != 0)
		return (-1);
	if (g.n == 0 || g.max < threshold || g.max == SEV_NONE) {
		free(g.school_copy);
		return (0);
	}
	if (db_case_document(db, doc, &d, cause) != 0) {
		free(g.school_copy);
		return (-1);
	}
	if (g.school_copy == NULL && d.school != NULL)
		g.school_copy = xstrdup(d.school);
	policy_for(cf, g.school_copy, &p);

	*id = db_case_by_document(db, doc);
	if (*id == 0) {
		memset(&c, 0, sizeof c);
		c.document_id = doc;
		c.school = g.school_copy != NULL ? xstrdup(g.school_copy) :
		    NULL;
		c.severity = xstrdup(severity_name(g.max));
		c.state = xstrdup("open");
		c.safeguarding = g.safeguarding;
		c.first_seen = d.first_seen != 0 ? d.first_seen : now;
		c.opened = now;
		c.due = deadline_due(&p, c.first_seen, c.safeguarding, 0);
		snprintf(note, sizeof note, "%s severity%s", c.severity,
		    c.safeguarding ? "; safeguarding clock" : "");
		if (db_case_insert(db, &c, cause) != 0 ||
		    add_event(db, c.id, now, "mentionwatch", NULL, "open",
		    "opened", note, cause) != 0) {
			db_case_clear(&c);
			goto out;
		}
		*id = c.id;
		db_case_clear(&c);
		*opened = 1;
		r = 0;
		goto out;
	}
	if (db_case_get(db, *id, &c, cause) != 0)
		goto out;
	if (severity_parse(c.severity, &old) != 0)
		old = SEV_NONE;
	if (g.max > old || (g.safeguarding && !c.safeguarding)) {
		free(c.severity);
		c.severity = xstrdup(severity_name(g.max > old ? g.max : old));
		if (g.safeguarding && !c.safeguarding) {
			c.safeguarding = 1;
			due = deadline_due(&p, c.first_seen, 1,
			    c.paused_total);
			if (due < c.due)
				c.due = due;
		}
		snprintf(note, sizeof note, "new findings: %s severity%s",
		    c.severity, c.safeguarding ? "; safeguarding clock" : "");
		if (db_case_save(db, &c, cause) != 0 ||
		    add_event(db, c.id, now, "mentionwatch", c.state, c.state,
		    "updated", note, cause) != 0) {
			db_case_clear(&c);
			goto out;
		}
	}
	db_case_clear(&c);
	r = 0;
out:
	deadline_policy_clear(&p);
	db_case_clear(&d);
	free(g.school_copy);
	return (r);
}

/*
 * Move case "id" by action "a" on behalf of "actor" at "now", with an
 * optional "note" and, for close, a "reason". The move and its event are
 * one transaction. Return 0, or -1 with "*cause" saying why not.
 */
int
case_move(const struct config *cf, struct db *db, long long id,
    enum case_action a, const char *actor, const char *note,
    const char *reason, time_t now, char **cause)
{
	struct db_case	 c;
	const char	*to;
	char		*from = NULL, *what = NULL, *full = NULL;
	int		 r = -1;

	(void)cf;
	if (actor == NULL || *actor == '\0') {
		xasprintf(cause, "say who you are with --by NAME");
		return (-1);
	}
	if (a == CASE_CLOSE && !case_reason_valid(reason)) {
		xasprintf(cause, "closing needs --reason resolved, "
		    "no-action-needed or false-alarm");
		return (-1);
	}
	if (db_begin(db) != 0) {
		xasprintf(cause, "the database is busy; try again");
		return (-1);
	}
	if (db_case_get(db, id, &c, cause) != 0)
		goto out;
	to = case_move_to(c.state, c.paused_at != 0, a);
	if (to == NULL) {
		if (a == CASE_PAUSE && c.paused_at != 0)
			xasprintf(cause, "case %lld is already paused", id);
		else if (a == CASE_RESUME && c.paused_at == 0)
			xasprintf(cause, "case %lld is not paused", id);
		else
			xasprintf(cause, "case %lld is %s: it cannot be moved "
			    "by %s", id, case_state_label(c.state),
			    case_action_name(a));
		goto out;
	}
	from = c.state;		/* freed at the end */
	what = xstrdup(case_action_name(a));
	switch (a) {
	case CASE_PAUSE:
		c.paused_at = now;
		break;
	case CASE_RESUME:
		c.paused_total += (long long)(now - c.paused_at);
		c.due += now - c.paused_at;
		xasprintf(&full, "%s%spaused %lld s; deadline moved to later",
		    note != NULL ? note : "", note != NULL ? "; " : "",
		    (long long)(now - c.paused_at));
		c.paused_at = 0;
		break;
	case CASE_CLOSE:
		if (c.paused_at != 0) {
			c.paused_total += (long long)(now - c.paused_at);
			c.paused_at = 0;
		}
		free(c.close_reason);
		c.close_reason = xstrdup(reason);
		free(what);
		xasprintf(&what, "close: %s", reason);
		break;
	case CASE_REOPEN:
		free(c.close_reason);
		c.close_reason = NULL;
		break;
	case CASE_ACK:
		if (c.owner == NULL)
			c.owner = xstrdup(actor);
		break;
	default:
		break;
	}
	c.state = xstrdup(to);	/* "to" may be the old state itself */
	if (db_case_save(db, &c, cause) != 0 ||
	    add_event(db, id, now, actor, from, c.state, what,
	    full != NULL ? full : note, cause) != 0)
		goto out;
	r = 0;
out:
	if (r == 0)
		r = db_commit(db);
	else
		db_rollback(db);
	if (r != 0 && cause != NULL && *cause == NULL)
		xasprintf(cause, "could not save case %lld", id);
	db_case_clear(&c);
	free(from);
	free(what);
	free(full);
	return (r);
}

/*
 * Escalate case "c" because its deadline passed at "now": it moves to
 * escalated (if it may) with an event by mentionwatch. Runs inside the
 * caller's transaction.
 */
int
case_escalate_due(struct db *db, struct db_case *c, time_t now,
    char **cause)
{
	const char	*to;
	char		*from;
	int		 r;

	to = case_move_to(c->state, c->paused_at != 0, CASE_ESCALATE);
	if (to == NULL)
		return (0);
	from = c->state;
	c->state = xstrdup(to);
	r = db_case_save(db, c, cause);
	if (r == 0)
		r = add_event(db, c->id, now, "mentionwatch", from, c->state,
		    "escalate", "the deadline passed; the head was told",
		    cause);
	free(from);
	return (r);
}

struct describe {
	long long	*spans;
	size_t		 nspans;
	long long	 start, end;
	int		 have;
};

static int
describe_finding(void *arg, const struct db_finding_row *f)
{
	struct describe	*d = arg;

	if (!d->have) {
		d->start = f->start;
		d->end = f->end;
		d->have = 1;
	}
	if (f->redact) {
		d->spans = xreallocarray(d->spans, 2 * (d->nspans + 1),
		    sizeof *d->spans);
		d->spans[2 * d->nspans] = f->start;
		d->spans[2 * d->nspans + 1] = f->end;
		d->nspans++;
	}
	return (0);
}

/*
 * Return an excerpt of case "c"'s document around its first finding,
 * "context" bytes either side, with pupil names withheld if "redact";
 * "*title", if not NULL, receives its title, withheld the same way. The
 * caller frees both.
 */
char *
case_describe(struct db *db, const struct db_case *c, size_t context,
    int redact, char **title)
{
	struct describe	 d;
	char		*ex, *masked, *nl;
	const char	*t = c->title != NULL && *c->title != '\0' ? c->title :
			    "(untitled)";

	memset(&d, 0, sizeof d);
	db_case_findings(db, c->document_id, 0, NULL, describe_finding, &d,
	    NULL);
	ex = case_excerpt(c->text, d.start, d.end, context, redact ? d.spans :
	    NULL, redact ? d.nspans : 0);
	if (title != NULL) {
		if (redact && d.nspans > 0 && c->text != NULL &&
		    strncmp(c->text, t, strlen(t)) == 0) {
			masked = case_mask(c->text, d.spans, d.nspans, NULL);
			nl = strstr(masked, "\n\n");
			if (nl != NULL)
				*nl = '\0';
			*title = masked;
		} else
			*title = xstrdup(t);
	}
	free(d.spans);
	return (ex);
}
