/*
 * db.c: opening the store and keeping its schema current. The database is
 * one SQLite file in WAL mode with foreign keys on, so that readers (the
 * CLI, the digest) run while the crawler writes. The schema is an ordered
 * list of migrations; the number applied is kept in PRAGMA user_version,
 * each applies in one transaction, and a database newer than this program
 * is refused rather than damaged.
 */
#include "autoconfig.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/log.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "db/db_internal.h"

struct migration {
	int		 version;
	const char	*sql;
};

static const struct migration migrations[] = {
	{ 1,
	"CREATE TABLE schools ("
	"  id INTEGER PRIMARY KEY,"
	"  key TEXT NOT NULL UNIQUE,"
	"  name TEXT NOT NULL);"
	"CREATE TABLE sources ("
	"  id INTEGER PRIMARY KEY,"
	"  key TEXT NOT NULL UNIQUE,"
	"  url TEXT NOT NULL,"
	"  type TEXT NOT NULL,"
	"  school_id INTEGER REFERENCES schools(id),"
	"  etag TEXT,"
	"  last_modified TEXT,"
	"  next_due INTEGER NOT NULL DEFAULT 0,"
	"  last_success INTEGER NOT NULL DEFAULT 0,"
	"  last_attempt INTEGER NOT NULL DEFAULT 0,"
	"  last_error TEXT,"
	"  last_status INTEGER NOT NULL DEFAULT 0,"
	"  failures INTEGER NOT NULL DEFAULT 0,"
	"  fetches INTEGER NOT NULL DEFAULT 0,"
	"  not_modified INTEGER NOT NULL DEFAULT 0,"
	"  state TEXT NOT NULL DEFAULT 'active');"
	"CREATE TABLE captures ("
	"  id INTEGER PRIMARY KEY,"
	"  seq INTEGER NOT NULL UNIQUE,"
	"  at_ms INTEGER NOT NULL,"
	"  url TEXT NOT NULL,"
	"  final_url TEXT,"
	"  status INTEGER,"
	"  ip TEXT,"
	"  tls_fingerprints TEXT,"
	"  request_headers TEXT,"
	"  response_headers TEXT,"
	"  headers_sha256 TEXT NOT NULL,"
	"  body_sha256 TEXT NOT NULL,"
	"  body_len INTEGER NOT NULL,"
	"  prev_hash TEXT NOT NULL,"
	"  hash TEXT NOT NULL UNIQUE);"
	"CREATE TRIGGER captures_no_update BEFORE UPDATE ON captures"
	"  BEGIN SELECT RAISE(ABORT, 'the capture log is append-only'); END;"
	"CREATE TRIGGER captures_no_delete BEFORE DELETE ON captures"
	"  BEGIN SELECT RAISE(ABORT, 'the capture log is append-only'); END;"
	"CREATE TABLE checkpoints ("
	"  id INTEGER PRIMARY KEY,"
	"  seq INTEGER NOT NULL,"
	"  hash TEXT NOT NULL,"
	"  at INTEGER NOT NULL,"
	"  signature TEXT NOT NULL);"
	"CREATE TABLE fetches ("
	"  id INTEGER PRIMARY KEY,"
	"  source_id INTEGER REFERENCES sources(id) ON DELETE CASCADE,"
	"  url TEXT NOT NULL,"
	"  started_ms INTEGER NOT NULL,"
	"  status INTEGER NOT NULL DEFAULT 0,"
	"  bytes INTEGER NOT NULL DEFAULT 0,"
	"  elapsed_ms INTEGER NOT NULL DEFAULT 0,"
	"  final_url TEXT,"
	"  error TEXT);"
	"CREATE INDEX fetches_source ON fetches(source_id, started_ms);"
	"CREATE TABLE documents ("
	"  id INTEGER PRIMARY KEY,"
	"  source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,"
	"  dkey TEXT NOT NULL UNIQUE,"
	"  url TEXT NOT NULL,"
	"  guid TEXT,"
	"  kind TEXT NOT NULL,"
	"  title TEXT,"
	"  author TEXT,"
	"  published INTEGER NOT NULL DEFAULT 0,"
	"  text TEXT NOT NULL,"
	"  content_hash TEXT NOT NULL,"
	"  first_seen INTEGER NOT NULL,"
	"  last_seen INTEGER NOT NULL,"
	"  updated INTEGER NOT NULL DEFAULT 0,"
	"  capture_id INTEGER REFERENCES captures(id));"
	"CREATE INDEX documents_hash ON documents(content_hash);"
	"CREATE INDEX documents_seen ON documents(first_seen);"
	"CREATE TABLE mentions ("
	"  id INTEGER PRIMARY KEY,"
	"  document_id INTEGER NOT NULL REFERENCES documents(id)"
	"    ON DELETE CASCADE,"
	"  school_id INTEGER NOT NULL REFERENCES schools(id),"
	"  alias TEXT NOT NULL,"
	"  start INTEGER NOT NULL,"
	"  end INTEGER NOT NULL,"
	"  excerpt TEXT NOT NULL,"
	"  confidence REAL NOT NULL DEFAULT 1,"
	"  reason TEXT,"
	"  UNIQUE (document_id, school_id));"
	"CREATE INDEX mentions_school ON mentions(school_id);"
	"CREATE TABLE findings ("
	"  id INTEGER PRIMARY KEY,"
	"  document_id INTEGER NOT NULL REFERENCES documents(id)"
	"    ON DELETE CASCADE,"
	"  school_id INTEGER REFERENCES schools(id),"
	"  analyzer TEXT NOT NULL,"
	"  category TEXT NOT NULL,"
	"  severity TEXT NOT NULL,"
	"  score REAL NOT NULL,"
	"  target TEXT,"
	"  reason TEXT NOT NULL,"
	"  quote TEXT NOT NULL,"
	"  start INTEGER NOT NULL,"
	"  end INTEGER NOT NULL,"
	"  trace TEXT,"
	"  created INTEGER NOT NULL,"
	"  UNIQUE (document_id, analyzer, category, start));"
	"CREATE TABLE cases ("
	"  id INTEGER PRIMARY KEY,"
	"  document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id),"
	"  school_id INTEGER REFERENCES schools(id),"
	"  severity TEXT NOT NULL,"
	"  state TEXT NOT NULL DEFAULT 'open',"
	"  close_reason TEXT,"
	"  safeguarding INTEGER NOT NULL DEFAULT 0,"
	"  first_seen INTEGER NOT NULL,"
	"  opened INTEGER NOT NULL,"
	"  due INTEGER NOT NULL,"
	"  paused_at INTEGER NOT NULL DEFAULT 0,"
	"  owner TEXT);"
	"CREATE INDEX cases_due ON cases(state, due);"
	"CREATE TABLE case_events ("
	"  id INTEGER PRIMARY KEY,"
	"  case_id INTEGER NOT NULL REFERENCES cases(id),"
	"  at INTEGER NOT NULL,"
	"  actor TEXT NOT NULL,"
	"  from_state TEXT,"
	"  to_state TEXT,"
	"  what TEXT NOT NULL,"
	"  note TEXT);"
	"CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events"
	"  BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;"
	"CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events"
	"  BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;"
	"CREATE TABLE digests ("
	"  id INTEGER PRIMARY KEY,"
	"  kind TEXT NOT NULL,"
	"  dkey TEXT NOT NULL UNIQUE,"
	"  school_id INTEGER REFERENCES schools(id),"
	"  case_id INTEGER REFERENCES cases(id),"
	"  created INTEGER NOT NULL,"
	"  sent INTEGER NOT NULL DEFAULT 0,"
	"  recipients TEXT NOT NULL,"
	"  subject TEXT NOT NULL,"
	"  message_id TEXT NOT NULL,"
	"  chain_head TEXT,"
	"  attempts INTEGER NOT NULL DEFAULT 0,"
	"  next_attempt INTEGER NOT NULL DEFAULT 0,"
	"  last_error TEXT,"
	"  message BLOB);"
	"CREATE TABLE roster ("
	"  id INTEGER PRIMARY KEY,"
	"  school_id INTEGER NOT NULL REFERENCES schools(id),"
	"  token TEXT NOT NULL,"
	"  first_token TEXT NOT NULL,"
	"  surname_token TEXT NOT NULL,"
	"  year TEXT,"
	"  photo_objection INTEGER NOT NULL DEFAULT 0,"
	"  UNIQUE (school_id, token));"
	"CREATE TABLE robots ("
	"  origin TEXT PRIMARY KEY,"
	"  fetched INTEGER NOT NULL,"
	"  status INTEGER NOT NULL,"
	"  body TEXT);"
	},
	/* 2: evidence. Each capture keeps every URL of its redirect chain,
	 * the hash of its URL (what the chain links), how it was taken and
	 * its TLS chain; bodies pruned by retention are remembered, so that
	 * `verify --store` tells them from files that went missing. */
	{ 2,
	"ALTER TABLE captures ADD COLUMN url_sha256 TEXT;"
	"ALTER TABLE captures ADD COLUMN urls TEXT;"
	"ALTER TABLE captures ADD COLUMN kind TEXT;"
	"ALTER TABLE captures ADD COLUMN started_ms INTEGER;"
	"CREATE INDEX captures_url ON captures(url, seq);"
	"ALTER TABLE checkpoints ADD COLUMN tsa_token BLOB;"
	"CREATE TABLE evidence_pruned ("
	"  sha256 TEXT PRIMARY KEY,"
	"  at INTEGER NOT NULL);"
	},
	/* 3: response tracking: which findings name a pupil (emails to
	 * anyone but the safeguarding lead withhold them), time a case spent
	 * paused, and the indexes the queue and the mail sender read by. */
	{ 3,
	"ALTER TABLE findings ADD COLUMN redact INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE cases ADD COLUMN paused_total INTEGER NOT NULL DEFAULT 0;"
	"CREATE INDEX case_events_case ON case_events(case_id, at);"
	"CREATE INDEX digests_pending ON digests(sent, next_attempt);"
	"CREATE INDEX findings_created ON findings(created);"
	},
	{ 4,	/* the crawler: health, robots verdicts, waits, kept bodies */
	"ALTER TABLE sources ADD COLUMN robots TEXT;"
	"ALTER TABLE sources ADD COLUMN wait TEXT;"
	"ALTER TABLE sources ADD COLUMN failing_since INTEGER NOT NULL"
	"  DEFAULT 0;"
	"ALTER TABLE sources ADD COLUMN cur_interval INTEGER NOT NULL"
	"  DEFAULT 0;"
	"ALTER TABLE sources ADD COLUMN unchanged INTEGER NOT NULL DEFAULT 0;"
	"CREATE TABLE bodies ("
	"  id INTEGER PRIMARY KEY,"
	"  source_id INTEGER REFERENCES sources(id) ON DELETE CASCADE,"
	"  url TEXT NOT NULL,"
	"  fetched INTEGER NOT NULL,"
	"  encoding TEXT,"
	"  body BLOB NOT NULL);"
	"CREATE TABLE fetch_mentions ("
	"  url TEXT NOT NULL,"
	"  school_id INTEGER NOT NULL REFERENCES schools(id),"
	"  first_seen INTEGER NOT NULL,"
	"  UNIQUE (url, school_id));"
	},
	/* 5: evidence: the body as received before content decoding (its
	 * hash chained by version 2 entries; its file kept for captures
	 * with a mention), and the spool: captures of documents with no
	 * mention are appended to a pack file instead of a file each, the
	 * body as received only (decoded when read: "encoding"), and
	 * pruned a pack at a time. */
	{ 5,
	"ALTER TABLE captures ADD COLUMN raw_sha256 TEXT;"
	"ALTER TABLE captures ADD COLUMN raw_len INTEGER;"
	"ALTER TABLE captures ADD COLUMN raw_kept INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE captures ADD COLUMN content_encoding TEXT;"
	"CREATE TABLE evidence_spool ("
	"  sha256 TEXT PRIMARY KEY,"
	"  pack TEXT NOT NULL,"
	"  offset INTEGER NOT NULL,"
	"  len INTEGER NOT NULL,"
	"  encoding TEXT);"
	"CREATE INDEX evidence_spool_pack ON evidence_spool(pack);"
	},
	/* 6: the spool's rows are written for every response a crawl
	 * reads, and read by hash; a pack's are wanted only when it is
	 * pruned. One B-tree keyed by hash (no rowid table, no index by
	 * pack) makes each row one insert instead of three. */
	{ 6,
	"CREATE TABLE evidence_spool_new ("
	"  sha256 TEXT PRIMARY KEY,"
	"  pack TEXT NOT NULL,"
	"  offset INTEGER NOT NULL,"
	"  len INTEGER NOT NULL,"
	"  encoding TEXT) WITHOUT ROWID;"
	"INSERT INTO evidence_spool_new SELECT sha256, pack, offset, len, "
	"  encoding FROM evidence_spool;"
	"DROP TABLE evidence_spool;"
	"ALTER TABLE evidence_spool_new RENAME TO evidence_spool;"
	},
	/* 7: the near forms of each roster name (a letter out, the
	 * initials), keyed hashes like the rest, so that a name misspelt
	 * or shortened to initials is still a pupil's. Rows imported
	 * before have none until the roster is imported again. */
	{ 7,
	"ALTER TABLE roster ADD COLUMN near TEXT;"
	},
};
#define NMIGRATIONS (sizeof migrations / sizeof migrations[0])

