/* deadline.h: when a case must be answered, by a school's policy. */
#ifndef MW_DEADLINE_H
#define MW_DEADLINE_H

#include <stddef.h>
#include <time.h>

struct school;

struct deadline_range {
	int	from;		/* YYYYMMDD, inclusive */
	int	to;
};

struct deadline_policy {
	char			*zone;
	unsigned		 days;		/* bit n: weekday n (0 Sunday) */
	int			 open_min;	/* working hours, minutes */
	int			 close_min;	/* after local midnight */
	long long		 response_time;
	long long		 safeguarding_time;
	int			*holidays;	/* sorted YYYYMMDD */
	size_t			 nholidays;
	struct deadline_range	*closures;
	size_t			 nclosures;
};

int	 deadline_policy_init(struct deadline_policy *, const struct school *,
	    const char *, char **);
void	 deadline_policy_clear(struct deadline_policy *);
int	 deadline_parse_days(const char *, unsigned *);
int	 deadline_parse_hours(const char *, int *, int *);
int	 deadline_parse_closure(const char *, struct deadline_range *);
char	*deadline_share_path(const char *);
int	 deadline_load_holidays(const char *, int **, size_t *, char **);
int	 deadline_working_day(const struct deadline_policy *, int);
time_t	 deadline_due(const struct deadline_policy *, time_t, int,
	    long long);

#endif
