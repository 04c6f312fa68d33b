/*
 * db_case.c: cases, one per document that holds a finding at or above the
 * configured severity, and their events. Events are append-only (the
 * schema's triggers refuse UPDATE and DELETE), so a case's timeline is a
 * record that cannot be rewritten. Also what `mentionwatch case` shows of
 * a case: its document, findings and captures.
 */
#include "autoconfig.h"

#include <stdlib.h>
#include <string.h>

#include "common/xmalloc.h"
#include "db/db.h"
#include "db/db_internal.h"

#define CASE_COLUMNS \
	"c.id, c.document_id, s.key, c.severity, c.state, c.close_reason, " \
	"c.safeguarding, c.first_seen, c.opened, c.due, c.paused_at, " \
	"c.paused_total, c.owner, d.url, d.title, src.key, d.text, " \
	"d.capture_id "
#define CASE_FROM \
	"FROM cases c JOIN documents d ON d.id = c.document_id " \
	"LEFT JOIN schools s ON s.id = c.school_id " \
	"LEFT JOIN sources src ON src.id = d.source_id "

static void
case_row(sqlite3_stmt *st, struct db_case *c)
{
	memset(c, 0, sizeof *c);
	c->id = sqlite3_column_int64(st, 0);
	c->document_id = sqlite3_column_int64(st, 1);
	c->school = db_column_strdup(st, 2);
	c->severity = db_column_strdup(st, 3);
	c->state = db_column_strdup(st, 4);
	c->close_reason = db_column_strdup(st, 5);
	c->safeguarding = sqlite3_column_int(st, 6);
	c->first_seen = sqlite3_column_int64(st, 7);
	c->opened = sqlite3_column_int64(st, 8);
	c->due = sqlite3_column_int64(st, 9);
	c->paused_at = sqlite3_column_int64(st, 10);
	c->paused_total = sqlite3_column_int64(st, 11);
	c->owner = db_column_strdup(st, 12);
	c->url = db_column_strdup(st, 13);
	c->title = db_column_strdup(st, 14);
	c->source = db_column_strdup(st, 15);
	c->text = db_column_strdup(st, 16);
	c->capture_id = sqlite3_column_int64(st, 17);
}

/* Free the strings of "c"; the struct itself is the caller's. */
void
db_case_clear(struct db_case *c)
{
	free(c->school);
	free(c->severity);
	free(c->state);
	free(c->close_reason);
	free(c->owner);
	free(c->url);
	free(c->title);
	free(c->source);
	free(c->text);
	memset(c, 0, sizeof *c);
}

/* Read case "id" into "c"; return 0, or -1 with "*cause" if none. */
int
db_case_get(struct db *db, long long id, struct db_case *c, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	memset(c, 0, sizeof *c);
	st = db_prepare(db, "SELECT " CASE_COLUMNS CASE_FROM
	    "WHERE c.id = ?", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		case_row(st, c);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return (0);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "reading a case"));
	xasprintf(cause, "no case %lld (list them with `mentionwatch cases "
	    "--all`)", id);
	return (-1);
}

/* Return the case of document "doc", or 0 if it has none. */
long long
db_case_by_document(struct db *db, long long doc)
{
	sqlite3_stmt	*st;
	long long	 id = 0;

	st = db_prepare(db, "SELECT id FROM cases WHERE document_id = ?",
	    NULL);
	if (st == NULL)
		return (0);
	sqlite3_bind_int64(st, 1, doc);
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return (id);
}

/* Insert case "c" (its id is set); return 0 or -1 with "*cause". */
int
db_case_insert(struct db *db, struct db_case *c, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_prepare(db, "INSERT INTO cases (document_id, school_id, "
	    "severity, state, safeguarding, first_seen, opened, due, owner) "
	    "VALUES (?1, (SELECT id FROM schools WHERE key = ?2), ?3, ?4, "
	    "?5, ?6, ?7, ?8, ?9)", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, c->document_id);
	db_bind_text(st, 2, c->school);
	db_bind_text(st, 3, c->severity);
	db_bind_text(st, 4, c->state);
	sqlite3_bind_int(st, 5, c->safeguarding);
	sqlite3_bind_int64(st, 6, c->first_seen);
	sqlite3_bind_int64(st, 7, c->opened);
	sqlite3_bind_int64(st, 8, c->due);
	db_bind_text(st, 9, c->owner);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "opening a case"));
	c->id = sqlite3_last_insert_rowid(db->h);
	return (0);
}

/* Save the changeable fields of case "c"; return 0 or -1 with "*cause". */
int
db_case_save(struct db *db, const struct db_case *c, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_prepare(db, "UPDATE cases SET severity = ?2, state = ?3, "
	    "close_reason = ?4, safeguarding = ?5, due = ?6, paused_at = ?7, "
	    "paused_total = ?8, owner = ?9 WHERE id = ?1", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, c->id);
	db_bind_text(st, 2, c->severity);
	db_bind_text(st, 3, c->state);
	db_bind_text(st, 4, c->close_reason);
	sqlite3_bind_int(st, 5, c->safeguarding);
	sqlite3_bind_int64(st, 6, c->due);
	sqlite3_bind_int64(st, 7, c->paused_at);
	sqlite3_bind_int64(st, 8, c->paused_total);
	db_bind_text(st, 9, c->owner);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "saving a case"));
	return (0);
}

