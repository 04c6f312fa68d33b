/*
 * db_source.c: sources and the record of every fetch. A source row carries
 * what makes polling incremental and polite across runs: the validators
 * (ETag, Last-Modified), when it is next due, and how it has been failing.
 */
#include "autoconfig.h"

#include <stdlib.h>
#include <string.h>

#include "common/config.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "db/db_internal.h"

#define SOURCE_COLUMNS \
	"id, key, url, type, etag, last_modified, next_due, last_success, " \
	"last_attempt, last_error, last_status, failures, fetches, " \
	"not_modified, state, robots, wait, failing_since, cur_interval, " \
	"unchanged"

/* Insert or update every source of "cf"; return 0 or -1 with "*cause". */
int
db_source_sync(struct db *db, const struct config *cf, char **cause)
{
	sqlite3_stmt	*st;
	size_t		 i;

	/* A changed URL is a new resource: forget its validators. */
	st = db_prepare(db, "INSERT INTO sources (key, url, type, school_id) "
	    "VALUES (?1, ?2, ?3, (SELECT id FROM schools WHERE key = ?4)) "
	    "ON CONFLICT (key) DO UPDATE SET "
	    "  etag = CASE WHEN url = excluded.url THEN etag END,"
	    "  last_modified = CASE WHEN url = excluded.url"
	    "    THEN last_modified END,"
	    "  next_due = CASE WHEN url = excluded.url THEN next_due ELSE 0 END,"
	    "  url = excluded.url, type = excluded.type,"
	    "  school_id = excluded.school_id", cause);
	if (st == NULL)
		return (-1);
	for (i = 0; i < cf->nsources; i++) {
		const struct source	*r = &cf->sources[i];

		db_bind_text(st, 1, r->id);
		db_bind_text(st, 2, r->url);
		db_bind_text(st, 3, r->type);
		db_bind_text(st, 4, r->school);
		if (sqlite3_step(st) != SQLITE_DONE) {
			sqlite3_finalize(st);
			return (db_fail(db, cause, "saving sources"));
		}
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return (0);
}

static void
read_source(sqlite3_stmt *st, struct db_source *s)
{
	memset(s, 0, sizeof *s);
	s->id = sqlite3_column_int64(st, 0);
	s->key = db_column_strdup(st, 1);
	s->url = db_column_strdup(st, 2);
	s->type = db_column_strdup(st, 3);
	s->etag = db_column_strdup(st, 4);
	s->last_modified = db_column_strdup(st, 5);
	s->next_due = (time_t)sqlite3_column_int64(st, 6);
	s->last_success = (time_t)sqlite3_column_int64(st, 7);
	s->last_attempt = (time_t)sqlite3_column_int64(st, 8);
	s->last_error = db_column_strdup(st, 9);
	s->last_status = sqlite3_column_int(st, 10);
	s->failures = sqlite3_column_int64(st, 11);
	s->fetches = sqlite3_column_int64(st, 12);
	s->not_modified = sqlite3_column_int64(st, 13);
	s->state = db_column_strdup(st, 14);
	s->robots = db_column_strdup(st, 15);
	s->wait = db_column_strdup(st, 16);
	s->failing_since = (time_t)sqlite3_column_int64(st, 17);
	s->cur_interval = sqlite3_column_int64(st, 18);
	s->unchanged = sqlite3_column_int64(st, 19);
}

/* Free the strings of "s". */
void
db_source_clear(struct db_source *s)
{
	free(s->key);
	free(s->url);
	free(s->type);
	free(s->etag);
	free(s->last_modified);
	free(s->last_error);
	free(s->state);
	free(s->robots);
	free(s->wait);
	memset(s, 0, sizeof *s);
}

/* Read source "key" into "s"; return 0, or -1 if it is not stored. */
int
db_source_get(struct db *db, const char *key, struct db_source *s)
{
	sqlite3_stmt	*st;
	int		 r = -1;

	st = db_prepare(db, "SELECT " SOURCE_COLUMNS " FROM sources "
	    "WHERE key = ?", NULL);
	if (st == NULL)
		return (-1);
	db_bind_text(st, 1, key);
	if (sqlite3_step(st) == SQLITE_ROW) {
		read_source(st, s);
		r = 0;
	}
	sqlite3_finalize(st);
	return (r);
}

/* Call "cb" for every stored source in key order; stop if it returns -1. */
int
db_source_list(struct db *db, int (*cb)(void *, const struct db_source *),
    void *arg, char **cause)
{
	return (db_source_list_after(db, NULL, 0, cb, arg, cause));
}

/*
 * Call "cb" for at most "max" (0: all) stored sources whose keys sort
 * after "after" (NULL: from the first), in key order; stop if it returns
 * -1. Read so, a window at a time, many sources need not all be held at
 * once.
 */
int
db_source_list_after(struct db *db, const char *after, size_t max,
    int (*cb)(void *, const struct db_source *), void *arg, char **cause)
{
	sqlite3_stmt		*st;
	struct db_source	 s;
	int			 r = 0, rc;

	if (after == NULL)
		st = db_prepare(db, "SELECT " SOURCE_COLUMNS " FROM sources "
		    "ORDER BY key LIMIT ?2", cause);
	else
		st = db_prepare(db, "SELECT " SOURCE_COLUMNS " FROM sources "
		    "WHERE key > ?1 ORDER BY key LIMIT ?2", cause);
	if (st == NULL)
		return (-1);
	if (after != NULL)
		db_bind_text(st, 1, after);
	sqlite3_bind_int64(st, 2, max > 0 ? (sqlite3_int64)max : -1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		read_source(st, &s);
		r = cb(arg, &s);
		db_source_clear(&s);
		if (r != 0)
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		r = db_fail(db, cause, "listing sources");
	sqlite3_finalize(st);
	return (r);
}

/* Save the polling state of "s" (matched by id). */
int
db_source_update(struct db *db, const struct db_source *s, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_cached(db, "UPDATE sources SET etag = ?, last_modified = ?, "
	    "next_due = ?, last_success = ?, last_attempt = ?, "
	    "last_error = ?, last_status = ?, failures = ?, fetches = ?, "
	    "not_modified = ?, state = ?, robots = ?13, wait = ?14, "
	    "failing_since = ?15, cur_interval = ?16, unchanged = ?17 "
	    "WHERE id = ?12", cause);
	if (st == NULL)
		return (-1);
	db_bind_text(st, 1, s->etag);
	db_bind_text(st, 2, s->last_modified);
	sqlite3_bind_int64(st, 3, s->next_due);
	sqlite3_bind_int64(st, 4, s->last_success);
	sqlite3_bind_int64(st, 5, s->last_attempt);
	db_bind_text(st, 6, s->last_error);
	sqlite3_bind_int(st, 7, (int)s->last_status);
	sqlite3_bind_int64(st, 8, s->failures);
	sqlite3_bind_int64(st, 9, s->fetches);
	sqlite3_bind_int64(st, 10, s->not_modified);
	db_bind_text(st, 11, s->state != NULL ? s->state : "active");
	sqlite3_bind_int64(st, 12, s->id);
	db_bind_text(st, 13, s->robots);
	db_bind_text(st, 14, s->wait);
	sqlite3_bind_int64(st, 15, s->failing_since);
	sqlite3_bind_int64(st, 16, s->cur_interval);
	sqlite3_bind_int64(st, 17, s->unchanged);
	rc = sqlite3_step(st);
	db_done(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "saving a source"));
	return (0);
}

/* Record one request and its outcome. */
int
db_fetch_add(struct db *db, const struct db_fetch *f, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_cached(db, "INSERT INTO fetches (source_id, url, started_ms, "
	    "status, bytes, elapsed_ms, final_url, error) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", cause);
	if (st == NULL)
		return (-1);
	if (f->source_id != 0)
		sqlite3_bind_int64(st, 1, f->source_id);
	else
		sqlite3_bind_null(st, 1);
	db_bind_text(st, 2, f->url);
	sqlite3_bind_int64(st, 3, f->started_ms);
	sqlite3_bind_int(st, 4, (int)f->status);
	sqlite3_bind_int64(st, 5, f->bytes);
	sqlite3_bind_int64(st, 6, f->elapsed_ms);
	db_bind_text(st, 7, f->final_url);
	db_bind_text(st, 8, f->error);
	rc = sqlite3_step(st);
	db_done(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "recording a fetch"));
	return (0);
}
