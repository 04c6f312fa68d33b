/*
 * db_evidence.c: the rows of the evidence store: the capture log (a hash
 * chain the schema refuses to change), signed checkpoints of its head, the
 * bodies pruned by retention, and what an evidence bundle reads of a case,
 * its document, findings and events. Cases are opened elsewhere; this file
 * only reads them, adds the events of re-captures, and (for tests) inserts
 * one.
 */
#include "autoconfig.h"

#include <stdlib.h>
#include <string.h>

#include "common/str.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "db/db_internal.h"

/*
 * The captures retention keeps (newer than ?1, or of a document with a
 * mention or a case, or of a URL with a case) and the objects they need.
 */
#define LIVE_CTE \
	"WITH kept AS (SELECT c.id FROM captures c " \
	"WHERE c.at_ms >= ?1 OR EXISTS (SELECT 1 FROM documents d " \
	"WHERE d.capture_id = c.id AND (EXISTS (SELECT 1 FROM mentions m " \
	"WHERE m.document_id = d.id) OR EXISTS (SELECT 1 FROM cases k " \
	"WHERE k.document_id = d.id))) OR EXISTS (SELECT 1 FROM cases k " \
	"JOIN documents d ON d.id = k.document_id WHERE d.url = c.url)), " \
	"live AS (SELECT body_sha256 AS h FROM captures WHERE id IN kept " \
	"UNION SELECT headers_sha256 FROM captures WHERE id IN kept " \
	"UNION SELECT raw_sha256 FROM captures WHERE id IN kept AND raw_kept)"

#define CAPTURE_COLUMNS \
	"id, seq, at_ms, started_ms, url, url_sha256, final_url, urls, " \
	"status, ip, tls_fingerprints, request_headers, response_headers, " \
	"headers_sha256, body_sha256, body_len, prev_hash, hash, kind, " \
	"raw_sha256, raw_len, raw_kept, content_encoding"

/* Free what "c" holds and zero it. */
void
db_capture_clear(struct db_capture *c)
{
	free(c->url);
	free(c->url_sha256);
	free(c->final_url);
	free(c->urls);
	free(c->ip);
	free(c->tls_fingerprints);
	free(c->request_headers);
	free(c->response_headers);
	free(c->headers_sha256);
	free(c->body_sha256);
	free(c->raw_sha256);
	free(c->content_encoding);
	free(c->prev_hash);
	free(c->hash);
	free(c->kind);
	memset(c, 0, sizeof *c);
}

/* Make "d" a deep copy of capture "c" (free it with db_capture_clear). */
void
db_capture_copy(struct db_capture *d, const struct db_capture *c)
{
	*d = *c;
#define DUP(f) d->f = c->f != NULL ? xstrdup(c->f) : NULL
	DUP(url); DUP(url_sha256); DUP(final_url); DUP(urls); DUP(ip);
	DUP(tls_fingerprints); DUP(request_headers); DUP(response_headers);
	DUP(headers_sha256); DUP(body_sha256); DUP(prev_hash); DUP(hash);
	DUP(kind); DUP(raw_sha256); DUP(content_encoding);
#undef DUP
}

/* Read the current row of "st" into "c". */
static void
capture_row(sqlite3_stmt *st, struct db_capture *c)
{
	memset(c, 0, sizeof *c);
	c->id = sqlite3_column_int64(st, 0);
	c->seq = sqlite3_column_int64(st, 1);
	c->at_ms = sqlite3_column_int64(st, 2);
	c->started_ms = sqlite3_column_int64(st, 3);
	c->url = db_column_strdup(st, 4);
	c->url_sha256 = db_column_strdup(st, 5);
	c->final_url = db_column_strdup(st, 6);
	c->urls = db_column_strdup(st, 7);
	c->status = sqlite3_column_int(st, 8);
	c->ip = db_column_strdup(st, 9);
	c->tls_fingerprints = db_column_strdup(st, 10);
	c->request_headers = db_column_strdup(st, 11);
	c->response_headers = db_column_strdup(st, 12);
	c->headers_sha256 = db_column_strdup(st, 13);
	c->body_sha256 = db_column_strdup(st, 14);
	c->body_len = sqlite3_column_int64(st, 15);
	c->prev_hash = db_column_strdup(st, 16);
	c->hash = db_column_strdup(st, 17);
	c->kind = db_column_strdup(st, 18);
	c->raw_sha256 = db_column_strdup(st, 19);
	c->raw_len = sqlite3_column_int64(st, 20);
	c->raw_kept = sqlite3_column_int(st, 21);
	c->content_encoding = db_column_strdup(st, 22);
}

