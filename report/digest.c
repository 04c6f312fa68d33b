/*
 * digest.c: the daily digest, the one email a headteacher reads. For each
 * school: the cases that need action today, are due tomorrow or are
 * overdue; the new flagged mentions by severity, each with an excerpt,
 * the source, the link and why it was flagged; the other mentions,
 * counted; the sources that are failing; and the signed head of the
 * evidence chain, so that the email is an outside witness of the log. A
 * digest is produced even when nothing was found: a nil return proves the
 * monitoring ran. It is written twice, as plain text and as HTML (inline
 * CSS and tables, no scripts, no remote images, every crawled string
 * escaped), and pupil names are withheld unless it goes to the
 * safeguarding lead.
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/analyze.h"
#include "common/config.h"
#include "common/html.h"
#include "common/mwtime.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "report/digest.h"
#include "report/mail.h"
#include "tracking/case.h"

#define EXCERPT_CONTEXT	120
#define MAX_LISTED	50	/* items a list shows; the rest are counted */

/* One flagged document of the digest. */
struct flagged {
	long long	 doc;
	long long	 case_id;
	enum severity	 sev;
	char		*title;
	char		*url;
	char		*source;
	char		*text;
	long long	 start, end;
	long long	*spans;
	size_t		 nspans;
	struct strlist	 why;
	int		 redact;
};

struct section {
	const struct config	*cf;
	const struct school	*s;
	const struct digest_opts *opts;
	struct flagged		*docs;
	size_t			 ndocs;
	struct db_case		*today, *tomorrow, *overdue;
	size_t			 ntoday, ntomorrow, noverdue, npaused;
	int			 today_ymd;
	size_t			 nother;
	struct buf		*text;
	struct buf		*html;
};

static void
local_time(time_t t, const char *tz, char *out, size_t len)
{
	struct tm	tm;

	if (mwtime_local(t, tz, &tm) != 0)
		gmtime_r(&t, &tm);
	strftime(out, len, "%a %d %b %Y %H:%M", &tm);
}

