/*
 * check_crawler.c: tests of crawler/: what a page says, as a reader sees
 * it: visible text only, the title, canonical URL and links.
 */
#include "autoconfig.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <ftw.h>

#include <zlib.h>

#include "common/buf.h"
#include "crawler/decode.h"
#include "crawler/page.h"
#include "crawler/robots.h"
#include "crawler/search.h"
#include "crawler/prescan.h"
#include "analyzers/match.h"
#include "common/xmalloc.h"
#include "common/config.h"

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

START_TEST(test_page_metadata)
{
	const char	*html = "<html><head>"
	    "<meta property=\"og:title\" content=\"OG title\">"
	    "<meta property=\"og:url\" content=\"https://n.example/a\">"
	    "<script type=\"application/ld+json\">{\"@context\":"
	    "\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
	    "\"author\":[{\"@type\":\"Person\",\"name\":\"Jo Writer\"}],"
	    "\"datePublished\":\"2024-06-15T10:00:00Z\"}]}</script>"
	    "</head><body><figure><img src=\"x.jpg\" alt=\"Pupils at the "
	    "gate\"><figcaption>The new gate</figcaption></figure>"
	    "<p hidden>secret</p></body></html>";
	struct page	p;

	page_extract(html, strlen(html), "https://n.example/a?x=1", &p);
	ck_assert_str_eq(p.title, "OG title");
	ck_assert_str_eq(p.canonical, "https://n.example/a");
	ck_assert_str_eq(p.author, "Jo Writer");
	ck_assert_int_eq((long long)p.published, 1718445600);
	ck_assert_str_eq(p.alt, "Pupils at the gate");
	ck_assert_ptr_nonnull(strstr(p.text, "The new gate"));
	ck_assert_ptr_null(strstr(p.text, "secret"));
	page_clear(&p);
}
END_TEST