/*
 * Read the chain head into "*seq" and "hash" (65 bytes): sequence 0 and
 * 64 zeros when the log is empty. Return 0 or -1.
 */
int
db_evidence_head(struct db *db, long long *seq, char *hash, char **cause)
{
	sqlite3_stmt	*st;
	const char	*h;
	int		 rc;

	*seq = 0;
	memset(hash, '0', 64);
	hash[64] = '\0';
	/* Once per capture: prepared once per connection. */
	st = db_cached(db, "SELECT seq, hash FROM captures "
	    "ORDER BY seq DESC LIMIT 1", cause);
	if (st == NULL)
		return (-1);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*seq = sqlite3_column_int64(st, 0);
		h = (const char *)sqlite3_column_text(st, 1);
		if (h != NULL && strlen(h) == 64)
			memcpy(hash, h, 65);
	}
	db_done(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return (db_fail(db, cause, "reading the chain head"));
	return (0);
}

/* Append capture "c" to the log; set "*id". Return 0 or -1. */
int
db_evidence_capture_add(struct db *db, const struct db_capture *c,
    long long *id, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_cached(db, "INSERT INTO captures (seq, at_ms, started_ms, "
	    "url, url_sha256, final_url, urls, status, ip, tls_fingerprints, "
	    "request_headers, response_headers, headers_sha256, body_sha256, "
	    "body_len, prev_hash, hash, kind, raw_sha256, raw_len, raw_kept, "
	    "content_encoding) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
	    "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
	    cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, c->seq);
	sqlite3_bind_int64(st, 2, c->at_ms);
	sqlite3_bind_int64(st, 3, c->started_ms);
	db_bind_text(st, 4, c->url);
	db_bind_text(st, 5, c->url_sha256);
	db_bind_text(st, 6, c->final_url);
	db_bind_text(st, 7, c->urls);
	sqlite3_bind_int64(st, 8, c->status);
	db_bind_text(st, 9, c->ip);
	db_bind_text(st, 10, c->tls_fingerprints);
	db_bind_text(st, 11, c->request_headers);
	db_bind_text(st, 12, c->response_headers);
	db_bind_text(st, 13, c->headers_sha256);
	db_bind_text(st, 14, c->body_sha256);
	sqlite3_bind_int64(st, 15, c->body_len);
	db_bind_text(st, 16, c->prev_hash);
	db_bind_text(st, 17, c->hash);
	db_bind_text(st, 18, c->kind);
	db_bind_text(st, 19, c->raw_sha256);
	sqlite3_bind_int64(st, 20, c->raw_len);
	sqlite3_bind_int(st, 21, c->raw_kept);
	db_bind_text(st, 22, c->content_encoding);
	rc = sqlite3_step(st);
	db_done(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "appending to the capture log"));
	*id = sqlite3_last_insert_rowid(db->h);
	return (0);
}

/* Call "cb" with each capture "st" returns. */
static int
capture_each(struct db *db, sqlite3_stmt *st,
    int (*cb)(void *, const struct db_capture *), void *arg, char **cause)
{
	struct db_capture	c;
	int			rc, r = 0;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		capture_row(st, &c);
		r = cb(arg, &c);
		db_capture_clear(&c);
		if (r != 0)
			break;
	}
	if (r == 0 && rc != SQLITE_DONE) {
		sqlite3_finalize(st);
		return (db_fail(db, cause, "reading the capture log"));
	}
	sqlite3_finalize(st);
	return (r != 0 ? -1 : 0);
}

