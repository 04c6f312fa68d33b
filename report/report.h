/* report.h: everything that goes out by mail, in one call. */
#ifndef MW_REPORT_H
#define MW_REPORT_H

#include <time.h>

struct config;
struct db;

struct report_stats {
	int	queued;		/* reminders, escalations, digests queued */
	int	sent;
	int	failed;
};

int	report_tick(const struct config *, struct db *, time_t,
	    struct report_stats *, char **);

#endif
