/* digest.h: the daily digest of what was said about the schools. */
#ifndef MW_DIGEST_H
#define MW_DIGEST_H

#include <time.h>

#include "common/buf.h"

struct config;
struct db;

struct digest_opts {
	const char	*school;	/* school id; NULL: the whole trust */
	time_t		 since;
	time_t		 until;
};

int	digest_build(const struct config *, struct db *,
	    const struct digest_opts *, struct buf *, char **);

#endif