START_TEST(test_page_deep_nesting_bounded)
{
	struct page	 p;
	size_t		 n = 100000, i;
	char		*html = malloc(n * 5 + 64), *o;
	double		 t0 = (double)clock() / CLOCKS_PER_SEC;

	/* 100,000 nested <div>s: read in part, in well under a second. */
	o = html;
	o += sprintf(o, "<p>top words</p>");
	for (i = 0; i < n; i++)
		o += sprintf(o, "<div>");
	sprintf(o, "deep");
	page_extract(html, strlen(html), "http://x.example/", &p);
	ck_assert_int_eq(p.truncated, 1);
	ck_assert_ptr_nonnull(strstr(p.text, "top words"));
	ck_assert((double)clock() / CLOCKS_PER_SEC - t0 < 2.0);
	page_clear(&p);
	free(html);
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

/* One row: a robots.txt, an agent, a URL, and whether it may be fetched. */
static const struct {
	const char	*txt;
	const char	*agent;
	const char	*url;
	int		 allowed;
} robots_cases[] = {
	/* no file, no rules, empty rules */
	{ "", "FooBot", "http://foo.bar/x/y", 1 },
	{ "user-agent: FooBot\ndisallow:\n", "FooBot", "http://foo.bar/", 1 },
	{ "user-agent: FooBot\ndisallow: /\n", "FooBot", "http://foo.bar/", 0 },
	/* rules before any user-agent line are in no group */
	{ "disallow: /\nuser-agent: FooBot\nallow: /x\n", "FooBot",
	  "http://foo.bar/y", 1 },
	/* keys are case-insensitive, colon may be missing, misspellings */
	{ "USER-AGENT: FooBot\nDisAllow: /\n", "FooBot", "http://foo.bar/", 0 },
	{ "user-agent FooBot\ndisallow /\n", "FooBot", "http://foo.bar/", 0 },
	{ "foo: FooBot\nbar: /\n", "FooBot", "http://foo.bar/", 1 },
	{ "user-agent: FooBot\ndissallow: /\n", "FooBot", "http://foo.bar/", 0 },
	/* agent values: case-insensitive, matched by their product token */
	{ "User-agent: foobot\nDisallow: /\n", "FooBot", "http://foo.bar/", 0 },
	{ "User-agent: FooBot/1.2\nDisallow: /\n", "FooBot", "http://foo.bar/",
	  0 },
	{ "User-agent: FooBotX\nDisallow: /\n", "FooBot", "http://foo.bar/", 1 },
	{ "User-agent: Foo Bar\nDisallow: /\n", "Foo", "http://foo.bar/", 0 },
	/* a group of several agents; a new agent after rules starts a group */
	{ "user-agent: BarBot\nuser-agent: FooBot\ndisallow: /a\n", "FooBot",
	  "http://foo.bar/a", 0 },
	{ "user-agent: FooBot\ndisallow: /a\nuser-agent: BarBot\n"
	  "disallow: /b\n", "FooBot", "http://foo.bar/b", 1 },
	/* our groups are merged; the global group is then ignored */
	{ "user-agent: FooBot\ndisallow: /a\nuser-agent: BarBot\n"
	  "disallow: /b\nuser-agent: FooBot\ndisallow: /c\n", "FooBot",
	  "http://foo.bar/c", 0 },
	{ "user-agent: *\nallow: /\nuser-agent: FooBot\ndisallow: /\n",
	  "FooBot", "http://foo.bar/x", 0 },
	{ "user-agent: *\nallow: /\nuser-agent: FooBot\ndisallow: /\n",
	  "BarBot", "http://foo.bar/x", 1 },
	{ "user-agent: *\ndisallow: /\nuser-agent: FooBot\n", "FooBot",
	  "http://foo.bar/x", 1 },
	{ "user-agent: FooBot\nallow: /\nuser-agent: BarBot\ndisallow: /\n",
	  "QuxBot", "http://foo.bar/x", 1 },
	{ "User-agent: *\nDisallow: /private/\n\nUser-agent: GPTBot\n"
	  "Disallow: /\n", "mentionwatch", "http://f.example/private/a.html",
	  0 },
	{ "User-agent: *\nDisallow: /private/\n\nUser-agent: GPTBot\n"
	  "Disallow: /\n", "mentionwatch", "http://f.example/threads/a", 1 },
	/* sitemap and unknown lines do not end a group */
	{ "user-agent: FooBot\nsitemap: http://x/s.xml\ndisallow: /\n",
	  "FooBot", "http://foo.bar/", 0 },
	/* longest match; Allow wins a tie */
	{ "user-agent: FooBot\nallow: /\ndisallow: /\n", "FooBot",
	  "http://foo.bar/", 1 },
	{ "user-agent: FooBot\ndisallow: /folder\nallow: /folder\n", "FooBot",
	  "http://foo.bar/folder/page", 1 },
	{ "user-agent: FooBot\ndisallow: /folder/\nallow: /folder\n",
	  "FooBot", "http://foo.bar/folder/page", 0 },
	{ "user-agent: FooBot\nallow: /page\ndisallow: /*.html\n", "FooBot",
	  "http://foo.bar/page.html", 0 },
	{ "user-agent: FooBot\nallow: /page\ndisallow: /*.html\n", "FooBot",
	  "http://foo.bar/page", 1 },
	{ "user-agent: FooBot\nallow: /x/page.html\ndisallow: /*.html\n",
	  "FooBot", "http://foo.bar/x/page.html", 1 },
	/* matching is case-sensitive for paths */
	{ "user-agent: FooBot\ndisallow: /X\n", "FooBot", "http://foo.bar/x",
	  1 },
	/* wildcards and the end anchor */
	{ "user-agent: FooBot\ndisallow: /\nallow: /foo/*/qux\n", "FooBot",
	  "http://foo.bar/foo/bar/qux", 1 },
	{ "user-agent: FooBot\ndisallow: /\nallow: /foo/*/qux\n", "FooBot",
	  "http://foo.bar/foo/qux", 0 },
	{ "user-agent: FooBot\ndisallow: /foo/bar$\n", "FooBot",
	  "http://foo.bar/foo/bar", 0 },
	{ "user-agent: FooBot\ndisallow: /foo/bar$\n", "FooBot",
	  "http://foo.bar/foo/bar/qux", 1 },
	{ "user-agent: FooBot\ndisallow: /*.php$\n", "FooBot",
	  "http://foo.bar/a.php?x=1", 1 },
	{ "user-agent: FooBot\ndisallow: /*.php\n", "FooBot",
	  "http://foo.bar/a.php?x=1", 0 },
	{ "user-agent: FooBot\ndisallow: /fish*\n", "FooBot",
	  "http://foo.bar/fish.html", 0 },
	{ "user-agent: FooBot\ndisallow: /a$b\n", "FooBot",
	  "http://foo.bar/a$b", 0 },
	{ "user-agent: FooBot\ndisallow: /**/x\n", "FooBot",
	  "http://foo.bar/a/b/x", 0 },
	/* the query is part of the path; the fragment is not */
	{ "user-agent: FooBot\ndisallow: /\n"
	  "allow: /foo/bar?qux=taz&baz=http://foo.bar?tar&par\n", "FooBot",
	  "http://foo.bar/foo/bar?qux=taz&baz=http://foo.bar?tar&par", 1 },
	{ "user-agent: FooBot\ndisallow: /*?\n", "FooBot",
	  "http://foo.bar/a?b", 0 },
	{ "user-agent: FooBot\ndisallow: /a\n", "FooBot", "http://foo.bar?a",
	  1 },
	{ "user-agent: FooBot\ndisallow: /a$\n", "FooBot", "http://foo.bar/a#b",
	  0 },
	/* percent-encoding: UTF-8 is encoded, escapes compare by value case */
	{ "user-agent: FooBot\ndisallow: /\nallow: /foo/bar/\xe3\x83\x84\n",
	  "FooBot", "http://foo.bar/foo/bar/%E3%83%84", 1 },
	{ "user-agent: FooBot\ndisallow: /\nallow: /foo/bar/%E3%83%84\n",
	  "FooBot", "http://foo.bar/foo/bar/%e3%83%84", 1 },
	{ "user-agent: FooBot\ndisallow: /\nallow: /foo/bar/%E3%83%84\n",
	  "FooBot", "http://foo.bar/foo/bar/\xe3\x83\x84", 1 },
	{ "user-agent: FooBot\ndisallow: /\nallow: /foo/bar/%62%61%7A\n",
	  "FooBot", "http://foo.bar/foo/bar/baz", 0 },
	{ "user-agent: FooBot\ndisallow: /\nallow: /foo/bar/%62%61%7A\n",
	  "FooBot", "http://foo.bar/foo/bar/%62%61%7A", 1 },
	/* comments, CR and CRLF line ends, a byte order mark */
	{ "# c\nuser-agent: FooBot # me\ndisallow: /a # no\n", "FooBot",
	  "http://foo.bar/a", 0 },
	{ "user-agent: FooBot\rdisallow: /a\r", "FooBot", "http://foo.bar/a",
	  0 },
	{ "user-agent: FooBot\r\ndisallow: /a\r\n", "FooBot",
	  "http://foo.bar/a", 0 },
	{ "\xef\xbb\xbfuser-agent: FooBot\ndisallow: /a\n", "FooBot",
	  "http://foo.bar/a", 0 },
	{ "\xef\xbbuser-agent: FooBot\ndisallow: /a\n", "FooBot",
	  "http://foo.bar/a", 0 },
	{ "\xef\x11\xbfuser-agent: FooBot\ndisallow: /a\n", "FooBot",
	  "http://foo.bar/a", 1 },
	/* /robots.txt itself is always allowed */
	{ "user-agent: *\ndisallow: /\n", "FooBot", "http://foo.bar/robots.txt",
	  1 },
};

START_TEST(test_robots_rules)
{
	struct robots	*r;
	size_t		 i;

	for (i = 0; i < sizeof robots_cases / sizeof robots_cases[0]; i++) {
		r = robots_parse(robots_cases[i].txt,
		    strlen(robots_cases[i].txt), robots_cases[i].agent);
		ck_assert_msg(robots_allowed(r, robots_cases[i].url) ==
		    robots_cases[i].allowed, "case %zu: %s for %s", i,
		    robots_cases[i].url, robots_cases[i].agent);
		robots_free(r);
	}
}
END_TEST

START_TEST(test_robots_status_and_why)
{
	struct robots		*r;
	struct robots_verdict	 v;
	const char		*txt = "User-agent: mentionwatch\n"
				    "Crawl-delay: 2.5\nDisallow: /x\n";

	r = robots_from_status(404, NULL, 0, NULL);
	ck_assert_int_eq(robots_check(r, "http://a.example/x", &v), 1);
	robots_free(r);
	r = robots_from_status(503, NULL, 0, NULL);
	ck_assert_int_eq(robots_check(r, "http://a.example/y", &v), 0);
	ck_assert_ptr_nonnull(strstr(v.why, "503"));
	robots_free(r);
	r = robots_from_status(0, NULL, 0, NULL);
	ck_assert_int_eq(robots_check(r, "http://a.example/y", &v), 0);
	ck_assert_str_eq(v.why, "disallowed: robots.txt could not be "
	    "fetched, so the whole site is off limits for now");
	/* Unreachable, and we know why: the verdict says it. */
	robots_unreachable(r, "TLS certificate not verified (expired)");
	ck_assert_int_eq(robots_check(r, "http://a.example/y", &v), 0);
	ck_assert_str_eq(v.why, "disallowed: robots.txt could not be fetched "
	    "(TLS certificate not verified (expired)), so the whole site is "
	    "off limits for now");
	robots_free(r);
	r = robots_from_status(200, txt, strlen(txt), NULL);
	ck_assert_int_eq(robots_check(r, "http://a.example/x/1", &v), 0);
	ck_assert_str_eq(v.why, "disallowed by robots.txt rule Disallow: /x "
	    "for agent mentionwatch");
	ck_assert(r->crawl_delay > 2.4 && r->crawl_delay < 2.6);
	ck_assert_int_eq(robots_check(r, "http://a.example/y", &v), 1);
	robots_free(r);
}
END_TEST

START_TEST(test_robots_size_limit)
{
	struct buf	 b;
	struct robots	*r;
	size_t		 i;

	/* Rules within the first 500 KiB count; a line cut by the limit
	 * and what follows do not. */
	buf_init(&b, 0);
	buf_adds(&b, "user-agent: FooBot\n");
	for (i = 0; b.len < 500 * 1024; i++)
		buf_printf(&b, "disallow: /d%zu\n", i);
	buf_adds(&b, "disallow: /late\n");
	while (b.len < ROBOTS_MAX + 100)
		buf_adds(&b, "allow: /zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\n");
	buf_adds(&b, "disallow: /after\n");
	r = robots_parse(b.data, b.len, "FooBot");
	ck_assert_int_eq(robots_allowed(r, "http://x/late"), 0);
	ck_assert_int_eq(robots_allowed(r, "http://x/d1"), 0);
	ck_assert_int_eq(robots_allowed(r, "http://x/after"), 1);
	robots_free(r);
	buf_free(&b);
}
END_TEST

START_TEST(test_robots_origin)
{
	char	*s;

	s = robots_origin("HTTP://User@Example.COM:80/a?b");
	ck_assert_str_eq(s, "http://example.com");
	free(s);
	s = robots_origin("https://x.example:8443");
	ck_assert_str_eq(s, "https://x.example:8443");
	free(s);
	ck_assert_ptr_null(robots_origin("ftp://x.example/"));
	s = robots_url_path("http://x.example?q=1#f");
	ck_assert_str_eq(s, "/?q=1");
	free(s);
}
END_TEST

START_TEST(test_search_expand)
{
	char		 path[] = "/tmp/mw-search-XXXXXX";
	const char	*conf = "[mentionwatch]\n"
	    "[school st-aldhelms]\nname = St Aldhelm's Primary\n"
	    "alias = @StAldhelmsWex\nsearch = news\n"
	    "search = mastodon mastodon.example\nsearch = youtube UCabc123\n"
	    "search = reddit\n";
	struct config	*cf = NULL;
	struct strlist	 errors = { NULL, 0 };
	struct source	*v;
	size_t		 n, i;
	char		*cause = NULL, *q;
	int		 fd, found = 0;

	fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, conf, strlen(conf)), (ssize_t)strlen(conf));
	close(fd);
	ck_assert_int_eq(config_load(path, NULL, &cf, &errors), 0);
	unlink(path);
	ck_assert_int_eq(search_expand(cf, &v, &n, &cause), 0);
	/* news and reddit: 2 names each; mastodon: 1 tag; youtube: 1 */
	ck_assert_uint_eq(n, 6);
	for (i = 0; i < n; i++) {
		ck_assert_str_eq(v[i].school, "st-aldhelms");
		ck_assert_str_eq(v[i].type, "feed");
		if (strcmp(v[i].url, "https://news.google.com/rss/search?q="
		    "%22St%20Aldhelm%27s%20Primary%22&hl=en-GB&gl=GB&ceid=GB:en")
		    == 0 || strcmp(v[i].url, "https://mastodon.example/tags/"
		    "StAldhelmsPrimary.rss") == 0 || strcmp(v[i].url,
		    "https://www.youtube.com/feeds/videos.xml?channel_id="
		    "UCabc123") == 0 || strcmp(v[i].url, "https://www.reddit."
		    "com/search.rss?q=%22StAldhelmsWex%22&sort=new") == 0)
			found++;
	}
	ck_assert_int_eq(found, 4);
	search_free(v, n);
	q = search_quote("caf\xc3\xa9 & \"x\"");
	ck_assert_str_eq(q, "%22caf%C3%A9%20%26%20%22x%22%22");
	free(q);
	config_free(cf);
	strlist_free(&errors);
}
END_TEST