/*
 * Call "cb" with each capture of sequence "from" to "to" (0: no limit), in
 * order. A non-zero return from "cb" stops the walk and returns -1.
 */
int
db_evidence_capture_list(struct db *db, long long from, long long to,
    int (*cb)(void *, const struct db_capture *), void *arg, char **cause)
{
	sqlite3_stmt	*st;

	st = db_prepare(db, "SELECT " CAPTURE_COLUMNS " FROM captures "
	    "WHERE seq >= ?1 AND (?2 = 0 OR seq <= ?2) ORDER BY seq", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, from);
	sqlite3_bind_int64(st, 2, to);
	return (capture_each(db, st, cb, arg, cause));
}

/* Call "cb" with each capture of case "case_id", oldest first. */
int
db_evidence_case_captures(struct db *db, long long case_id,
    int (*cb)(void *, const struct db_capture *), void *arg, char **cause)
{
	sqlite3_stmt	*st;

	st = db_prepare(db, "SELECT " CAPTURE_COLUMNS " FROM captures c "
	    "WHERE c.id = (SELECT d.capture_id FROM cases k JOIN documents d "
	    "ON d.id = k.document_id WHERE k.id = ?1) OR c.url = (SELECT d.url "
	    "FROM cases k JOIN documents d ON d.id = k.document_id "
	    "WHERE k.id = ?1) ORDER BY c.seq", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, case_id);
	return (capture_each(db, st, cb, arg, cause));
}

/*
 * Step "st" (a query of CAPTURE_COLUMNS) once into "c" and finalize it.
 * Return 1 if a row was read, 0 if none, -1 on error.
 */
static int
capture_one(struct db *db, sqlite3_stmt *st, struct db_capture *c,
    char **cause)
{
	int	rc;

	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		capture_row(st, c);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return (db_fail(db, cause, "reading a capture"));
	return (rc == SQLITE_ROW);
}

/*
 * Read capture "id" into "c" (cleared by the caller). Return 1 if found,
 * 0 if not, -1 on error.
 */
int
db_evidence_capture_get(struct db *db, long long id, struct db_capture *c,
    char **cause)
{
	sqlite3_stmt	*st;

	st = db_prepare(db, "SELECT " CAPTURE_COLUMNS " FROM captures "
	    "WHERE id = ?1", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, id);
	return (capture_one(db, st, c, cause));
}

/*
 * Read the latest capture of "url" before sequence "before" into "c".
 * Return 1 if found, 0 if not, -1 on error.
 */
int
db_evidence_capture_latest(struct db *db, const char *url, long long before,
    struct db_capture *c, char **cause)
{
	sqlite3_stmt	*st;

	st = db_prepare(db, "SELECT " CAPTURE_COLUMNS " FROM captures "
	    "WHERE url = ?1 AND seq < ?2 ORDER BY seq DESC LIMIT 1", cause);
	if (st == NULL)
		return (-1);
	db_bind_text(st, 1, url);
	sqlite3_bind_int64(st, 2, before);
	return (capture_one(db, st, c, cause));
}

/* Free what "k" holds. */
void
db_checkpoint_clear(struct db_checkpoint *k)
{
	free(k->hash);
	free(k->signature);
	free(k->tsa_token);
	memset(k, 0, sizeof *k);
}

/* Record signed checkpoint "k". Return 0 or -1. */
int
db_evidence_checkpoint_add(struct db *db, const struct db_checkpoint *k,
    char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_prepare(db, "INSERT INTO checkpoints (seq, hash, at, "
	    "signature, tsa_token) VALUES (?1, ?2, ?3, ?4, ?5)", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, k->seq);
	db_bind_text(st, 2, k->hash);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)k->at);
	db_bind_text(st, 4, k->signature);
	if (k->tsa_token != NULL)
		sqlite3_bind_blob(st, 5, k->tsa_token, (int)k->tsa_len,
		    SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "recording a checkpoint"));
	return (0);
}

/*
 * Call "cb" with each checkpoint, oldest first ("latest" set: only the
 * newest). A non-zero return from "cb" stops the walk and returns -1.
 */
