/*
 * check_db.c: tests of db/: creating the store, migrations, refusing a
 * newer database, storing documents once and listing mentions.
 */
#include "autoconfig.h"

#include <check.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/config.h"
#include "common/xmalloc.h"
#include "db/db.h"

static char	 dir[] = "/tmp/check_db_XXXXXX";
static char	*path;

static void
setup(void)
{
	strcpy(dir, "/tmp/check_db_XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	xasprintf(&path, "%s/test.db", dir);
}

static void
teardown(void)
{
	char	*cmd;

	xasprintf(&cmd, "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	free(path);
}

START_TEST(test_db_open_creates_private_file)
{
	struct db	*db;
	struct stat	 sb;
	char		*cause = NULL;

	ck_assert_int_eq(db_open(path, 0, &db, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "mentionwatch init"));
	free(cause);
	ck_assert_int_eq(db_open(path, DB_CREATE, &db, &cause), 0);
	ck_assert_int_eq(stat(path, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 0777, 0600);
	ck_assert_int_eq(db_schema_version(db), db_latest_version());
	ck_assert_int_eq(db_integrity_check(db, NULL), 0);
	db_close(db);
}
END_TEST

START_TEST(test_db_refuses_newer_database)
{
	struct db	*db;
	sqlite3		*h;
	char		*cause = NULL;

	ck_assert_int_eq(db_open(path, DB_CREATE, &db, &cause), 0);
	db_close(db);
	ck_assert_int_eq(sqlite3_open(path, &h), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(h, "PRAGMA user_version = 999", NULL,
	    NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
	ck_assert_int_eq(db_open(path, 0, &db, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "version 999, newer than"));
	free(cause);
}
END_TEST

static int
count_row(void *arg, const struct db_mention_row *r)
{
	(*(int *)arg)++;
	ck_assert_str_eq(r->school, "hp");
	ck_assert_str_eq(r->url, "https://news.example/a");
	return (0);
}

START_TEST(test_db_document_stored_once)
{
	struct db		*db;
	struct config		*cf = config_new();
	struct db_document	 d;
	struct db_mention	 m;
	long long		 id, id2;
	int			 is_new, n = 0;
	char			*cause = NULL;

	cf->schools = xcalloc(1, sizeof *cf->schools);
	cf->nschools = 1;
	cf->schools[0].id = xstrdup("hp");
	cf->schools[0].name = xstrdup("Harrowden Park Academy");
	ck_assert_int_eq(db_open(path, DB_CREATE, &db, &cause), 0);
	ck_assert_int_eq(db_school_sync(db, cf, &cause), 0);
	memset(&d, 0, sizeof d);
	d.url = "https://news.example/a";
	d.guid = "tag:news.example,2026:1";
	d.title = "A";
	d.text = "about Harrowden Park Academy";
	d.content_hash = "h1";
	d.kind = "item";
	ck_assert_int_eq(db_document_put(db, &d, 100, &id, &is_new, &cause),
	    0);
	ck_assert_int_eq(is_new, 1);
	/* Polled again: the same document, not a new one. */
	ck_assert_int_eq(db_document_put(db, &d, 200, &id2, &is_new, &cause),
	    0);
	ck_assert_int_eq(is_new, 0);
	ck_assert_int_eq(id, id2);
	ck_assert(db_document_known(db, d.guid, "h1"));
	/* Edited: noticed as a change. */
	d.content_hash = "h2";
	ck_assert_int_eq(db_document_put(db, &d, 300, &id2, &is_new, &cause),
	    0);
	ck_assert_int_eq(is_new, 2);
	ck_assert_int_eq(id, id2);

	memset(&m, 0, sizeof m);
	m.document_id = id;
	m.school = "hp";
	m.alias = "Harrowden Park Academy";
	m.excerpt = "about Harrowden Park Academy";
	ck_assert_int_eq(db_mention_add(db, &m, &cause), 0);
	ck_assert_int_eq(db_mention_add(db, &m, &cause), 0);	/* kept once */
	ck_assert_int_eq(db_mention_list(db, 0, NULL, count_row, &n, &cause),
	    0);
	ck_assert_int_eq(n, 1);
	ck_assert_int_eq(db_mention_count(db, 101, "hp"), 0);	/* --since */
	db_close(db);
	config_free(cf);
}
END_TEST

START_TEST(test_db_capture_log_append_only)
{
	struct db	*db;
	sqlite3		*h;
	char		*cause = NULL, *err = NULL;

	ck_assert_int_eq(db_open(path, DB_CREATE, &db, &cause), 0);
	db_close(db);
	ck_assert_int_eq(sqlite3_open(path, &h), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(h, "INSERT INTO captures (seq, at_ms, "
	    "url, headers_sha256, body_sha256, body_len, prev_hash, hash) "
	    "VALUES (1, 0, 'u', 'h', 'b', 0, 'p', 'x')", NULL, NULL, NULL),
	    SQLITE_OK);
	ck_assert_int_ne(sqlite3_exec(h, "UPDATE captures SET url = 'v'",
	    NULL, NULL, &err), SQLITE_OK);
	ck_assert_ptr_nonnull(strstr(err, "append-only"));
	sqlite3_free(err);
	ck_assert_int_ne(sqlite3_exec(h, "DELETE FROM captures", NULL, NULL,
	    NULL), SQLITE_OK);
	sqlite3_close(h);
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("db");
	TCase	*tc;
	SRunner	*sr;
	int	 failed;

	tc = tcase_create("db");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_db_open_creates_private_file);
	tcase_add_test(tc, test_db_refuses_newer_database);
	tcase_add_test(tc, test_db_capture_log_append_only);
	suite_add_tcase(s, tc);
	tc = tcase_create("db_document");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_db_document_stored_once);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE);
}
