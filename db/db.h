/* db.h: the store. All SQL of mentionwatch lives in db/. */
#ifndef MW_DB_H
#define MW_DB_H

#include <stddef.h>
#include <time.h>

struct config;
struct db;

#define DB_CREATE	0x1	/* create the file (mode 0600) if missing */
#define DB_READONLY	0x2	/* a reader: CLI listings, digests */

int	 db_open(const char *, int, struct db **, char **);
void	 db_close(struct db *);
int	 db_begin(struct db *);
int	 db_commit(struct db *);
void	 db_rollback(struct db *);
int	 db_schema_version(struct db *);
int	 db_latest_version(void);
int	 db_integrity_check(struct db *, char **);
const char *db_path(struct db *);

/* db_school.c */
int	 db_school_sync(struct db *, const struct config *, char **);
long long db_school_id(struct db *, const char *);

/* db_source.c */
struct db_source {
	long long	 id;
	char		*key;
	char		*url;
	char		*type;
	char		*etag;
	char		*last_modified;
	time_t		 next_due;
	time_t		 last_success;
	time_t		 last_attempt;
	char		*last_error;
	long		 last_status;
	long long	 failures;
	long long	 fetches;
	long long	 not_modified;
	char		*state;
	/* the crawler's (schema 4) */
	char		*robots;	/* last robots.txt verdict */
	char		*wait;		/* waits imposed: Crawl-delay, ... */
	time_t		 failing_since;	/* 0: not failing */
	long long	 cur_interval;	/* adapted interval; 0: configured */
	long long	 unchanged;	/* polls in a row with nothing new */
};

struct db_fetch {
	long long	 source_id;
	const char	*url;
	long long	 started_ms;
	long		 status;
	long long	 bytes;
	long long	 elapsed_ms;
	const char	*final_url;
	const char	*error;
};

int	 db_source_sync(struct db *, const struct config *, char **);
int	 db_source_get(struct db *, const char *, struct db_source *);
void	 db_source_clear(struct db_source *);
int	 db_source_list(struct db *, int (*)(void *, const struct db_source *),
	    void *, char **);
int	 db_source_update(struct db *, const struct db_source *, char **);
int	 db_fetch_add(struct db *, const struct db_fetch *, char **);

/* db_document.c */
struct db_document {
	long long	 id;
	long long	 source_id;
	const char	*url;
	const char	*guid;		/* feed item id; NULL for pages */
	const char	*title;
	const char	*author;
	time_t		 published;	/* 0: unknown */
	const char	*text;
	const char	*content_hash;
	const char	*kind;		/* "item" or "page" */
	long long	 capture_id;	/* 0: none */
};

struct db_mention {
	long long	 document_id;
	const char	*school;	/* school key */
	const char	*alias;		/* the words that matched */
	size_t		 start;
	size_t		 end;
	const char	*excerpt;
	double		 confidence;
	const char	*reason;
};

/* A row of the mention listing, as readers see it. */
struct db_mention_row {
	long long	 document_id;
	const char	*school;
	const char	*school_name;
	const char	*url;
	const char	*title;
	const char	*source;
	const char	*alias;
	const char	*excerpt;
	time_t		 first_seen;
	time_t		 published;
	double		 confidence;
};

int	 db_document_put(struct db *, const struct db_document *, time_t,
	    long long *, int *, char **);
int	 db_document_known(struct db *, const char *, const char *);
int	 db_mention_add(struct db *, const struct db_mention *, char **);
int	 db_mention_list(struct db *, time_t, const char *,
	    int (*)(void *, const struct db_mention_row *), void *, char **);
long long db_mention_count(struct db *, time_t, const char *);

/* db_finding.c */
struct finding;
int	 db_finding_add(struct db *, long long, const struct finding *,
	    time_t, char **);

/* db_crawl.c */
int	 db_robots_get(struct db *, const char *, time_t *, long *, char **,
	    size_t *);
int	 db_robots_put(struct db *, const char *, time_t, long, const char *,
	    size_t, char **);
int	 db_body_add(struct db *, long long, const char *, time_t,
	    const char *, const void *, size_t, char **);
void	 db_document_seen(struct db *, const char *, const char *,
	    long long, int *, int *);
int	 db_fetch_mention_add(struct db *, const char *, const char *,
	    time_t, char **);
void	 db_cache_limit(struct db *, int);

#endif
