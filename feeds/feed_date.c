/*
 * feed_date.c: dates as feeds write them, to seconds since the epoch,
 * UTC. Two readers: one for ISO 8601 / RFC 3339 / W3C-DTF ("2026-11-21",
 * "2026-11-21T09:00Z", "20261121T090000+0100", "2026/11/21 09:00:00 EDT"),
 * and one for the RFC 822 / 1123 / 5322 family and its real-world
 * variants ("Sat, 21 Nov 2026 09:00:00 GMT", no seconds, two-digit years,
 * named and military zones, day names anywhere, month before day, "21st",
 * "9:00 pm", asctime's "Sat Nov 21 09:00:00 2026", "21/11/2026"). A date
 * without a zone is UTC and one without a time is midnight, as feedparser
 * reads them. Anything uncertain (an unknown zone, 06/07/2026, a day that
 * does not exist) gives 0, never a wrong date.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "feeds/feed_date.h"

#define DATE_MAX	128
#define YEAR_MIN	1900
#define YEAR_MAX	9999

static const char *months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
};

static const char *days[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday",
};

/* Zone names in use in feeds whose meaning is not in doubt (minutes). */
static const struct {
	const char	*name;
	int		 minutes;
} zones[] = {
	{ "ut", 0 }, { "utc", 0 }, { "gmt", 0 }, { "z", 0 }, { "wet", 0 },
	{ "bst", 60 }, { "west", 60 }, { "cet", 60 }, { "met", 60 },
	{ "cest", 120 }, { "mest", 120 }, { "eet", 120 }, { "eest", 180 },
	{ "msk", 180 },
	{ "adt", -180 }, { "ast", -240 }, { "at", -240 },
	{ "edt", -240 }, { "est", -300 }, { "et", -300 },
	{ "cdt", -300 }, { "cst", -360 }, { "ct", -360 },
	{ "mdt", -360 }, { "mst", -420 }, { "mt", -420 },
	{ "pdt", -420 }, { "pst", -480 }, { "pt", -480 },
	{ "akdt", -480 }, { "akst", -540 }, { "hst", -600 },
	{ "jst", 540 }, { "kst", 540 }, { "aest", 600 }, { "aedt", 660 },
	{ "acst", 570 }, { "awst", 480 }, { "nzst", 720 }, { "nzdt", 780 },
};

/* Words around dates that say nothing ("on", "at"). */
static const char *noise[] = { "at", "on", "the", "of", "de", "le" };

struct parts {
	int	year, mon, day, hour, min, sec;
	int	off;		/* minutes east of UTC */
	int	have_time, have_zone;
};

/* Return 1 if the "n" bytes at "s" are all digits (and n > 0). */
static int
digits(const char *s, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return (0);
	return (n > 0);
}

/* Return the number written in the "n" digits at "s". */
static int
num(const char *s, size_t n)
{
	int	v = 0;
	size_t	i;

	for (i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return (v);
}

/* Return seconds since the epoch for "p", or 0 if it is not a date. */
static time_t
finish(struct parts *p)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	struct tm	 tm;
	time_t		 t;
	int		 leap;

	if (p->year < YEAR_MIN || p->year > YEAR_MAX || p->mon < 1 ||
	    p->mon > 12 || p->day < 1)
		return (0);
	leap = (p->year % 4 == 0 && p->year % 100 != 0) || p->year % 400 == 0;
	if (p->day > mdays[p->mon - 1] || (p->mon == 2 && !leap &&
	    p->day > 28))
		return (0);
	if (p->hour == 24 && p->min == 0 && p->sec == 0)
		;	/* the end of the day: timegm carries it over */
	else if (p->hour < 0 || p->hour > 23 || p->min < 0 || p->min > 59 ||
	    p->sec < 0 || p->sec > 60)
		return (0);
	memset(&tm, 0, sizeof tm);
	tm.tm_year = p->year - 1900;
	tm.tm_mon = p->mon - 1;
	tm.tm_mday = p->day;
	tm.tm_hour = p->hour;
	tm.tm_min = p->min;
	tm.tm_sec = p->sec > 59 ? 59 : p->sec;
	t = timegm(&tm);
	if (t == (time_t)-1)
		return (0);
	t -= (time_t)p->off * 60;
	return (t != 0 ? t : 1);
}

/*
 * Read a numeric zone at "s": "+01:00", "+0100", "+01", "-5"; set the
 * offset and return the bytes used, or 0.
 */
