/*
 * check_common.c: tests of common/: capped buffers, UTF-8 repair, time and
 * durations, HTML text, and the configuration's errors.
 */
#include "autoconfig.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/buf.h"
#include "common/config.h"
#include "common/hash.h"
#include "common/html.h"
#include "common/mwtime.h"
#include "common/str.h"
#include "common/xmalloc.h"

START_TEST(test_buf_cap)
{
	struct buf	b;

	buf_init(&b, 8);
	ck_assert_int_eq(buf_adds(&b, "12345"), 0);
	ck_assert_int_eq(buf_adds(&b, "6789"), -1);	/* would pass 8 */
	ck_assert_str_eq(buf_str(&b), "12345");		/* unchanged */
	ck_assert_int_eq(buf_adds(&b, "678"), 0);
	ck_assert_uint_eq(b.len, 8);
	buf_free(&b);
}
END_TEST

START_TEST(test_str_utf8_repair)
{
	static const struct {
		const char	*in;
		size_t		 len;
		const char	*out;
	} rows[] = {
		{ "plain", 5, "plain" },
		{ "caf\xc3\xa9", 5, "caf\xc3\xa9" },
		{ "caf\xe9", 4, "caf\xef\xbf\xbd" },		/* Latin-1 */
		{ "a\0b", 3, "ab" },				/* NUL */
		{ "\xed\xa0\x80x", 4, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdx" },
		{ "\xc0\xaf", 2, "\xef\xbf\xbd\xef\xbf\xbd" },	/* overlong */
	};
	size_t	i, n;
	char	*r;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		r = utf8_repair(rows[i].in, rows[i].len, &n);
		ck_assert_msg(strcmp(r, rows[i].out) == 0, "row %zu", i);
		ck_assert(utf8_valid(r, n));
		free(r);
	}
	ck_assert(!utf8_valid("caf\xe9", 4));
}
END_TEST

START_TEST(test_str_edit_distance)
{
	ck_assert_uint_eq(str_edit_distance("intervall", "interval"), 1);
	ck_assert_uint_eq(str_edit_distance("databse", "database"), 1);
	ck_assert_uint_eq(str_edit_distance("abc", "abc"), 0);
}
END_TEST

START_TEST(test_str_among)
{
	static const char *const words[] = { "the", "head", "st" };
	const char	*text = "the headteacher";

	ck_assert(str_among(text, 3, words, 3));
	ck_assert(str_among(text + 4, 4, words, 3));	/* "head" */
	ck_assert(!str_among(text + 4, 11, words, 3));	/* "headteacher" */
	ck_assert(!str_among(text, 2, words, 3));	/* "th" */
	ck_assert(!str_among(text, 0, words, 3));
}
END_TEST

START_TEST(test_strset)
{
	static const char *const words[] = {
		"the", "and", "holly", "the", "", "wexcombe",
	};
	struct strset	set;
	char		buf[16];
	int		i;

	strset_init(&set, words, sizeof words / sizeof words[0]);
	ck_assert(strset_has(&set, "the"));
	ck_assert(strset_has(&set, "holly"));
	ck_assert(strset_has(&set, ""));
	/* found by content, not by pointer */
	snprintf(buf, sizeof buf, "%s", "wexcombe");
	ck_assert(strset_has(&set, buf));
	ck_assert(!strset_has(&set, "wexcomb"));
	ck_assert(!strset_has(&set, "Holly"));
	for (i = 0; i < 1000; i++) {
		snprintf(buf, sizeof buf, "w%d", i);
		ck_assert(!strset_has(&set, buf));
	}
	strset_free(&set);
	ck_assert(!strset_has(&set, "the"));
}
END_TEST

START_TEST(test_mwtime_rfc3339)
{
	static const struct {
		const char	*in;
		long long	 t;	/* -1: must fail */
	} rows[] = {
		{ "2026-11-21T13:56:51Z", 1795269411 },
		{ "2026-11-21T13:56:51.123Z", 1795269411 },
		{ "2026-11-21T14:56:51+01:00", 1795269411 },
		{ "2026-11-21 13:56:51Z", 1795269411 },
		{ "2026-02-30T00:00:00Z", -1 },
		{ "2026-11-21T25:00:00Z", -1 },
		{ "yesterday", -1 },
	};
	size_t	i;
	time_t	t;
	char	s[MWTIME_RFC3339_LEN];

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		int	r = mwtime_parse(rows[i].in, &t);

		if (rows[i].t < 0)
			ck_assert_msg(r == -1, "%s parsed", rows[i].in);
		else {
			ck_assert_msg(r == 0, "%s not parsed", rows[i].in);
			ck_assert_int_eq((long long)t, rows[i].t);
		}
	}
	ck_assert_str_eq(mwtime_format(1795269411, s, sizeof s),
	    "2026-11-21T13:56:51Z");
}
END_TEST