int
db_evidence_checkpoint_list(struct db *db, int latest,
    int (*cb)(void *, const struct db_checkpoint *), void *arg, char **cause)
{
	sqlite3_stmt		*st;
	struct db_checkpoint	 k;
	int			 rc, r = 0;

	st = db_prepare(db, latest ?
	    "SELECT id, seq, hash, at, signature, tsa_token FROM checkpoints "
	    "ORDER BY id DESC LIMIT 1" :
	    "SELECT id, seq, hash, at, signature, tsa_token FROM checkpoints "
	    "ORDER BY id", cause);
	if (st == NULL)
		return (-1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&k, 0, sizeof k);
		k.id = sqlite3_column_int64(st, 0);
		k.seq = sqlite3_column_int64(st, 1);
		k.hash = db_column_strdup(st, 2);
		k.at = (time_t)sqlite3_column_int64(st, 3);
		k.signature = db_column_strdup(st, 4);
		if (sqlite3_column_type(st, 5) == SQLITE_BLOB &&
		    sqlite3_column_bytes(st, 5) > 0) {
			k.tsa_len = (size_t)sqlite3_column_bytes(st, 5);
			k.tsa_token = xmalloc(k.tsa_len);
			memcpy(k.tsa_token, sqlite3_column_blob(st, 5),
			    k.tsa_len);
		}
		r = cb(arg, &k);
		db_checkpoint_clear(&k);
		if (r != 0)
			break;
	}
	if (r == 0 && rc != SQLITE_DONE) {
		sqlite3_finalize(st);
		return (db_fail(db, cause, "reading checkpoints"));
	}
	sqlite3_finalize(st);
	return (r != 0 ? -1 : 0);
}

/* Free what "k" holds. */
void
db_evcase_clear(struct db_evcase *k)
{
	free(k->school);
	free(k->school_name);
	free(k->severity);
	free(k->state);
	free(k->close_reason);
	free(k->owner);
	free(k->url);
	free(k->title);
	free(k->text);
	memset(k, 0, sizeof *k);
}

/*
 * Read case "id" with its document into "k". Return 1 if found, 0 if not,
 * -1 on error.
 */
