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
	MATCH_SURNAME,		/* a member of staff by surname alone */
	MATCH_BARE,		/* a place word that begins the name */
	MATCH_STREET,		/* the street the school stands on */
};

/* Where a name, staff member or the trust stands in the normalised text;
 * the harm and pupil analyzers use these as targets. */
struct match_span {
	enum match_kind	 kind;
	int		 school;	/* -1: the trust */
	int		 staff;		/* index into the school's staff, or
					   -1 */
	size_t		 nstart;	/* offsets in the normalised text */
	size_t		 nend;
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

/* A school named by a short name with too little beside it to count, and
 * no namesake's word: counted only if what the text says of it shows a
 * school is meant (harm aimed at it, see analyze.c). */
struct match_maybe {
	struct mention	 mention;
	struct match_span span;
};

struct match_result {
	struct mention	*mentions;	/* one per school, first occurrence */
	size_t		 nmentions;
	int		 trust;		/* the trust itself is named */
	size_t		 trust_start;
	size_t		 trust_end;
	int		 context;	/* a context word (a place) stands */
	struct match_span *spans;	/* accepted names, staff, trust */
	size_t		 nspans;
	char		(*rejects)[288];	/* why a school named in some
						   way is not counted */
	size_t		 nrejects;
	int		*unsure;	/* schools named by a short name with
					   too little beside it to count, and
					   no namesake's word */
	size_t		 nunsure;
	struct match_maybe *maybe;	/* the best such name of each school */
	size_t		 nmaybe;
};

struct normtext;

struct matcher	*matcher_new(const struct config *);
void		 matcher_free(struct matcher *);
size_t		 matcher_patterns(const struct matcher *);
int		 matcher_maybe(const struct matcher *, const char *, size_t);
int		 matcher_run(const struct matcher *, const char *, size_t,
		    struct match_result *);
int		 matcher_run_norm(const struct matcher *, const char *,
		    size_t, const struct normtext *, struct match_result *);
int		 matcher_run_url(const struct matcher *, const char *,
		    struct match_result *);
void		 match_result_free(struct match_result *);

#endif
