/*
 * alert.c: the mail a case causes, apart from the digest. An immediate
 * alert goes to the safeguarding lead (with the words found, pupil names
 * included) and to the head (with pupil names withheld) as soon as a
 * finding at or above the alert severity is stored. Before a deadline
 * (reminder_before, but never in the first half of the case's clock) the
 * case's owner, if it is an email address, or else the school's comms
 * address, is reminded; at the deadline the head is told and the case
 * escalates. Each message is keyed by case and deadline in the outbox, so
 * each goes at most once per deadline however often the service restarts;
 * a case that was paused has a new deadline, and so may be reminded again.
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/config.h"
#include "common/html.h"
#include "common/log.h"
#include "common/mwtime.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "report/alert.h"
#include "report/digest.h"
#include "report/mail.h"
#include "tracking/case.h"

#define EXCERPT_CONTEXT	160

struct facts {
	struct strlist	 why;
	struct strlist	 why_redacted;
	long long	*spans;
	size_t		 nspans;
	long long	 start, end;
	int		 have;
};

static int
gather(void *arg, const struct db_finding_row *f)
{
	struct facts	*x = arg;
	char		*line;

	if (!x->have) {
		x->start = f->start;
		x->end = f->end;
		x->have = 1;
	}
	xasprintf(&line, "%s (%s): %s", f->category, f->severity, f->reason);
	if (!strlist_has(&x->why, line))
		strlist_add(&x->why, line);
	free(line);
	if (f->redact) {
		xasprintf(&line, "%s (%s): a pupil is identified (the words are "
		    "withheld here; the safeguarding lead has them)",
		    f->category, f->severity);
		x->spans = xreallocarray(x->spans, 2 * (x->nspans + 1),
		    sizeof *x->spans);
		x->spans[2 * x->nspans] = f->start;
		x->spans[2 * x->nspans + 1] = f->end;
		x->nspans++;
	} else
		xasprintf(&line, "%s (%s): %s", f->category, f->severity,
		    f->reason);
	if (!strlist_has(&x->why_redacted, line))
		strlist_add(&x->why_redacted, line);
	free(line);
	return (0);
}

static void
facts_free(struct facts *x)
{
	strlist_free(&x->why);
	strlist_free(&x->why_redacted);
	free(x->spans);
}

static void
kv_html(struct buf *h, const char *k, const char *v)
{
	buf_printf(h, "<tr><td style=\"padding:4px 10px 4px 0;font-size:14px;"
	    "color:#555555;vertical-align:top;white-space:nowrap;\">%s</td>"
	    "<td style=\"padding:4px 0;font-size:14px;vertical-align:top;\">",
	    k);
	html_escape(h, v);
	buf_adds(h, "</td></tr>\n");
}

/*
 * Compose the message about case "c" into "p": "lead" says what it is
 * ("Safeguarding alert", "Reminder", "Deadline missed"), "redact" whether
 * pupil names are withheld.
 */