static struct config	*pcf;
static struct prescan	*ppre;
static struct matcher	*pmat;
static int		 pchecked;

static void
prescan_setup(void)
{
	struct strlist	 errors = { NULL, 0 };
	char		*path;
	const char	*top = getenv("top_srcdir");

	xasprintf(&path, "%s/contrib/examples/kestrel/mentionwatch.conf",
	    top != NULL ? top : "..");
	ck_assert_int_eq(config_load(path, NULL, &pcf, &errors), 0);
	free(path);
	ppre = prescan_new(pcf);
	pmat = matcher_new(pcf);
}

static void
prescan_teardown(void)
{
	matcher_free(pmat);
	prescan_free(ppre);
	config_free(pcf);
}

/* Return 1 if the matcher finds a school in the page's visible text. */
static int
page_mentions(const char *html)
{
	struct page		p;
	struct match_result	m;
	int			r;

	page_extract(html, strlen(html), "http://x.example/", &p);
	memset(&m, 0, sizeof m);
	matcher_run(pmat, p.text, strlen(p.text), &m);
	r = m.nmentions > 0 || m.trust;
	match_result_free(&m);
	page_clear(&p);
	return (r);
}

static const struct {
	const char	*html;
	int		 maybe;
} prescan_cases[] = {
	{ "<p>Harrowden Park Academy</p>", 1 },
	{ "<p>HARROWDEN PARK ACADEMY won</p>", 1 },
	{ "<p>St Aldhelm&rsquo;s Primary</p>", 1 },
	{ "<p>St Aldhelm&#8217;s Primary</p>", 1 },
	{ "<p>Harrowden&nbsp;Park Academy</p>", 1 },
	{ "<p>&#72;arrowden Park Academy</p>", 1 },
	{ "<p>&#x48;ARROWDEN Park Academy</p>", 1 },
	{ "<p>Harr<b>ow</b>den Park Academy</p>", 1 },
	{ "<p>Harrow&shy;den Park Academy</p>", 1 },
	{ "<p>Harrow\xc2\xad" "den Park Academy</p>", 1 },
	{ "<p>Harrow\xe2\x80\x8b" "den Park Academy</p>", 1 },
	{ "<p>\xef\xbc\xa8" "arrowden Park Academy</p>", 1 },
	{ "<p>F&eacute;nwick Vale Infant School</p>", 1 },
	{ "<p>F\xc3\xa9nwick Vale Infant School</p>", 1 },
	{ "<p>Fenwick\nVale Infant School</p>", 1 },
	{ "<p>We love @KestrelTrust</p>", 1 },
	{ "<p><a href=\"/x\">Harrowden Park Academy</a></p>", 1 },
	{ "<img alt=\"Harrowden Park Academy pupils\" src=x.jpg>", 1 },
	{ "<p>Nothing about any school here.</p>", 0 },
	{ "<!-- Harrowden Park Academy --><p>x</p>", 0 },
	{ "<a href=\"/harrowden-park-academy\">read</a>", 0 },
	{ "<div data-school=\"Harrowden Park Academy\">x</div>", 0 },
};

