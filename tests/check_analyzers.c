/*
 * check_analyzers.c: tests of analyzers/: normalisation keeps offsets into
 * the original; the matcher finds the example trust's schools under the
 * variants people write and not their namesakes.
 */
#include "autoconfig.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/analyze.h"
#include "analyzers/match.h"
#include "analyzers/normalize.h"
#include "common/config.h"
#include "common/xmalloc.h"

static struct config *cf;

static void
setup(void)
{
	struct strlist	 errors = { NULL, 0 };
	char		*path;
	const char	*top = getenv("top_srcdir");

	xasprintf(&path, "%s/contrib/examples/kestrel/mentionwatch.conf",
	    top != NULL ? top : "..");
	ck_assert_int_eq(config_load(path, NULL, &cf, &errors), 0);
	free(path);
}

static void
teardown(void)
{
	config_free(cf);
}

START_TEST(test_normalize_offsets)
{
	struct normtext	 nt;
	const char	*in = "St Aldhelm\xe2\x80\x99s  SCHOOL caf\xc3\xa9 "
			    "&amp; so\xc2\xad" "ft";

	normalize_text(in, strlen(in), &nt);
	ck_assert_str_eq(nt.s, "st aldhelm's school cafe & soft");
	/* "SCHOOL" starts at byte 16 of the original (a curly apostrophe is 3 bytes). */
	ck_assert_uint_eq(nt.map[strstr(nt.s, "school") - nt.s], 16);
	ck_assert_uint_eq(nt.map[nt.len], strlen(in));
	normalize_free(&nt);
}
END_TEST

static const struct {
	const char	*text;
	const char	*schools;	/* space-separated, "" for none */
} match_rows[] = {
	/* names and aliases, in the ways people write them */
	{ "Well done St Aldhelm's Primary!", "st-aldhelms" },
	{ "Well done St Aldhelm\xe2\x80\x99s Primary!", "st-aldhelms" },
	{ "Well done St. Aldhelms Primary!", "st-aldhelms" },
	{ "well done st aldhelm&#8217;s primary", "st-aldhelms" },
	{ "Saint Aldhelm's Primary is great", "st-aldhelms" },
	{ "Follow @StAldhelmsWex for news", "st-aldhelms" },
	{ "HARROWDEN PARK ACADEMY open evening", "harrowden-park" },
	{ "#HarrowdenParkAcademy open evening", "harrowden-park" },
	{ "Harrowden\nPark Academy open evening", "harrowden-park" },
	{ "Harrowden&nbsp;Park Academy open evening", "harrowden-park" },
	{ "Fenwick Vale Infants summer fair", "fenwick-vale" },
	/* a member of staff names the school */
	{ "Mr Leese ran the trip", "harrowden-park" },
	{ "Books read by Helen Abara", "fenwick-vale" },
	/* word boundaries */
	{ "Drive down Harrowden Parkway to the shops", "" },
	{ "Fenwick Vale Infantsville", "" },
	/* namesakes */
	{ "Harrowden Park Rangers FC won the cup", "" },
	{ "Homes on Harrowden Park Road", "" },
	{ "The new play area at Harrowden Park opened today, with swings "
	  "and a zip wire for families.", "" },
	{ "Pupils at Harrowden Park sat their GCSE exams", "harrowden-park" },
	{ "Fenwick Vale Garden Centre wins award", "" },
	/* two schools */
	{ "St Aldhelm's Primary and Fenwick Vale School joined in",
	  "st-aldhelms fenwick-vale" },
	/* the trust alone is not a school */
	{ "Kestrel Learning Trust consults on admissions", "" },
};

START_TEST(test_match_table)
{
	struct matcher		*m = matcher_new(cf);
	struct match_result	 r;
	char			 got[256];
	size_t			 i, j;

	for (i = 0; i < sizeof match_rows / sizeof match_rows[0]; i++) {
		const char	*t = match_rows[i].text;

		matcher_run(m, t, strlen(t), &r);
		got[0] = '\0';
		for (j = 0; j < r.nmentions; j++) {
			snprintf(got + strlen(got), sizeof got - strlen(got),
			    "%s%s", j > 0 ? " " : "", r.mentions[j].school_id);
		}
		ck_assert_msg(strcmp(got, match_rows[i].schools) == 0,
		    "\"%s\": got \"%s\", want \"%s\"", t, got,
		    match_rows[i].schools);
		match_result_free(&r);
	}
	matcher_free(m);
}
END_TEST

START_TEST(test_match_quotes_original_words)
{
	struct matcher		*m = matcher_new(cf);
	struct match_result	 r;
	const char		*t = "News: ST. ALDHELM\xe2\x80\x99S PRIMARY wins";

	matcher_run(m, t, strlen(t), &r);
	ck_assert_uint_eq(r.nmentions, 1);
	ck_assert_int_eq((int)(r.mentions[0].end - r.mentions[0].start),
	    (int)strlen("ST. ALDHELM\xe2\x80\x99S PRIMARY"));
	ck_assert(strncmp(t + r.mentions[0].start, "ST. ALDHELM",
	    11) == 0);
	ck_assert_ptr_nonnull(strstr(r.mentions[0].reason, "alias"));
	match_result_free(&r);
	matcher_free(m);
}
END_TEST

START_TEST(test_match_trust_flagged)
{
	struct matcher		*m = matcher_new(cf);
	struct match_result	 r;
	const char		*t = "The KLT board met.";

	matcher_run(m, t, strlen(t), &r);
	ck_assert_uint_eq(r.nmentions, 0);
	ck_assert(r.trust);
	match_result_free(&r);
	matcher_free(m);
}
END_TEST

START_TEST(test_analyze_no_mention_no_findings)
{
	struct analyze_env	 env;
	struct analyze_ctx	*ctx;
	struct analysis		 a;
	const char		*t = "Nothing about any school here.";

	memset(&env, 0, sizeof env);
	env.cf = cf;
	ctx = analyze_new(&env);
	analyze_document(ctx, t, strlen(t), &a);
	ck_assert_uint_eq(a.match.nmentions, 0);
	ck_assert_uint_eq(a.nfindings, 0);
	ck_assert_str_eq(a.harm, "none");
	analysis_clear(&a);
	analyze_free(ctx);
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("analyzers");
	TCase	*tc;
	SRunner	*sr;
	int	 failed;

	tc = tcase_create("normalize");
	tcase_add_test(tc, test_normalize_offsets);
	suite_add_tcase(s, tc);
	tc = tcase_create("match");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_match_table);
	tcase_add_test(tc, test_match_quotes_original_words);
	tcase_add_test(tc, test_match_trust_flagged);
	suite_add_tcase(s, tc);
	tc = tcase_create("analyze");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_analyze_no_mention_no_findings);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE);
}
