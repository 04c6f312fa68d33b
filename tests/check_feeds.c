/*
 * check_feeds.c: tests of feeds/: each format read into the same items,
 * broken feeds read as far as they go, and dates to UTC or unknown.
 */
#include "autoconfig.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "common/mwtime.h"
#include "feeds/feed.h"
#include "feeds/feed_date.h"

static struct feed *
parse(const char *xml, const char *base)
{
	struct feed	*f;
	char		*cause = NULL;

	ck_assert_msg(feed_parse_buffer(xml, strlen(xml), base, NULL, &f,
	    &cause) == 0, "parse failed: %s", cause);
	return (f);
}

START_TEST(test_feed_rss2)
{
	struct feed	*f;

	f = parse("<?xml version=\"1.0\"?><rss version=\"2.0\" "
	    "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
	    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
	    "<title>Gazette</title><link>https://gazette.example/</link>"
	    "<item><title>Fair &amp; fete</title>"
	    "<link>/news/1.html</link><guid isPermaLink=\"false\">g-1</guid>"
	    "<description>&lt;p&gt;Hello &lt;b&gt;world&lt;/b&gt;&lt;/p&gt;"
	    "</description><content:encoded><![CDATA[<p>Full <i>text</i></p>]]>"
	    "</content:encoded><dc:creator>Ann Reporter</dc:creator>"
	    "<pubDate>Sat, 15 Jun 2024 10:30:00 +0100</pubDate></item>"
	    "<item><title>No guid</title><link>https://gazette.example/2</link>"
	    "</item></channel></rss>", "https://gazette.example/rss.xml");
	ck_assert_int_eq(f->format, FEED_RSS2);
	ck_assert_str_eq(f->title, "Gazette");
	ck_assert(!f->malformed);
	ck_assert_uint_eq(f->nitems, 2);
	ck_assert_str_eq(f->items[0].title, "Fair & fete");
	ck_assert_str_eq(f->items[0].link, "https://gazette.example/news/1.html");
	ck_assert_str_eq(f->items[0].id, "g-1");
	ck_assert_str_eq(f->items[0].summary, "Hello world");
	ck_assert_str_eq(f->items[0].content, "Full text");
	ck_assert_str_eq(f->items[0].author, "Ann Reporter");
	ck_assert_int_eq((long long)f->items[0].published, 1718443800);
	ck_assert_str_eq(f->items[1].id, "https://gazette.example/2");
	feed_free(f);
}
END_TEST

START_TEST(test_feed_atom1)
{
	struct feed	*f;

	f = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\" "
	    "xml:base=\"https://echo.example/news/\"><title type=\"text\">Echo"
	    "</title><link rel=\"self\" href=\"https://echo.example/atom\"/>"
	    "<link href=\"https://echo.example/\"/>"
	    "<entry><title type=\"html\">A &amp;amp; B</title>"
	    "<link rel=\"alternate\" href=\"a.html\"/><id>urn:x:1</id>"
	    "<updated>2024-06-15T09:00:00Z</updated>"
	    "<published>2024-06-14T09:00:00+01:00</published>"
	    "<author><name>Bo</name></author>"
	    "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
	    "<p>Para <b>one</b></p></div></content></entry></feed>", NULL);
	ck_assert_int_eq(f->format, FEED_ATOM1);
	ck_assert_str_eq(f->title, "Echo");
	ck_assert_str_eq(f->link, "https://echo.example/");
	ck_assert_uint_eq(f->nitems, 1);
	ck_assert_str_eq(f->items[0].title, "A & B");
	ck_assert_str_eq(f->items[0].link, "https://echo.example/news/a.html");
	ck_assert_str_eq(f->items[0].id, "urn:x:1");
	ck_assert_str_eq(f->items[0].content, "Para one");
	ck_assert_str_eq(f->items[0].author, "Bo");
	ck_assert_int_eq((long long)f->items[0].published, 1718352000);
	ck_assert_int_eq((long long)f->items[0].updated, 1718442000);
	feed_free(f);
}
END_TEST