START_TEST(test_prescan_cases)
{
	size_t	i;

	for (i = 0; i < sizeof prescan_cases / sizeof prescan_cases[0]; i++) {
		const char	*h = prescan_cases[i].html;

		ck_assert_msg(prescan_maybe(ppre, h, strlen(h)) ==
		    prescan_cases[i].maybe, "case %zu: %s", i, h);
		/* Never a miss: what the matcher finds, the prescan saw. */
		if (page_mentions(h))
			ck_assert_msg(prescan_maybe(ppre, h, strlen(h)),
			    "case %zu missed: %s", i, h);
	}
	/* Text already extracted is not markup: "<" starts no tag. */
	ck_assert_int_eq(prescan_text(ppre, "a<b Harrowden", 13), 1);
	ck_assert_int_eq(prescan_maybe(ppre, "a<b Harrowden", 13), 0);
}
END_TEST

static int
prescan_file(const char *path, const struct stat *sb, int type,
    struct FTW *ftw)
{
	FILE	*fp;
	char	*b;
	size_t	 n;

	if (type != FTW_F || strstr(path, ".htm") == NULL)
		return (0);
	fp = fopen(path, "r");
	if (fp == NULL)
		return (0);
	b = xmalloc((size_t)sb->st_size + 1);
	n = fread(b, 1, (size_t)sb->st_size, fp);
	b[n] = '\0';
	fclose(fp);
	if (page_mentions(b))
		ck_assert_msg(prescan_maybe(ppre, b, n), "prescan missed %s",
		    path);
	pchecked++;
	free(b);
	return (0);
}