int
db_evidence_case_get(struct db *db, long long id, struct db_evcase *k,
    char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	memset(k, 0, sizeof *k);
	st = db_prepare(db, "SELECT k.id, k.document_id, s.key, s.name, "
	    "k.severity, k.state, k.close_reason, k.safeguarding, "
	    "k.first_seen, k.opened, k.due, k.owner, d.url, d.title, d.text, "
	    "COALESCE(d.capture_id, 0) FROM cases k "
	    "JOIN documents d ON d.id = k.document_id "
	    "LEFT JOIN schools s ON s.id = k.school_id WHERE k.id = ?1", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		k->id = sqlite3_column_int64(st, 0);
		k->document_id = sqlite3_column_int64(st, 1);
		k->school = db_column_strdup(st, 2);
		k->school_name = db_column_strdup(st, 3);
		k->severity = db_column_strdup(st, 4);
		k->state = db_column_strdup(st, 5);
		k->close_reason = db_column_strdup(st, 6);
		k->safeguarding = sqlite3_column_int(st, 7);
		k->first_seen = (time_t)sqlite3_column_int64(st, 8);
		k->opened = (time_t)sqlite3_column_int64(st, 9);
		k->due = (time_t)sqlite3_column_int64(st, 10);
		k->owner = db_column_strdup(st, 11);
		k->url = db_column_strdup(st, 12);
		k->title = db_column_strdup(st, 13);
		k->text = db_column_strdup(st, 14);
		k->capture_id = sqlite3_column_int64(st, 15);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return (db_fail(db, cause, "reading a case"));
	return (rc == SQLITE_ROW);
}

/* Call "cb" with each finding of document "document_id". */
int
db_evidence_findings(struct db *db, long long document_id,
    int (*cb)(void *, const struct db_evfinding *), void *arg, char **cause)
{
	sqlite3_stmt		*st;
	struct db_evfinding	 f;
	int			 rc;

	st = db_prepare(db, "SELECT analyzer, category, severity, score, "
	    "target, reason, quote, start, end FROM findings "
	    "WHERE document_id = ?1 ORDER BY start, id", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, document_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		f.analyzer = (const char *)sqlite3_column_text(st, 0);
		f.category = (const char *)sqlite3_column_text(st, 1);
		f.severity = (const char *)sqlite3_column_text(st, 2);
		f.score = sqlite3_column_double(st, 3);
		f.target = (const char *)sqlite3_column_text(st, 4);
		f.reason = (const char *)sqlite3_column_text(st, 5);
		f.quote = (const char *)sqlite3_column_text(st, 6);
		f.start = sqlite3_column_int64(st, 7);
		f.end = sqlite3_column_int64(st, 8);
		if (cb(arg, &f) != 0)
			break;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return (db_fail(db, cause, "reading findings"));
	return (0);
}

/* Call "cb" with each event of case "case_id", oldest first. */
int
db_evidence_case_events(struct db *db, long long case_id,
    int (*cb)(void *, const struct db_evevent *), void *arg, char **cause)
{
	sqlite3_stmt		*st;
	struct db_evevent	 e;
	int			 rc;

	st = db_prepare(db, "SELECT at, actor, from_state, to_state, what, "
	    "note FROM case_events WHERE case_id = ?1 ORDER BY at, id", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, case_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		e.at = (time_t)sqlite3_column_int64(st, 0);
		e.actor = (const char *)sqlite3_column_text(st, 1);
		e.from_state = (const char *)sqlite3_column_text(st, 2);
		e.to_state = (const char *)sqlite3_column_text(st, 3);
		e.what = (const char *)sqlite3_column_text(st, 4);
		e.note = (const char *)sqlite3_column_text(st, 5);
		if (cb(arg, &e) != 0)
			break;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return (db_fail(db, cause, "reading case events"));
	return (0);
}

/* Add event "what" with "note" by mentionwatch to case "case_id". */
int
db_evidence_case_event_add(struct db *db, long long case_id, time_t at,
    const char *what, const char *note, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_prepare(db, "INSERT INTO case_events (case_id, at, actor, "
	    "what, note) VALUES (?1, ?2, 'mentionwatch', ?3, ?4)", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)at);
	db_bind_text(st, 3, what);
	db_bind_text(st, 4, note);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "adding a case event"));
	return (0);
}

/*
 * Return a copy of the "what" of the latest event of case "case_id" that
 * is one of "removed" or "restored", or NULL.
 */
char *
db_evidence_case_last_presence(struct db *db, long long case_id)
{
	sqlite3_stmt	*st;
	char		*what = NULL;

	st = db_prepare(db, "SELECT what FROM case_events WHERE case_id = ?1 "
	    "AND what IN ('removed', 'restored') ORDER BY at DESC, id DESC "
	    "LIMIT 1", NULL);
	if (st == NULL)
		return (NULL);
	sqlite3_bind_int64(st, 1, case_id);
	if (sqlite3_step(st) == SQLITE_ROW)
		what = db_column_strdup(st, 0);
	sqlite3_finalize(st);
	return (what);
}

/*
 * Set "*what" and "*note" (the caller frees them) to the latest outcome of
 * a re-capture recorded on case "case_id": removed, restored, changed or
 * not-recaptured. Return 1 if there is one, 0 if not, -1 on error.
 */
int
db_evidence_case_last_recapture(struct db *db, long long case_id,
    char **what, char **note)
{
	sqlite3_stmt	*st;
	int		 rc;

	*what = *note = NULL;
	st = db_prepare(db, "SELECT what, note FROM case_events WHERE "
	    "case_id = ?1 AND what IN ('removed', 'restored', 'changed', "
	    "'not-recaptured') ORDER BY at DESC, id DESC LIMIT 1", NULL);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, case_id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*what = db_column_strdup(st, 0);
		*note = db_column_strdup(st, 1);
	}
	sqlite3_finalize(st);
	return (rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1);
}

/*
 * Call "cb" with each case not closed whose document's latest capture of
 * its own URL is older than "before_ms" (or that has none).
 */
