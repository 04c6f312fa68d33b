/*
 * mwtime.c: time as mentionwatch keeps it. Everything stored is UTC,
 * written as RFC 3339 ("2026-11-21T13:56:51Z"); what people read is in the
 * school's time zone (default Europe/London). Time zones come from the
 * system's tz database through TZ, which is process-wide, so conversions
 * take a lock.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "common/mwtime.h"
#include "common/xmalloc.h"

static pthread_mutex_t	tz_lock = PTHREAD_MUTEX_INITIALIZER;

/* Return the current time, seconds since the epoch. */
time_t
mwtime_now(void)
{
	const char	*fake;

	/* Tests pin the clock; nothing else sets this. */
	fake = getenv("MENTIONWATCH_NOW");
	if (fake != NULL && *fake != '\0') {
		time_t	t;

		if (mwtime_parse(fake, &t) == 0)
			return (t);
	}
	return (time(NULL));
}

/* Return the current time in milliseconds since the epoch. */
mwtime_ms
mwtime_now_ms(void)
{
	struct timespec	ts;
	const char	*fake = getenv("MENTIONWATCH_NOW");

	if (fake != NULL && *fake != '\0')
		return ((mwtime_ms)mwtime_now() * 1000);
	clock_gettime(CLOCK_REALTIME, &ts);
	return ((mwtime_ms)ts.tv_sec * 1000 + ts.tv_nsec / 1000000);
}

/* Return a monotonic clock in seconds, for measuring intervals. */
double
mwtime_mono(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((double)ts.tv_sec + ts.tv_nsec / 1e9);
}

/* Convert broken-down UTC time to seconds since the epoch. */
time_t
mwtime_timegm(struct tm *tm)
{
	return (timegm(tm));
}

/* Write "t" as RFC 3339 UTC into "out" ("len" bytes); return "out". */
char *
mwtime_format(time_t t, char *out, size_t len)
{
	struct tm	tm;

	gmtime_r(&t, &tm);
	strftime(out, len, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return (out);
}

/* Write "ms" as RFC 3339 UTC with milliseconds; return "out". */
char *
mwtime_format_ms(mwtime_ms ms, char *out, size_t len)
{
	struct tm	tm;
	time_t		t = (time_t)(ms / 1000);
	char		base[32];

	gmtime_r(&t, &tm);
	strftime(base, sizeof base, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(out, len, "%s.%03dZ", base, (int)(ms % 1000));
	return (out);
}

static int
parse_digits(const char **p, int n, int *out)
{
	int	v = 0, i;

	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)(*p)[i]))
			return (-1);
		v = v * 10 + ((*p)[i] - '0');
	}
	*p += n;
	*out = v;
	return (0);
}

/*
 * Parse an RFC 3339 timestamp ("2026-11-21T13:56:51Z", fractions and
 * offsets allowed, a space for the T) into "*t"; return 0 or -1.
 */
int
mwtime_parse(const char *s, time_t *t)
{
	struct tm	tm;
	int		y, mo, d, h = 0, mi = 0, sec = 0, oh, om, sign;
	const char	*p = s;
	time_t		r;

	memset(&tm, 0, sizeof tm);
	if (parse_digits(&p, 4, &y) || *p++ != '-' ||
	    parse_digits(&p, 2, &mo) || *p++ != '-' ||
	    parse_digits(&p, 2, &d))
		return (-1);
	if (*p == 'T' || *p == 't' || *p == ' ') {
		p++;
		if (parse_digits(&p, 2, &h) || *p++ != ':' ||
		    parse_digits(&p, 2, &mi))
			return (-1);
		if (*p == ':') {
			p++;
			if (parse_digits(&p, 2, &sec))
				return (-1);
		}
		if (*p == '.' || *p == ',') {
			p++;
			while (isdigit((unsigned char)*p))
				p++;
		}
	}
	if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 ||
	    sec > 60)
		return (-1);
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec == 60 ? 59 : sec;
	r = timegm(&tm);
	if (tm.tm_mday != d)
		return (-1);		/* 31 February */
	if (*p == 'Z' || *p == 'z') {
		p++;
	} else if (*p == '+' || *p == '-') {
		sign = *p++ == '-' ? -1 : 1;
		if (parse_digits(&p, 2, &oh))
			return (-1);
		if (*p == ':')
			p++;
		if (parse_digits(&p, 2, &om) || oh > 23 || om > 59)
			return (-1);
		r -= sign * (oh * 3600 + om * 60);
	}
	if (*p != '\0')
		return (-1);
	*t = r;
	return (0);
}