START_TEST(test_prescan_demo_web)
{
	char		*dir;
	const char	*top = getenv("top_srcdir");

	/* Every demo page the matcher finds a school in passes the prescan. */
	xasprintf(&dir, "%s/contrib/demo-web", top != NULL ? top : "..");
	ck_assert_int_eq(nftw(dir, prescan_file, 8, FTW_PHYS), 0);
	ck_assert_int_gt(pchecked, 5);
	free(dir);
}
END_TEST

START_TEST(test_config_many_sources)
{
	char		 path[] = "/tmp/mw-many-XXXXXX";
	struct config	*cf = NULL;
	struct strlist	 errors = { NULL, 0 };
	FILE		*fp;
	int		 fd, i;

	/* A trust with 20,000 sources loads; a twice-defined one is
	 * reported at its second definition. (How fast is for the
	 * benchmarks: a timed assertion failed under the sanitizers.) */
	fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	fp = fdopen(fd, "w");
	fprintf(fp, "[mentionwatch]\n");
	for (i = 0; i < 20000; i++)
		fprintf(fp, "[source s%05d]\nurl = http://x.example/%d\n", i, i);
	fprintf(fp, "[source s00007]\nurl = http://y.example/\n");
	fclose(fp);
	ck_assert_int_eq(config_load(path, NULL, &cf, &errors), -1);
	ck_assert_uint_eq(errors.n, 1);
	ck_assert_ptr_nonnull(strstr(errors.v[0], ":40002: source \"s00007\" is "
	    "defined twice (first at line 16)"));
	unlink(path);
	config_free(cf);
	strlist_free(&errors);
}
END_TEST

