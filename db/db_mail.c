/*
 * db_mail.c: the outbox, kept in the table "digests". Every message
 * (digest, alert, reminder, escalation) is recorded here, with its parts,
 * before it is sent, under a key that names what it is for ("reminder:12:
 * 1732190400"): the key is unique, so a message is queued at most once
 * however often the service restarts. A sender claims a row (counting the
 * attempt and setting the next one) before sending and marks it sent
 * after, so a crash leaves it to be retried, never lost.
 */
#include "autoconfig.h"

#include <stdlib.h>
#include <string.h>

#include "common/xmalloc.h"
#include "db/db.h"
#include "db/db_internal.h"

#define MAIL_COLUMNS \
	"g.id, g.kind, g.dkey, s.key, COALESCE(g.case_id, 0), g.created, " \
	"g.sent, g.recipients, g.subject, g.message_id, g.chain_head, " \
	"g.attempts, g.next_attempt, g.last_error, g.message "

static void
mail_row(sqlite3_stmt *st, struct db_mail *m)
{
	memset(m, 0, sizeof *m);
	m->id = sqlite3_column_int64(st, 0);
	m->kind = (const char *)sqlite3_column_text(st, 1);
	m->dkey = (const char *)sqlite3_column_text(st, 2);
	m->school = (const char *)sqlite3_column_text(st, 3);
	m->case_id = sqlite3_column_int64(st, 4);
	m->created = sqlite3_column_int64(st, 5);
	m->sent = sqlite3_column_int64(st, 6);
	m->recipients = (const char *)sqlite3_column_text(st, 7);
	m->subject = (const char *)sqlite3_column_text(st, 8);
	m->message_id = (const char *)sqlite3_column_text(st, 9);
	m->chain_head = (const char *)sqlite3_column_text(st, 10);
	m->attempts = sqlite3_column_int(st, 11);
	m->next_attempt = sqlite3_column_int64(st, 12);
	m->last_error = (const char *)sqlite3_column_text(st, 13);
	m->message = (const char *)sqlite3_column_text(st, 14);
}

/*
 * Record message "m" unless one with its key exists; "*queued" is 1 if
 * it was recorded, 0 if its key was already there.
 */
int
db_mail_queue(struct db *db, const struct db_mail *m, int *queued,
    char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	*queued = 0;
	st = db_prepare(db, "INSERT INTO digests (kind, dkey, school_id, "
	    "case_id, created, recipients, subject, message_id, chain_head, "
	    "next_attempt, message) VALUES (?1, ?2, (SELECT id FROM schools "
	    "WHERE key = ?3), ?4, ?5, ?6, ?7, ?8, ?9, ?5, ?10) "
	    "ON CONFLICT (dkey) DO NOTHING", cause);
	if (st == NULL)
		return (-1);
	db_bind_text(st, 1, m->kind);
	db_bind_text(st, 2, m->dkey);
	db_bind_text(st, 3, m->school);
	if (m->case_id != 0)
		sqlite3_bind_int64(st, 4, m->case_id);
	sqlite3_bind_int64(st, 5, m->created);
	db_bind_text(st, 6, m->recipients);
	db_bind_text(st, 7, m->subject);
	db_bind_text(st, 8, m->message_id);
	db_bind_text(st, 9, m->chain_head);
	db_bind_text(st, 10, m->message);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "queueing a message"));
	*queued = sqlite3_changes(db->h) > 0;
	return (0);
}

/* Return 1 if a message with key "dkey" was ever queued, else 0. */
int
db_mail_exists(struct db *db, const char *dkey)
{
	sqlite3_stmt	*st;
	int		 r = 0;

	st = db_prepare(db, "SELECT 1 FROM digests WHERE dkey = ?", NULL);
	if (st == NULL)
		return (0);
	db_bind_text(st, 1, dkey);
	r = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return (r);
}

/*
 * Call "cb" for each unsent message due to be tried at "now" (of "kind"
 * if not NULL), oldest first.
 */
int
db_mail_pending(struct db *db, time_t now, const char *kind,
    int (*cb)(void *, const struct db_mail *), void *arg, char **cause)
{
	sqlite3_stmt	*st;
	struct db_mail	 m;
	int		 rc, r = 0;

	st = db_prepare(db, "SELECT " MAIL_COLUMNS "FROM digests g "
	    "LEFT JOIN schools s ON s.id = g.school_id WHERE g.sent = 0 AND "
	    "g.next_attempt <= ?1 AND (?2 IS NULL OR g.kind = ?2) "
	    "ORDER BY g.id", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, now);
	db_bind_text(st, 2, kind);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && r == 0) {
		mail_row(st, &m);
		r = cb(arg, &m);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return (db_fail(db, cause, "reading the outbox"));
	return (r);
}

