/*
 * db_document.c: documents (feed items and pages) and the mentions found in
 * them. A document is stored once: its key is the feed item's id when it
 * has one, else its URL, so a feed polled a thousand times yields each item
 * once; a changed body updates the row and is noticed.
 */
#include "autoconfig.h"

#include <stdlib.h>
#include <string.h>

#include "common/xmalloc.h"
#include "db/db.h"
#include "db/db_internal.h"

/*
 * Store "d" as seen at "now". Its id goes to "*id"; "*is_new" is 1 for a
 * document never seen, 2 for one whose content changed, 0 otherwise.
 */
int
db_document_put(struct db *db, const struct db_document *d, time_t now,
    long long *id, int *is_new, char **cause)
{
	sqlite3_stmt	*st;
	const char	*dkey = d->guid != NULL && *d->guid != '\0' ?
			    d->guid : d->url;
	char		*old_hash = NULL;
	int		 rc;

	*id = 0;
	*is_new = 0;
	st = db_cached(db, "SELECT id, content_hash FROM documents "
	    "WHERE dkey = ?", cause);
	if (st == NULL)
		return (-1);
	db_bind_text(st, 1, dkey);
	if (sqlite3_step(st) == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		old_hash = db_column_strdup(st, 1);
	}
	db_done(st);

	if (*id != 0) {
		int	changed = old_hash == NULL ||
			    strcmp(old_hash, d->content_hash) != 0;

		free(old_hash);
		st = db_cached(db, changed ?
		    "UPDATE documents SET last_seen = ?2, updated = ?2, "
		    "text = ?3, title = ?4, content_hash = ?5, "
		    "capture_id = COALESCE(?6, capture_id) WHERE id = ?1" :
		    "UPDATE documents SET last_seen = ?2 WHERE id = ?1", cause);
		if (st == NULL)
			return (-1);
		sqlite3_bind_int64(st, 1, *id);
		sqlite3_bind_int64(st, 2, now);
		if (changed) {
			db_bind_text(st, 3, d->text);
			db_bind_text(st, 4, d->title);
			db_bind_text(st, 5, d->content_hash);
			if (d->capture_id != 0)
				sqlite3_bind_int64(st, 6, d->capture_id);
			*is_new = 2;
		}
		rc = sqlite3_step(st);
		db_done(st);
		if (rc != SQLITE_DONE)
			return (db_fail(db, cause, "updating a document"));
		return (0);
	}

	st = db_cached(db, "INSERT INTO documents (source_id, dkey, url, "
	    "guid, kind, title, author, published, text, content_hash, "
	    "first_seen, last_seen, capture_id) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cause);
	if (st == NULL)
		return (-1);
	if (d->source_id != 0)
		sqlite3_bind_int64(st, 1, d->source_id);
	db_bind_text(st, 2, dkey);
	db_bind_text(st, 3, d->url);
	db_bind_text(st, 4, d->guid);
	db_bind_text(st, 5, d->kind != NULL ? d->kind : "page");
	db_bind_text(st, 6, d->title);
	db_bind_text(st, 7, d->author);
	sqlite3_bind_int64(st, 8, d->published);
	db_bind_text(st, 9, d->text != NULL ? d->text : "");
	db_bind_text(st, 10, d->content_hash);
	sqlite3_bind_int64(st, 11, now);
	sqlite3_bind_int64(st, 12, now);
	if (d->capture_id != 0)
		sqlite3_bind_int64(st, 13, d->capture_id);
	rc = sqlite3_step(st);
	db_done(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "storing a document"));
	*id = sqlite3_last_insert_rowid(db->h);
	*is_new = 1;
	return (0);
}

/*
 * Return 1 if a document with key "dkey" and content hash "hash" is
 * already stored unchanged, else 0: the crawler skips analysing it again.
 */