START_TEST(test_feed_rss1)
{
	struct feed	*f;

	f = parse("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-"
	    "ns#\" xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org"
	    "/dc/elements/1.1/\"><channel rdf:about=\"https://f.example/\">"
	    "<title>Forum</title><link>https://f.example/</link></channel>"
	    "<item rdf:about=\"https://f.example/t/1\"><title>Thread</title>"
	    "<link>https://f.example/t/1</link><dc:date>2024-06-16T21:14:00Z"
	    "</dc:date></item></rdf:RDF>", NULL);
	ck_assert_int_eq(f->format, FEED_RSS1);
	ck_assert_uint_eq(f->nitems, 1);
	ck_assert_str_eq(f->items[0].title, "Thread");
	ck_assert_str_eq(f->items[0].id, "https://f.example/t/1");
	ck_assert_int_eq((long long)f->items[0].updated, 1718572440);
	feed_free(f);
}
END_TEST

START_TEST(test_feed_broken_read_as_far_as_it_goes)
{
	struct feed	*f;

	/* An unescaped ampersand, an undefined entity, then truncation. */
	f = parse("<rss version=\"2.0\"><channel><title>Fish & Chips &nope;"
	    "</title><item><title>First</title><link>https://x.example/1</link>"
	    "</item><item><title>Second</title><link>https://x.example/2</link>"
	    "</item><item><title>Cut of", NULL);
	ck_assert(f->malformed);
	ck_assert_uint_ge(f->nitems, 2);
	ck_assert_str_eq(f->items[1].title, "Second");
	feed_free(f);
}
END_TEST

START_TEST(test_feed_not_a_feed)
{
	struct feed	*f;
	char		*cause = NULL;
	const char	*html = "<!doctype html><html><body>hi</body></html>";

	ck_assert_int_eq(feed_parse_buffer(html, strlen(html), NULL, NULL, &f,
	    &cause), -1);
	ck_assert_ptr_null(f);
	ck_assert_ptr_nonnull(strstr(cause, "not"));
	free(cause);
	ck_assert(!feed_sniff(html, strlen(html)));
	ck_assert(feed_sniff("<?xml version='1.0'?><rss>", 26));
}
END_TEST

START_TEST(test_feed_no_external_entities)
{
	struct feed	*f;

	f = parse("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM "
	    "\"file:///etc/passwd\">]><rss version=\"2.0\"><channel><item>"
	    "<title>a&x;b</title></item></channel></rss>", NULL);
	ck_assert_uint_eq(f->nitems, 1);
	ck_assert_ptr_null(strstr(f->items[0].title, "root"));
	feed_free(f);
}
END_TEST

START_TEST(test_feed_date)
{
	static const struct {
		const char	*in;
		long long	 t;	/* 0: unknown */
	} rows[] = {
		{ "Sat, 15 Jun 2024 10:30:00 GMT", 1718447400 },
		{ "Sat, 15 Jun 2024 10:30:00 +0100", 1718443800 },
		{ "15 Jun 2024 10:30:00 BST", 1718443800 },
		{ "Sat, 15 Jun 2024 10:30 GMT", 1718447400 },
		{ "Sat, 15 Jun 24 10:30:00 GMT", 1718447400 },
		{ "  Sat,  15 Jun 2024   10:30:00   EST ", 1718465400 },
		{ "2024-06-15T10:30:00Z", 1718447400 },
		{ "2024-06-15T11:30:00+01:00", 1718447400 },
		{ "2024-06-15T10:30:00.5Z", 1718447400 },
		{ "2024-06-15", 1718409600 },
		{ "not a date", 0 },
		{ "Sat, 31 Feb 2024 10:30:00 GMT", 0 },
		{ "", 0 },
	};
	size_t	i;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++)
		ck_assert_msg((long long)feed_date_parse(rows[i].in) ==
		    rows[i].t, "\"%s\" gave %lld", rows[i].in,
		    (long long)feed_date_parse(rows[i].in));
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("feeds");
	TCase	*tc;
	SRunner	*sr;
	int	 failed;

	tc = tcase_create("feed");
	tcase_add_test(tc, test_feed_rss2);
	tcase_add_test(tc, test_feed_atom1);
	tcase_add_test(tc, test_feed_rss1);
	tcase_add_test(tc, test_feed_broken_read_as_far_as_it_goes);
	tcase_add_test(tc, test_feed_not_a_feed);
	tcase_add_test(tc, test_feed_no_external_entities);
	suite_add_tcase(s, tc);
	tc = tcase_create("feed_date");
	tcase_add_test(tc, test_feed_date);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE);
}
