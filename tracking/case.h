/* case.h: cases, their states and the moves between them. */
#ifndef MW_CASE_H
#define MW_CASE_H

#include <stddef.h>
#include <time.h>

struct config;
struct db;
struct db_case;

enum case_action {
	CASE_ACK,
	CASE_RESPOND,
	CASE_REQUEST_REMOVAL,
	CASE_ESCALATE,
	CASE_PAUSE,
	CASE_RESUME,
	CASE_CLOSE,
	CASE_REOPEN,
};

int		 case_action_parse(const char *, enum case_action *);
const char	*case_action_name(enum case_action);
const char	*case_move_to(const char *, int, enum case_action);
int		 case_reason_valid(const char *);
int		 case_awaiting(const char *);
const char	*case_state_label(const char *);
int		 case_open(const struct config *, struct db *, long long,
		    time_t, long long *, int *, char **);
int		 case_move(const struct config *, struct db *, long long,
		    enum case_action, const char *, const char *,
		    const char *, time_t, char **);
int		 case_escalate_due(struct db *, struct db_case *, time_t,
		    char **);
int		 case_overdue(const struct db_case *, time_t);
char		*case_time_left(const struct db_case *, time_t);
char		*case_mask(const char *, const long long *, size_t,
		    size_t **);
char		*case_excerpt(const char *, long long, long long, size_t,
		    const long long *, size_t);
char		*case_describe(struct db *, const struct db_case *, size_t,
		    int, char **);

#endif
