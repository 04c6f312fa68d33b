/*
 * db_crawl.c: what the crawler keeps besides sources and documents: each
 * origin's robots.txt (so that it is fetched at most once a day), response
 * bodies as received when the configuration asks for them, which fetched
 * address named which school, and whether a source already gave a document
 * (unchanged, or the same words under another key, as when a feed renames
 * its items).
 */
#include "autoconfig.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common/log.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "db/db_internal.h"

/*
 * Read the stored robots.txt of "origin": when it was fetched, the HTTP
 * status (0: unreachable) and the body ("*body" allocated, may be NULL;
 * its length in "*len"). Return 0, or -1 if none is stored.
 */
int
db_robots_get(struct db *db, const char *origin, time_t *fetched,
    long *status, char **body, size_t *len)
{
	sqlite3_stmt	*st;
	int		 r = -1;
	const void	*p;

	*body = NULL;
	*len = 0;
	st = db_prepare(db, "SELECT fetched, status, body FROM robots "
	    "WHERE origin = ?", NULL);
	if (st == NULL)
		return (-1);
	db_bind_text(st, 1, origin);
	if (sqlite3_step(st) == SQLITE_ROW) {
		*fetched = (time_t)sqlite3_column_int64(st, 0);
		*status = sqlite3_column_int(st, 1);
		p = sqlite3_column_blob(st, 2);
		*len = (size_t)sqlite3_column_bytes(st, 2);
		if (p != NULL) {
			*body = xmalloc(*len + 1);
			memcpy(*body, p, *len);
			(*body)[*len] = '\0';
		}
		r = 0;
	}
	sqlite3_finalize(st);
	return (r);
}

/* Store the robots.txt of "origin" fetched at "now". */
int
db_robots_put(struct db *db, const char *origin, time_t now, long status,
    const char *body, size_t len, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_prepare(db, "INSERT INTO robots (origin, fetched, status, "
	    "body) VALUES (?, ?, ?, ?) ON CONFLICT (origin) DO UPDATE SET "
	    "fetched = excluded.fetched, status = excluded.status, "
	    "body = excluded.body", cause);
	if (st == NULL)
		return (-1);
	db_bind_text(st, 1, origin);
	sqlite3_bind_int64(st, 2, now);
	sqlite3_bind_int(st, 3, (int)status);
	if (body != NULL)
		sqlite3_bind_blob(st, 4, body, (int)len, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "storing a robots.txt"));
	return (0);
}

/* Keep the body of a response from "url" as received ("encoding" is its
 * Content-Encoding, NULL if none). */
int
db_body_add(struct db *db, long long source_id, const char *url,
    time_t now, const char *encoding, const void *data, size_t len,
    char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_cached(db, "INSERT INTO bodies (source_id, url, fetched, "
	    "encoding, body) VALUES (?, ?, ?, ?, ?)", cause);
	if (st == NULL)
		return (-1);
	if (source_id != 0)
		sqlite3_bind_int64(st, 1, source_id);
	db_bind_text(st, 2, url);
	sqlite3_bind_int64(st, 3, now);
	db_bind_text(st, 4, encoding);
	sqlite3_bind_blob(st, 5, data != NULL ? data : "", (int)len,
	    SQLITE_STATIC);
	rc = sqlite3_step(st);
	db_done(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "keeping a body"));
	return (0);
}

/*
 * Look for documents of source "source_id" with content hash "hash": set
 * "*same" to 1 if one has the key "dkey" (stored unchanged: nothing to
 * do), "*copy" to 1 if any has (the same words under another key).
 */
void
db_document_seen(struct db *db, const char *dkey, const char *hash,
    long long source_id, int *same, int *copy)
{
	sqlite3_stmt	*st;

	*same = *copy = 0;
	st = db_cached(db, "SELECT coalesce(max(dkey = ?1), 0), count(*) "
	    "FROM documents WHERE content_hash = ?2 AND source_id = ?3", NULL);
	if (st == NULL)
		return;
	db_bind_text(st, 1, dkey);
	db_bind_text(st, 2, hash);
	sqlite3_bind_int64(st, 3, source_id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		*same = sqlite3_column_int(st, 0) != 0;
		*copy = sqlite3_column_int(st, 1) > 0;
	}
	db_done(st);
}