static size_t
numeric_zone(const char *s, int *off)
{
	size_t	i = 1, hn;
	int	sign, h, m = 0;

	if (*s != '+' && *s != '-')
		return (0);
	sign = *s == '-' ? -1 : 1;
	for (hn = 0; isdigit((unsigned char)s[i + hn]); hn++)
		;
	if (hn == 4) {
		h = num(s + i, 2);
		m = num(s + i + 2, 2);
		i += 4;
	} else if (hn == 1 || hn == 2) {
		h = num(s + i, hn);
		i += hn;
		if (s[i] == ':' && digits(s + i + 1, 2) &&
		    !isdigit((unsigned char)s[i + 3])) {
			m = num(s + i + 1, 2);
			i += 3;
		}
	} else
		return (0);
	if (h > 14 || m > 59)
		return (0);
	*off = sign * (h * 60 + m);
	return (i);
}

/* Read a zone name ("GMT", "est", "Z", "GMT+1", "UTC-05:00", a military
 * letter); return 0 and set "*off", or -1. */
static int
named_zone(const char *s, int *off)
{
	char	lower[16];
	size_t	i, n = strlen(s);

	if (n == 0 || n >= sizeof lower)
		return (-1);
	for (i = 0; i <= n; i++)
		lower[i] = (char)tolower((unsigned char)s[i]);
	if (strncmp(lower, "etc/", 4) == 0)
		memmove(lower, lower + 4, n - 3);
	if ((strncmp(lower, "gmt", 3) == 0 || strncmp(lower, "utc", 3) == 0) &&
	    (lower[3] == '+' || lower[3] == '-')) {
		size_t	used = numeric_zone(lower + 3, off);

		return (used > 0 && lower[3 + used] == '\0' ? 0 : -1);
	}
	for (i = 0; i < sizeof zones / sizeof zones[0]; i++) {
		if (strcmp(lower, zones[i].name) == 0) {
			*off = zones[i].minutes;
			return (0);
		}
	}
	/* RFC 822 military zones: A-I -1..-9, K-M -10..-12, N-Y +1..+12. */
	if (n == 1 && lower[0] >= 'a' && lower[0] <= 'y' && lower[0] != 'j') {
		int	c = lower[0];

		if (c <= 'i')
			*off = -(c - 'a' + 1) * 60;
		else if (c <= 'm')
			*off = -(c - 'a') * 60;
		else
			*off = (c - 'n' + 1) * 60;
		return (0);
	}
	return (-1);
}

/* Read "hh:mm[:ss[.frac]]" at "s"; return the bytes used or 0. */
static size_t
clock_time(const char *s, struct parts *p)
{
	size_t	i = 0, n;

	for (n = 0; isdigit((unsigned char)s[n]); n++)
		;
	if (n < 1 || n > 2 || s[n] != ':')
		return (0);
	p->hour = num(s, n);
	i = n + 1;
	if (!digits(s + i, 2))
		return (0);
	p->min = num(s + i, 2);
	i += 2;
	p->sec = 0;
	if (s[i] == ':' && digits(s + i + 1, 2)) {
		p->sec = num(s + i + 1, 2);
		i += 3;
		if (s[i] == '.' || s[i] == ',') {
			i++;
			while (isdigit((unsigned char)s[i]))
				i++;
		}
	}
	if (isdigit((unsigned char)s[i]))
		return (0);
	p->have_time = 1;
	return (i);
}

/* Read what may follow a time: white space, then a zone or nothing. */
static int
zone_rest(const char *s, struct parts *p)
{
	size_t	used;
	char	name[16];
	size_t	n;

	while (isspace((unsigned char)*s))
		s++;
	if (*s == '\0')
		return (0);
	if (*s == '+' || *s == '-') {
		used = numeric_zone(s, &p->off);
		if (used == 0)
			return (-1);
		s += used;
	} else {
		for (n = 0; isalpha((unsigned char)s[n]) || s[n] == '/' ||
		    ((s[n] == '+' || s[n] == '-' || s[n] == ':' ||
		    isdigit((unsigned char)s[n])) && n >= 3); n++)
			;
		if (n == 0 || n >= sizeof name)
			return (-1);
		memcpy(name, s, n);
		name[n] = '\0';
		if (named_zone(name, &p->off) != 0)
			return (-1);
		s += n;
	}
	p->have_zone = 1;
	while (isspace((unsigned char)*s))
		s++;
	/* "+0000 (UTC)": a comment may follow. */
	if (*s == '(' && s[strlen(s) - 1] == ')')
		return (0);
	return (*s == '\0' ? 0 : -1);
}