/* Append event "e" to its case's timeline. */
int
db_case_event_add(struct db *db, const struct db_case_event *e,
    char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_prepare(db, "INSERT INTO case_events (case_id, at, actor, "
	    "from_state, to_state, what, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
	    cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, e->case_id);
	sqlite3_bind_int64(st, 2, e->at);
	db_bind_text(st, 3, e->actor);
	db_bind_text(st, 4, e->from_state);
	db_bind_text(st, 5, e->to_state);
	db_bind_text(st, 6, e->what);
	db_bind_text(st, 7, e->note);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "recording a case event"));
	return (0);
}

/*
 * Call "cb" for every case not closed ("all": closed ones too), soonest
 * due first; stop if it returns -1.
 */
int
db_case_list(struct db *db, int all,
    int (*cb)(void *, const struct db_case *), void *arg, char **cause)
{
	sqlite3_stmt	*st;
	struct db_case	 c;
	int		 rc, r = 0;

	st = db_prepare(db, all ? "SELECT " CASE_COLUMNS CASE_FROM
	    "ORDER BY c.due, c.id" : "SELECT " CASE_COLUMNS CASE_FROM
	    "WHERE c.state != 'closed' ORDER BY c.due, c.id", cause);
	if (st == NULL)
		return (-1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && r == 0) {
		case_row(st, &c);
		r = cb(arg, &c);
		db_case_clear(&c);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return (db_fail(db, cause, "listing cases"));
	return (r);
}

/* Call "cb" for each event of case "id", oldest first. */
int
db_case_events(struct db *db, long long id,
    int (*cb)(void *, const struct db_case_event *), void *arg,
    char **cause)
{
	sqlite3_stmt		*st;
	struct db_case_event	 e;
	int			 rc, r = 0;

	st = db_prepare(db, "SELECT case_id, at, actor, from_state, "
	    "to_state, what, note FROM case_events WHERE case_id = ? "
	    "ORDER BY at, id", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && r == 0) {
		e.case_id = sqlite3_column_int64(st, 0);
		e.at = sqlite3_column_int64(st, 1);
		e.actor = (const char *)sqlite3_column_text(st, 2);
		e.from_state = (const char *)sqlite3_column_text(st, 3);
		e.to_state = (const char *)sqlite3_column_text(st, 4);
		e.what = (const char *)sqlite3_column_text(st, 5);
		e.note = (const char *)sqlite3_column_text(st, 6);
		r = cb(arg, &e);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return (db_fail(db, cause, "reading case events"));
	return (r);
}

#define FINDING_SQL(where) \
	"SELECT * FROM (SELECT f.id, f.document_id, " \
	"COALESCE(s.key, (SELECT s2.key FROM mentions m JOIN schools s2 " \
	"ON s2.id = m.school_id WHERE m.document_id = f.document_id " \
	"ORDER BY m.id LIMIT 1)) AS skey, f.analyzer, f.category, " \
	"f.severity, f.score, f.target, f.reason, f.quote, f.start, " \
	"f.end, f.redact, f.created, d.url, d.title, src.key, d.text, " \
	"COALESCE(c.id, 0) " \
	"FROM findings f JOIN documents d ON d.id = f.document_id " \
	"LEFT JOIN schools s ON s.id = f.school_id " \
	"LEFT JOIN sources src ON src.id = d.source_id " \
	"LEFT JOIN cases c ON c.document_id = f.document_id " \
	"WHERE " where ") WHERE ?3 IS NULL OR skey = ?3 " \
	"ORDER BY document_id, start, id"

/*
 * Call "cb" for findings: those of document "doc" if it is not 0, else
 * those created at or after "since" about school "school" (NULL: any).
 * A finding without a school takes its document's first mentioned school.
 */
int
db_case_findings(struct db *db, long long doc, time_t since,
    const char *school, int (*cb)(void *, const struct db_finding_row *),
    void *arg, char **cause)
{
	sqlite3_stmt		*st;
	struct db_finding_row	 f;
	int			 rc, r = 0;

	/* One document by its index, or the recent findings by theirs. */
	st = db_prepare(db, doc != 0 ? FINDING_SQL("f.document_id = ?1") :
	    FINDING_SQL("f.created >= ?2 AND ?1 = 0"), cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, doc);
	sqlite3_bind_int64(st, 2, since);
	db_bind_text(st, 3, school);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && r == 0) {
		memset(&f, 0, sizeof f);
		f.id = sqlite3_column_int64(st, 0);
		f.document_id = sqlite3_column_int64(st, 1);
		f.school = (const char *)sqlite3_column_text(st, 2);
		f.analyzer = (const char *)sqlite3_column_text(st, 3);
		f.category = (const char *)sqlite3_column_text(st, 4);
		f.severity = (const char *)sqlite3_column_text(st, 5);
		f.score = sqlite3_column_double(st, 6);
		f.target = (const char *)sqlite3_column_text(st, 7);
		f.reason = (const char *)sqlite3_column_text(st, 8);
		f.quote = (const char *)sqlite3_column_text(st, 9);
		f.start = sqlite3_column_int64(st, 10);
		f.end = sqlite3_column_int64(st, 11);
		f.redact = sqlite3_column_int(st, 12);
		f.created = sqlite3_column_int64(st, 13);
		f.url = (const char *)sqlite3_column_text(st, 14);
		f.title = (const char *)sqlite3_column_text(st, 15);
		f.source = (const char *)sqlite3_column_text(st, 16);
		f.text = (const char *)sqlite3_column_text(st, 17);
		f.case_id = sqlite3_column_int64(st, 18);
		r = cb(arg, &f);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return (db_fail(db, cause, "reading findings"));
	return (r);
}

/*
 * Read what a case needs of document "doc" into "c": its url, title,
 * source, text, first sighting and the school it first mentions.
 */
int
db_case_document(struct db *db, long long doc, struct db_case *c,
    char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	memset(c, 0, sizeof *c);
	st = db_prepare(db, "SELECT d.url, d.title, src.key, d.text, "
	    "d.first_seen, d.capture_id, (SELECT s.key FROM mentions m JOIN "
	    "schools s ON s.id = m.school_id WHERE m.document_id = d.id "
	    "ORDER BY m.id LIMIT 1) FROM documents d LEFT JOIN sources src "
	    "ON src.id = d.source_id WHERE d.id = ?", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, doc);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		c->document_id = doc;
		c->url = db_column_strdup(st, 0);
		c->title = db_column_strdup(st, 1);
		c->source = db_column_strdup(st, 2);
		c->text = db_column_strdup(st, 3);
		c->first_seen = sqlite3_column_int64(st, 4);
		c->capture_id = sqlite3_column_int64(st, 5);
		c->school = db_column_strdup(st, 6);
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return (0);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "reading a document"));
	xasprintf(cause, "no document %lld", doc);
	return (-1);
}

