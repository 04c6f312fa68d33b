/*
 * feed_date.c: dates as feeds write them, RFC 822 ("Sat, 21 Nov 2026
 * 09:00:00 GMT") and RFC 3339 ("2026-11-21T09:00:00Z") with the variants
 * real feeds use. Everything becomes UTC; a date that cannot be read with
 * certainty becomes 0 (unknown), never a wrong date.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/mwtime.h"
#include "feeds/feed_date.h"

static const char *months[] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
	"nov", "dec",
};

static const struct {
	const char	*name;
	int		 minutes;
} zones[] = {
	{ "UT", 0 }, { "UTC", 0 }, { "GMT", 0 }, { "Z", 0 },
	{ "BST", 60 }, { "IST", 60 }, { "CET", 60 }, { "CEST", 120 },
	{ "EST", -300 }, { "EDT", -240 }, { "CST", -360 }, { "CDT", -300 },
	{ "MST", -420 }, { "MDT", -360 }, { "PST", -480 }, { "PDT", -420 },
};

static int
zone_offset(const char *s, int *minutes)
{
	size_t	i;
	int	sign, h, m;

	if (*s == '+' || *s == '-') {
		sign = *s == '-' ? -1 : 1;
		s++;
		if (!isdigit((unsigned char)s[0]) ||
		    !isdigit((unsigned char)s[1]))
			return (-1);
		h = (s[0] - '0') * 10 + (s[1] - '0');
		s += 2;
		if (*s == ':')
			s++;
		m = 0;
		if (isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]))
			m = (s[0] - '0') * 10 + (s[1] - '0');
		if (h > 23 || m > 59)
			return (-1);
		*minutes = sign * (h * 60 + m);
		return (0);
	}
	for (i = 0; i < sizeof zones / sizeof zones[0]; i++) {
		if (strcasecmp(s, zones[i].name) == 0) {
			*minutes = zones[i].minutes;
			return (0);
		}
	}
	/* Military zones: one letter; only Z is certain in practice. */
	return (-1);
}

/* Parse "Sat, 21 Nov 2026 09:00:00 GMT" and its variants. */
static time_t
parse_rfc822(const char *s)
{
	char		 tok[8][32];
	int		 n = 0, i, day = -1, mon = -1, year = -1, off = 0;
	int		 h = 0, mi = 0, sec = 0, have_time = 0;
	struct tm	 tm;
	const char	*p = s;

	while (*p != '\0' && n < 8) {
		size_t	len;

		while (*p != '\0' && (isspace((unsigned char)*p) || *p == ','))
			p++;
		len = strcspn(p, " \t\r\n,");
		if (len == 0)
			break;
		if (len >= sizeof tok[0])
			return (0);
		memcpy(tok[n], p, len);
		tok[n++][len] = '\0';
		p += len;
	}
	for (i = 0; i < n; i++) {
		char	*t = tok[i];
		size_t	 j;

		if (strchr(t, ':') != NULL && !have_time) {
			if (sscanf(t, "%d:%d:%d", &h, &mi, &sec) < 2)
				return (0);
			have_time = 1;
			continue;
		}
		if (isalpha((unsigned char)t[0]) && strlen(t) >= 3) {
			for (j = 0; j < 12; j++) {
				if (strncasecmp(t, months[j], 3) == 0)
					break;
			}
			if (j < 12 && mon == -1) {
				mon = (int)j;
				continue;
			}
		}
		if (isdigit((unsigned char)t[0])) {
			int	v = atoi(t);

			if (day == -1 && strlen(t) <= 2)
				day = v;
			else if (year == -1)
				year = strlen(t) <= 2 ? (v < 50 ? 2000 + v :
				    1900 + v) : v;
			continue;
		}
		if ((t[0] == '+' || t[0] == '-' || isalpha((unsigned char)t[0]))
		    && have_time) {
			if (zone_offset(t, &off) != 0 &&
			    !(isalpha((unsigned char)t[0]) && strlen(t) == 1))
				return (0);
		}
	}
	if (day < 1 || day > 31 || mon < 0 || year < 1970 || year > 9999 ||
	    h > 23 || mi > 59 || sec > 60)
		return (0);
	memset(&tm, 0, sizeof tm);
	tm.tm_year = year - 1900;
	tm.tm_mon = mon;
	tm.tm_mday = day;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec > 59 ? 59 : sec;
	{
		time_t	t = timegm(&tm);

		if (tm.tm_mday != day)
			return (0);
		return (t - off * 60);
	}
}

/* Return the date in "s" as seconds since the epoch, UTC, or 0. */
time_t
feed_date_parse(const char *s)
{
	time_t	 t;
	char	 buf[64];
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
	if (isdigit((unsigned char)buf[0]) && len >= 10 && buf[4] == '-') {
		if (len == 10) {
			strcat(buf, "T00:00:00Z");
		}
		if (mwtime_parse(buf, &t) == 0)
			return (t);
		/* No zone: read as UTC, as W3C-DTF allows no other choice. */
		if (len < sizeof buf - 1) {
			buf[len] = 'Z';
			buf[len + 1] = '\0';
			if (mwtime_parse(buf, &t) == 0)
				return (t);
		}
		return (0);
	}
	return (parse_rfc822(buf));
}