/* ISO 8601, RFC 3339, W3C-DTF, and the "2026/11/21 09:00" kin. */
static time_t
parse_iso(const char *s)
{
	struct parts	p;
	size_t		i = 0, n;
	char		sep;

	memset(&p, 0, sizeof p);
	if (!digits(s, 4))
		return (0);
	p.year = num(s, 4);
	p.mon = p.day = 1;
	i = 4;
	if (digits(s + 4, 4) && !isdigit((unsigned char)s[8])) {
		/* Basic format: 20261121 */
		p.mon = num(s + 4, 2);
		p.day = num(s + 6, 2);
		i = 8;
	} else if (s[4] == '-' || s[4] == '/' || s[4] == '.') {
		sep = s[4];
		for (n = 0; isdigit((unsigned char)s[5 + n]); n++)
			;
		if (n < 1 || n > 2)
			return (0);
		p.mon = num(s + 5, n);
		i = 5 + n;
		if (s[i] == sep) {
			for (n = 0; isdigit((unsigned char)s[i + 1 + n]); n++)
				;
			if (n < 1 || n > 2)
				return (0);
			p.day = num(s + i + 1, n);
			i += 1 + n;
		}
	} else if (s[4] != '\0')
		return (0);
	if (s[i] == '\0')
		return (finish(&p));
	if (s[i] != 'T' && s[i] != 't' && s[i] != ' ')
		return (0);
	i++;
	while (s[i] == ' ')
		i++;
	if (digits(s + i, 6) && !isdigit((unsigned char)s[i + 6])) {
		/* Basic format: 090000 */
		p.hour = num(s + i, 2);
		p.min = num(s + i + 2, 2);
		p.sec = num(s + i + 4, 2);
		i += 6;
		if (s[i] == '.' || s[i] == ',')
			for (i++; isdigit((unsigned char)s[i]); i++)
				;
	} else if (digits(s + i, 4) && !isdigit((unsigned char)s[i + 4])) {
		p.hour = num(s + i, 2);
		p.min = num(s + i + 2, 2);
		i += 4;
	} else {
		n = clock_time(s + i, &p);
		if (n == 0)
			return (0);
		i += n;
	}
	if (zone_rest(s + i, &p) != 0)
		return (0);
	return (finish(&p));
}

/* Return the month (1-12) named by the "n" bytes at "t", or 0. */
static int
month_of(const char *t, size_t n)
{
	size_t	i;

	if (n < 3)
		return (0);
	for (i = 0; i < 12; i++) {
		if (n <= strlen(months[i]) &&
		    strncasecmp(t, months[i], n) == 0)
			return ((int)i + 1);
		if (n == 4 && i == 8 && strncasecmp(t, "sept", 4) == 0)
			return (9);
	}
	return (0);
}

/* Return 1 if the "n" bytes at "t" name a day of the week. */
static int
is_day_name(const char *t, size_t n)
{
	size_t	i;

	if (n < 3)
		return (0);
	for (i = 0; i < 7; i++) {
		if (n <= strlen(days[i]) && strncasecmp(t, days[i], n) == 0)
			return (1);
		/* "Tues", "Thur", "Thurs", "Wed." */
		if (n >= 3 && strncasecmp(t, days[i], 3) == 0 && n <= 5 &&
		    strncasecmp(t, days[i], n) == 0)
			return (1);
	}
	return (0);
}

/* Return 1 if the "n" bytes at "t" are a word dates carry ("at"). */
static int
is_noise(const char *t, size_t n)
{
	size_t	i;

	for (i = 0; i < sizeof noise / sizeof noise[0]; i++)
		if (strlen(noise[i]) == n && strncasecmp(t, noise[i], n) == 0)
			return (1);
	return (0);
}

