/* mwtime.h: wall-clock time, RFC 3339, durations and time zones. */
#ifndef MW_MWTIME_H
#define MW_MWTIME_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define MWTIME_RFC3339_LEN 32

/* Milliseconds since the Unix epoch, UTC. */
typedef int64_t mwtime_ms;

time_t		 mwtime_now(void);
mwtime_ms	 mwtime_now_ms(void);
double		 mwtime_mono(void);
char		*mwtime_format(time_t, char *, size_t);
char		*mwtime_format_ms(mwtime_ms, char *, size_t);
int		 mwtime_parse(const char *, time_t *);
int		 mwtime_parse_duration(const char *, long long *);
char		*mwtime_format_duration(long long, char *, size_t);
int		 mwtime_local(time_t, const char *, struct tm *);
int		 mwtime_from_local(const struct tm *, const char *, time_t *);
int		 mwtime_zone_valid(const char *);
time_t		 mwtime_timegm(struct tm *);

#endif
