/* match.h: finding the trust's schools in text, all names in one pass. */
#ifndef MW_MATCH_H
#define MW_MATCH_H

#include <stddef.h>

struct config;
struct matcher;

enum match_kind {
	MATCH_NAME,		/* the school's name or an alias */
	MATCH_WEAK,		/* an alias a namesake shares */
	MATCH_STAFF,		/* a member of staff, by name */
	MATCH_CONTEXT,		/* a context word */
	MATCH_NAMESAKE,		/* something else with the name */
	MATCH_TRUST,		/* the trust's name */
};

struct mention {
	int		 school;	/* index into the config's schools */
	const char	*school_id;
	const char	*alias;		/* the configured words that matched */
	size_t		 start;		/* byte offsets in the original text */
	size_t		 end;
	double		 confidence;
	char		 reason[160];
};

struct match_result {
	struct mention	*mentions;	/* one per school, first occurrence */
	size_t		 nmentions;
	int		 trust;		/* the trust itself is named */
	size_t		 trust_start;
	size_t		 trust_end;
};

struct matcher	*matcher_new(const struct config *);
void		 matcher_free(struct matcher *);
size_t		 matcher_patterns(const struct matcher *);
int		 matcher_run(const struct matcher *, const char *, size_t,
		    struct match_result *);
void		 match_result_free(struct match_result *);

#endif
