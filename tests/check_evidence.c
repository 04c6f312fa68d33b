/*
 * check_evidence.c: tests of evidence/: the chain's canonical encoding
 * against a hash computed elsewhere, the bundle line format, the WARC
 * writer and checker, storing and chaining captures, retention pruning,
 * finishing a batch cut short by a crash, and the signed head the digest
 * prints.
 */
#include "autoconfig.h"

#include <check.h>
#include <dirent.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "common/config.h"
#include "common/hash.h"
#include "common/mwtime.h"
#include "common/xmalloc.h"
#include "crawler/fetch.h"
#include "db/db.h"
#include "evidence/evidence.h"
#include "evidence/keys.h"

static char		 dir[] = "/tmp/check_evidence_XXXXXX";
static char		*path;
static struct config	*cf;
static struct db	*db;
static struct evidence	*ev;

static void
setup(void)
{
	char	*cause = NULL, *kd;

	strcpy(dir, "/tmp/check_evidence_XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	xasprintf(&path, "%s/test.db", dir);
	ck_assert_int_eq(db_open(path, DB_CREATE, &db, &cause), 0);
	cf = config_new();
	kd = keys_dir(cf, path);
	ck_assert_int_eq(keys_create(kd, &cause), 0);
	free(kd);
	ev = evidence_open(cf, db, &cause);
	ck_assert_ptr_nonnull(ev);
}

static void
teardown(void)
{
	char	*cmd;

	evidence_close(ev);
	db_close(db);
	config_free(cf);
	xasprintf(&cmd, "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	free(path);
}

static void
fill(char *s, char c)
{
	memset(s, c, 64);
	s[64] = '\0';
}

START_TEST(test_chain_hash_matches_documented_encoding)
{
	struct chain_entry	 e, back;
	struct buf		 line;
	char			 hex[HASH_HEX_LEN], *url = NULL, *cause = NULL;

	memset(&e, 0, sizeof e);
	e.seq = 7;
	e.at_ms = 1795270782478LL;
	fill(e.url_sha256, 'a');
	fill(e.body_sha256, 'b');
	fill(e.headers_sha256, 'c');
	fill(e.prev, 'd');
	chain_hash(&e, hex);
	/* Python's hashlib over the text docs/evidence-chain.md gives. */
	ck_assert_str_eq(hex, "3954741d3955345e31ee77cc295ce42b484933642288b166"
	    "12d819607bf139ae");
	memcpy(e.hash, hex, sizeof e.hash);

	buf_init(&line, 0);
	chain_format_line(&e, "http://x.example/a\tb", &line);
	line.data[line.len - 1] = '\0';
	ck_assert_int_eq(chain_parse_line(line.data, &back, &url, &cause), 0);
	ck_assert_int_eq(back.seq, 7);
	ck_assert_int_eq(back.at_ms, e.at_ms);
	ck_assert_str_eq(back.hash, hex);
	ck_assert_str_eq(url, "http://x.example/a%09b");
	free(url);
	ck_assert_int_eq(chain_parse_line("7\tnot a time\tx", &back, &url,
	    &cause), -1);
	free(cause);

	/* Version 2 adds the hash of the bytes as received. */
	e.version = 2;
	fill(e.raw_sha256, 'e');
	chain_hash(&e, hex);
	ck_assert_str_eq(hex, "a4b5f2c1888969aa6e2039650a6b78ef7cc1925d24cb8ccd"
	    "c583a7a3bc4a1b7e");
	memcpy(e.hash, hex, sizeof e.hash);
	buf_reset(&line);
	chain_format_line(&e, NULL, &line);
	line.data[line.len - 1] = '\0';
	ck_assert_int_eq(chain_parse_line(line.data, &back, &url, &cause), 0);
	ck_assert_int_eq(back.version, 2);
	ck_assert_str_eq(back.raw_sha256, e.raw_sha256);
	ck_assert_ptr_null(url);
	chain_hash(&back, hex);
	ck_assert_str_eq(hex, e.hash);

	/* A body not hashed is "-", in the line as in the encoding. */
	snprintf(e.body_sha256, sizeof e.body_sha256, "%s", EVIDENCE_UNHASHED);
	chain_hash(&e, hex);
	memcpy(e.hash, hex, sizeof e.hash);
	buf_reset(&line);
	chain_format_line(&e, NULL, &line);
	line.data[line.len - 1] = '\0';
	ck_assert_int_eq(chain_parse_line(line.data, &back, &url, &cause), 0);
	ck_assert_str_eq(back.body_sha256, EVIDENCE_UNHASHED);
	chain_hash(&back, hex);
	ck_assert_str_eq(hex, e.hash);
	/* Only the body may be "-". */
	buf_reset(&line);
	snprintf(e.headers_sha256, sizeof e.headers_sha256, "-");
	chain_format_line(&e, NULL, &line);
	line.data[line.len - 1] = '\0';
	ck_assert_int_eq(chain_parse_line(line.data, &back, &url, &cause), -1);
	free(cause);
	buf_free(&line);
}
END_TEST

START_TEST(test_warc_written_records_check)
{
	struct warc_record	 w;
	struct strlist		 fails = { NULL, 0 };
	struct buf		 out;
	size_t			 n;
	const char		*head = "HTTP/1.1 200 OK\r\nContent-Type: "
				    "text/html\r\n\r\n";

	buf_init(&out, 0);
	memset(&w, 0, sizeof w);
	w.type = "response";
	w.target = "http://x.example/";
	w.date = "2026-11-21T14:19:42Z";
	w.content_type = "application/http;msgtype=response";
	warc_record_id("seed", "response", w.id);
	ck_assert(strncmp(w.id, "<urn:uuid:", 10) == 0);
	w.http_head = head;
	w.http_head_len = strlen(head);
	w.payload = "<p>hello</p>";
	w.payload_len = 12;
	ck_assert_int_eq(warc_write(&out, &w), 0);
	w.type = "metadata";
	w.http_head = NULL;
	w.content_type = "application/warc-fields";
	ck_assert_int_eq(warc_write(&out, &w), 0);
	ck_assert_int_eq(warc_check(out.data, out.len, &fails, &n), 0);
	ck_assert_int_eq(n, 2);
	ck_assert_int_eq(fails.n, 0);

	out.data[out.len / 2] ^= 1;	/* the gzip CRC or inflate fails */
	ck_assert_int_eq(warc_check(out.data, out.len, &fails, &n), -1);
	ck_assert_int_gt(fails.n, 0);
	ck_assert_ptr_nonnull(strstr(fails.v[0], "captures.warc.gz"));
	strlist_free(&fails);
	buf_free(&out);
}
END_TEST

/* Gzip "s" into "out", as a server sends it. */
static void
gzip_into(const char *s, struct buf *out)
{
	z_stream	z;
	unsigned char	chunk[4096];

	memset(&z, 0, sizeof z);
	ck_assert_int_eq(deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8,
	    Z_DEFAULT_STRATEGY), Z_OK);
	z.next_in = (unsigned char *)(uintptr_t)s;
	z.avail_in = (uInt)strlen(s);
	do {
		z.next_out = chunk;
		z.avail_out = sizeof chunk;
		ck_assert_int_ne(deflate(&z, Z_FINISH), Z_STREAM_ERROR);
		buf_add(out, chunk, sizeof chunk - z.avail_out);
	} while (z.avail_out == 0);
	deflateEnd(&z);
}

#define CAP_SPOOL	0x1	/* as the crawl does a page with no mention */
#define CAP_GZIP	0x2	/* sent gzip-compressed */
#define CAP_KEEP	0x4	/* spooled, then kept as a flagged page is */

/* Capture "body" of "url" as "how" says (CAP_*); return the entry. */
static long long
capture_as(const char *url, const char *body, int how)
{
	struct fetch_resp	 r;
	struct evidence_prep	 pr;
	char			*cause = NULL;
	long long		 id;

	memset(&r, 0, sizeof r);
	r.url = xstrdup(url);
	r.final_url = xstrdup(url);
	r.status = 200;
	buf_init(&r.body, 0);
	buf_adds(&r.body, body);
	buf_init(&r.encoded, 0);
	buf_init(&r.wire_headers, 0);
	buf_adds(&r.wire_headers, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"
	    "HTTP/1.1 200 OK\r\n");
	if (how & CAP_GZIP) {
		r.content_encoding = xstrdup("gzip");
		gzip_into(body, &r.encoded);
		buf_adds(&r.wire_headers, "Content-Encoding: gzip\r\n");
	}
	buf_adds(&r.wire_headers, "\r\n");
	strlist_add(&r.urls, url);
	ck_assert_int_eq(evidence_prepare(ev, &r, !(how & CAP_SPOOL), &pr,
	    &cause), 0);
	if (how & CAP_KEEP)
		ck_assert_int_eq(evidence_prep_keep(ev, &r, &pr, &cause), 0);
	ck_assert_int_eq(db_begin(db), 0);
	ck_assert_int_eq(evidence_capture(ev, &r, &pr, "crawl", &id, &cause),
	    0);
	ck_assert_int_eq(db_commit(db), 0);
	free(r.url);
	free(r.final_url);
	free(r.content_encoding);
	buf_free(&r.body);
	buf_free(&r.encoded);
	buf_free(&r.wire_headers);
	strlist_free(&r.urls);
	return (id);
}

static long long
capture(const char *url, const char *body)
{
	return (capture_as(url, body, 0));
}

static int
object_exists(const char *body)
{
	char		 sha[HASH_HEX_LEN], *p;
	struct stat	 sb;
	int		 r;

	hash_sha256_hex(body, strlen(body), sha);
	p = evidence_object_path(ev, sha);
	r = stat(p, &sb) == 0;
	free(p);
	return (r);
}

START_TEST(test_capture_chains_and_retention_prunes)
{
	struct verify_result	 res;
	sqlite3			*h;
	char			*cause = NULL;
	long long		 seq;
	char			 head[HASH_HEX_LEN];
	size_t			 n = 0;

	ck_assert_int_eq(capture("http://a.example/", "no mention here"), 1);
	ck_assert_int_eq(capture("http://b.example/", "St Aldhelm's"), 2);
	ck_assert_int_eq(db_evidence_head(db, &seq, head, &cause), 0);
	ck_assert_int_eq(seq, 2);
	ck_assert_int_eq(evidence_flush(ev, &cause), 0);
	ck_assert(object_exists("no mention here"));

	/* The second capture's document mentions a school. */
	ck_assert_int_eq(sqlite3_open(path, &h), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(h, "INSERT INTO schools (key, name) "
	    "VALUES ('s', 'S');"
	    "INSERT INTO documents (dkey, url, kind, text, content_hash, "
	    "first_seen, last_seen, capture_id) VALUES ('b', "
	    "'http://b.example/', 'page', 't', 'h', 1, 1, 2);"
	    "INSERT INTO documents (dkey, url, kind, text, content_hash, "
	    "first_seen, last_seen, capture_id) VALUES ('a', "
	    "'http://a.example/', 'page', '', 'h', 1, 1, 1);"
	    "INSERT INTO mentions (document_id, school_id, alias, start, end, "
	    "excerpt) VALUES (1, 1, 'x', 0, 1, 'x');", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(h);

	/* Within retention nothing goes; after it, only the unmentioned. */
	ck_assert_int_eq(evidence_prune(ev, mwtime_now(), &n, &cause), 0);
	ck_assert_int_eq(n, 0);
	ck_assert_int_eq(evidence_prune(ev, mwtime_now() + 31 * 86400, &n,
	    &cause), 0);
	ck_assert_int_eq(n, 1);	/* its body; the headers are shared */
	ck_assert(!object_exists("no mention here"));
	ck_assert(object_exists("St Aldhelm's"));

	memset(&res, 0, sizeof res);
	ck_assert_int_eq(evidence_verify_store(ev, &res), 0);
	ck_assert_int_eq(res.entries, 2);
	ck_assert_ptr_nonnull(strstr(res.notes.v[0], "pruned by retention"));
	verify_result_clear(&res);
}
END_TEST

START_TEST(test_compressed_body_hashed_only_when_kept)
{
	const char		*quiet = "a compressed page that names nobody";
	const char		*flagged = "a compressed page that was flagged";
	struct verify_result	 res;
	struct db_capture	 c;
	struct buf		 b;
	char			*cause = NULL, sha[HASH_HEX_LEN];

	ck_assert_int_eq(capture_as("http://a.example/", quiet,
	    CAP_SPOOL | CAP_GZIP), 1);
	ck_assert_int_eq(capture_as("http://b.example/", flagged,
	    CAP_SPOOL | CAP_GZIP | CAP_KEEP), 2);
	ck_assert_int_eq(evidence_flush(ev, &cause), 0);

	/* Not kept: the entry commits to the bytes as received alone, and
	 * the body is read back by decoding them. */
	memset(&c, 0, sizeof c);
	ck_assert_int_eq(db_evidence_capture_get(db, 1, &c, &cause), 1);
	ck_assert_str_eq(c.body_sha256, EVIDENCE_UNHASHED);
	ck_assert_str_eq(c.content_encoding, "gzip");
	ck_assert(c.raw_kept);
	buf_init(&b, 0);
	ck_assert_int_eq(evidence_read_body(ev, &c, &b, &cause), 0);
	ck_assert_uint_eq(b.len, strlen(quiet));
	ck_assert(memcmp(b.data, quiet, b.len) == 0);
	buf_free(&b);
	db_capture_clear(&c);

	/* Kept: the decoded body has its hash too. */
	ck_assert_int_eq(db_evidence_capture_get(db, 2, &c, &cause), 1);
	hash_sha256_hex(flagged, strlen(flagged), sha);
	ck_assert_str_eq(c.body_sha256, sha);
	buf_init(&b, 0);
	ck_assert_int_eq(evidence_read_body(ev, &c, &b, &cause), 0);
	ck_assert_uint_eq(b.len, strlen(flagged));
	buf_free(&b);
	db_capture_clear(&c);

	memset(&res, 0, sizeof res);
	ck_assert_int_eq(evidence_verify_store(ev, &res), 0);
	ck_assert_uint_eq(res.failures.n, 0);
	ck_assert_int_eq(res.entries, 2);
	verify_result_clear(&res);
}
END_TEST

START_TEST(test_spool_read_and_pruned_by_pack)
{
	struct verify_result	 res;
	struct buf		 b;
	DIR			*d;
	struct dirent		*de;
	sqlite3			*h;
	char			*cause = NULL, *sp, sha[HASH_HEX_LEN];
	size_t			 n = 0, packs = 0;

	ck_assert_int_eq(capture_as("http://a.example/", "nothing here",
	    CAP_SPOOL), 1);
	ck_assert_int_eq(capture_as("http://b.example/", "the case's page "
	    "before it named the school", CAP_SPOOL), 2);
	ck_assert_int_eq(evidence_flush(ev, &cause), 0);
	/* Spooled, not a file each, yet read back and verified. */
	ck_assert(!object_exists("nothing here"));
	hash_sha256_hex("nothing here", 12, sha);
	buf_init(&b, 0);
	ck_assert_int_eq(evidence_read(ev, sha, &b, &cause), 0);
	ck_assert_uint_eq(b.len, 12);
	ck_assert(memcmp(b.data, "nothing here", 12) == 0);
	buf_free(&b);
	memset(&res, 0, sizeof res);
	ck_assert_int_eq(evidence_verify_store(ev, &res), 0);
	ck_assert_uint_eq(res.failures.n, 0);
	verify_result_clear(&res);

	/* A case on the second URL keeps its earlier capture. */
	ck_assert_int_eq(sqlite3_open(path, &h), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(h, "INSERT INTO documents (dkey, url, "
	    "kind, text, content_hash, first_seen, last_seen) VALUES ('b', "
	    "'http://b.example/', 'page', 't', 'h', 1, 1);"
	    "INSERT INTO cases (document_id, severity, first_seen, opened, "
	    "due) VALUES (1, 'high', 1, 1, 2)", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);

	/* The pack is pruned once closed and older than retention, not
	 * before. */
	evidence_close(ev);
	ev = evidence_open(cf, db, &cause);
	ck_assert_ptr_nonnull(ev);
	xasprintf(&sp, "%s/evidence/spool", dir);
	ck_assert_int_eq(evidence_prune(ev, mwtime_now(), &n, &cause), 0);
	ck_assert_uint_eq(n, 0);
	d = opendir(sp);
	ck_assert_ptr_nonnull(d);
	while ((de = readdir(d)) != NULL)
		packs += de->d_name[0] != '.';
	closedir(d);
	ck_assert_uint_eq(packs, 1);
	ck_assert_int_eq(evidence_prune(ev, mwtime_now() + 31 * 86400, &n,
	    &cause), 0);
	ck_assert_uint_ge(n, 1);
	d = opendir(sp);
	packs = 0;
	while ((de = readdir(d)) != NULL)
		packs += de->d_name[0] != '.';
	closedir(d);
	ck_assert_uint_eq(packs, 0);
	free(sp);
	ck_assert(object_exists("the case's page before it named the school"));
	memset(&res, 0, sizeof res);
	ck_assert_int_eq(evidence_verify_store(ev, &res), 0);
	ck_assert_uint_eq(res.failures.n, 0);
	ck_assert_int_eq(res.entries, 2);
	ck_assert_ptr_nonnull(strstr(res.notes.v[0], "pruned by retention"));
	verify_result_clear(&res);
}
END_TEST

START_TEST(test_store_recovers_batch_cut_short)
{
	const char	*body = "written before a crash";
	char		 sha[HASH_HEX_LEN], *p, *cause = NULL;
	FILE		*fp;

	hash_sha256_hex(body, strlen(body), sha);
	xasprintf(&p, "%s/evidence/tmp/%s.AbC123", dir, sha);
	fp = fopen(p, "w");
	fputs(body, fp);
	fclose(fp);
	free(p);
	xasprintf(&p, "%s/evidence/tmp/%s.torn00", dir,
	    "0000000000000000000000000000000000000000000000000000000000000001");
	fp = fopen(p, "w");
	fputs("half a fi", fp);
	fclose(fp);
	evidence_close(ev);
	ev = evidence_open(cf, db, &cause);
	ck_assert_ptr_nonnull(ev);
	ck_assert(object_exists(body));
	ck_assert_int_eq(access(p, F_OK), -1);	/* the torn file is gone */
	free(p);
}
END_TEST

START_TEST(test_signed_head_verifies_with_public_key)
{
	struct buf	 pub, text;
	char		*head = NULL, *cause = NULL, *kp, *sig, *nl;
	char		 hash[HASH_HEX_LEN], chunk[4096];
	unsigned char	 raw[64];
	long long	 seq;
	time_t		 at;
	FILE		*fp;
	size_t		 n;

	capture("http://a.example/", "one");
	capture("http://a.example/", "two");
	ck_assert_int_eq(evidence_signed_head(cf, db, &head, &cause), 0);
	ck_assert_int_eq(db_evidence_head(db, &seq, hash, &cause), 0);
	ck_assert_ptr_nonnull(strstr(head, "seq 2\n"));
	ck_assert_ptr_nonnull(strstr(head, hash));
	ck_assert_ptr_nonnull(strstr(head, "key-sha256 "));

	/* Check the printed signature over the printed checkpoint text. */
	sig = strstr(head, "signature ");
	ck_assert_ptr_nonnull(sig);
	sig += 10;
	nl = strchr(sig, '\n');
	*nl = '\0';
	ck_assert_int_eq(checkpoint_sig_decode(sig, raw), 0);
	ck_assert_int_eq(mwtime_parse(strstr(head, "time ") + 5, &at), -1);
	*strstr(strstr(head, "time ") + 5, "\n") = '\0';
	ck_assert_int_eq(mwtime_parse(strstr(head, "time ") + 5, &at), 0);
	buf_init(&text, 0);
	checkpoint_text(seq, hash, at, &text);
	xasprintf(&kp, "%s/keys/signing.pub", dir);
	fp = fopen(kp, "r");
	ck_assert_ptr_nonnull(fp);
	buf_init(&pub, 0);
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(&pub, chunk, n);
	fclose(fp);
	ck_assert_int_eq(checkpoint_verify(pub.data, pub.len, text.data,
	    text.len, raw, sizeof raw), 1);
	raw[0] ^= 1;
	ck_assert_int_eq(checkpoint_verify(pub.data, pub.len, text.data,
	    text.len, raw, sizeof raw), 0);
	buf_free(&pub);
	buf_free(&text);
	free(kp);

	/* The digest's handle signs the head when it moved. */
	{
		struct db	*ro;
		char		*head2 = NULL;

		capture("http://a.example/", "three");
		ck_assert_int_eq(db_open(path, DB_READONLY, &ro, &cause), 0);
		ck_assert_int_eq(evidence_signed_head(cf, ro, &head2, &cause),
		    0);
		ck_assert_ptr_nonnull(strstr(head2, "seq 3\n"));
		free(head2);
		db_close(ro);
	}
	free(head);
}
END_TEST

static Suite *
evidence_suite(void)
{
	Suite	*s = suite_create("evidence");
	TCase	*tc;

	tc = tcase_create("chain");
	tcase_add_test(tc, test_chain_hash_matches_documented_encoding);
	suite_add_tcase(s, tc);
	tc = tcase_create("warc");
	tcase_add_test(tc, test_warc_written_records_check);
	suite_add_tcase(s, tc);
	tc = tcase_create("capture");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_capture_chains_and_retention_prunes);
	tcase_add_test(tc, test_spool_read_and_pruned_by_pack);
	tcase_add_test(tc, test_compressed_body_hashed_only_when_kept);
	tcase_add_test(tc, test_store_recovers_batch_cut_short);
	tcase_add_test(tc, test_signed_head_verifies_with_public_key);
	suite_add_tcase(s, tc);
	return (s);
}

int
main(void)
{
	SRunner	*sr;
	int	 failed;

	sr = srunner_create(evidence_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE);
}
