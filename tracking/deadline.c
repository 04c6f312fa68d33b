/*
 * deadline.c: the response deadline policy. A school answers a case within
 * its response time (24 hours by default) of the mention being first seen;
 * a mention first seen on a non-working day (a weekend, a bank holiday, a
 * closure day), or whose 24 hours end on one, is due at the end of the
 * next working day. Safeguarding cases run on their own shorter clock that
 * ignores working days. Durations are elapsed time, so a deadline across a
 * daylight-saving change is still 24 real hours away; calendar dates are
 * read in the school's time zone. Time a case spent paused (waiting on a
 * platform) is added to its deadline.
 *
 * Bank holiday calendars are text files in share/holidays/, installed to
 * $(pkgdatadir)/holidays, one "YYYY-MM-DD name" a line, so that a school
 * updates them without a new mentionwatch.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "common/config.h"
#include "common/mwtime.h"
#include "common/str.h"
#include "common/xmalloc.h"
#include "tracking/deadline.h"

#define MAX_DAYS_AHEAD	400	/* a year of closures cannot loop forever */

static const char *day_names[] = {
	"sun", "mon", "tue", "wed", "thu", "fri", "sat",
};

static int
day_index(const char *s, size_t len)
{
	int	i;

	for (i = 0; i < 7; i++) {
		if (len >= 3 && strncasecmp(s, day_names[i], 3) == 0)
			return (i);
	}
	return (-1);
}

/*
 * Parse working days such as "mon-fri" or "mon,tue,thu" or "sun-thu" into
 * a bit set in "*out"; return 0 or -1.
 */
int
deadline_parse_days(const char *s, unsigned *out)
{
	struct strlist	 parts = { NULL, 0 };
	unsigned	 set = 0;
	size_t		 i;
	int		 a, b, r = 0;

	if (str_split_list(s, ',', &parts) == 0) {
		strlist_free(&parts);
		return (-1);
	}
	for (i = 0; i < parts.n && r == 0; i++) {
		const char	*p = parts.v[i], *dash = strchr(p, '-');

		if (dash == NULL) {
			a = day_index(p, strlen(p));
			b = a;
		} else {
			a = day_index(p, (size_t)(dash - p));
			b = day_index(dash + 1, strlen(dash + 1));
		}
		if (a < 0 || b < 0) {
			r = -1;
			break;
		}
		for (;;) {
			set |= 1U << a;
			if (a == b)
				break;
			a = (a + 1) % 7;
		}
	}
	strlist_free(&parts);
	if (r != 0 || set == 0)
		return (-1);
	*out = set;
	return (0);
}

/* Parse "HH:MM-HH:MM" into minutes after midnight; return 0 or -1. */
int
deadline_parse_hours(const char *s, int *open, int *close)
{
	int	h1, m1, h2, m2, n = 0;

	if (sscanf(s, "%d:%d-%d:%d%n", &h1, &m1, &h2, &m2, &n) != 4 ||
	    s[n] != '\0' || h1 < 0 || h1 > 24 || h2 < 0 || h2 > 24 ||
	    m1 < 0 || m1 > 59 || m2 < 0 || m2 > 59)
		return (-1);
	*open = h1 * 60 + m1;
	*close = h2 * 60 + m2;
	if (*close <= *open || *close > 24 * 60)
		return (-1);
	return (0);
}

static int
parse_ymd(const char *s, int *out)
{
	int	y, m, d, n = 0;

	if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10 ||
	    m < 1 || m > 12 || d < 1 || d > 31)
		return (-1);
	*out = y * 10000 + m * 100 + d;
	return (0);
}

/* Parse a closure "YYYY-MM-DD" or "YYYY-MM-DD..YYYY-MM-DD"; 0 or -1. */
int
deadline_parse_closure(const char *s, struct deadline_range *out)
{
	const char	*dots = strstr(s, "..");

	if (parse_ymd(s, &out->from) != 0)
		return (-1);
	if (dots == NULL) {
		if (s[10] != '\0')
			return (-1);
		out->to = out->from;
		return (0);
	}
	if (dots != s + 10 || parse_ymd(dots + 2, &out->to) != 0 ||
	    dots[12] != '\0' || out->to < out->from)
		return (-1);
	return (0);
}

