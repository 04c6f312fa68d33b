/* tracking.h: what the crawl tells response tracking. */
#ifndef MW_TRACKING_H
#define MW_TRACKING_H

#include <time.h>

struct config;
struct db;

int	tracking_document(const struct config *, struct db *, long long,
	    time_t);
int	tracking_sweep(const struct config *, struct db *, time_t, char **);

#endif
