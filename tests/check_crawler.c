/*
 * check_crawler.c: tests of crawler/: what a page says, as a reader sees
 * it: visible text only, the title, canonical URL and links.
 */
#include "autoconfig.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "crawler/page.h"

START_TEST(test_page_extract)
{
	const char	*html = "<!doctype html><html lang=\"en-GB\"><head>"
	    "<title>Sports day | Gazette</title>"
	    "<link rel=\"canonical\" href=\"/news/sports-day.html\">"
	    "<link rel=\"alternate\" type=\"application/rss+xml\" "
	    "href=\"/rss.xml\">"
	    "<meta name=\"author\" content=\"Ann Reporter\">"
	    "<meta property=\"og:description\" content=\"Harrowden Park Academy\">"
	    "<script>var school = 'Harrowden Park Academy';</script></head>"
	    "<body><nav><a href=\"/\">Home</a></nav><!-- Harrowden Park Academy -->"
	    "<article><h1>Sun shines</h1><p>Pupils ran <a href=\"results.html#top\">"
	    "races</a>.</p><time datetime=\"2024-06-15T10:00:00Z\">15 June</time>"
	    "<a href=\"javascript:alert(1)\">x</a><a href=\"mailto:a@b\">m</a>"
	    "</article></body></html>";
	struct page	p;

	page_extract(html, strlen(html), "http://gazette.example/news/x.html",
	    &p);
	ck_assert_str_eq(p.title, "Sports day | Gazette");
	ck_assert_str_eq(p.canonical,
	    "http://gazette.example/news/sports-day.html");
	ck_assert_str_eq(p.lang, "en-GB");
	ck_assert_str_eq(p.author, "Ann Reporter");
	ck_assert_int_eq((long long)p.published, 1718445600);
	ck_assert_ptr_null(strstr(p.text, "Harrowden"));
	ck_assert_ptr_nonnull(strstr(p.text, "Sun shines\nPupils ran races."));
	ck_assert_uint_eq(p.feeds.n, 1);
	ck_assert_str_eq(p.feeds.v[0], "http://gazette.example/rss.xml");
	/* http(s) links only, made absolute, fragments dropped */
	ck_assert_uint_eq(p.links.n, 2);
	ck_assert_str_eq(p.links.v[0], "http://gazette.example/");
	ck_assert_str_eq(p.links.v[1],
	    "http://gazette.example/news/results.html");
	page_clear(&p);
}
END_TEST

START_TEST(test_page_hostile_depth)
{
	struct page	 p;
	size_t		 n = 5000, i;
	char		*html = malloc(n * 5 + 32);

	/* Deep nesting must neither crash nor recurse without bound. */
	strcpy(html, "<p>top");
	for (i = 0; i < n; i++)
		strcat(html + 6 + (i ? (i - 1) * 5 : 0), "<div>");
	page_extract(html, strlen(html), "http://x.example/", &p);
	ck_assert_ptr_nonnull(strstr(p.text, "top"));
	page_clear(&p);
	free(html);
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("crawler");
	TCase	*tc;
	SRunner	*sr;
	int	 failed;

	tc = tcase_create("page");
	tcase_add_test(tc, test_page_extract);
	tcase_add_test(tc, test_page_hostile_depth);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE);
}