/* Read the fixture tests/fixtures/crawler/"name" into "b" (no cap). */
static void
fixture(const char *name, struct buf *b)
{
	const char	*top = getenv("top_srcdir");
	char		*path, chunk[4096];
	FILE		*fp;
	size_t		 n;

	xasprintf(&path, "%s/tests/fixtures/crawler/%s", top != NULL ? top :
	    "..", name);
	fp = fopen(path, "rb");
	ck_assert_msg(fp != NULL, "cannot open %s", path);
	buf_init(b, 0);
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(b, chunk, n);
	fclose(fp);
	free(path);
}

/* Decode "in" as "enc" "step" bytes at a time into a buffer capped at
 * "cap"; return the status and the output in "out". */
static int
decode_steps(const char *enc, const struct buf *in, size_t step, size_t cap,
    struct buf *out)
{
	struct decoder	*d = decode_new(enc);
	size_t		 off, n;
	int		 rc = DECODE_OK;

	buf_init(out, cap);
	ck_assert_ptr_nonnull(d);
	for (off = 0; off < in->len && rc == DECODE_OK; off += n) {
		n = in->len - off < step ? in->len - off : step;
		rc = decode_add(d, in->data + off, n, out);
	}
	if (rc == DECODE_OK && !decode_ended(d))
		rc = DECODE_BAD;
	decode_free(d);
	return (rc);
}

