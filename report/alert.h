/* alert.h: immediate alerts, reminders and escalations of cases. */
#ifndef MW_ALERT_H
#define MW_ALERT_H

#include <time.h>

struct config;
struct db;

int	alert_queue(const struct config *, struct db *, long long, time_t,
	    char **);
int	alert_deadlines(const struct config *, struct db *, time_t, int *,
	    char **);

#endif