/* The RFC 822 family, read as tokens in any order. */
static time_t
parse_words(char *s)
{
	struct parts	 p;
	char		*t, *save = NULL;
	int		 nval[3], nlen[3], nnum = 0, pm = -1, i;

	memset(&p, 0, sizeof p);
	p.year = p.mon = p.day = -1;
	for (char *c = s; *c != '\0'; c++)
		if (*c == ',')
			*c = ' ';
	for (t = strtok_r(s, " \t\r\n", &save); t != NULL;
	    t = strtok_r(NULL, " \t\r\n", &save)) {
		size_t	n = strlen(t), used;

		if (t[n - 1] == '.' && n > 1)
			t[--n] = '\0';
		if (*t == '(')
			break;	/* a comment, "(UTC)", to the end */
		if (strcmp(t, "-") == 0 || strcmp(t, "|") == 0 ||
		    strcmp(t, "@") == 0 || strcmp(t, "/") == 0)
			continue;	/* "2 July 2024 - 10:00" */
		if (isdigit((unsigned char)*t) && strchr(t, ':') != NULL) {
			if (p.have_time)
				return (0);
			used = clock_time(t, &p);
			if (used == 0)
				return (0);
			t += used;
			if (strcasecmp(t, "am") == 0 ||
			    strcasecmp(t, "pm") == 0) {
				pm = tolower((unsigned char)*t) == 'p';
				continue;
			}
			if (*t != '\0') {
				/* "09:00:00Z", "09:00:00+0100" */
				if (zone_rest(t, &p) != 0)
					return (0);
			}
			continue;
		}
		if ((strcasecmp(t, "am") == 0 || strcasecmp(t, "a.m") == 0 ||
		    strcasecmp(t, "pm") == 0 || strcasecmp(t, "p.m") == 0) &&
		    p.have_time) {
			pm = tolower((unsigned char)*t) == 'p';
			continue;
		}
		if (isdigit((unsigned char)*t) && (strchr(t, '/') != NULL ||
		    strchr(t, '.') != NULL || strchr(t, '-') != NULL)) {
			/* 21/11/2026, 21.11.2026, 21-Nov-2026 */
			char	*q, *parts[3];
			int	 k = 0;

			for (q = t; k < 3; k++) {
				parts[k] = q;
				q += strcspn(q, "/.-");
				if (*q == '\0') {
					k++;
					break;
				}
				*q++ = '\0';
			}
			if (k != 3 || *q != '\0')
				return (0);
			if (!digits(parts[0], strlen(parts[0])) ||
			    !digits(parts[2], strlen(parts[2])) ||
			    strlen(parts[2]) != 4 || strlen(parts[0]) > 2)
				return (0);
			p.year = num(parts[2], 4);
			if (digits(parts[1], strlen(parts[1])) &&
			    strlen(parts[1]) <= 2) {
				int	a = num(parts[0], strlen(parts[0]));
				int	b = num(parts[1], strlen(parts[1]));

				if (a > 12 && b <= 12) {
					p.day = a;
					p.mon = b;
				} else if (b > 12 && a <= 12) {
					p.day = b;
					p.mon = a;
				} else if (a == b) {
					p.day = p.mon = a;
				} else
					return (0);	/* ambiguous */
			} else {
				p.mon = month_of(parts[1], strlen(parts[1]));
				p.day = num(parts[0], strlen(parts[0]));
				if (p.mon == 0)
					return (0);
			}
			continue;
		}
		if (isdigit((unsigned char)*t)) {
			size_t	d;

			for (d = 0; isdigit((unsigned char)t[d]); d++)
				;
			if (t[d] != '\0' && !(strcasecmp(t + d, "st") == 0 ||
			    strcasecmp(t + d, "nd") == 0 ||
			    strcasecmp(t + d, "rd") == 0 ||
			    strcasecmp(t + d, "th") == 0))
				return (0);
			if (d > 4 || nnum >= 3)
				return (0);
			if (d == 4) {
				if (p.year != -1)
					return (0);
				p.year = num(t, 4);
			} else {
				nval[nnum] = num(t, d);
				nlen[nnum++] = (int)d;
			}
			continue;
		}
		if (*t == '+' || *t == '-') {
			if (p.have_zone ||
			    numeric_zone(t, &p.off) != strlen(t))
				return (0);
			p.have_zone = 1;
			continue;
		}
		if (isalpha((unsigned char)*t)) {
			int	m = month_of(t, n);

			if (m != 0 && p.mon == -1) {
				p.mon = m;
				continue;
			}
			if (is_day_name(t, n) || is_noise(t, n))
				continue;
			if (!p.have_zone && named_zone(t, &p.off) == 0) {
				p.have_zone = 1;
				continue;
			}
			return (0);
		}
		return (0);
	}
	/* Numbers: the day first, then a two- or three-digit year. */
	for (i = 0; i < nnum; i++) {
		int	v = nval[i], len = nlen[i];

		if (p.day == -1 && len <= 2)
			p.day = v;
		else if (p.year == -1 && len == 3)
			p.year = 1900 + v;
		else if (p.year == -1 && len <= 2)
			p.year = v < 90 ? 2000 + v : 1900 + v;
		else
			return (0);
	}
	if (p.year == -1 || p.mon == -1 || p.day == -1)
		return (0);
	if (!p.have_time)
		p.hour = p.min = p.sec = 0;
	if (pm != -1) {
		if (p.hour < 1 || p.hour > 12)
			return (0);
		if (pm && p.hour != 12)
			p.hour += 12;
		else if (!pm && p.hour == 12)
			p.hour = 0;
	}
	return (finish(&p));
}

/* Return the date in "s" as seconds since the epoch, UTC, or 0. */
time_t
feed_date_parse(const char *s)
{
	char	 buf[DATE_MAX];
	size_t	 len;

	if (s == NULL)
		return (0);
	while (isspace((unsigned char)*s))
		s++;
	len = strlen(s);
	while (len > 0 && isspace((unsigned char)s[len - 1]))
		len--;
	if (len == 0 || len >= sizeof buf)
		return (0);
	memcpy(buf, s, len);
	buf[len] = '\0';
	if (digits(buf, 4) && (buf[4] == '-' || buf[4] == '/' ||
	    buf[4] == '\0' || isdigit((unsigned char)buf[4]) ||
	    buf[4] == '.'))
		return (parse_iso(buf));
	return (parse_words(buf));
}