/*
 * Return the path of "name" under the shared data folder: the first of
 * $MENTIONWATCH_SHARE, the installed $(pkgdatadir) and the source tree
 * this program was built from that holds it. The caller frees it.
 */
char *
deadline_share_path(const char *name)
{
	const char	*env = getenv("MENTIONWATCH_SHARE");
	const char	*dirs[3];
	char		*p;
	size_t		 i, n = 0;

	if (env != NULL && *env != '\0')
		dirs[n++] = env;
	dirs[n++] = PKGDATADIR;
#ifdef MW_SRCDIR
	dirs[n++] = MW_SRCDIR "/share";
#endif
	for (i = 0; i < n; i++) {
		xasprintf(&p, "%s/%s", dirs[i], name);
		if (access(p, R_OK) == 0)
			return (p);
		free(p);
	}
	xasprintf(&p, "%s/%s", dirs[0], name);
	return (p);
}

static int
cmp_int(const void *a, const void *b)
{
	int	x = *(const int *)a, y = *(const int *)b;

	return (x < y ? -1 : x > y);
}

/*
 * Load the bank holiday calendar "name" (such as "england-and-wales";
 * "none" is empty) into a sorted array. Return 0 or -1 with "*cause".
 */
int
deadline_load_holidays(const char *name, int **out, size_t *nout,
    char **cause)
{
	FILE	*fp;
	char	 line[256], *file, *path;
	int	 d, lineno = 0;

	*out = NULL;
	*nout = 0;
	if (name == NULL || strcmp(name, "none") == 0)
		return (0);
	if (strchr(name, '/') != NULL) {
		xasprintf(cause, "holidays: \"%s\" is not a calendar name",
		    name);
		return (-1);
	}
	xasprintf(&file, "holidays/%s.txt", name);
	path = deadline_share_path(file);
	free(file);
	fp = fopen(path, "r");
	if (fp == NULL) {
		xasprintf(cause, "%s: %s (reinstall mentionwatch, or set "
		    "MENTIONWATCH_SHARE to its share/ folder)", path,
		    strerror(errno));
		free(path);
		return (-1);
	}
	while (fgets(line, sizeof line, fp) != NULL) {
		char	*s = str_trim(line);

		lineno++;
		if (*s == '\0' || *s == '#')
			continue;
		if (parse_ymd(s, &d) != 0 ||
		    (s[10] != '\0' && !isspace((unsigned char)s[10]))) {
			xasprintf(cause, "%s:%d: not \"YYYY-MM-DD name\"",
			    path, lineno);
			fclose(fp);
			free(path);
			free(*out);
			*out = NULL;
			*nout = 0;
			return (-1);
		}
		*out = xreallocarray(*out, *nout + 1, sizeof **out);
		(*out)[(*nout)++] = d;
	}
	fclose(fp);
	free(path);
	qsort(*out, *nout, sizeof **out, cmp_int);
	return (0);
}

/*
 * Fill "p" from school "s" ("zone" is used when the school sets none).
 * Return 0, or -1 with "*cause" set.
 */
int
deadline_policy_init(struct deadline_policy *p, const struct school *s,
    const char *zone, char **cause)
{
	size_t	i;

	memset(p, 0, sizeof *p);
	p->zone = xstrdup(s->timezone != NULL ? s->timezone :
	    zone != NULL ? zone : "Europe/London");
	p->response_time = s->response_time > 0 ? s->response_time : 86400;
	p->safeguarding_time = s->safeguarding_time > 0 ?
	    s->safeguarding_time : 4 * 3600;
	if (deadline_parse_days(s->working_days != NULL ? s->working_days :
	    "mon-fri", &p->days) != 0) {
		xasprintf(cause, "[school %s] working_days: \"%s\" is not "
		    "like mon-fri", s->id, s->working_days);
		goto fail;
	}
	if (deadline_parse_hours(s->working_hours != NULL ? s->working_hours :
	    "08:00-17:00", &p->open_min, &p->close_min) != 0) {
		xasprintf(cause, "[school %s] working_hours: \"%s\" is not "
		    "like 08:00-17:00", s->id, s->working_hours);
		goto fail;
	}
	if (deadline_load_holidays(s->holidays != NULL ? s->holidays :
	    "england-and-wales", &p->holidays, &p->nholidays, cause) != 0)
		goto fail;
	p->closures = xcalloc(s->closures.n + 1, sizeof *p->closures);
	for (i = 0; i < s->closures.n; i++) {
		if (deadline_parse_closure(s->closures.v[i],
		    &p->closures[i]) != 0) {
			xasprintf(cause, "[school %s] closure: \"%s\" is not "
			    "YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD", s->id,
			    s->closures.v[i]);
			goto fail;
		}
		p->nclosures++;
	}
	return (0);
fail:
	deadline_policy_clear(p);
	return (-1);
}

