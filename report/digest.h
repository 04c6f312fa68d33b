/* digest.h: the daily digest of what was said about the schools. */
#ifndef MW_DIGEST_H
#define MW_DIGEST_H

#include <time.h>

#include "common/buf.h"

struct config;
struct db;
struct mail_parts;

struct digest_opts {
	const char	*school;	/* school id; NULL: the whole trust */
	time_t		 since;
	time_t		 until;
	int		 redact;	/* withhold pupil names */
};

int	 digest_build(const struct config *, struct db *,
	    const struct digest_opts *, struct buf *, char **);
int	 digest_compose(const struct config *, struct db *,
	    const struct digest_opts *, struct mail_parts *, char **);
int	 digest_queue_due(const struct config *, struct db *, time_t, int *,
	    char **);
char	*digest_short_name(const char *);

#endif
