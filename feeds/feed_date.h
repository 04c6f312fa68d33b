/* feed_date.h: the dates feeds write, to UTC. */
#ifndef MW_FEED_DATE_H
#define MW_FEED_DATE_H

#include <time.h>

time_t	feed_date_parse(const char *);

#endif
