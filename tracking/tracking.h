/* tracking.h: what the crawl tells response tracking. */
#ifndef MW_TRACKING_H
#define MW_TRACKING_H

#include <time.h>

struct config;
struct db;
struct strlist;

int	tracking_document(const struct config *, struct db *, long long,
	    time_t);
int	tracking_sweep(const struct config *, struct db *, time_t, char **);
int	tracking_check(const struct config *, struct strlist *);

#endif