int
db_evidence_recapture_list(struct db *db, long long before_ms,
    int (*cb)(void *, long long, const char *), void *arg, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_prepare(db, "SELECT k.id, d.url FROM cases k "
	    "JOIN documents d ON d.id = k.document_id WHERE k.state != 'closed' "
	    "AND COALESCE((SELECT MAX(at_ms) FROM captures c "
	    "WHERE c.url = d.url AND c.kind = 'recapture'), 0) < ?1 "
	    "ORDER BY k.id", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, before_ms);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (cb(arg, sqlite3_column_int64(st, 0),
		    (const char *)sqlite3_column_text(st, 1)) != 0)
			break;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return (db_fail(db, cause, "listing cases to re-capture"));
	return (0);
}

/*
 * Open a case on document "document_id" with "severity" at "now" (what
 * tests and tools use before case tracking exists). Set "*id".
 */
int
db_evidence_case_insert(struct db *db, long long document_id,
    const char *severity, time_t now, long long *id, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_prepare(db, "INSERT INTO cases (document_id, school_id, "
	    "severity, first_seen, opened, due) SELECT d.id, (SELECT "
	    "school_id FROM mentions m WHERE m.document_id = d.id LIMIT 1), "
	    "?2, d.first_seen, ?3, ?3 + 86400 FROM documents d "
	    "WHERE d.id = ?1", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, document_id);
	db_bind_text(st, 2, severity);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)now);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE || sqlite3_changes(db->h) != 1)
		return (db_fail(db, cause, "opening a case"));
	*id = sqlite3_last_insert_rowid(db->h);
	return (0);
}

/*
 * Call "cb" with each stored hash (body or headers) used only by captures
 * taken before "before_ms" of documents with no mention and no case, and
 * not pruned already.
 */
int
db_evidence_prunable(struct db *db, long long before_ms,
    int (*cb)(void *, const char *), void *arg, char **cause)
{
	sqlite3_stmt	*st;
	struct strlist	 list = { NULL, 0 };
	size_t		 i;
	int		 rc, r = 0;

	st = db_prepare(db, LIVE_CTE ", dead AS (SELECT body_sha256 AS h "
	    "FROM captures WHERE id NOT IN kept UNION SELECT headers_sha256 "
	    "FROM captures WHERE id NOT IN kept UNION SELECT raw_sha256 FROM "
	    "captures WHERE id NOT IN kept AND raw_kept) SELECT h FROM dead "
	    "WHERE h <> '-' AND h NOT IN live AND h NOT IN (SELECT sha256 FROM "
	    "evidence_pruned) AND h NOT IN (SELECT sha256 FROM "
	    "evidence_spool)", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, before_ms);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		strlist_add(&list, (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		strlist_free(&list);
		return (db_fail(db, cause, "finding captures to prune"));
	}
	for (i = 0; i < list.n && r == 0; i++)
		r = cb(arg, list.v[i]);
	strlist_free(&list);
	return (r != 0 ? -1 : 0);
}

/* Record that the body or headers "sha256" were pruned at "at". */
int
db_evidence_pruned_add(struct db *db, const char *sha256, time_t at,
    char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_prepare(db, "INSERT OR IGNORE INTO evidence_pruned (sha256, "
	    "at) VALUES (?1, ?2)", cause);
	if (st == NULL)
		return (-1);
	db_bind_text(st, 1, sha256);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)at);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "recording a pruned body"));
	return (0);
}

/* Return 1 if "sha256" was pruned by retention, else 0. */
int
db_evidence_is_pruned(struct db *db, const char *sha256)
{
	sqlite3_stmt	*st;
	int		 r;

	st = db_prepare(db, "SELECT 1 FROM evidence_pruned WHERE sha256 = ?1",
	    NULL);
	if (st == NULL)
		return (0);
	db_bind_text(st, 1, sha256);
	r = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return (r);
}

/*
 * Record that object "sha256" lies in spool "pack" at "off" ("len" bytes),
 * under Content-Encoding "encoding" (NULL: as it is).
 */
