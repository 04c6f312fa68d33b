/*
 * fuzz_feed_date.c: a libFuzzer target for feed_date_parse. Any input
 * must give 0 or a time whose calendar date is a real one, and the date
 * written back in RFC 3339 must read as the same instant. Built by
 * `make fuzz`, not by `make check`.
 */
#include "autoconfig.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "feeds/feed_date.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		 s[256], back[64];
	time_t		 t;
	struct tm	 tm;

	if (size >= sizeof s)
		size = sizeof s - 1;
	memcpy(s, data, size);
	s[size] = '\0';
	t = feed_date_parse(s);
	if (t == 0)
		return (0);
	if (gmtime_r(&t, &tm) == NULL)
		abort();
	if (tm.tm_year + 1900 < 1900 || tm.tm_year + 1900 > 10000)
		abort();
	strftime(back, sizeof back, "%Y-%m-%dT%H:%M:%SZ", &tm);
	if (feed_date_parse(back) != t)
		abort();
	return (0);
}