/* Call "cb" for every message ("unsent": only those not yet sent). */
int
db_mail_list(struct db *db, int unsent,
    int (*cb)(void *, const struct db_mail *), void *arg, char **cause)
{
	sqlite3_stmt	*st;
	struct db_mail	 m;
	int		 rc, r = 0;

	st = db_prepare(db, "SELECT " MAIL_COLUMNS "FROM digests g "
	    "LEFT JOIN schools s ON s.id = g.school_id WHERE ?1 = 0 OR "
	    "g.sent = 0 ORDER BY g.id", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int(st, 1, unsent);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && r == 0) {
		mail_row(st, &m);
		r = cb(arg, &m);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return (db_fail(db, cause, "reading the outbox"));
	return (r);
}

/* Run "sql" with the id "id", the number "v" and the text "s" bound. */
static int
mail_update(struct db *db, const char *sql, long long id, long long v,
    const char *s, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_prepare(db, sql, cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_bind_parameter_count(st) >= 2)
		sqlite3_bind_int64(st, 2, v);
	if (sqlite3_bind_parameter_count(st) >= 3)
		db_bind_text(st, 3, s);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "updating the outbox"));
	return (0);
}

/*
 * Claim message "id", last seen with "attempts" attempts, for a send
 * attempt: count it and set the next try to "next", so that a sender that
 * dies mid-send leaves it to be retried then rather than at once. Return
 * 1 if claimed, 0 if another sender claimed or sent it first, -1 on error.
 */
int
db_mail_claim(struct db *db, long long id, int attempts, time_t next,
    char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_prepare(db, "UPDATE digests SET attempts = attempts + 1, "
	    "next_attempt = ?3 WHERE id = ?1 AND attempts = ?2 AND sent = 0",
	    cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, attempts);
	sqlite3_bind_int64(st, 3, next);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "claiming a message"));
	return (sqlite3_changes(db->h) == 1);
}

/* Mark message "id" sent at "now". */
int
db_mail_sent(struct db *db, long long id, time_t now, char **cause)
{
	return (mail_update(db, "UPDATE digests SET sent = ?2, "
	    "last_error = NULL WHERE id = ?1", id, now, NULL, cause));
}

/* Record why the last attempt at message "id" failed. */
int
db_mail_failed(struct db *db, long long id, const char *error,
    char **cause)
{
	return (mail_update(db, "UPDATE digests SET last_error = ?3 "
	    "WHERE id = ?1 AND ?2 = ?2", id, 0, error, cause));
}

/* Count the outbox into "s". */
int
db_mail_stats(struct db *db, struct db_mail_stats *s)
{
	sqlite3_stmt	*st;

	memset(s, 0, sizeof *s);
	st = db_prepare(db, "SELECT COALESCE(SUM(sent != 0), 0), "
	    "COALESCE(SUM(sent = 0), 0), "
	    "COALESCE(SUM(sent = 0 AND attempts > 0), 0), "
	    "COALESCE(MAX(sent), 0) FROM digests", NULL);
	if (st == NULL)
		return (-1);
	if (sqlite3_step(st) == SQLITE_ROW) {
		s->sent = sqlite3_column_int64(st, 0);
		s->pending = sqlite3_column_int64(st, 1);
		s->failing = sqlite3_column_int64(st, 2);
		s->last_sent = sqlite3_column_int64(st, 3);
	}
	sqlite3_finalize(st);
	return (0);
}

/*
 * Return when the last message of "kind" for school "school" (NULL: the
 * trust) was queued, or 0.
 */
time_t
db_mail_last(struct db *db, const char *kind, const char *school)
{
	sqlite3_stmt	*st;
	time_t		 t = 0;

	st = db_prepare(db, "SELECT COALESCE(MAX(g.created), 0) FROM digests "
	    "g LEFT JOIN schools s ON s.id = g.school_id WHERE g.kind = ?1 "
	    "AND ((?2 IS NULL AND g.school_id IS NULL) OR s.key = ?2)", NULL);
	if (st == NULL)
		return (0);
	db_bind_text(st, 1, kind);
	db_bind_text(st, 2, school);
	if (sqlite3_step(st) == SQLITE_ROW)
		t = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return (t);
}

/*
 * Return the latest signed head of the evidence chain as one line
 * ("seq 42 sha256:... signed 2026-11-21T07:00:00Z, signature ..."), or
 * NULL if none was signed yet. The caller frees it.
 */
char *
db_mail_chain_head(struct db *db)
{
	sqlite3_stmt	*st;
	char		*out = NULL;

	st = db_prepare(db, "SELECT seq, hash, "
	    "strftime('%Y-%m-%dT%H:%M:%SZ', at, 'unixepoch'), signature "
	    "FROM checkpoints ORDER BY id DESC LIMIT 1", NULL);
	if (st == NULL)
		return (NULL);
	if (sqlite3_step(st) == SQLITE_ROW)
		xasprintf(&out, "entry %lld, hash %s, signed %s, signature %s",
		    (long long)sqlite3_column_int64(st, 0),
		    (const char *)sqlite3_column_text(st, 1),
		    (const char *)sqlite3_column_text(st, 2),
		    (const char *)sqlite3_column_text(st, 3));
	sqlite3_finalize(st);
	return (out);
}