/* Return the schema version this program writes. */
int
db_latest_version(void)
{
	return (migrations[NMIGRATIONS - 1].version);
}

/* Set "*cause" from the connection's last error, prefixed by "what". */
int
db_fail(struct db *db, char **cause, const char *what)
{
	if (cause != NULL)
		xasprintf(cause, "%s: %s: %s", db->path, what,
		    sqlite3_errmsg(db->h));
	return (-1);
}

/* Prepare "sql" or return NULL with "*cause" set. */
sqlite3_stmt *
db_prepare(struct db *db, const char *sql, char **cause)
{
	sqlite3_stmt	*st;

	if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK) {
		db_fail(db, cause, "prepare");
		return (NULL);
	}
	return (st);
}

/* Run "sql" (no results); return 0 or -1 with "*cause" set. */
int
db_exec(struct db *db, const char *sql, char **cause)
{
	char	*err = NULL;

	if (sqlite3_exec(db->h, sql, NULL, NULL, &err) != SQLITE_OK) {
		if (cause != NULL)
			xasprintf(cause, "%s: %s", db->path,
			    err != NULL ? err : "error");
		sqlite3_free(err);
		return (-1);
	}
	return (0);
}

/* Bind "s" (NULL binds NULL) to parameter "i". */
void
db_bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s == NULL)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
}