START_TEST(test_decode_brotli)
{
	struct buf	in, want, out;

	/* A page sent with Content-Encoding: br reads as the page, whether
	 * it arrives whole or a few bytes at a time. */
	fixture("page.br", &in);
	fixture("page.html", &want);
	ck_assert_int_eq(decode_steps("br", &in, in.len, 1 << 20, &out),
	    DECODE_OK);
	ck_assert_uint_eq(out.len, want.len);
	ck_assert_mem_eq(out.data, want.data, want.len);
	buf_free(&out);
	ck_assert_int_eq(decode_steps("BR", &in, 3, 1 << 20, &out),
	    DECODE_OK);
	ck_assert_uint_eq(out.len, want.len);
	buf_free(&out);
	/* Cut short, or not brotli at all: an error, not a page. */
	buf_free(&in);
	fixture("truncated.br", &in);
	ck_assert_int_eq(decode_steps("br", &in, 5, 1 << 20, &out),
	    DECODE_BAD);
	buf_free(&out);
	buf_init(&out, 1 << 20);
	ck_assert_int_eq(decode_buffer("br", want.data, want.len, &out),
	    DECODE_BAD);
	buf_free(&out);
	buf_free(&in);
	buf_free(&want);
}
END_TEST

START_TEST(test_decode_brotli_bomb)
{
	struct buf	in, out;

	/* 106 bytes that would make 64 MiB stop at the cap. */
	fixture("bomb.br", &in);
	ck_assert_uint_lt(in.len, 200);
	ck_assert_int_eq(decode_steps("br", &in, in.len, 1 << 20, &out),
	    DECODE_FULL);
	ck_assert_uint_le(out.len, 1 << 20);
	buf_free(&out);
	ck_assert_int_eq(decode_steps("br", &in, 1, 1 << 20, &out),
	    DECODE_FULL);
	ck_assert_uint_le(out.len, 1 << 20);
	buf_free(&out);
	buf_free(&in);
}
END_TEST

