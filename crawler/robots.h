/* robots.h: what a site's robots.txt allows us, per RFC 9309. */
#ifndef MW_ROBOTS_H
#define MW_ROBOTS_H

#include <stddef.h>
#include <time.h>

#define ROBOTS_AGENT	"mentionwatch"	/* our product token */
#define ROBOTS_MAX	(512 * 1024)	/* bytes parsed at most (>= 500 KiB) */
#define ROBOTS_TTL	(24 * 3600)	/* cached no longer than this */
#define ROBOTS_FAIL_TTL	(3600)		/* an unreachable one: retry after */

enum robots_mode {
	ROBOTS_PARSED,		/* rules from a 2xx robots.txt */
	ROBOTS_ALLOW_ALL,	/* 4xx: no robots.txt */
	ROBOTS_DISALLOW_ALL,	/* 5xx or unreachable: stay away for now */
};

struct robots_rule {
	int	 allow;
	char	*pattern;	/* normalised: non-ASCII percent-encoded */
	char	*text;		/* as written, for messages */
};

struct robots {
	enum robots_mode	 mode;
	long			 status;
	char			*agent;		/* the group obeyed: token, "*"
						   or NULL for none */
	struct robots_rule	*rules;
	size_t			 nrules;
	double			 crawl_delay;	/* seconds; < 0: none */
	char			*error;		/* why it could not be fetched,
						   if known (robots_unreachable) */
};

struct robots_verdict {
	int		 allowed;
	const char	*why;	/* static or into the robots; never NULL */
	char		 buf[512];
};

struct robots	*robots_parse(const char *, size_t, const char *);
struct robots	*robots_from_status(long, const char *, size_t, const char *);
void		 robots_free(struct robots *);
int		 robots_fresh(long, time_t, time_t);
void		 robots_unreachable(struct robots *, const char *);
int		 robots_check(const struct robots *, const char *,
		    struct robots_verdict *);
int		 robots_allowed(const struct robots *, const char *);
char		*robots_origin(const char *);
char		*robots_url_path(const char *);

#endif