int
db_document_known(struct db *db, const char *dkey, const char *hash)
{
	sqlite3_stmt	*st;
	int		 r = 0;

	st = db_prepare(db, "SELECT 1 FROM documents WHERE dkey = ? AND "
	    "content_hash = ?", NULL);
	if (st == NULL)
		return (0);
	db_bind_text(st, 1, dkey);
	db_bind_text(st, 2, hash);
	r = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return (r);
}

/* Store mention "m"; a second mention of a school in a document is kept
 * once (the first). */
int
db_mention_add(struct db *db, const struct db_mention *m, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_cached(db, "INSERT INTO mentions (document_id, school_id, "
	    "alias, start, end, excerpt, confidence, reason) "
	    "SELECT ?, id, ?, ?, ?, ?, ?, ? FROM schools WHERE key = ? "
	    "ON CONFLICT (document_id, school_id) DO NOTHING", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, m->document_id);
	db_bind_text(st, 2, m->alias);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)m->start);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)m->end);
	db_bind_text(st, 5, m->excerpt);
	sqlite3_bind_double(st, 6, m->confidence);
	db_bind_text(st, 7, m->reason);
	db_bind_text(st, 8, m->school);
	rc = sqlite3_step(st);
	db_done(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "storing a mention"));
	return (0);
}

#define MENTION_QUERY \
	"SELECT d.id, s.key, s.name, d.url, d.title, src.key, m.alias, " \
	"m.excerpt, d.first_seen, d.published, m.confidence " \
	"FROM mentions m JOIN documents d ON d.id = m.document_id " \
	"JOIN schools s ON s.id = m.school_id " \
	"LEFT JOIN sources src ON src.id = d.source_id " \
	"WHERE d.first_seen >= ?1 AND (?2 IS NULL OR s.key = ?2) "

/*
 * Call "cb" for each mention in a document first seen at or after "since",
 * of school "school" (NULL: all), newest first.
 */
int
db_mention_list(struct db *db, time_t since, const char *school,
    int (*cb)(void *, const struct db_mention_row *), void *arg,
    char **cause)
{
	sqlite3_stmt		*st;
	struct db_mention_row	 r;
	int			 rc, ret = 0;

	st = db_prepare(db, MENTION_QUERY
	    "ORDER BY d.first_seen DESC, s.key, d.id", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, since);
	db_bind_text(st, 2, school);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&r, 0, sizeof r);
		r.document_id = sqlite3_column_int64(st, 0);
		r.school = (const char *)sqlite3_column_text(st, 1);
		r.school_name = (const char *)sqlite3_column_text(st, 2);
		r.url = (const char *)sqlite3_column_text(st, 3);
		r.title = (const char *)sqlite3_column_text(st, 4);
		r.source = (const char *)sqlite3_column_text(st, 5);
		r.alias = (const char *)sqlite3_column_text(st, 6);
		r.excerpt = (const char *)sqlite3_column_text(st, 7);
		r.first_seen = (time_t)sqlite3_column_int64(st, 8);
		r.published = (time_t)sqlite3_column_int64(st, 9);
		r.confidence = sqlite3_column_double(st, 10);
		ret = cb(arg, &r);
		if (ret != 0)
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		ret = db_fail(db, cause, "listing mentions");
	sqlite3_finalize(st);
	return (ret);
}

/* Return how many mentions since "since" (of "school", NULL: all). */
long long
db_mention_count(struct db *db, time_t since, const char *school)
{
	sqlite3_stmt	*st;
	long long	 n = 0;

	st = db_prepare(db, "SELECT count(*) FROM mentions m "
	    "JOIN documents d ON d.id = m.document_id "
	    "JOIN schools s ON s.id = m.school_id "
	    "WHERE d.first_seen >= ?1 AND (?2 IS NULL OR s.key = ?2)", NULL);
	if (st == NULL)
		return (0);
	sqlite3_bind_int64(st, 1, since);
	db_bind_text(st, 2, school);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return (n);
}
