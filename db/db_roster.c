/*
 * db_roster.c: the pupil roster, as keyed hashes only. A row holds the
 * HMAC-SHA-256 (under the install's secret) of a pupil's normalised full
 * name, first name and surname and of its near forms (pupils_near), the
 * year group and whether the family objected to photographs; never a
 * name.
 */
#include "autoconfig.h"

#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "db/db_internal.h"

/* Remove the roster rows of school "key"; return 0 or -1 with "*cause". */
int
db_roster_clear(struct db *db, const char *key, char **cause)
{
	sqlite3_stmt	*st;

	st = db_prepare(db, "DELETE FROM roster WHERE school_id = "
	    "(SELECT id FROM schools WHERE key = ?)", cause);
	if (st == NULL)
		return (-1);
	db_bind_text(st, 1, key);
	if (sqlite3_step(st) != SQLITE_DONE) {
		sqlite3_finalize(st);
		return (db_fail(db, cause, "clearing the roster"));
	}
	sqlite3_finalize(st);
	return (0);
}

/* Add roster row "r"; return 0 or -1 with "*cause". */
int
db_roster_add(struct db *db, const struct db_roster *r, char **cause)
{
	sqlite3_stmt	*st;

	st = db_prepare(db, "INSERT INTO roster (school_id, token, "
	    "first_token, surname_token, year, photo_objection, near) "
	    "SELECT id, ?, ?, ?, ?, ?, ? FROM schools WHERE key = ? ON "
	    "CONFLICT (school_id, token) DO UPDATE SET year = excluded.year, "
	    "photo_objection = excluded.photo_objection, near = "
	    "excluded.near", cause);
	if (st == NULL)
		return (-1);
	db_bind_text(st, 1, r->token);
	db_bind_text(st, 2, r->first_token);
	db_bind_text(st, 3, r->surname_token);
	db_bind_text(st, 4, r->year);
	sqlite3_bind_int(st, 5, r->photo_objection);
	db_bind_text(st, 6, r->near);
	db_bind_text(st, 7, r->school);
	if (sqlite3_step(st) != SQLITE_DONE) {
		sqlite3_finalize(st);
		return (db_fail(db, cause, "saving the roster"));
	}
	if (sqlite3_changes(db->h) == 0) {
		sqlite3_finalize(st);
		return (db_fail(db, cause, "saving the roster: unknown "
		    "school"));
	}
	sqlite3_finalize(st);
	return (0);
}

/* Call "cb" for every roster row; return 0 or -1 with "*cause". */
int
db_roster_list(struct db *db, int (*cb)(void *, const struct db_roster *),
    void *arg, char **cause)
{
	sqlite3_stmt		*st;
	struct db_roster	 r;
	int			 rc;

	st = db_prepare(db, "SELECT s.key, r.token, r.first_token, "
	    "r.surname_token, r.year, r.photo_objection, r.near FROM roster r "
	    "JOIN schools s ON s.id = r.school_id ORDER BY r.id", cause);
	if (st == NULL)
		return (-1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		r.school = (const char *)sqlite3_column_text(st, 0);
		r.token = (const char *)sqlite3_column_text(st, 1);
		r.first_token = (const char *)sqlite3_column_text(st, 2);
		r.surname_token = (const char *)sqlite3_column_text(st, 3);
		r.year = (const char *)sqlite3_column_text(st, 4);
		r.photo_objection = sqlite3_column_int(st, 5);
		r.near = (const char *)sqlite3_column_text(st, 6);
		if (cb(arg, &r) != 0)
			break;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return (db_fail(db, cause, "reading the roster"));
	return (0);
}