START_TEST(test_mwtime_duration)
{
	static const struct {
		const char	*in;
		long long	 secs;	/* -1: must fail */
	} rows[] = {
		{ "90", 90 }, { "90s", 90 }, { "15m", 900 }, { "24h", 86400 },
		{ "7d", 604800 }, { "1h30m", 5400 }, { "2 days", 172800 },
		{ "5x", -1 }, { "", -1 }, { "h", -1 },
	};
	size_t		i;
	long long	v;
	char		s[32];

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		int	r = mwtime_parse_duration(rows[i].in, &v);

		if (rows[i].secs < 0)
			ck_assert_msg(r == -1, "\"%s\" parsed", rows[i].in);
		else {
			ck_assert_msg(r == 0, "\"%s\" not parsed", rows[i].in);
			ck_assert_int_eq(v, rows[i].secs);
		}
	}
	ck_assert_str_eq(mwtime_format_duration(3 * 3600 + 600, s, sizeof s),
	    "3 h 10 m");
}
END_TEST

START_TEST(test_mwtime_london)
{
	struct tm	tm;
	time_t		t;

	/* 12:00 UTC is 13:00 in London in summer, 12:00 in winter. */
	ck_assert_int_eq(mwtime_parse("2026-07-01T12:00:00Z", &t), 0);
	ck_assert_int_eq(mwtime_local(t, "Europe/London", &tm), 0);
	ck_assert_int_eq(tm.tm_hour, 13);
	ck_assert_int_eq(mwtime_parse("2026-12-01T12:00:00Z", &t), 0);
	ck_assert_int_eq(mwtime_local(t, "Europe/London", &tm), 0);
	ck_assert_int_eq(tm.tm_hour, 12);
	ck_assert(!mwtime_zone_valid("Europe/Atlantis"));
	ck_assert(!mwtime_zone_valid("../../etc/passwd"));
}
END_TEST