int
db_evidence_spool_add(struct db *db, const char *sha256, const char *pack,
    long long off, long long len, const char *encoding, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_cached(db, "INSERT OR REPLACE INTO evidence_spool (sha256, "
	    "pack, offset, len, encoding) VALUES (?1, ?2, ?3, ?4, ?5)", cause);
	if (st == NULL)
		return (-1);
	db_bind_text(st, 1, sha256);
	db_bind_text(st, 2, pack);
	sqlite3_bind_int64(st, 3, off);
	sqlite3_bind_int64(st, 4, len);
	db_bind_text(st, 5, encoding);
	rc = sqlite3_step(st);
	db_done(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "recording a spooled capture"));
	return (0);
}

/*
 * Forget that object "sha256" lies in the spool: it is a file of its own
 * now, read and checked as such. Return 0, or -1 with "*cause" set.
 */
int
db_evidence_spool_filed(struct db *db, const char *sha256, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_cached(db, "DELETE FROM evidence_spool WHERE sha256 = ?1",
	    cause);
	if (st == NULL)
		return (-1);
	db_bind_text(st, 1, sha256);
	rc = sqlite3_step(st);
	db_done(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "recording a spooled capture filed"));
	return (0);
}

/*
 * Find spooled object "sha256": set "*pack" and "*encoding" (NULL if none;
 * the caller frees both), "*off" and "*len". Return 1 if found, 0 if not,
 * -1 on error.
 */
int
db_evidence_spool_find(struct db *db, const char *sha256, char **pack,
    long long *off, long long *len, char **encoding)
{
	sqlite3_stmt	*st;
	int		 rc;

	*pack = *encoding = NULL;
	st = db_prepare(db, "SELECT pack, offset, len, encoding FROM "
	    "evidence_spool WHERE sha256 = ?1", NULL);
	if (st == NULL)
		return (-1);
	db_bind_text(st, 1, sha256);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*pack = db_column_strdup(st, 0);
		*off = sqlite3_column_int64(st, 1);
		*len = sqlite3_column_int64(st, 2);
		*encoding = db_column_strdup(st, 3);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return (-1);
	return (rc == SQLITE_ROW);
}

/*
 * Call "cb" with each object of spool "pack" that retention still keeps
 * for captures of "before_ms" or later, or with a mention or a case (see
 * LIVE_CTE): the ones to copy out to files before the pack goes.
 */
int
db_evidence_spool_live(struct db *db, const char *pack, long long before_ms,
    int (*cb)(void *, const char *, long long, long long, const char *),
    void *arg, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc, r = 0;

	st = db_prepare(db, "SELECT sha256, offset, len, encoding FROM "
	    "evidence_spool WHERE pack = ?2 AND sha256 IN (" LIVE_CTE
	    " SELECT h FROM live)", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, before_ms);
	db_bind_text(st, 2, pack);
	while (r == 0 && (rc = sqlite3_step(st)) == SQLITE_ROW)
		r = cb(arg, (const char *)sqlite3_column_text(st, 0),
		    sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 2),
		    (const char *)sqlite3_column_text(st, 3));
	sqlite3_finalize(st);
	if (r != 0)
		return (-1);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "reading a spool's live captures"));
	return (0);
}

/*
 * Forget spool "pack": its objects are recorded as pruned at "at", except
 * those retention keeps for "before_ms" (copied out to files first), and
 * its rows go. Return 0 or -1.
 */
int
db_evidence_spool_drop(struct db *db, const char *pack, long long before_ms,
    time_t at, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_prepare(db, LIVE_CTE " INSERT OR IGNORE INTO evidence_pruned "
	    "(sha256, at) SELECT sha256, ?3 FROM evidence_spool WHERE "
	    "pack = ?2 AND sha256 NOT IN (SELECT h FROM live)", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, before_ms);
	db_bind_text(st, 2, pack);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)at);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "pruning a spool"));
	st = db_prepare(db, "DELETE FROM evidence_spool WHERE pack = ?1",
	    cause);
	if (st == NULL)
		return (-1);
	db_bind_text(st, 1, pack);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "pruning a spool"));
	return (0);
}