/* Return a copy of text column "i", or NULL if it is NULL. */
char *
db_column_strdup(sqlite3_stmt *st, int i)
{
	const unsigned char	*s = sqlite3_column_text(st, i);

	return (s != NULL ? xstrdup((const char *)s) : NULL);
}

/* Return the schema version recorded in the file. */
int
db_schema_version(struct db *db)
{
	sqlite3_stmt	*st;
	int		 v = -1;

	st = db_prepare(db, "PRAGMA user_version", NULL);
	if (st == NULL)
		return (-1);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return (v);
}

static int
migrate(struct db *db, char **cause)
{
	char	 sql[64];
	size_t	 i;
	int	 v;

	v = db_schema_version(db);
	if (v < 0)
		return (db_fail(db, cause, "reading the schema version"));
	if (v > db_latest_version()) {
		xasprintf(cause, "%s: the database is version %d, newer than "
		    "this mentionwatch understands (%d); upgrade mentionwatch "
		    "or restore a backup", db->path, v, db_latest_version());
		return (-1);
	}
	for (i = 0; i < NMIGRATIONS; i++) {
		if (migrations[i].version <= v)
			continue;
		if (db->readonly) {
			xasprintf(cause, "%s: the database needs upgrading "
			    "(version %d to %d); run `mentionwatch crawl` or "
			    "`mentionwatch init` once", db->path, v,
			    db_latest_version());
			return (-1);
		}
		if (db_exec(db, "BEGIN IMMEDIATE", cause) != 0)
			return (-1);
		snprintf(sql, sizeof sql, "PRAGMA user_version = %d",
		    migrations[i].version);
		if (db_exec(db, migrations[i].sql, cause) != 0 ||
		    db_exec(db, sql, cause) != 0) {
			db_exec(db, "ROLLBACK", NULL);
			return (-1);
		}
		if (db_exec(db, "COMMIT", cause) != 0)
			return (-1);
		log_info("db: schema upgraded to version %d",
		    migrations[i].version);
	}
	return (0);
}

