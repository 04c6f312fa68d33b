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
int	 db_source_list_after(struct db *, const char *, size_t,
	    int (*)(void *, const struct db_source *), void *, char **);
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

/* db_case.c: cases, their events, and what a case shows. */
struct db_case {
	long long	 id;
	long long	 document_id;
	char		*school;	/* school key */
	char		*severity;
	char		*state;
	char		*close_reason;
	int		 safeguarding;
	time_t		 first_seen;
	time_t		 opened;
	time_t		 due;
	time_t		 paused_at;	/* 0: running */
	long long	 paused_total;	/* seconds spent paused */
	char		*owner;
	/* read only, from the document */
	char		*url;
	char		*title;
	char		*source;
	char		*text;
	long long	 capture_id;
};

struct db_case_event {
	long long	 case_id;
	time_t		 at;
	const char	*actor;
	const char	*from_state;
	const char	*to_state;
	const char	*what;
	const char	*note;
};

/* A finding as readers see it. */
struct db_finding_row {
	long long	 id;
	long long	 document_id;
	const char	*school;
	const char	*analyzer;
	const char	*category;
	const char	*severity;
	double		 score;
	const char	*target;
	const char	*reason;
	const char	*quote;
	long long	 start;
	long long	 end;
	int		 redact;
	time_t		 created;
	const char	*url;
	const char	*title;
	const char	*source;
	const char	*text;
	long long	 case_id;	/* 0: none */
};

struct db_capture_row {
	long long	 seq;
	long long	 at_ms;
	const char	*url;
	const char	*final_url;
	long		 status;
	const char	*body_sha256;
	const char	*hash;
};

int	 db_case_get(struct db *, long long, struct db_case *, char **);
long long db_case_by_document(struct db *, long long);
int	 db_case_insert(struct db *, struct db_case *, char **);
int	 db_case_save(struct db *, const struct db_case *, char **);
void	 db_case_clear(struct db_case *);
int	 db_case_event_add(struct db *, const struct db_case_event *, char **);
int	 db_case_list(struct db *, int,
	    int (*)(void *, const struct db_case *), void *, char **);
int	 db_case_events(struct db *, long long,
	    int (*)(void *, const struct db_case_event *), void *, char **);
int	 db_case_findings(struct db *, long long, time_t, const char *,
	    int (*)(void *, const struct db_finding_row *), void *, char **);
int	 db_case_document(struct db *, long long, struct db_case *, char **);
int	 db_case_captures(struct db *, long long,
	    int (*)(void *, const struct db_capture_row *), void *, char **);
int	 db_case_begin(struct db *);
void	 db_case_end(struct db *, int);
int	 db_case_untracked(struct db *, time_t, int (*)(void *, long long),
	    void *, char **);

/* db_mail.c: the outbox (table digests): every digest, alert, reminder
 * and escalation, recorded before it is sent. */
struct db_mail {
	long long	 id;
	const char	*kind;		/* digest alert reminder escalation */
	const char	*dkey;		/* unique: at most one per key */
	const char	*school;	/* school key or NULL */
	long long	 case_id;	/* 0: none */
	time_t		 created;
	time_t		 sent;		/* 0: not yet */
	const char	*recipients;	/* comma separated */
	const char	*subject;
	const char	*message_id;
	const char	*chain_head;
	int		 attempts;
	time_t		 next_attempt;
	const char	*last_error;
	const char	*message;	/* JSON: the parts */
};

struct db_mail_stats {
	long long	 sent;
	long long	 pending;	/* never tried, or to be retried */
	long long	 failing;	/* tried and failed at least once */
	time_t		 last_sent;
};

int	 db_mail_queue(struct db *, const struct db_mail *, int *, char **);
int	 db_mail_exists(struct db *, const char *);
int	 db_mail_pending(struct db *, time_t, const char *,
	    int (*)(void *, const struct db_mail *), void *, char **);
int	 db_mail_list(struct db *, int, int (*)(void *, const struct db_mail *),
	    void *, char **);
int	 db_mail_claim(struct db *, long long, int, time_t, char **);
int	 db_mail_sent(struct db *, long long, time_t, char **);
int	 db_mail_failed(struct db *, long long, const char *, char **);
int	 db_mail_stats(struct db *, struct db_mail_stats *);
time_t	 db_mail_last(struct db *, const char *, const char *);
char	*db_mail_chain_head(struct db *);

/* db_roster.c */
struct db_roster {
	const char	*school;	/* school key */
	const char	*token;		/* keyed hash of "first surname" */
	const char	*first_token;
	const char	*surname_token;
	const char	*year;
	int		 photo_objection;
	const char	*near;		/* near forms' hashes (pupils_near),
					   or NULL */
};

int	 db_roster_clear(struct db *, const char *, char **);
int	 db_roster_add(struct db *, const struct db_roster *, char **);
int	 db_roster_list(struct db *, int (*)(void *, const struct db_roster *),
	    void *, char **);