/* Call "cb" for the captures of document "doc" (the evidence log). */
int
db_case_captures(struct db *db, long long doc,
    int (*cb)(void *, const struct db_capture_row *), void *arg,
    char **cause)
{
	sqlite3_stmt		*st;
	struct db_capture_row	 r;
	int			 rc, ret = 0;

	st = db_prepare(db, "SELECT k.seq, k.at_ms, k.url, k.final_url, "
	    "k.status, k.body_sha256, k.hash FROM captures k JOIN documents d "
	    "ON d.capture_id = k.id WHERE d.id = ? ORDER BY k.seq", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, doc);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && ret == 0) {
		r.seq = sqlite3_column_int64(st, 0);
		r.at_ms = sqlite3_column_int64(st, 1);
		r.url = (const char *)sqlite3_column_text(st, 2);
		r.final_url = (const char *)sqlite3_column_text(st, 3);
		r.status = sqlite3_column_int(st, 4);
		r.body_sha256 = (const char *)sqlite3_column_text(st, 5);
		r.hash = (const char *)sqlite3_column_text(st, 6);
		ret = cb(arg, &r);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return (db_fail(db, cause, "reading captures"));
	return (ret);
}

/*
 * Call "cb" with each document that has findings created at or after
 * "since" (of severity "min" or above, by name: low, medium, high) but
 * no case yet.
 */
int
db_case_untracked(struct db *db, time_t since,
    int (*cb)(void *, long long), void *arg, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc, r = 0;

	st = db_prepare(db, "SELECT DISTINCT f.document_id FROM findings f "
	    "WHERE f.created >= ? AND f.severity IN ('low', 'medium', 'high') "
	    "AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.document_id = "
	    "f.document_id) ORDER BY f.document_id", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, since);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && r == 0)
		r = cb(arg, sqlite3_column_int64(st, 0));
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return (db_fail(db, cause, "reading findings"));
	return (r);
}

/*
 * Start a savepoint for the tracking of one document, so that a case, its
 * events and its alerts are stored together or not at all, inside any
 * transaction the caller holds (the crawler's, one per response).
 */
int
db_case_begin(struct db *db)
{
	return (db_exec(db, "SAVEPOINT tracking", NULL));
}

/* End the savepoint: keep what was written if "ok", else undo it. */
void
db_case_end(struct db *db, int ok)
{
	if (!ok)
		db_exec(db, "ROLLBACK TO tracking", NULL);
	db_exec(db, "RELEASE tracking", NULL);
}