/*
 * Open the database at "path" into "*out" with "flags" (DB_CREATE,
 * DB_READONLY). A new file is created mode 0600. Return 0, or -1 with
 * "*cause" set for the caller to free.
 */
int
db_open(const char *path, int flags, struct db **out, char **cause)
{
	struct db	*db;
	int		 oflags, fd;

	*out = NULL;
	if (access(path, F_OK) != 0) {
		if (!(flags & DB_CREATE)) {
			xasprintf(cause, "%s: no database (create it with "
			    "`mentionwatch init`, or name one with -D FILE)",
			    path);
			return (-1);
		}
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
		if (fd == -1 && errno != EEXIST) {
			xasprintf(cause, "%s: %s", path, strerror(errno));
			return (-1);
		}
		if (fd != -1)
			close(fd);
	}
	db = xcalloc(1, sizeof *db);
	db->path = xstrdup(path);
	db->readonly = (flags & DB_READONLY) != 0;
	oflags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
	if (sqlite3_open_v2(path, &db->h, oflags, NULL) != SQLITE_OK) {
		db_fail(db, cause, "open");
		db_close(db);
		return (-1);
	}
	sqlite3_busy_timeout(db->h, 10000);
	sqlite3_extended_result_codes(db->h, 1);
	if (db_exec(db, "PRAGMA foreign_keys = ON", cause) != 0 ||
	    db_exec(db, "PRAGMA synchronous = NORMAL", cause) != 0) {
		db_close(db);
		return (-1);
	}
	/* A WAL grown by a large cycle is cut back once it restarts, so
	 * that a long-running service does not keep its size on disk. */
	if (!db->readonly &&
	    (db_exec(db, "PRAGMA journal_mode = WAL", cause) != 0 ||
	    db_exec(db, "PRAGMA journal_size_limit = 33554432", cause) != 0)) {
		db_close(db);
		return (-1);
	}
	if (migrate(db, cause) != 0) {
		db_close(db);
		return (-1);
	}
	*out = db;
	return (0);
}