/* Free what "p" holds. */
void
deadline_policy_clear(struct deadline_policy *p)
{
	free(p->zone);
	free(p->holidays);
	free(p->closures);
	memset(p, 0, sizeof *p);
}

static int
weekday_of(int ymd)
{
	struct tm	tm;
	time_t		t;

	memset(&tm, 0, sizeof tm);
	tm.tm_year = ymd / 10000 - 1900;
	tm.tm_mon = ymd / 100 % 100 - 1;
	tm.tm_mday = ymd % 100;
	tm.tm_hour = 12;
	t = mwtime_timegm(&tm);
	gmtime_r(&t, &tm);
	return (tm.tm_wday);
}

static int
next_day(int ymd)
{
	struct tm	tm;
	time_t		t;

	memset(&tm, 0, sizeof tm);
	tm.tm_year = ymd / 10000 - 1900;
	tm.tm_mon = ymd / 100 % 100 - 1;
	tm.tm_mday = ymd % 100 + 1;
	tm.tm_hour = 12;
	t = mwtime_timegm(&tm);
	gmtime_r(&t, &tm);
	return ((tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 +
	    tm.tm_mday);
}

/* Return 1 if the date "ymd" (YYYYMMDD) is a working day of "p". */
int
deadline_working_day(const struct deadline_policy *p, int ymd)
{
	size_t	i;

	if (!(p->days & (1U << weekday_of(ymd))))
		return (0);
	if (p->nholidays > 0 && bsearch(&ymd, p->holidays, p->nholidays,
	    sizeof *p->holidays, cmp_int) != NULL)
		return (0);
	for (i = 0; i < p->nclosures; i++) {
		if (ymd >= p->closures[i].from && ymd <= p->closures[i].to)
			return (0);
	}
	return (1);
}

static int
local_ymd(const struct deadline_policy *p, time_t t)
{
	struct tm	tm;

	if (mwtime_local(t, p->zone, &tm) != 0)
		gmtime_r(&t, &tm);
	return ((tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 +
	    tm.tm_mday);
}

/* Return the end of working hours of the first working day from "ymd". */
static time_t
end_of_working_day(const struct deadline_policy *p, int ymd)
{
	struct tm	tm;
	time_t		t;
	int		i;

	for (i = 0; i < MAX_DAYS_AHEAD; i++) {
		if (deadline_working_day(p, ymd))
			break;
		ymd = next_day(ymd);
	}
	memset(&tm, 0, sizeof tm);
	tm.tm_year = ymd / 10000 - 1900;
	tm.tm_mon = ymd / 100 % 100 - 1;
	tm.tm_mday = ymd % 100;
	tm.tm_hour = p->close_min / 60;
	tm.tm_min = p->close_min % 60;
	if (mwtime_from_local(&tm, p->zone, &t) != 0)
		t = mwtime_timegm(&tm);
	return (t);
}

/*
 * Return when a case first seen at "first_seen" is due under "p":
 * "safeguarding" cases after the safeguarding time, any day; others after
 * the response time, or at the end of the next working day when first seen
 * on a non-working day or when the response time ends on one. "paused"
 * seconds the case spent waiting on a third party are added.
 */
time_t
deadline_due(const struct deadline_policy *p, time_t first_seen,
    int safeguarding, long long paused)
{
	time_t	due;
	int	ymd;

	if (paused < 0)
		paused = 0;
	if (safeguarding)
		return (first_seen + (time_t)p->safeguarding_time +
		    (time_t)paused);
	ymd = local_ymd(p, first_seen);
	if (!deadline_working_day(p, ymd))
		due = end_of_working_day(p, next_day(ymd));
	else {
		due = first_seen + (time_t)p->response_time;
		ymd = local_ymd(p, due);
		if (!deadline_working_day(p, ymd))
			due = end_of_working_day(p, ymd);
	}
	return (due + (time_t)paused);
}
