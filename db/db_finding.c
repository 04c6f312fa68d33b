/*
 * db_finding.c: findings, what the analyzers said about a document and
 * why. A finding is stored once per document, analyzer, category and
 * place, so re-reading a changed document adds only what is new.
 */
#include "autoconfig.h"

#include <stdlib.h>

#include "analyzers/analyze.h"
#include "db/db.h"
#include "db/db_internal.h"

/* Store finding "f" of document "doc", found at "now". */
int
db_finding_add(struct db *db, long long doc, const struct finding *f,
    time_t now, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_prepare(db, "INSERT INTO findings (document_id, school_id, "
	    "analyzer, category, severity, score, target, reason, quote, "
	    "start, end, trace, created, redact) VALUES (?1, "
	    "(SELECT id FROM schools WHERE key = ?2), ?3, ?4, ?5, ?6, ?7, ?8, "
	    "?9, ?10, ?11, ?12, ?13, ?14) ON CONFLICT DO NOTHING", cause);
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, doc);
	db_bind_text(st, 2, f->school);
	db_bind_text(st, 3, f->analyzer);
	db_bind_text(st, 4, f->category);
	db_bind_text(st, 5, severity_name(f->severity));
	sqlite3_bind_double(st, 6, f->score);
	db_bind_text(st, 7, f->target);
	db_bind_text(st, 8, f->reason);
	db_bind_text(st, 9, f->quote);
	sqlite3_bind_int64(st, 10, (sqlite3_int64)f->start);
	sqlite3_bind_int64(st, 11, (sqlite3_int64)f->end);
	db_bind_text(st, 12, f->trace);
	sqlite3_bind_int64(st, 13, now);
	sqlite3_bind_int(st, 14, f->redact != 0);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return (db_fail(db, cause, "storing a finding"));
	return (0);
}
