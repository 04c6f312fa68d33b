/* policy.h: robots.txt for fetches outside the crawl (fetch, re-capture). */
#ifndef MW_POLICY_H
#define MW_POLICY_H

#include <stddef.h>

struct config;
struct db;
struct fetcher;
struct robots;

/* A site whose robots.txt was consulted, and what it said. */
struct policy_site {
	char			*origin;
	char			*robots_url;
	struct robots		*robots;
	long			 status;	/* 0: no answer */
	char			*error;		/* why it could not be read */
	size_t			 bytes;
	int			 cached;	/* read from the store */
	struct policy_site	*next;
};

/* What was decided about one URL. */
struct policy_decision {
	char				*url;
	const struct policy_site	*site;
	int				 allowed;
	char				*why;
};

struct policy;

struct policy	*policy_new(const struct config *, struct fetcher *,
		    struct db *, const char *);
void		 policy_free(struct policy *);
const struct policy_site *policy_sites(const struct policy *);
const struct policy_decision *policy_decisions(const struct policy *,
		    size_t *);

#endif