/* Note that the response from "url" mentions school "school". */
int
db_fetch_mention_add(struct db *db, const char *url, const char *school,
    time_t now, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_cached(db, "INSERT OR IGNORE INTO fetch_mentions (url, "
	    "school_id, first_seen) SELECT ?, id, ? FROM schools "
	    "WHERE key = ?", cause);
	if (st == NULL)
		return (-1);
	db_bind_text(st, 1, url);
	sqlite3_bind_int64(st, 2, now);
	db_bind_text(st, 3, school);
	rc = sqlite3_step(st);
	db_done(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "noting a mention"));
	return (0);
}

/* Limit the page cache of connection "db" to about "kib" KiB: the crawler
 * streams through bodies it does not read again. */
void
db_cache_limit(struct db *db, int kib)
{
	char	sql[64];

	snprintf(sql, sizeof sql, "PRAGMA cache_size = -%d", kib);
	db_exec(db, sql, NULL);
}

/*
 * The checkpointer: while the crawler's writer appends, copying the WAL
 * back into the database (and the fdatasync that goes with it) is done on
 * a thread and a connection of its own, every CKPT_MS. Done by the writer
 * at each thousandth page, as SQLite does by default, it stopped the whole
 * crawl for as long as the disk took: the writer held up the workers, and
 * they the fetcher. The writer still checkpoints past WRITER_CKPT pages:
 * only a writer can start the WAL again from its beginning, and one that
 * begins each transaction as the last ends never finds the moment to;
 * the pages are by then copied back, so it costs little.
 */
#define CKPT_MS		100
#define WRITER_CKPT	4000		/* pages: about 16 MB of WAL */

struct db_checkpointer {
	struct db	*writer;
	struct db	*db;
	pthread_t	 thread;
	pthread_mutex_t	 lock;
	pthread_cond_t	 cond;
	int		 stop;
};

static void *
checkpointer_main(void *arg)
{
	struct db_checkpointer	*k = arg;
	struct timespec		 ts;
	int			 rc, warned = 0;

	pthread_mutex_lock(&k->lock);
	while (!k->stop) {
		clock_gettime(CLOCK_MONOTONIC, &ts);
		ts.tv_nsec += CKPT_MS * 1000000L;
		if (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&k->cond, &k->lock, &ts);
		if (k->stop)
			break;
		pthread_mutex_unlock(&k->lock);
		rc = sqlite3_wal_checkpoint_v2(k->db->h, NULL,
		    SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
		if (rc != SQLITE_OK && rc != SQLITE_BUSY && !warned) {
			/* The writer's own checkpoints still bound the WAL. */
			log_warnx("checkpoint: %s", sqlite3_errmsg(k->db->h));
			warned = 1;
		}
		pthread_mutex_lock(&k->lock);
	}
	pthread_mutex_unlock(&k->lock);
	return (NULL);
}

/*
 * Start checkpointing the WAL of "writer" on a thread of its own (the
 * writer then checkpoints only past WRITER_CKPT pages). Return NULL if
 * that cannot be done: the writer then goes on checkpointing itself.
 */
struct db_checkpointer *
db_checkpointer_start(struct db *writer)
{
	struct db_checkpointer	*k;
	pthread_condattr_t	 ca;
	char			*cause = NULL;

	k = xcalloc(1, sizeof *k);
	k->writer = writer;
	if (db_open(writer->path, DB_READONLY, &k->db, &cause) != 0) {
		log_debug("checkpoint: %s", cause);
		free(cause);
		free(k);
		return (NULL);
	}
	pthread_mutex_init(&k->lock, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&k->cond, &ca);
	pthread_condattr_destroy(&ca);
	if (pthread_create(&k->thread, NULL, checkpointer_main, k) != 0) {
		pthread_mutex_destroy(&k->lock);
		pthread_cond_destroy(&k->cond);
		db_close(k->db);
		free(k);
		return (NULL);
	}
	sqlite3_wal_autocheckpoint(writer->h, WRITER_CKPT);
	return (k);
}

/* Stop checkpointer "k" (NULL does nothing), checkpoint once more and give
 * the writer its own checkpoints back. */
void
db_checkpointer_stop(struct db_checkpointer *k)
{
	if (k == NULL)
		return;
	pthread_mutex_lock(&k->lock);
	k->stop = 1;
	pthread_cond_signal(&k->cond);
	pthread_mutex_unlock(&k->lock);
	pthread_join(k->thread, NULL);
	sqlite3_wal_checkpoint_v2(k->db->h, NULL, SQLITE_CHECKPOINT_PASSIVE,
	    NULL, NULL);
	sqlite3_wal_autocheckpoint(k->writer->h, 1000);
	pthread_mutex_destroy(&k->lock);
	pthread_cond_destroy(&k->cond);
	db_close(k->db);
	free(k);
}
