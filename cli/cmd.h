/* cmd.h: the command table and what every command shares. */
#ifndef MW_CMD_H
#define MW_CMD_H

#include <getopt.h>
#include <stdio.h>
#include <time.h>

#include "common/str.h"

struct config;
struct db;

/* Exit codes of every command. */
#define EXIT_OK		0
#define EXIT_FAIL	1
#define EXIT_USAGE	2

struct cmd_ctx {
	const char	*config_path;	/* -c, $MENTIONWATCH_CONFIG */
	const char	*db_path;	/* -D, $MENTIONWATCH_DB */
	int		 verbose;
	int		 config_given;
	struct strlist	 overrides;	/* -o section.key=value */
};

struct cmd_entry {
	const char	*name;
	const char	*usage;		/* after "mentionwatch NAME " */
	const char	*summary;	/* one line for `mentionwatch --help` */
	const char	*help;		/* the rest of `NAME --help` */
	int		 (*exec)(struct cmd_ctx *, int, char **);
};

/*
 * One option of a command, for cmd_getopt(): --"name", and -"letter"
 * unless "letter" is 0. A flag adds one to "*flag" each time it is given.
 * An option with "arg" or "fn" takes an argument: it is stored in "*arg",
 * the last given winning, or passed to "fn" with "data"; "fn" returns 0,
 * or -1 once it has said why with cmd_usage(). An option with nowhere to
 * go is accepted and ignored. Listing a common option by its name and
 * letter takes it over.
 */
struct cmd_opt {
	const char	 *name;
	int		  letter;
	int		 *flag;
	const char	**arg;
	int		(*fn)(struct cmd_ctx *, const char *, void *);
	void		 *data;
};

extern const struct cmd_entry *cmd_table[];

int	cmd_getopt(struct cmd_ctx *, const struct cmd_entry *, int, char **,
	    const struct cmd_opt *, int *);
int	cmd_usage(const struct cmd_entry *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	cmd_help(const struct cmd_entry *, FILE *);
int	cmd_config(struct cmd_ctx *, struct config **);
char	*cmd_db_path(struct cmd_ctx *, const struct config *);
int	cmd_db(struct cmd_ctx *, const struct config *, int, struct db **);
int	cmd_open(struct cmd_ctx *, int, struct config **, struct db **);
int	cmd_parse_since(const char *, time_t *);

extern const struct cmd_entry cmd_analyze_entry;
extern const struct cmd_entry cmd_config_entry;
extern const struct cmd_entry cmd_crawl_entry;
extern const struct cmd_entry cmd_digest_entry;
extern const struct cmd_entry cmd_feed_entry;
extern const struct cmd_entry cmd_init_entry;
extern const struct cmd_entry cmd_mentions_entry;
extern const struct cmd_entry cmd_sources_entry;
extern const struct cmd_entry cmd_cases_entry;
extern const struct cmd_entry cmd_case_entry;
extern const struct cmd_entry cmd_notify_entry;
extern const struct cmd_entry cmd_status_entry;
extern const struct cmd_entry cmd_roster_entry;
extern const struct cmd_entry cmd_export_entry;
extern const struct cmd_entry cmd_verify_entry;
extern const struct cmd_entry cmd_recapture_entry;
extern const struct cmd_entry cmd_fetch_entry;
extern const struct cmd_entry cmd_run_entry;

#endif
