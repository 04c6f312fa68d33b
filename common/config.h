/* config.h: the configuration file, read through one table of keys. */
#ifndef MW_CONFIG_H
#define MW_CONFIG_H

#include <stdio.h>

#include "common/str.h"

#define CONFIG_DEFAULT_PATH	SYSCONFDIR "/mentionwatch/mentionwatch.conf"
#define CONFIG_DEFAULT_DB	LOCALSTATEDIR "/lib/mentionwatch/mentionwatch.db"

struct staff {
	char	*title;		/* "Mrs", "Dr"; may be "" */
	char	*first;
	char	*surname;
	char	*role;		/* "Headteacher"; may be "" */
};

struct school {
	char		*id;		/* from [school ID] */
	char		*name;
	struct strlist	 aliases;
	struct strlist	 context;
	struct strlist	 streets;	/* where it stands: "Rose Hill" */
	struct strlist	 namesakes;
	struct strlist	 staff_lines;
	struct staff	*staff;
	size_t		 nstaff;
	struct strlist	 searches;
	char		*roster;
	char		*head_email;
	char		*dsl_email;
	char		*comms_email;
	char		*timezone;
	char		*holidays;
	struct strlist	 closures;
	char		*working_days;
	char		*working_hours;
	long long	 response_time;
	long long	 safeguarding_time;
	int		 line;
};

struct source {
	char		*id;		/* from [source ID] */
	char		*url;
	char		*type;		/* feed, page */
	char		*school;	/* NULL: every school */
	long long	 interval;
	long long	 follow_depth;
	char		*follow_pattern;
	int		 tls_verify;
	int		 line;
};

struct config {
	char		*path;
	char		*dir;		/* folder of the file, for paths */

	/* [mentionwatch] */
	char		*database;
	char		*evidence_dir;
	char		*key_dir;
	char		*timezone;
	char		*contact_url;
	char		*operator_email;
	long long	 retention;
	int		 capture;		/* evidence */
	long long	 recapture_interval;	/* evidence */
	char		*tsa_url;		/* evidence */

	/* [crawler] */
	long long	 workers;
	long long	 max_connections;
	long long	 host_connections;
	long long	 host_gap_ms;
	long long	 interval;
	long long	 min_interval;
	long long	 max_interval;
	long long	 connect_timeout;
	long long	 timeout;
	long long	 max_body;
	long long	 max_redirects;
	long long	 crawl_delay_cap;
	char		*ca_file;
	char		*connect_to;
	int		 refuse_private;
	int		 keep_bodies;

	/* [analysis] */
	char		*case_severity;
	char		*alert_severity;
	long long	 harm_threshold;	/* percent */
	long long	 harm_model_threshold;	/* percent */
	long long	 harm_model_keep;	/* percent */
	long long	 pupil_threshold;	/* percent */

	/* [mail] */
	char		*smtp_url;
	char		*mail_from;
	char		*smtp_credentials;
	char		*digest_time;
	long long	 reminder_before;

	/* [trust] */
	char		*trust_name;
	struct strlist	 trust_aliases;
	char		*trust_email;
	struct strlist	 trust_staff_lines;
	struct staff	*trust_staff;
	size_t		 ntrust_staff;

	struct school	*schools;
	size_t		 nschools;
	struct source	*sources;
	size_t		 nsources;
	struct cfpool	*pool;		/* the sources' strings */
};

struct cfpool;

struct config	*config_new(void);
int		 config_load(const char *, const struct strlist *,
		    struct config **, struct strlist *);
void		 config_free(struct config *);
void		 config_describe(FILE *, int);
const char	*config_default_path(void);
struct school	*config_school(const struct config *, const char *);
char		*config_resolve_path(const struct config *, const char *);
int		 config_staff_parse(const char *, struct staff *);
void		 config_staff_free(struct staff *);

#endif