static void
compose(const struct config *cf, const struct db_case *c,
    const struct facts *x, const char *lead, const char *intro, int redact,
    time_t now, struct mail_parts *p)
{
	const struct school	*s = c->school != NULL ?
				    config_school(cf, c->school) : NULL;
	const char		*tz = s != NULL ? s->timezone : cf->timezone;
	const struct strlist	*why = redact ? &x->why_redacted : &x->why;
	struct buf		 t, h;
	struct tm		 tm;
	char			*ex, *shortn, *title, *left, due[64], id[32];
	char			*masked, *nl;
	size_t			 i;

	shortn = digest_short_name(s != NULL ? s->name : "mentionwatch");
	title = xstrdup(c->title != NULL && *c->title != '\0' ? c->title :
	    "(untitled)");
	if (redact && x->nspans > 0 && c->text != NULL &&
	    strncmp(c->text, title, strlen(title)) == 0) {
		masked = case_mask(c->text, x->spans, x->nspans, NULL);
		nl = strstr(masked, "\n\n");
		if (nl != NULL)
			*nl = '\0';
		free(title);
		title = masked;
	}
	masked = mail_clean_header(title, 300);	/* one line, always */
	free(title);
	title = masked;
	ex = case_excerpt(c->text, x->start, x->end, EXCERPT_CONTEXT,
	    redact ? x->spans : NULL, redact ? x->nspans : 0);
	if (mwtime_local(c->due, tz, &tm) != 0)
		gmtime_r(&c->due, &tm);
	strftime(due, sizeof due, "%a %d %b %Y %H:%M %Z", &tm);
	left = case_time_left(c, now);
	snprintf(id, sizeof id, "%lld", c->id);

	xasprintf(&p->subject, "%s: %s: case %lld (%s): %s", lead, shortn,
	    c->id, c->severity, title);
	buf_init(&t, 0);
	buf_printf(&t, "%s\n\n%s\n\n", lead, intro);
	buf_printf(&t, "School:    %s\nCase:      %lld (%s, %s)\n",
	    s != NULL ? s->name : "?", c->id, c->severity,
	    case_state_label(c->state));
	buf_printf(&t, "Document:  %s\nSource:    %s\nLink:      %s\n",
	    title, c->source != NULL ? c->source : "unknown source",
	    c->url != NULL ? c->url : "");
	buf_printf(&t, "Due:       %s (%s)%s\n\nWhat was found:\n  \"%s\"\n\n"
	    "Why:\n", due, left, c->safeguarding ? ", safeguarding clock" : "",
	    ex);
	for (i = 0; i < why->n; i++)
		buf_printf(&t, "  - %s\n", why->v[i]);
	buf_printf(&t, "\nSee it with `mentionwatch case %lld`; acknowledge "
	    "it with `mentionwatch case %lld ack --by NAME`.\n", c->id, c->id);
	if (redact && x->nspans > 0)
		buf_adds(&t, "Pupil names are withheld from this email.\n");

	buf_init(&h, 0);
	buf_adds(&h, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta "
	    "charset=\"utf-8\"><title>mentionwatch</title></head>\n<body "
	    "style=\"margin:0;padding:16px;background:#f4f4f4;font-family:"
	    "Arial,Helvetica,sans-serif;color:#222222;\">\n<table role=\""
	    "presentation\" cellpadding=\"0\" cellspacing=\"0\" width=\"640\" "
	    "style=\"max-width:640px;background:#ffffff;border:1px solid "
	    "#dddddd;\"><tr><td style=\"padding:18px 22px;\">\n<h1 style=\""
	    "font-size:19px;margin:0 0 8px 0;color:#9b2c2c;\">");
	html_escape(&h, lead);
	buf_adds(&h, "</h1>\n<p style=\"font-size:14px;\">");
	html_escape(&h, intro);
	buf_adds(&h, "</p>\n<table role=\"presentation\" cellpadding=\"0\" "
	    "cellspacing=\"0\">\n");
	kv_html(&h, "School", s != NULL ? s->name : "?");
	kv_html(&h, "Case", id);
	kv_html(&h, "Severity", c->severity);
	kv_html(&h, "Document", title);
	kv_html(&h, "Source", c->source != NULL ? c->source :
	    "unknown source");
	kv_html(&h, "Link", c->url != NULL ? c->url : "");
	kv_html(&h, "Due", due);
	kv_html(&h, "Time left", left);
	buf_adds(&h, "</table>\n<p style=\"font-size:14px;font-style:italic;"
	    "border-left:4px solid #c53030;padding:4px 10px;\">&ldquo;");
	html_escape(&h, ex);
	buf_adds(&h, "&rdquo;</p>\n<ul style=\"font-size:14px;\">\n");
	for (i = 0; i < why->n; i++) {
		buf_adds(&h, "<li>");
		html_escape(&h, why->v[i]);
		buf_adds(&h, "</li>\n");
	}
	buf_printf(&h, "</ul>\n<p style=\"font-size:12px;color:#666666;\">"
	    "Acknowledge it with <code>mentionwatch case %lld ack --by NAME"
	    "</code>.%s</p>\n</td></tr></table>\n</body></html>\n", c->id,
	    redact && x->nspans > 0 ? " Pupil names are withheld from this "
	    "email." : "");
	p->text = buf_detach(&t);
	p->html = buf_detach(&h);
	p->school = c->school;
	p->case_id = c->id;
	free(ex);
	free(shortn);
	free(title);
	free(left);
}

static int
queue(const struct config *cf, struct db *db, const struct db_case *c,
    const struct facts *x, const char *kind, const char *key,
    const char *to, const char *lead, const char *intro, int redact,
    time_t now, int *queued, char **cause)
{
	struct mail_parts	p;
	int			q = 0, r;

	if (to == NULL || *to == '\0')
		return (0);
	memset(&p, 0, sizeof p);
	p.dkey = xstrdup(key);
	if (db_mail_exists(db, p.dkey)) {
		free(p.dkey);
		return (0);
	}
	p.kind = kind;
	p.to = xstrdup(to);
	compose(cf, c, x, lead, intro, redact, now, &p);
	r = mail_queue(cf, db, &p, now, &q, cause);
	if (queued != NULL)
		*queued += q;
	mail_parts_clear(&p);
	return (r);
}

/*
 * Queue the immediate alerts of case "id": to the safeguarding lead with
 * everything found, and to the head with pupil names withheld; each once
 * per case. Runs inside the caller's transaction.
 */
