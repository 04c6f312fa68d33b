/* crawl.h: one crawl cycle over every due source. */
#ifndef MW_CRAWL_H
#define MW_CRAWL_H

#include <stddef.h>

struct config;
struct db;

struct crawl_opts {
	int		 force;		/* fetch every source, due or not */
	int		 progress;	/* show progress on stderr */
	const char	*only;		/* fetch only this source id */
	volatile int	*stop;		/* set by a signal: finish and stop */
};

struct crawl_stats {
	size_t	sources;	/* due this cycle */
	size_t	done;
	size_t	not_modified;
	size_t	errors;
	size_t	documents;	/* documents read */
	size_t	new_documents;
	size_t	mentions;	/* new mentions stored */
	size_t	findings;
	double	seconds;
};

int	crawl_once(const struct config *, struct db *,
	    const struct crawl_opts *, struct crawl_stats *, char **);

#endif