/*
 * Parse a duration such as "90", "90s", "15m", "24h", "7d", "2w" or
 * "1h30m" into seconds; return 0 or -1.
 */
int
mwtime_parse_duration(const char *s, long long *out)
{
	long long	 total = 0, v, mul;
	char		*end;
	int		 any = 0;

	while (*s != '\0') {
		while (isspace((unsigned char)*s))
			s++;
		if (*s == '\0')
			break;
		if (!isdigit((unsigned char)*s))
			return (-1);
		errno = 0;
		v = strtoll(s, &end, 10);
		if (errno != 0 || v > 100LL * 365 * 86400)
			return (-1);
		s = end;
		while (isspace((unsigned char)*s))
			s++;
		switch (*s) {
		case 's':
			mul = 1;
			break;
		case 'm':
			mul = 60;
			break;
		case 'h':
			mul = 3600;
			break;
		case 'd':
			mul = 86400;
			break;
		case 'w':
			mul = 7 * 86400;
			break;
		case '\0':
			mul = 1;
			break;
		default:
			return (-1);
		}
		if (*s != '\0') {
			s++;
			/* "min", "hours", "days": skip the rest of the word */
			while (isalpha((unsigned char)*s))
				s++;
		}
		total += v * mul;
		any = 1;
	}
	if (!any)
		return (-1);
	*out = total;
	return (0);
}

/* Write "secs" for people ("3 h 10 m", "2 d 4 h", "45 s"); return "out". */
char *
mwtime_format_duration(long long secs, char *out, size_t len)
{
	long long	d, h, m;

	if (secs < 0)
		secs = -secs;
	d = secs / 86400;
	h = (secs % 86400) / 3600;
	m = (secs % 3600) / 60;
	if (d > 0)
		snprintf(out, len, "%lld d %lld h", d, h);
	else if (h > 0)
		snprintf(out, len, "%lld h %lld m", h, m);
	else if (m > 0)
		snprintf(out, len, "%lld m", m);
	else
		snprintf(out, len, "%lld s", secs);
	return (out);
}

/* Return 1 if "zone" names a time zone in the system's database. */
int
mwtime_zone_valid(const char *zone)
{
	char		path[PATH_MAX];
	struct stat	sb;

	if (zone == NULL || *zone == '\0' || strstr(zone, "..") != NULL ||
	    zone[0] == '/')
		return (0);
	if (strcmp(zone, "UTC") == 0)
		return (1);
	snprintf(path, sizeof path, "/usr/share/zoneinfo/%s", zone);
	return (stat(path, &sb) == 0 && S_ISREG(sb.st_mode));
}

static void
tz_enter(const char *zone, char **saved)
{
	const char	*old;

	pthread_mutex_lock(&tz_lock);
	old = getenv("TZ");
	*saved = old != NULL ? xstrdup(old) : NULL;
	setenv("TZ", zone, 1);
	tzset();
}

static void
tz_leave(char *saved)
{
	if (saved != NULL) {
		setenv("TZ", saved, 1);
		free(saved);
	} else
		unsetenv("TZ");
	tzset();
	pthread_mutex_unlock(&tz_lock);
}

/* Break "t" down as local time in "zone" into "tm"; return 0 or -1. */
int
mwtime_local(time_t t, const char *zone, struct tm *tm)
{
	char	*saved;
	int	 r;

	if (!mwtime_zone_valid(zone))
		return (-1);
	tz_enter(zone, &saved);
	r = localtime_r(&t, tm) == NULL ? -1 : 0;
	tz_leave(saved);
	return (r);
}

/*
 * Convert local time "tm" in "zone" to seconds since the epoch. A time that
 * does not exist (the spring gap) moves forward; an ambiguous one (the
 * autumn repeat) takes the first. Return 0 or -1.
 */
int
mwtime_from_local(const struct tm *tm, const char *zone, time_t *out)
{
	struct tm	 copy = *tm;
	char		*saved;
	time_t		 t;

	if (!mwtime_zone_valid(zone))
		return (-1);
	tz_enter(zone, &saved);
	copy.tm_isdst = -1;
	t = mktime(&copy);
	tz_leave(saved);
	if (t == (time_t)-1)
		return (-1);
	*out = t;
	return (0);
}