int
alert_queue(const struct config *cf, struct db *db, long long id,
    time_t now, char **cause)
{
	struct db_case		 c;
	struct facts		 x;
	const struct school	*s;
	char			 key[64];
	int			 r = -1;

	if (db_case_get(db, id, &c, cause) != 0)
		return (-1);
	memset(&x, 0, sizeof x);
	if (db_case_findings(db, c.document_id, 0, NULL, gather, &x,
	    cause) != 0)
		goto out;
	s = c.school != NULL ? config_school(cf, c.school) : NULL;
	if (s == NULL) {
		r = 0;
		goto out;
	}
	snprintf(key, sizeof key, "alert:%lld:safeguarding", id);
	if (queue(cf, db, &c, &x, "alert", key, s->dsl_email,
	    "Safeguarding alert", "mentionwatch found this and flagged it "
	    "for immediate attention. This copy, for the designated "
	    "safeguarding lead, includes the words found.", 0, now, NULL,
	    cause) != 0)
		goto out;
	snprintf(key, sizeof key, "alert:%lld:head", id);
	if (queue(cf, db, &c, &x, "alert", key, s->head_email,
	    "Safeguarding alert", "mentionwatch found this and flagged it "
	    "for immediate attention. The safeguarding lead has been sent "
	    "the full details.", 1, now, NULL, cause) != 0)
		goto out;
	r = 0;
out:
	facts_free(&x);
	db_case_clear(&c);
	return (r);
}

struct due_list {
	const struct config	*cf;
	time_t			 now;
	long long		*ids;
	size_t			 n;
};

/* Return when case "c" is to be reminded under "cf". */
static time_t
remind_at(const struct config *cf, const struct db_case *c)
{
	time_t	remind;

	/* reminder_before the deadline, but not in the first half of a
	 * clock shorter than twice that (a safeguarding case's alert has
	 * only just gone out) */
	remind = c->due - (time_t)cf->reminder_before;
	if (remind < c->first_seen + (c->due - c->first_seen) / 2)
		remind = c->first_seen + (c->due - c->first_seen) / 2;
	return (remind);
}

static int
collect_due(void *arg, const struct db_case *c)
{
	struct due_list	*l = arg;

	if (!case_awaiting(c->state) || c->paused_at != 0 ||
	    l->now < remind_at(l->cf, c))
		return (0);
	l->ids = xreallocarray(l->ids, l->n + 1, sizeof *l->ids);
	l->ids[l->n++] = c->id;
	return (0);
}

static int
deadline_one(const struct config *cf, struct db *db, long long id,
    time_t now, int *queued, char **cause)
{
	struct db_case		 c;
	struct facts		 x;
	const struct school	*s;
	const char		*to;
	char			 key[96];
	int			 r = -1;

	if (db_case_get(db, id, &c, cause) != 0)
		return (-1);
	memset(&x, 0, sizeof x);
	s = c.school != NULL ? config_school(cf, c.school) : NULL;
	if (s == NULL || now < remind_at(cf, &c) || !case_awaiting(c.state) ||
	    c.paused_at != 0) {
		r = 0;
		goto out;
	}
	if (db_case_findings(db, c.document_id, 0, NULL, gather, &x,
	    cause) != 0)
		goto out;
	if (now < c.due) {
		to = c.owner != NULL && strchr(c.owner, '@') != NULL ?
		    c.owner : s->comms_email;
		snprintf(key, sizeof key, "reminder:%lld:%lld", id,
		    (long long)c.due);
		r = queue(cf, db, &c, &x, "reminder", key, to, "Reminder",
		    "This case is due soon and has no response yet.", 1, now,
		    queued, cause);
		goto out;
	}
	snprintf(key, sizeof key, "escalation:%lld:%lld", id,
	    (long long)c.due);
	if (db_mail_exists(db, key)) {
		r = 0;
		goto out;
	}
	if (case_escalate_due(db, &c, now, cause) != 0)
		goto out;
	r = queue(cf, db, &c, &x, "escalation", key, s->head_email,
	    "Deadline missed", "The school's response deadline for this case "
	    "has passed without a response; it is escalated to you.", 1, now,
	    queued, cause);
out:
	facts_free(&x);
	db_case_clear(&c);
	return (r);
}

/*
 * Queue the reminders and escalations due at "now", each case's change
 * and its message in one transaction. "*queued" counts messages queued.
 */
int
alert_deadlines(const struct config *cf, struct db *db, time_t now,
    int *queued, char **cause)
{
	struct due_list	 l;
	size_t		 i;
	int		 r = 0;

	*queued = 0;
	memset(&l, 0, sizeof l);
	l.cf = cf;
	l.now = now;
	if (db_case_list(db, 0, collect_due, &l, cause) != 0)
		return (-1);
	for (i = 0; i < l.n && r == 0; i++) {
		if (db_begin(db) != 0) {
			xasprintf(cause, "the database is busy");
			r = -1;
			break;
		}
		r = deadline_one(cf, db, l.ids[i], now, queued, cause);
		if (r == 0)
			r = db_commit(db);
		else
			db_rollback(db);
	}
	free(l.ids);
	return (r);
}