/* db_evidence.c */
struct db_capture {
	long long	 id;
	long long	 seq;
	long long	 at_ms;		/* when captured, UTC ms */
	long long	 started_ms;	/* when the request started */
	char		*url;		/* as requested */
	char		*url_sha256;
	char		*final_url;
	char		*urls;		/* every URL requested, one a line */
	long		 status;
	char		*ip;
	char		*tls_fingerprints; /* SHA-256 of each cert, one a line */
	char		*request_headers;
	char		*response_headers;
	char		*headers_sha256;
	char		*body_sha256;
	long long	 body_len;
	char		*raw_sha256;	/* as received; NULL: version 1 */
	long long	 raw_len;
	int		 raw_kept;	/* its file is kept */
	char		*content_encoding; /* NULL if none */
	char		*prev_hash;
	char		*hash;
	char		*kind;		/* "crawl", "recapture" */
};

struct db_checkpoint {
	long long	 id;
	long long	 seq;
	char		*hash;
	time_t		 at;
	char		*signature;	/* base64 Ed25519 */
	unsigned char	*tsa_token;	/* RFC 3161 response (DER), or NULL */
	size_t		 tsa_len;
};

struct db_evcase {
	long long	 id;
	long long	 document_id;
	char		*school;
	char		*school_name;
	char		*severity;
	char		*state;
	char		*close_reason;
	int		 safeguarding;
	time_t		 first_seen;
	time_t		 opened;
	time_t		 due;
	char		*owner;
	char		*url;
	char		*title;
	char		*text;
	long long	 capture_id;
};

struct db_evfinding {
	const char	*analyzer;
	const char	*category;
	const char	*severity;
	double		 score;
	const char	*target;
	const char	*reason;
	const char	*quote;
	long long	 start;
	long long	 end;
};

struct db_evevent {
	time_t		 at;
	const char	*actor;
	const char	*from_state;
	const char	*to_state;
	const char	*what;
	const char	*note;
};

void	 db_capture_clear(struct db_capture *);
void	 db_capture_copy(struct db_capture *, const struct db_capture *);
void	 db_checkpoint_clear(struct db_checkpoint *);
void	 db_evcase_clear(struct db_evcase *);
int	 db_evidence_head(struct db *, long long *, char *, char **);
int	 db_evidence_capture_add(struct db *, const struct db_capture *,
	    long long *, char **);
int	 db_evidence_capture_list(struct db *, long long, long long,
	    int (*)(void *, const struct db_capture *), void *, char **);
int	 db_evidence_case_captures(struct db *, long long,
	    int (*)(void *, const struct db_capture *), void *, char **);
int	 db_evidence_capture_get(struct db *, long long, struct db_capture *,
	    char **);
int	 db_evidence_capture_latest(struct db *, const char *, long long,
	    struct db_capture *, char **);
int	 db_evidence_checkpoint_add(struct db *, const struct db_checkpoint *,
	    char **);
int	 db_evidence_checkpoint_list(struct db *, int,
	    int (*)(void *, const struct db_checkpoint *), void *, char **);
int	 db_evidence_case_get(struct db *, long long, struct db_evcase *,
	    char **);
int	 db_evidence_findings(struct db *, long long,
	    int (*)(void *, const struct db_evfinding *), void *, char **);
int	 db_evidence_case_events(struct db *, long long,
	    int (*)(void *, const struct db_evevent *), void *, char **);
int	 db_evidence_case_event_add(struct db *, long long, time_t,
	    const char *, const char *, char **);
char	*db_evidence_case_last_presence(struct db *, long long);
int	 db_evidence_case_last_recapture(struct db *, long long, char **,
	    char **);
int	 db_evidence_recapture_list(struct db *, long long,
	    int (*)(void *, long long, const char *), void *, char **);
int	 db_evidence_case_insert(struct db *, long long, const char *, time_t,
	    long long *, char **);
int	 db_evidence_prunable(struct db *, long long,
	    int (*)(void *, const char *), void *, char **);
int	 db_evidence_pruned_add(struct db *, const char *, time_t, char **);
int	 db_evidence_is_pruned(struct db *, const char *);
int	 db_evidence_spool_add(struct db *, const char *, const char *,
	    long long, long long, const char *, char **);
int	 db_evidence_spool_filed(struct db *, const char *, char **);
int	 db_evidence_spool_find(struct db *, const char *, char **,
	    long long *, long long *, char **);
int	 db_evidence_spool_live(struct db *, const char *, long long,
	    int (*)(void *, const char *, long long, long long, const char *),
	    void *, char **);
int	 db_evidence_spool_drop(struct db *, const char *, long long, time_t,
	    char **);

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

struct db_checkpointer;
struct db_checkpointer *db_checkpointer_start(struct db *);
void	 db_checkpointer_stop(struct db_checkpointer *);

#endif