static int
local_ymd(time_t t, const char *tz)
{
	struct tm	tm;

	if (mwtime_local(t, tz, &tm) != 0)
		gmtime_r(&t, &tm);
	return ((tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 +
	    tm.tm_mday);
}

/*
 * Return the short name of a school as a subject line uses it: its name
 * up to "Church of England", "Primary", "Academy", "School" and the like
 * ("St Aldhelm's", "Harrowden Park"). The caller frees it.
 */
char *
digest_short_name(const char *name)
{
	static const char *cut[] = { " Church of England", " C of E",
	    " CE ", " Primary", " Infant", " Junior", " Academy",
	    " Secondary", " High School", " School", " College", NULL };
	size_t		 n = strlen(name), i;
	const char	*p;

	for (i = 0; cut[i] != NULL; i++) {
		p = strstr(name, cut[i]);
		if (p != NULL && p > name && (size_t)(p - name) < n)
			n = (size_t)(p - name);
	}
	return (xstrndup(name, n));
}

static void
flagged_free(struct flagged *f)
{
	free(f->title);
	free(f->url);
	free(f->source);
	free(f->text);
	free(f->spans);
	strlist_free(&f->why);
}

static int
add_finding(void *arg, const struct db_finding_row *r)
{
	struct section	*sec = arg;
	struct flagged	*f = NULL;
	enum severity	 sev;
	char		*why;

	if (r->created > sec->opts->until)
		return (0);
	/* Criticism is shown among the other mentions, never flagged. */
	if (severity_parse(r->severity, &sev) != 0 || sev == SEV_NONE ||
	    strcmp(r->category, "criticism") == 0)
		return (0);
	if (sec->ndocs > 0 && sec->docs[sec->ndocs - 1].doc == r->document_id)
		f = &sec->docs[sec->ndocs - 1];
	if (f == NULL) {
		sec->docs = xreallocarray(sec->docs, sec->ndocs + 1,
		    sizeof *sec->docs);
		f = &sec->docs[sec->ndocs++];
		memset(f, 0, sizeof *f);
		f->doc = r->document_id;
		f->case_id = r->case_id;
		f->title = xstrdup(r->title != NULL && *r->title != '\0' ?
		    r->title : "(untitled)");
		f->url = xstrdup(r->url != NULL ? r->url : "");
		f->source = xstrdup(r->source != NULL ? r->source :
		    "unknown source");
		f->text = xstrdup(r->text != NULL ? r->text : "");
		f->start = r->start;
		f->end = r->end;
		f->sev = sev;
	}
	if (sev > f->sev) {
		f->sev = sev;
		f->start = r->start;
		f->end = r->end;
	}
	if (r->redact) {
		f->redact = 1;
		f->spans = xreallocarray(f->spans, 2 * (f->nspans + 1),
		    sizeof *f->spans);
		f->spans[2 * f->nspans] = r->start;
		f->spans[2 * f->nspans + 1] = r->end;
		f->nspans++;
	}
	if (r->redact && sec->opts->redact)
		xasprintf(&why, "%s: a pupil is identified (the words are "
		    "withheld here; the safeguarding lead has them)",
		    r->category);
	else
		xasprintf(&why, "%s: %s", r->category, r->reason);
	if (!strlist_has(&f->why, why))
		strlist_add(&f->why, why);
	free(why);
	return (0);
}

static void
keep_case(struct db_case **v, size_t *n, const struct db_case *c)
{
	struct db_case	*k;

	*v = xreallocarray(*v, *n + 1, sizeof **v);
	k = &(*v)[(*n)++];
	*k = *c;
	k->school = c->school != NULL ? xstrdup(c->school) : NULL;
	k->severity = xstrdup(c->severity);
	k->state = xstrdup(c->state);
	k->close_reason = NULL;
	k->owner = c->owner != NULL ? xstrdup(c->owner) : NULL;
	k->url = c->url != NULL ? xstrdup(c->url) : NULL;
	k->title = c->title != NULL ? xstrdup(c->title) : NULL;
	k->source = c->source != NULL ? xstrdup(c->source) : NULL;
	k->text = NULL;
}

static int
add_case(void *arg, const struct db_case *c)
{
	struct section	*sec = arg;
	time_t		 now = sec->opts->until;
	int		 ymd;

	if (c->school == NULL || strcmp(c->school, sec->s->id) != 0 ||
	    !case_awaiting(c->state))
		return (0);
	if (c->paused_at != 0) {
		sec->npaused++;
		return (0);
	}
	if (case_overdue(c, now)) {
		keep_case(&sec->overdue, &sec->noverdue, c);
		return (0);
	}
	ymd = local_ymd(c->due, sec->s->timezone);
	if (ymd <= sec->today_ymd)
		keep_case(&sec->today, &sec->ntoday, c);
	else if (ymd == local_ymd(now + 86400, sec->s->timezone))
		keep_case(&sec->tomorrow, &sec->ntomorrow, c);
	return (0);
}

static void
free_cases(struct db_case *v, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		db_case_clear(&v[i]);
	free(v);
}

static const char *sev_colour[] = { "#666666", "#2b6cb0", "#b7791f",
    "#c53030" };

/* Return the title of "f" on one line, pupil names withheld if need be. */
static char *
title_of(const struct section *sec, const struct flagged *f)
{
	char	*masked, *nl, *out;

	if (!f->redact || !sec->opts->redact ||
	    strncmp(f->text, f->title, strlen(f->title)) != 0)
		return (mail_clean_header(f->title, 300));
	masked = case_mask(f->text, f->spans, f->nspans, NULL);
	nl = strstr(masked, "\n\n");
	if (nl != NULL)
		*nl = '\0';
	out = mail_clean_header(masked, 300);
	free(masked);
	return (out);
}

/* Append "url" escaped, as a link if it is http(s) (never fetched). */
static void
html_link(struct buf *h, const char *url)
{
	if (strncmp(url, "http://", 7) != 0 &&
	    strncmp(url, "https://", 8) != 0) {
		html_escape(h, url);
		return;
	}
	buf_adds(h, "<a href=\"");
	html_escape(h, url);
	buf_adds(h, "\" style=\"color:#2b6cb0;\">");
	html_escape(h, url);
	buf_adds(h, "</a>");
}

static void
html_cell(struct buf *h, const char *style, const char *s)
{
	buf_printf(h, "<td style=\"%s\">", style);
	html_escape(h, s);
	buf_adds(h, "</td>");
}

#define TD	"padding:6px 8px;border-bottom:1px solid #e2e2e2;" \
		"vertical-align:top;font-size:14px;"
#define TH	"padding:6px 8px;border-bottom:2px solid #cccccc;" \
		"text-align:left;font-size:13px;color:#555555;"
#define H2	"font-size:17px;margin:22px 0 8px 0;color:#1a365d;"
#define H3	"font-size:15px;margin:16px 0 6px 0;color:#333333;"

/* Say that "n" more items were left out of a list. */
static void
more(struct section *sec, size_t n)
{
	buf_printf(sec->text, "    ... and %zu more (see `mentionwatch "
	    "cases`)\n", n);
	buf_printf(sec->html, "<p style=\"font-size:13px;color:#555555;\">"
	    "&hellip; and %zu more (see <code>mentionwatch cases</code>)"
	    "</p>\n", n);
}

static void
case_table(struct section *sec, const char *heading, struct db_case *v,
    size_t n)
{
	size_t	 i;
	char	*left, due[64], id[32];

	buf_printf(sec->text, "  %s: %zu\n", heading, n);
	buf_printf(sec->html, "<h3 style=\"" H3 "\">%s: %zu</h3>\n", heading,
	    n);
	if (n == 0)
		return;
	buf_adds(sec->html, "<table role=\"presentation\" cellpadding=\"0\" "
	    "cellspacing=\"0\" width=\"100%\" style=\"border-collapse:"
	    "collapse;\"><tr><th style=\"" TH "\">Case</th><th style=\"" TH
	    "\">Severity</th><th style=\"" TH "\">Document</th><th style=\""
	    TH "\">Due</th></tr>\n");
	for (i = 0; i < n && i < MAX_LISTED; i++) {
		const struct db_case	*c = &v[i];

		left = case_time_left(c, sec->opts->until);
		local_time(c->due, sec->s->timezone, due, sizeof due);
		buf_printf(sec->text, "    - case %lld (%s, %s): %s\n      %s; "
		    "%s\n", c->id, c->severity, case_state_label(c->state),
		    c->source != NULL ? c->source : c->url != NULL ? c->url :
		    "?", due, left);
		snprintf(id, sizeof id, "%lld", c->id);
		buf_adds(sec->html, "<tr>");
		html_cell(sec->html, TD, id);
		html_cell(sec->html, TD, c->severity);
		buf_printf(sec->html, "<td style=\"%s\">", TD);
		html_escape(sec->html, c->source != NULL ? c->source :
		    "(unknown source)");
		buf_adds(sec->html, "<br><span style=\"color:#666666;"
		    "font-size:12px;\">");
		html_link(sec->html, c->url != NULL ? c->url : "");
		buf_adds(sec->html, "</span></td>");
		buf_printf(sec->html, "<td style=\"%s\">", TD);
		html_escape(sec->html, due);
		buf_adds(sec->html, "<br><strong>");
		html_escape(sec->html, left);
		buf_adds(sec->html, "</strong></td></tr>\n");
		free(left);
	}
	buf_adds(sec->html, "</table>\n");
	if (n > MAX_LISTED)
		more(sec, n - MAX_LISTED);
}

static void
flagged_list(struct section *sec)
{
	enum severity	 sev;
	size_t		 i, j, shown = 0;
	char		*ex, *title;

	buf_printf(sec->text, "\n  New flagged mentions: %zu\n", sec->ndocs);
	buf_printf(sec->html, "<h3 style=\"" H3 "\">New flagged mentions: "
	    "%zu</h3>\n", sec->ndocs);
	for (sev = SEV_HIGH; sev > SEV_NONE; sev--) {
		for (i = 0; i < sec->ndocs; i++) {
			struct flagged	*f = &sec->docs[i];

			if (f->sev != sev)
				continue;
			if (++shown > MAX_LISTED)
				continue;
			title = title_of(sec, f);
			ex = case_excerpt(f->text, f->start, f->end,
			    EXCERPT_CONTEXT, sec->opts->redact ? f->spans :
			    NULL, sec->opts->redact ? f->nspans : 0);
			buf_printf(sec->text, "    %zu. [%s] %s\n", shown,
			    severity_name(sev), title);
			buf_printf(sec->text, "       \"%s\"\n", ex);
			buf_printf(sec->text, "       source: %s\n       "
			    "link: %s\n", f->source, f->url);
			for (j = 0; j < f->why.n; j++)
				buf_printf(sec->text, "       why: %s\n",
				    f->why.v[j]);
			if (f->case_id != 0)
				buf_printf(sec->text, "       case: %lld\n",
				    f->case_id);
			buf_adds(sec->text, "\n");

			buf_printf(sec->html, "<table role=\"presentation\" "
			    "cellpadding=\"0\" cellspacing=\"0\" width=\"100%%\""
			    " style=\"border-collapse:collapse;margin:0 0 10px "
			    "0;border-left:4px solid %s;\"><tr><td style=\""
			    "padding:6px 10px;font-size:14px;\"><span style=\""
			    "color:%s;font-weight:bold;text-transform:"
			    "uppercase;font-size:12px;\">%s</span> <strong>",
			    sev_colour[sev], sev_colour[sev],
			    severity_name(sev));
			html_escape(sec->html, title);
			buf_adds(sec->html, "</strong><br><span style=\""
			    "font-style:italic;color:#333333;\">&ldquo;");
			html_escape(sec->html, ex);
			buf_adds(sec->html, "&rdquo;</span><br><span style=\""
			    "font-size:12px;color:#555555;\">Source: ");
			html_escape(sec->html, f->source);
			buf_adds(sec->html, " &middot; Link: ");
			html_link(sec->html, f->url);
			if (f->case_id != 0)
				buf_printf(sec->html, " &middot; Case %lld",
				    f->case_id);
			buf_adds(sec->html, "</span>");
			for (j = 0; j < f->why.n; j++) {
				buf_adds(sec->html, "<br><span style=\""
				    "font-size:13px;\">Why: ");
				html_escape(sec->html, f->why.v[j]);
				buf_adds(sec->html, "</span>");
			}
			buf_adds(sec->html, "</td></tr></table>\n");
			free(ex);
			free(title);
		}
	}
	if (shown > MAX_LISTED)
		more(sec, shown - MAX_LISTED);
}

struct others {
	struct section	*sec;
	size_t		 n;
};

static int
add_other(void *arg, const struct db_mention_row *r)
{
	struct others	*o = arg;
	struct section	*sec = o->sec;
	size_t		 i;

	if (r->first_seen > sec->opts->until)
		return (0);
	for (i = 0; i < sec->ndocs; i++) {
		if (sec->docs[i].doc == r->document_id)
			return (0);
	}
	if (++o->n > MAX_LISTED)
		return (0);
	buf_printf(sec->text, "    - %s\n      %s (%s)\n",
	    r->title != NULL && *r->title != '\0' ? r->title : "(untitled)",
	    r->url, r->source != NULL ? r->source : "unknown source");
	buf_adds(sec->html, "<li style=\"margin:0 0 4px 0;font-size:13px;\">");
	html_escape(sec->html, r->title != NULL && *r->title != '\0' ?
	    r->title : "(untitled)");
	buf_adds(sec->html, " <span style=\"color:#666666;\">(");
	html_escape(sec->html, r->source != NULL ? r->source :
	    "unknown source");
	buf_adds(sec->html, ")</span></li>\n");
	return (0);
}

static int
school_section(struct db *db, struct section *sec, char **cause)
{
	struct others	 o;
	struct buf	 tmp_t, tmp_h, *save_t, *save_h;
	long long	 n;
	char		 line[256];

	sec->today_ymd = local_ymd(sec->opts->until, sec->s->timezone);
	if (db_case_findings(db, 0, sec->opts->since, sec->s->id,
	    add_finding, sec, cause) != 0)
		return (-1);
	if (db_case_list(db, 0, add_case, sec, cause) != 0)
		return (-1);

	buf_printf(sec->text, "== %s ==\n", sec->s->name);
	buf_adds(sec->html, "<h2 style=\"" H2 "\">");
	html_escape(sec->html, sec->s->name);
	buf_adds(sec->html, "</h2>\n");
	snprintf(line, sizeof line, "%zu flagged, %zu overdue, %zu due "
	    "today, %zu due tomorrow%s", sec->ndocs, sec->noverdue,
	    sec->ntoday, sec->ntomorrow, sec->npaused > 0 ?
	    ", some paused" : "");
	buf_printf(sec->text, "  %s\n\n", line);
	buf_printf(sec->html, "<p style=\"margin:0 0 8px 0;font-size:14px;\">"
	    "%s</p>\n", line);
	case_table(sec, "Needs action today", sec->today, sec->ntoday);
	case_table(sec, "Due tomorrow", sec->tomorrow, sec->ntomorrow);
	case_table(sec, "Overdue", sec->overdue, sec->noverdue);
	flagged_list(sec);

	/* Other mentions go to scratch buffers, then are counted. */
	save_t = sec->text;
	save_h = sec->html;
	buf_init(&tmp_t, 0);
	buf_init(&tmp_h, 0);
	sec->text = &tmp_t;
	sec->html = &tmp_h;
	memset(&o, 0, sizeof o);
	o.sec = sec;
	n = db_mention_list(db, sec->opts->since, sec->s->id, add_other, &o,
	    cause);
	sec->text = save_t;
	sec->html = save_h;
	if (n != 0) {
		buf_free(&tmp_t);
		buf_free(&tmp_h);
		return (-1);
	}
	if (sec->ndocs == 0 && o.n == 0) {
		buf_adds(sec->text, "  Nothing new was found. Monitoring "
		    "ran; this is a nil return.\n\n");
		buf_adds(sec->html, "<p style=\"font-size:14px;color:#276749;"
		    "\">Nothing new was found. Monitoring ran; this is a nil "
		    "return.</p>\n");
	} else {
		buf_printf(sec->text, "  Other mentions (not flagged): %zu\n",
		    o.n);
		buf_adds(sec->text, buf_str(&tmp_t));
		if (o.n > MAX_LISTED)
			buf_printf(sec->text, "    ... and %zu more (see "
			    "`mentionwatch mentions`)\n", o.n - MAX_LISTED);
		buf_adds(sec->text, "\n");
		buf_printf(sec->html, "<h3 style=\"" H3 "\">Other mentions "
		    "(not flagged): %zu</h3>\n", o.n);
		if (o.n > 0)
			buf_printf(sec->html, "<ul style=\"margin:0;padding:0 "
			    "0 0 18px;\">\n%s</ul>\n", buf_str(&tmp_h));
	}
	sec->nother = o.n;
	buf_free(&tmp_t);
	buf_free(&tmp_h);
	return (0);
}

static void
section_free(struct section *sec)
{
	size_t	i;

	for (i = 0; i < sec->ndocs; i++)
		flagged_free(&sec->docs[i]);
	free(sec->docs);
	free_cases(sec->today, sec->ntoday);
	free_cases(sec->tomorrow, sec->ntomorrow);
	free_cases(sec->overdue, sec->noverdue);
}

struct source_rows {
	struct buf	*text;
	struct buf	*html;
	const char	*tz;
	size_t		 total;
	size_t		 failing;
};

static int
add_source(void *arg, const struct db_source *s)
{
	struct source_rows	*sr = arg;
	char			 when[64], line[512];

	sr->total++;
	if (s->failures == 0)
		return (0);
	sr->failing++;
	if (s->last_success != 0)
		local_time(s->last_success, sr->tz, when, sizeof when);
	else
		snprintf(when, sizeof when, "never");
	snprintf(line, sizeof line, "%s: %s (failing %lld time%s; last "
	    "success %s)", s->key, s->last_error != NULL ? s->last_error :
	    "error", s->failures, s->failures == 1 ? "" : "s", when);
	buf_printf(sr->text, "  - %s\n", line);
	buf_adds(sr->html, "<li style=\"font-size:13px;color:#9b2c2c;\">");
	html_escape(sr->html, line);
	buf_adds(sr->html, "</li>\n");
	return (0);
}

/*
 * Compose the digest for "opts" (one school, or every school for the
 * trust) into "p": subject, plain text and HTML. Return 0, or -1 with
 * "*cause" set.
 */
int
digest_compose(const struct config *cf, struct db *db,
    const struct digest_opts *opts, struct mail_parts *p, char **cause)
{
	struct section		 sec;
	struct source_rows	 srcs;
	struct buf		 text, html, ul;
	const struct school	*one = NULL;
	const char		*tz = cf->timezone;
	char			 from[64], to[64], *name, *head;
	size_t			 i, flagged = 0, overdue = 0;

	if (opts->school != NULL) {
		one = config_school(cf, opts->school);
		if (one == NULL) {
			xasprintf(cause, "no school \"%s\" in %s",
			    opts->school, cf->path);
			return (-1);
		}
		tz = one->timezone;
	}
	name = one != NULL ? xstrdup(one->name) : xstrdup(cf->trust_name !=
	    NULL ? cf->trust_name : "all schools");
	local_time(opts->since, tz, from, sizeof from);
	local_time(opts->until, tz, to, sizeof to);
	buf_init(&text, 0);
	buf_init(&html, 0);
	buf_printf(&text, "mentionwatch digest: %s\n", name);
	buf_printf(&text, "Mentions first seen from %s to %s (%s)\n\n", from,
	    to, tz);

	buf_adds(&html, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta "
	    "charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-"
	    "width\"><title>mentionwatch digest</title></head>\n<body style=\""
	    "margin:0;padding:0;background:#f4f4f4;font-family:Arial,"
	    "Helvetica,sans-serif;color:#222222;\">\n<table role=\""
	    "presentation\" cellpadding=\"0\" cellspacing=\"0\" width=\"100%\" "
	    "style=\"background:#f4f4f4;\"><tr><td align=\"center\" style=\""
	    "padding:16px;\">\n<table role=\"presentation\" cellpadding=\"0\" "
	    "cellspacing=\"0\" width=\"680\" style=\"max-width:680px;"
	    "background:#ffffff;border:1px solid #dddddd;\"><tr><td style=\""
	    "padding:18px 22px;\">\n<h1 style=\"font-size:20px;margin:0 0 4px "
	    "0;color:#1a365d;\">mentionwatch digest: ");
	html_escape(&html, name);
	buf_adds(&html, "</h1>\n<p style=\"margin:0 0 10px 0;font-size:13px;"
	    "color:#555555;\">Mentions first seen from ");
	html_escape(&html, from);
	buf_adds(&html, " to ");
	html_escape(&html, to);
	buf_printf(&html, " (%s)</p>\n", tz);

	for (i = 0; i < cf->nschools; i++) {
		const struct school	*s = &cf->schools[i];
		int			 r;

		if (one != NULL && one != s)
			continue;
		memset(&sec, 0, sizeof sec);
		sec.cf = cf;
		sec.s = s;
		sec.opts = opts;
		sec.text = &text;
		sec.html = &html;
		r = school_section(db, &sec, cause);
		flagged += sec.ndocs;
		overdue += sec.noverdue;
		section_free(&sec);
		if (r != 0) {
			buf_free(&text);
			buf_free(&html);
			free(name);
			return (-1);
		}
	}

	buf_init(&ul, 0);
	memset(&srcs, 0, sizeof srcs);
	srcs.text = &text;
	srcs.html = &ul;
	srcs.tz = tz;
	buf_adds(&text, "== Sources ==\n");
	if (db_source_list(db, add_source, &srcs, cause) != 0) {
		buf_free(&text);
		buf_free(&html);
		buf_free(&ul);
		free(name);
		return (-1);
	}
	buf_printf(&text, "  %zu source%s watched, %zu failing.\n\n",
	    srcs.total, srcs.total == 1 ? "" : "s", srcs.failing);
	buf_printf(&html, "<h2 style=\"" H2 "\">Sources</h2>\n<p style=\""
	    "font-size:14px;margin:0;\">%zu source%s watched, %zu failing."
	    "</p>\n", srcs.total, srcs.total == 1 ? "" : "s", srcs.failing);
	if (srcs.failing > 0)
		buf_printf(&html, "<ul style=\"margin:6px 0;padding:0 0 0 "
		    "18px;\">\n%s</ul>\n", buf_str(&ul));
	buf_free(&ul);

	/* EVIDENCE: the evidence chain's signed head, read from the latest
	 * row of checkpoints, which evidence/ writes when it signs. */
	head = db_mail_chain_head(db);
	buf_printf(&text, "Evidence chain head: %s\n", head != NULL ? head :
	    "(not yet signed)");
	buf_adds(&html, "<p style=\"font-size:12px;color:#555555;margin:18px "
	    "0 0 0;font-family:Consolas,Menlo,monospace;word-break:"
	    "break-all;\">Evidence chain head: ");
	html_escape(&html, head != NULL ? head : "(not yet signed)");
	buf_adds(&html, "</p>\n");
	buf_adds(&text, "\nThis digest is sent every day, even when nothing "
	    "was found.\n");
	if (opts->redact)
		buf_adds(&text, "Pupil names are withheld from this email.\n");
	buf_printf(&html, "<p style=\"font-size:12px;color:#777777;margin:8px "
	    "0 0 0;\">This digest is sent every day, even when nothing was "
	    "found.%s</p>\n</td></tr></table>\n</td></tr></table>\n</body>"
	    "</html>\n", opts->redact ? " Pupil names are withheld from this "
	    "email." : "");

	memset(p, 0, sizeof *p);
	p->kind = "digest";
	p->school = opts->school;
	p->chain_head = head;
	{
		char	*shortn = one != NULL ? digest_short_name(one->name) :
			    xstrdup(name);

		xasprintf(&p->subject, "%s: %zu flagged, %zu overdue", shortn,
		    flagged, overdue);
		free(shortn);
	}
	p->text = buf_detach(&text);
	p->html = buf_detach(&html);
	free(name);
	return (0);
}

/*
 * Write the plain-text digest for "opts" into "out". Return 0, or -1
 * with "*cause" set.
 */
int
digest_build(const struct config *cf, struct db *db,
    const struct digest_opts *opts, struct buf *out, char **cause)
{
	struct mail_parts	p;

	if (digest_compose(cf, db, opts, &p, cause) != 0)
		return (-1);
	buf_adds(out, p.text);
	mail_parts_clear(&p);
	return (0);
}

static int
parse_hhmm(const char *s, int *h, int *m)
{
	int	n = 0;

	if (s == NULL || sscanf(s, "%d:%d%n", h, m, &n) != 2 ||
	    s[n] != '\0' || *h < 0 || *h > 23 || *m < 0 || *m > 59)
		return (-1);
	return (0);
}

static int
queue_one(const struct config *cf, struct db *db, const char *school,
    const char *tz, const char *to, time_t now, int *queued, char **cause)
{
	struct digest_opts	 opts;
	struct mail_parts	 p;
	struct tm		 tm;
	char			*dkey;
	int			 h, m, q = 0, r;

	if (to == NULL)
		return (0);
	if (parse_hhmm(cf->digest_time, &h, &m) != 0) {
		xasprintf(cause, "[mail] digest_time \"%s\" is not HH:MM",
		    cf->digest_time);
		return (-1);
	}
	if (mwtime_local(now, tz, &tm) != 0)
		gmtime_r(&now, &tm);
	if (tm.tm_hour * 60 + tm.tm_min < h * 60 + m)
		return (0);
	xasprintf(&dkey, "digest:%s:%04d-%02d-%02d", school != NULL ? school :
	    "trust", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	if (db_mail_exists(db, dkey)) {
		free(dkey);
		return (0);
	}
	memset(&opts, 0, sizeof opts);
	opts.school = school;
	opts.until = now;
	opts.since = db_mail_last(db, "digest", school);
	if (opts.since == 0 || opts.since < now - 7 * 86400)
		opts.since = now - 86400;
	opts.redact = 1;
	if (digest_compose(cf, db, &opts, &p, cause) != 0) {
		free(dkey);
		return (-1);
	}
	p.dkey = dkey;
	p.to = xstrdup(to);
	r = mail_queue(cf, db, &p, now, &q, cause);
	*queued += q;
	mail_parts_clear(&p);
	return (r);
}

/*
 * Queue each digest due at "now": one per school to its head at the
 * configured local time, and the trust roll-up to the trust office; each
 * once a day. "*queued" counts those queued now.
 */
int
digest_queue_due(const struct config *cf, struct db *db, time_t now,
    int *queued, char **cause)
{
	size_t	i;

	*queued = 0;
	for (i = 0; i < cf->nschools; i++) {
		const struct school	*s = &cf->schools[i];

		if (queue_one(cf, db, s->id, s->timezone, s->head_email, now,
		    queued, cause) != 0)
			return (-1);
	}
	return (queue_one(cf, db, NULL, cf->timezone, cf->trust_email, now,
	    queued, cause));
}