/* Close "db"; NULL does nothing. */
void
db_close(struct db *db)
{
	int	i;

	if (db == NULL)
		return;
	for (i = 0; i < db->ncache; i++)
		sqlite3_finalize(db->cache[i].st);
	sqlite3_close_v2(db->h);
	free(db->path);
	free(db);
}

/* Return the file the database was opened from. */
const char *
db_path(struct db *db)
{
	return (db->path);
}

/* Start a write transaction. */
int
db_begin(struct db *db)
{
	return (db_exec(db, "BEGIN IMMEDIATE", NULL));
}

/* Commit the transaction. */
int
db_commit(struct db *db)
{
	char	*cause = NULL;

	if (db_exec(db, "COMMIT", &cause) != 0) {
		log_warnx("db: commit failed: %s", cause);
		free(cause);
		return (-1);
	}
	return (0);
}

/* Roll the transaction back. */
void
db_rollback(struct db *db)
{
	db_exec(db, "ROLLBACK", NULL);
}

/* Run PRAGMA integrity_check; return 0 if "ok", else -1 with "*cause". */
int
db_integrity_check(struct db *db, char **cause)
{
	sqlite3_stmt	*st;
	const char	*r;
	int		 ok = -1;

	st = db_prepare(db, "PRAGMA integrity_check", cause);
	if (st == NULL)
		return (-1);
	if (sqlite3_step(st) == SQLITE_ROW) {
		r = (const char *)sqlite3_column_text(st, 0);
		if (r != NULL && strcmp(r, "ok") == 0)
			ok = 0;
		else if (cause != NULL)
			xasprintf(cause, "%s: integrity check: %s", db->path,
			    r != NULL ? r : "?");
	}
	sqlite3_finalize(st);
	return (ok);
}

/*
 * Return the statement for "sql" (a string literal: it is known by its
 * address), prepared once per connection and kept until db_close; give it
 * back with db_done, not sqlite3_finalize. For statements run thousands
 * of times a cycle.
 */
sqlite3_stmt *
db_cached(struct db *db, const char *sql, char **cause)
{
	sqlite3_stmt	*st;
	int		 i;

	for (i = 0; i < db->ncache; i++) {
		if (db->cache[i].sql == sql)
			return (db->cache[i].st);
	}
	if (db->ncache == DB_CACHE_MAX)
		fatalx("db: more than %d cached statements", DB_CACHE_MAX);
	st = db_prepare(db, sql, cause);
	if (st == NULL)
		return (NULL);
	db->cache[db->ncache].sql = sql;
	db->cache[db->ncache].st = st;
	db->ncache++;
	return (st);
}

/* Make a statement from db_cached ready for its next use. */
void
db_done(sqlite3_stmt *st)
{
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
}