/* Compress "len" bytes at "p" with zlib's "window_bits" (31: gzip, 15:
 * zlib, -15: raw deflate) into "out". */
static void
zcompress(const void *p, size_t len, int window_bits, struct buf *out)
{
	z_stream	z;
	unsigned char	chunk[16384];
	int		rc;

	memset(&z, 0, sizeof z);
	ck_assert_int_eq(deflateInit2(&z, 9, Z_DEFLATED, window_bits, 8,
	    Z_DEFAULT_STRATEGY), Z_OK);
	z.next_in = (Bytef *)(uintptr_t)p;
	z.avail_in = (uInt)len;
	buf_init(out, 0);
	do {
		z.next_out = chunk;
		z.avail_out = sizeof chunk;
		rc = deflate(&z, Z_FINISH);
		buf_add(out, chunk, sizeof chunk - z.avail_out);
	} while (rc == Z_OK);
	ck_assert_int_eq(rc, Z_STREAM_END);
	deflateEnd(&z);
}

START_TEST(test_decode_gzip_deflate)
{
	static const struct {
		const char	*enc;
		int		 bits;
	} cases[] = {
		{ "gzip", 31 }, { "x-gzip", 31 }, { "deflate", 15 },
		{ "deflate", -15 },	/* raw, as many servers send it */
	};
	struct buf	plain, in, out;
	size_t		i, j;

	/* 300 KB that compress to little: more than one output round
	 * per input chunk. */
	buf_init(&plain, 0);
	for (i = 0; i < 10000; i++)
		buf_printf(&plain, "line %05zu of the newsletter\n", i % 7);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		zcompress(plain.data, plain.len, cases[i].bits, &in);
		for (j = 1; j <= 2; j++) {
			ck_assert_int_eq(decode_steps(cases[i].enc, &in,
			    j == 1 ? in.len : 1, 1 << 20, &out), DECODE_OK);
			ck_assert_uint_eq(out.len, plain.len);
			ck_assert_mem_eq(out.data, plain.data, plain.len);
			buf_free(&out);
		}
		/* The same under a cap smaller than the page: full. */
		ck_assert_int_eq(decode_steps(cases[i].enc, &in, in.len,
		    plain.len / 2, &out), DECODE_FULL);
		buf_free(&out);
		buf_free(&in);
	}
	buf_free(&plain);
	ck_assert_int_eq(decode_known("br"), 1);
	ck_assert_int_eq(decode_known("identity"), 1);
	ck_assert_int_eq(decode_known(NULL), 1);
	ck_assert_int_eq(decode_known("zstd"), 0);
	ck_assert_ptr_null(decode_new("identity"));
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
	tcase_add_test(tc, test_page_metadata);
	tcase_add_test(tc, test_page_deep_nesting_bounded);
	suite_add_tcase(s, tc);
	tc = tcase_create("robots");
	tcase_add_test(tc, test_robots_rules);
	tcase_add_test(tc, test_robots_status_and_why);
	tcase_add_test(tc, test_robots_size_limit);
	tcase_add_test(tc, test_robots_origin);
	tcase_add_test(tc, test_search_expand);
	tcase_add_test(tc, test_config_many_sources);
	suite_add_tcase(s, tc);
	tc = tcase_create("decode");
	tcase_add_test(tc, test_decode_brotli);
	tcase_add_test(tc, test_decode_brotli_bomb);
	tcase_add_test(tc, test_decode_gzip_deflate);
	suite_add_tcase(s, tc);
	tc = tcase_create("prescan");
	tcase_add_checked_fixture(tc, prescan_setup, prescan_teardown);
	tcase_add_test(tc, test_prescan_cases);
	tcase_add_test(tc, test_prescan_demo_web);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE);
}
