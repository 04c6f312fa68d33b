/* evidence.h: captures, the hash chain, checkpoints, bundles, verifying. */
#ifndef MW_EVIDENCE_H
#define MW_EVIDENCE_H

#include <stddef.h>
#include <time.h>

#include "common/buf.h"
#include "common/hash.h"
#include "common/str.h"

struct config;
struct db;
struct db_capture;
struct db_checkpoint;
struct fetch_resp;
struct evidence;

#define EVIDENCE_GENESIS \
	"0000000000000000000000000000000000000000000000000000000000000000"

/*
 * The body-sha256 of a capture whose decoded body was not hashed: a
 * response that came content-encoded and was not kept. Its entry commits
 * to the bytes as received (raw-sha256) and to the header blocks that
 * name the encoding, which together give the decoded body.
 */
#define EVIDENCE_UNHASHED	"-"

/* capture.c */

/*
 * One object of a capture, hashed and written to a temporary file of its
 * own, or appended to the spool.
 */
struct evidence_object {
	char		 sha[HASH_HEX_LEN];
	char		*tmp;		/* NULL if the store has it, or taken */
	const char	*pack;		/* spooled: the pack, or NULL */
	long long	 off;		/* spooled: where in the pack */
	size_t		 len;		/* bytes written */
	char		 encoding[16];	/* spooled encoded: how to decode */
	int		 file;		/* spooled, to be a file too */
};

/* A response's objects, written by any thread before the writer chains. */
struct evidence_prep {
	struct evidence_object	body;		/* after content decoding */
	struct evidence_object	headers;
	struct evidence_object	raw;		/* as received, if kept */
	int			raw_kept;
	int			ready;
};

struct evidence	*evidence_open(const struct config *, struct db *, char **);
void		 evidence_close(struct evidence *);
const char	*evidence_dir(const struct evidence *);
const char	*evidence_keydir(const struct evidence *);
struct db	*evidence_db(const struct evidence *);
const struct config *evidence_config(const struct evidence *);
char		*evidence_object_path(const struct evidence *, const char *);
int		 evidence_store(struct evidence *, const void *, size_t,
		    char *, char **);
int		 evidence_flush(struct evidence *, char **);
void		 evidence_tick(struct evidence *);
int		 evidence_read(const struct evidence *, const char *,
		    struct buf *, char **);
int		 evidence_read_body(const struct evidence *,
		    const struct db_capture *, struct buf *, char **);
char		*evidence_locate(const struct evidence *, const char *);
int		 evidence_prepare(struct evidence *, const struct fetch_resp *,
		    int, struct evidence_prep *, char **);
int		 evidence_prep_keep(struct evidence *, const struct fetch_resp *,
		    struct evidence_prep *, char **);
void		 evidence_prep_free(struct evidence *, struct evidence_prep *);
int		 evidence_capture(struct evidence *, const struct fetch_resp *,
		    struct evidence_prep *, const char *, long long *, char **);
int		 evidence_prune(struct evidence *, time_t, size_t *, char **);

/*
 * chain.c: one entry of the capture log. Version 1 entries have no
 * raw-sha256; version 2 entries add the hash of the body as received,
 * before content decoding (the body's own hash if it was not encoded).
 */
struct chain_entry {
	int		version;	/* 1 or 2 */
	long long	seq;
	long long	at_ms;
	char		url_sha256[65];
	char		body_sha256[65];
	char		raw_sha256[65];	/* version 2 */
	char		headers_sha256[65];
	char		prev[65];
	char		hash[65];
};

struct db_capture;

void	 chain_from_capture(const struct db_capture *, struct chain_entry *);
void	 chain_canonical(const struct chain_entry *, struct buf *);
void	 chain_hash(const struct chain_entry *, char *);
void	 chain_format_line(const struct chain_entry *, const char *,
	    struct buf *);
int	 chain_parse_line(const char *, struct chain_entry *, char **,
	    char **);

/* checkpoint.c */
void	 checkpoint_text(long long, const char *, time_t, struct buf *);
int	 checkpoint_sign(const char *, const void *, size_t, unsigned char *,
	    char **);
int	 checkpoint_verify(const char *, size_t, const void *, size_t,
	    const unsigned char *, size_t);
int	 checkpoint_key_fingerprint(const char *, size_t, char *);
int	 checkpoint_sig_decode(const char *, unsigned char *);
int	 evidence_checkpoint(struct evidence *, int, struct db_checkpoint *,
	    char **);
int	 evidence_signed_head(const struct config *, struct db *, char **,
	    char **);

/* tsa.c */
int	 tsa_stamp(const struct config *, const void *, size_t,
	    unsigned char **, size_t *, char **);
int	 tsa_check(const unsigned char *, size_t, const void *, size_t,
	    char *);

/* warc.c */
struct warc_record {
	const char	*type;		/* request, response, metadata */
	const char	*target;
	const char	*date;		/* WARC-Date */
	const char	*ip;
	const char	*content_type;
	const char	*concurrent_to;	/* record id, or NULL */
	const char	*refers_to;	/* record id, or NULL */
	const char	*http_head;	/* HTTP header block, or NULL */
	size_t		 http_head_len;
	const void	*payload;
	size_t		 payload_len;
	char		 id[64];	/* set from "id_seed" */
};

void	 warc_record_id(const char *, const char *, char *);
int	 warc_write(struct buf *, const struct warc_record *);
int	 warc_check(const void *, size_t, struct strlist *, size_t *);
const char	*warc_last_block(const char *, const char *, size_t *);
char		*warc_field(const char *, size_t, const char *);

/* bundle.c */
struct bundle_opts {
	int		 unredacted;
	const char	*output;
};

int	 bundle_export(struct evidence *, long long, const struct bundle_opts *,
	    char **, char **);
char	*bundle_report_html(struct evidence *, long long, int, char **);

/* verify.c */
struct verify_result {
	struct strlist	 failures;	/* what fails, one a line */
	struct strlist	 notes;		/* what was checked */
	char		 key_fingerprint[65];
	size_t		 files;
	size_t		 entries;
	size_t		 records;
};

int	 bundle_verify_buffer(const void *, size_t, struct verify_result *);
int	 bundle_verify_file(const char *, struct verify_result *);
int	 evidence_verify_store(struct evidence *, struct verify_result *);
void	 verify_result_clear(struct verify_result *);

/* recapture.c */
struct recapture_stats {
	size_t	due;
	size_t	captured;
	size_t	changed;
	size_t	removed;
	size_t	restored;
	size_t	refused;	/* robots.txt forbade fetching it again */
	size_t	errors;
};

int	 evidence_recapture_due(struct evidence *, int, volatile int *,
	    struct recapture_stats *, char **);

#endif
