/*
 * db_school.c: the schools table, kept in step with the configuration. A
 * school is known by its configuration id ("st-aldhelms"); its row id is
 * what other tables refer to, so renaming a school keeps its history.
 */
#include "autoconfig.h"

#include <stdlib.h>

#include "common/config.h"
#include "db/db.h"
#include "db/db_internal.h"

/* Insert or rename every school of "cf"; return 0 or -1 with "*cause". */
int
db_school_sync(struct db *db, const struct config *cf, char **cause)
{
	sqlite3_stmt	*st;
	size_t		 i;

	st = db_prepare(db, "INSERT INTO schools (key, name) VALUES (?, ?) "
	    "ON CONFLICT (key) DO UPDATE SET name = excluded.name", cause);
	if (st == NULL)
		return (-1);
	for (i = 0; i < cf->nschools; i++) {
		db_bind_text(st, 1, cf->schools[i].id);
		db_bind_text(st, 2, cf->schools[i].name);
		if (sqlite3_step(st) != SQLITE_DONE) {
			sqlite3_finalize(st);
			return (db_fail(db, cause, "saving schools"));
		}
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return (0);
}

/* Return the row id of school "key", or 0 if unknown. */
long long
db_school_id(struct db *db, const char *key)
{
	sqlite3_stmt	*st;
	long long	 id = 0;

	st = db_prepare(db, "SELECT id FROM schools WHERE key = ?", NULL);
	if (st == NULL)
		return (0);
	db_bind_text(st, 1, key);
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return (id);
}