START_TEST(test_hash_sha256)
{
	char	hex[HASH_HEX_LEN];

	ck_assert_str_eq(hash_sha256_hex("abc", 3, hex),
	    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
END_TEST

START_TEST(test_html_text_visible_only)
{
	const char	*html = "<html><head><title>T</title>"
	    "<meta name=\"keywords\" content=\"secret-meta\">"
	    "<style>.x{}</style><script>var s='secret-script';</script></head>"
	    "<body><!-- secret-comment --><p>First &amp; <b>bold</b></p>"
	    "<div hidden>secret-hidden</div>"
	    "<div style=\"display: none\">secret-styled</div>"
	    "<template>secret-template</template>"
	    "<p>Second<br>line <img alt=\"a photo\" src=x></p></body></html>";
	char		*t;

	t = html_text(html, strlen(html), 0);
	ck_assert_ptr_null(strstr(t, "secret"));
	ck_assert_ptr_nonnull(strstr(t, "First & bold"));
	ck_assert_ptr_nonnull(strstr(t, "\nSecond\nline a photo"));
	free(t);
}
END_TEST

/* A tree far bigger than a region's chunk, with a vector of children
 * big enough for a chunk of its own, reads whole. */
START_TEST(test_html_text_long_page)
{
	struct buf	 b;
	char		*t, last[64];
	size_t		 i, lines = 0;

	buf_init(&b, 0);
	buf_adds(&b, "<html><body>");
	for (i = 0; i < 40000; i++)
		buf_printf(&b, "<p class=c%zu>para %zu</p>", i % 7, i);
	buf_adds(&b, "</body></html>");
	t = html_text(buf_str(&b), b.len, 0);
	ck_assert(strncmp(t, "para 0\n", 7) == 0);
	snprintf(last, sizeof last, "\npara %d", 39999);
	ck_assert_ptr_nonnull(strstr(t, last));
	for (i = 0; t[i] != '\0'; i++)
		lines += t[i] == '\n';
	ck_assert_uint_eq(lines, 39999);
	free(t);
	buf_free(&b);
}
END_TEST

START_TEST(test_html_escape)
{
	struct buf	b;

	buf_init(&b, 0);
	html_escape(&b, "<script>alert('x')</script> & \"q\"");
	ck_assert_str_eq(buf_str(&b), "&lt;script&gt;alert(&#39;x&#39;)"
	    "&lt;/script&gt; &amp; &quot;q&quot;");
	buf_free(&b);
}
END_TEST

static char *
write_conf(const char *text)
{
	char	*path = xstrdup("/tmp/check_common_XXXXXX");
	int	 fd = mkstemp(path);

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	return (path);
}

START_TEST(test_config_errors_name_line_and_key)
{
	struct config	*cf;
	struct strlist	 errors = { NULL, 0 };
	char		*path, *want;

	path = write_conf("[mentionwatch]\ntimezone = Europe/London\n\n"
	    "[crawler]\nintervall = 1h\nmax_connections = 5000\n"
	    "[school x]\nalias = X\n");
	ck_assert_int_eq(config_load(path, NULL, &cf, &errors), -1);
	ck_assert_ptr_null(cf);
	ck_assert_uint_eq(errors.n, 3);
	xasprintf(&want, "%s:5: unknown key \"intervall\" in [crawler] (did "
	    "you mean \"interval\"?)", path);
	ck_assert_str_eq(errors.v[0], want);
	free(want);
	ck_assert_ptr_nonnull(strstr(errors.v[1], ":6: max_connections: "
	    "5000 is out of range (1 to 1000)"));
	ck_assert_ptr_nonnull(strstr(errors.v[2], "[school x]: name is "
	    "required"));
	strlist_free(&errors);
	unlink(path);
	free(path);
}
END_TEST

START_TEST(test_config_loads_schools_and_staff)
{
	struct config	*cf;
	struct strlist	 errors = { NULL, 0 };
	struct strlist	 ov = { NULL, 0 };
	char		*path;

	path = write_conf("[school hp]\nname = Harrowden Park Academy\n"
	    "alias = HPA Milbury\nalias = Harrowden Park\n"
	    "staff = Mr Graham Leese | Head of PE\nstaff = Dr. Simon Ashcombe\n"
	    "[source s]\nurl = https://example.org/feed\nschool = hp\n");
	strlist_add(&ov, "crawler.max_connections=7");
	ck_assert_int_eq(config_load(path, &ov, &cf, &errors), 0);
	ck_assert_uint_eq(cf->nschools, 1);
	ck_assert_uint_eq(cf->schools[0].aliases.n, 2);
	ck_assert_uint_eq(cf->schools[0].nstaff, 2);
	ck_assert_str_eq(cf->schools[0].staff[0].title, "Mr");
	ck_assert_str_eq(cf->schools[0].staff[0].surname, "Leese");
	ck_assert_str_eq(cf->schools[0].staff[0].role, "Head of PE");
	ck_assert_str_eq(cf->schools[0].staff[1].title, "Dr");
	ck_assert_str_eq(cf->schools[0].timezone, "Europe/London");
	ck_assert_int_eq(cf->sources[0].interval, 3600);	/* default */
	ck_assert_int_eq(cf->max_connections, 7);		/* -o */
	config_free(cf);
	strlist_free(&ov);
	unlink(path);
	free(path);
}
END_TEST

START_TEST(test_config_example_trust_is_valid)
{
	struct config	*cf;
	struct strlist	 errors = { NULL, 0 };
	char		*path;
	const char	*top = getenv("top_srcdir");

	xasprintf(&path, "%s/contrib/examples/kestrel/mentionwatch.conf",
	    top != NULL ? top : "..");
	ck_assert_int_eq(config_load(path, NULL, &cf, &errors), 0);
	ck_assert_uint_eq(cf->nschools, 3);
	ck_assert_ptr_nonnull(config_school(cf, "harrowden-park"));
	ck_assert_ptr_nonnull(cf->contact_url);
	config_free(cf);
	free(path);
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("common");
	TCase	*tc;
	SRunner	*sr;
	int	 failed;

	tc = tcase_create("buf");
	tcase_add_test(tc, test_buf_cap);
	suite_add_tcase(s, tc);
	tc = tcase_create("str");
	tcase_add_test(tc, test_str_utf8_repair);
	tcase_add_test(tc, test_str_edit_distance);
	tcase_add_test(tc, test_strset);
	tcase_add_test(tc, test_str_among);
	suite_add_tcase(s, tc);
	tc = tcase_create("mwtime");
	tcase_add_test(tc, test_mwtime_rfc3339);
	tcase_add_test(tc, test_mwtime_duration);
	tcase_add_test(tc, test_mwtime_london);
	suite_add_tcase(s, tc);
	tc = tcase_create("hash");
	tcase_add_test(tc, test_hash_sha256);
	suite_add_tcase(s, tc);
	tc = tcase_create("html");
	tcase_add_test(tc, test_html_text_visible_only);
	tcase_add_test(tc, test_html_text_long_page);
	tcase_add_test(tc, test_html_escape);
	suite_add_tcase(s, tc);
	tc = tcase_create("config");
	tcase_add_test(tc, test_config_errors_name_line_and_key);
	tcase_add_test(tc, test_config_loads_schools_and_staff);
	tcase_add_test(tc, test_config_example_trust_is_valid);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE);
}
