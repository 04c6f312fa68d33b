/*
 * check_feeds.c: tests of feeds/: every format read into the same items,
 * the extensions, text made clean, links resolved, encodings (declared,
 * served and lied about), broken feeds read as far as they go, stable ids
 * and dates to UTC or unknown. Most tests are tables over the hand-written
 * fixtures in tests/fixtures/feeds/.
 */
#include "autoconfig.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/buf.h"
#include "common/mwtime.h"
#include "common/str.h"
#include "feeds/feed.h"
#include "feeds/feed_date.h"

#define ANY	"\001any"	/* in a table: do not check this field */
#define HASHED	"\001hash"	/* in a table: a "sha256:" id */

static struct feed *
parse(const char *xml, const char *base)
{
	struct feed	*f;
	char		*cause = NULL;

	ck_assert_msg(feed_parse_buffer(xml, strlen(xml), base, NULL, &f,
	    &cause) == 0, "parse failed: %s", cause);
	return (f);
}

static char *
slurp(const char *name, size_t *len)
{
	const char	*top = getenv("top_srcdir");
	char		 path[1024];
	FILE		*fp;
	char		*buf;
	long		 n;

	snprintf(path, sizeof path, "%s/tests/fixtures/feeds/%s",
	    top != NULL ? top : "..", name);
	fp = fopen(path, "rb");
	ck_assert_msg(fp != NULL, "cannot open %s", path);
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	fseek(fp, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	ck_assert(fread(buf, 1, (size_t)n, fp) == (size_t)n);
	buf[n] = '\0';
	fclose(fp);
	*len = (size_t)n;
	return (buf);
}

static struct feed *
parse_fixture(const char *name, const char *base, const char *charset)
{
	struct feed	*f;
	char		*buf, *cause = NULL;
	size_t		 len;

	buf = slurp(name, &len);
	ck_assert_msg(feed_parse_buffer(buf, len, base, charset, &f,
	    &cause) == 0, "%s: %s", name, cause);
	free(buf);
	return (f);
}

static void
check_str(const char *what, const char *got, const char *want)
{
	if (want != NULL && strcmp(want, ANY) == 0)
		return;
	if (want != NULL && strcmp(want, HASHED) == 0) {
		ck_assert_msg(got != NULL && strncmp(got, "sha256:", 7) == 0 &&
		    strlen(got) == 7 + 64, "%s: \"%s\" is not a hash id", what,
		    got != NULL ? got : "(null)");
		return;
	}
	if (want == NULL) {
		ck_assert_msg(got == NULL, "%s: got \"%s\", want null", what,
		    got);
		return;
	}
	ck_assert_msg(got != NULL && strcmp(got, want) == 0,
	    "%s: got \"%s\", want \"%s\"", what, got != NULL ? got : "(null)",
	    want);
}

static void
check_date(const char *what, time_t got, const char *want)
{
	char	s[MWTIME_RFC3339_LEN];

	if (want != NULL && strcmp(want, ANY) == 0)
		return;
	if (want == NULL) {
		ck_assert_msg(got == 0, "%s: got %s, want null", what,
		    mwtime_format(got, s, sizeof s));
		return;
	}
	ck_assert_msg(got != 0 && strcmp(mwtime_format(got, s, sizeof s),
	    want) == 0, "%s: got %s, want %s", what, got != 0 ? s : "null",
	    want);
}

/* ------------------------------------------------------------------ */
/* Feeds as a whole                                                     */
/* ------------------------------------------------------------------ */

static const struct {
	const char	*file;
	const char	*base;
	const char	*charset;
	enum feed_format format;
	int		 malformed;	/* -1: either */
	const char	*title;
	const char	*link;
	size_t		 nitems;
} feed_rows[] = {
	{ "rss090.rdf", NULL, NULL, FEED_RSS090, 0, "Wexcombe Gazette",
	    "http://www.wexcombegazette.co.uk/", 2 },
	{ "rss091.xml", NULL, NULL, FEED_RSS091, 1, "Milbury Echo",
	    "http://www.milburyecho.co.uk/", 1 },
	{ "rss092.xml", NULL, NULL, FEED_RSS092, 0, "Wexcombe Wanderer",
	    "http://www.wexcombewanderer.co.uk/", 1 },
	{ "rss2.xml", "https://www.wexcombecommunity.org.uk/feed.xml", NULL,
	    FEED_RSS2, 0, "Wexcombe Community & Parents",
	    "https://www.wexcombecommunity.org.uk/", 4 },
	{ "rss1.rdf", NULL, NULL, FEED_RSS1, 0, "Wexcombe Parents Forum",
	    "https://forum.wexcombeparents.org.uk/", 1 },
	{ "atom03.xml", NULL, NULL, FEED_ATOM03, 0, "Milbury Echo blog",
	    "http://blog.milburyecho.co.uk/", 2 },
	{ "atom1.xml", NULL, NULL, FEED_ATOM1, 0, "Echo & friends",
	    "https://echo.example/", 3 },
	{ "youtube.xml", NULL, NULL, FEED_ATOM1, 0, "Kestrel Trust Channel",
	    "https://www.youtube.com/channel/UC0000000000000000000000", 1 },
	{ "jsonfeed1.json", NULL, NULL, FEED_JSON, 0, "Wexcombe Blog",
	    "https://blog.wexcombe.example/", 2 },
	{ "jsonfeed11.json", NULL, NULL, FEED_JSON, 0, "Kestrel Microblog",
	    "https://micro.kestrel.example/", 1 },
	{ "xmlbase.xml", NULL, NULL, FEED_RSS2, 0, "Bases",
	    "http://base.example/root/sub/index.html", 2 },
	{ "enc-utf8-bom.xml", NULL, NULL, FEED_RSS2, 0, "Enc test", ANY, 1 },
	{ "enc-utf16le-bom.xml", NULL, NULL, FEED_RSS2, 0, "Enc test", ANY,
	    1 },
	{ "enc-utf16be-nobom.xml", NULL, NULL, FEED_RSS2, 0, "Enc test", ANY,
	    1 },
	{ "enc-lie-cp1252.xml", NULL, NULL, FEED_RSS2, 1, "Enc test", ANY, 1 },
	{ "enc-http-cp1251.xml", NULL, "windows-1251", FEED_RSS2, 0, "Школа",
	    NULL, 1 },
	{ "broken-entities.xml", NULL, NULL, FEED_RSS2, 1,
	    "Fish & Chips Weekly\xe2\x80\xa6",
	    "http://broken.example/?a=1&b=2", 1 },
	{ "broken-truncated.xml", NULL, NULL, FEED_RSS2, 1, "Cut short",
	    "http://cut.example/", 3 },
	{ "broken-junk.xml", NULL, NULL, FEED_RSS2, 1, "After junk",
	    "http://junk.example/", 1 },
	{ "broken-undeclared-ns.xml", NULL, NULL, FEED_RSS2, -1,
	    "No namespaces declared", NULL, 1 },
	{ "xxe.xml", NULL, NULL, FEED_RSS2, -1, "XXE", NULL, 1 },
	{ "billion-laughs.xml", NULL, NULL, FEED_RSS2, 1, "Laughs", NULL, 1 },
	{ "doctype-entities.xml", NULL, NULL, FEED_RSS2, 1,
	    "Kestrel Academy news", NULL, 1 },
};

START_TEST(test_feed_formats)
{
	struct feed	*f;
	size_t		 i = (size_t)_i;
	char		 what[256];

	f = parse_fixture(feed_rows[i].file, feed_rows[i].base,
	    feed_rows[i].charset);
	snprintf(what, sizeof what, "%s format", feed_rows[i].file);
	ck_assert_msg(f->format == feed_rows[i].format, "%s: %s", what,
	    feed_format_name(f->format));
	if (feed_rows[i].malformed != -1)
		ck_assert_msg(f->malformed == feed_rows[i].malformed,
		    "%s: malformed %d", feed_rows[i].file, f->malformed);
	snprintf(what, sizeof what, "%s title", feed_rows[i].file);
	check_str(what, f->title, feed_rows[i].title);
	snprintf(what, sizeof what, "%s link", feed_rows[i].file);
	check_str(what, f->link, feed_rows[i].link);
	ck_assert_msg(f->nitems == feed_rows[i].nitems, "%s: %zu items",
	    feed_rows[i].file, f->nitems);
	feed_free(f);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Items, field by field                                                */
/* ------------------------------------------------------------------ */

static const struct {
	const char	*file;
	const char	*base;
	const char	*charset;
	size_t		 n;
	const char	*title, *link, *id, *summary, *content, *author;
	const char	*published, *updated;
} item_rows[] = {
	/* RSS 0.90: title and link only. */
	{ "rss090.rdf", NULL, NULL, 1, "Sports day moved",
	    "http://www.wexcombegazette.co.uk/news/sports.html",
	    "http://www.wexcombegazette.co.uk/news/sports.html", NULL, NULL,
	    NULL, NULL, NULL },
	/* RSS 0.91: HTML entities its DTD defines, read without the DTD. */
	{ "rss091.xml", NULL, NULL, 0, "Caf\xc3\xa9 opens by the school gates",
	    "http://www.milburyecho.co.uk/news/cafe.html", ANY,
	    "A new caf\xc3\xa9 \xe2\x80\x94 popular with parents.", NULL, NULL,
	    NULL, NULL },
	/* RSS 0.92: escaped HTML with a doubly escaped ampersand; no link or
	 * guid, so the id is a hash. */
	{ "rss092.xml", NULL, NULL, 0, "Choir concert", NULL, HASHED,
	    "The Kestrel choir sang & danced.", NULL, NULL, NULL, NULL },
	/* RSS 2.0: content:encoded (scripts dropped), dc:creator, relative
	 * link against the feed URL, guid not a permalink. */
	{ "rss2.xml", "https://www.wexcombecommunity.org.uk/feed.xml", NULL, 0,
	    "Fair & fete at Kestrel Primary",
	    "https://www.wexcombecommunity.org.uk/news/fair.html",
	    "wexcombe-community-1001", "Hello world",
	    "Full text of the & story.", "Ann Reporter",
	    "2024-06-15T09:30:00Z", "2024-06-15T09:30:00Z" },
	/* A permalink guid is the link; RSS author kept as written; an
	 * item never updated was last updated when published. */
	{ "rss2.xml", NULL, NULL, 1, "Guid is the link",
	    "https://www.wexcombecommunity.org.uk/news/2",
	    "https://www.wexcombecommunity.org.uk/news/2", NULL, NULL,
	    "editor@wexcombecommunity.org.uk (The Editor)",
	    "2024-06-16T08:00:00Z", "2024-06-16T08:00:00Z" },
	{ "rss2.xml", NULL, NULL, 2, NULL, NULL, HASHED,
	    "An item with neither title, link nor guid.", NULL, NULL, NULL,
	    NULL },
	/* atom:link inside RSS; media:description when nothing else. */
	{ "rss2.xml", NULL, NULL, 3, "Atom link in RSS",
	    "https://www.wexcombecommunity.org.uk/news/4",
	    "https://www.wexcombecommunity.org.uk/news/4", "Media description",
	    NULL, NULL, NULL, NULL },
	/* RSS 1.0: rdf:about is the id, dc:date the updated date. */
	{ "rss1.rdf", NULL, NULL, 0, "Trip fund questions",
	    "https://forum.wexcombeparents.org.uk/t/1042",
	    "https://forum.wexcombeparents.org.uk/t/1042",
	    "Who holds the trip fund?", "Who holds the trip fund?", "parent42",
	    NULL, "2024-06-16T20:14:00Z" },
	/* Atom 0.3: base64 summary, inline XHTML content, issued/modified,
	 * the feed's author. */
	{ "atom03.xml", NULL, NULL, 0, "Base64 entry",
	    "http://blog.milburyecho.co.uk/2024/06/base64",
	    "tag:milburyecho.co.uk,2024:1", "The summary, encoded.",
	    "Inline XHTML content", "Echo Staff", "2024-06-15T08:00:00Z",
	    "2024-06-15T10:00:00Z" },
	{ "atom03.xml", NULL, NULL, 1, "Escaped entry", ANY, ANY,
	    "Escaped HTML", "Escaped HTML", ANY, "2024-06-16T09:00:00Z",
	    "2024-06-16T09:00:00Z" },
	/* Atom 1.0: type="html" title, rel values, xml:base, type="text"
	 * summary kept literally, XHTML content, name and email. */
	{ "atom1.xml", NULL, NULL, 0, "A & B emphasised",
	    "https://echo.example/news/a.html", "tag:echo.example,2024:a",
	    "Plain <text> summary", "Para one\nPara two",
	    "Bo Writer (bo@echo.example)", "2024-06-14T08:00:00Z",
	    "2024-06-15T09:00:00Z" },
	/* Nested xml:base, link without rel, XHTML title, content copied
	 * to the summary, the feed's author inherited (RFC 4287 4.2.1). */
	{ "atom1.xml", NULL, NULL, 1, "XHTML title",
	    "https://other.example/blog/b.html", "tag:echo.example,2024:b",
	    "Only content", "Only content",
	    "Feed Author (feed@echo.example)", NULL, "2024-06-16T15:00:00Z" },
	{ "atom1.xml", NULL, NULL, 2, "From a source",
	    "https://echo.example/news/c.html", ANY, NULL, NULL,
	    "Source Author", NULL, ANY },
	/* YouTube: media:group description and thumbnail. */
	{ "youtube.xml", NULL, NULL, 0, "Summer concert 2024",
	    "https://www.youtube.com/watch?v=AAAAAAAAAAA",
	    "yt:video:AAAAAAAAAAA",
	    "Our choir and orchestra.\nFilmed in the hall.", NULL,
	    "Kestrel Trust Channel", "2024-07-01T17:00:05Z",
	    "2024-07-02T08:00:00Z" },
	/* JSON Feed 1.0 and 1.1. */
	{ "jsonfeed1.json", NULL, NULL, 0, "Second post",
	    "https://blog.wexcombe.example/2024/06/second", "2",
	    "A short summary", "Hello, world & all.", "Blog Team",
	    "2024-06-15T09:30:00Z", "2024-06-15T12:00:00Z" },
	{ "jsonfeed1.json", NULL, NULL, 1, NULL,
	    "https://blog.wexcombe.example/2024/06/first", "1",
	    "A note without a title.", "A note without a title.",
	    "Guest Writer", NULL, NULL },
	{ "jsonfeed11.json", NULL, NULL, 0, NULL,
	    "https://micro.kestrel.example/2024/07/01/note",
	    "https://micro.kestrel.example/2024/07/01/note",
	    "School\xe2\x80\x99s out!", "School\xe2\x80\x99s out!",
	    "Head Teacher", "2024-07-01T19:00:00Z", "2024-07-01T19:00:00Z" },
	/* xml:base on rss, channel and item; a guid resolved by xml:base. */
	{ "xmlbase.xml", NULL, NULL, 0, "Relative everything",
	    "http://base.example/items/one.html",
	    "http://base.example/items/two.html", NULL, NULL, NULL, NULL,
	    NULL },
	{ "xmlbase.xml", NULL, NULL, 1, "Relative to channel",
	    "http://base.example/root/three.html", ANY, NULL, NULL, NULL, NULL,
	    NULL },
	/* Encodings: all read as the same text. */
	{ "enc-utf8-bom.xml", NULL, NULL, 0,
	    "Caf\xc3\xa9 \xe2\x80\x93 \xe2\x80\x9cquoted\xe2\x80\x9d \xc2\xa3"
	    "5 na\xc3\xafve", ANY, ANY, ANY, NULL, NULL, NULL, NULL },
	{ "enc-utf16le-bom.xml", NULL, NULL, 0,
	    "Caf\xc3\xa9 \xe2\x80\x93 \xe2\x80\x9cquoted\xe2\x80\x9d \xc2\xa3"
	    "5 na\xc3\xafve", ANY, ANY, ANY, NULL, NULL, NULL, NULL },
	{ "enc-utf16be-nobom.xml", NULL, NULL, 0,
	    "Caf\xc3\xa9 \xe2\x80\x93 \xe2\x80\x9cquoted\xe2\x80\x9d \xc2\xa3"
	    "5 na\xc3\xafve", ANY, ANY, ANY, NULL, NULL, NULL, NULL },
	{ "enc-latin1.xml", NULL, NULL, 0,
	    "Caf\xc3\xa9 \xc2\xa3" "5 na\xc3\xafve", ANY, ANY, ANY, NULL, NULL,
	    NULL, NULL },
	/* Declared UTF-8, written in Windows-1252. */
	{ "enc-lie-cp1252.xml", NULL, NULL, 0,
	    "Caf\xc3\xa9 \xe2\x80\x93 \xe2\x80\x9cquoted\xe2\x80\x9d \xc2\xa3"
	    "5 na\xc3\xafve", ANY, ANY, ANY, NULL, NULL, NULL, NULL },
	/* Declared ISO-8859-1, written in UTF-8. */
	{ "enc-lie-utf8.xml", NULL, NULL, 0,
	    "Caf\xc3\xa9 \xe2\x80\x93 \xe2\x80\x9cquoted\xe2\x80\x9d \xc2\xa3"
	    "5 na\xc3\xafve", ANY, ANY, ANY, NULL, NULL, NULL, NULL },
	/* The HTTP charset says Latin-1, the bytes are UTF-8. */
	{ "enc-nodecl.xml", NULL, "iso-8859-1", 0,
	    "Caf\xc3\xa9 \xe2\x80\x93 \xe2\x80\x9cquoted\xe2\x80\x9d \xc2\xa3"
	    "5 na\xc3\xafve", ANY, ANY, ANY, NULL, NULL, NULL, NULL },
	/* One stray Windows-1252 byte in UTF-8. */
	{ "enc-mixed.xml", NULL, NULL, 0, "Caf\xc3\xa9", ANY, ANY,
	    "na\xc3\xafve", NULL, NULL, NULL, NULL },
	/* Windows-1251 through iconv, from the declaration or from HTTP. */
	{ "enc-cp1251.xml", NULL, NULL, 0,
	    "\xd0\xa8\xd0\xba\xd0\xbe\xd0\xbb\xd0\xb0 \xe2\x84\x96" "5", ANY,
	    ANY, ANY, NULL, NULL, NULL, NULL },
	/* A server's default ISO-8859-1 gives way to the declaration. */
	{ "enc-cp1251.xml", NULL, "ISO-8859-1", 0,
	    "\xd0\xa8\xd0\xba\xd0\xbe\xd0\xbb\xd0\xb0 \xe2\x84\x96" "5", ANY,
	    ANY, ANY, NULL, NULL, NULL, NULL },
	{ "enc-http-cp1251.xml", NULL, "windows-1251", 0,
	    "\xd0\x9d\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x81\xd1\x82\xd0\xb8 "
	    "\xd1\x88\xd0\xba\xd0\xbe\xd0\xbb\xd1\x8b",
	    "http://enc.example/ru", ANY, NULL, NULL, NULL, NULL, NULL },
	/* Broken: HTML entities, a legacy one without ";", Windows-1252
	 * character references, a bad one, an undefined one, bare "<". */
	{ "broken-entities.xml", NULL, NULL, 0,
	    "Caf\xc3\xa9 \xc2\xa9 2024 & more \xe2\x80\x99quoted\xe2\x80\x9d "
	    "\xef\xbf\xbd &bogus;", "http://broken.example/item?id=1&lang=en",
	    ANY, "5 < 6 and 7 > 3 \xe2\x80\x94 true", NULL, NULL, NULL, NULL },
	{ "broken-truncated.xml", NULL, NULL, 0, "First",
	    "http://cut.example/1", "http://cut.example/1", NULL, NULL, NULL,
	    "2024-06-17T09:00:00Z", "2024-06-17T09:00:00Z" },
	{ "broken-truncated.xml", NULL, NULL, 2, "Third, cut in the mid", NULL,
	    HASHED, NULL, NULL, NULL, NULL, NULL },
	/* PHP warnings before the XML declaration; control characters. */
	{ "broken-junk.xml", NULL, NULL, 0, "Still read",
	    "http://junk.example/1", ANY, NULL, NULL, NULL, NULL, NULL },
	/* Prefixes used without a namespace declaration. */
	{ "broken-undeclared-ns.xml", NULL, NULL, 0, "Item",
	    "http://ns.example/1", ANY, "Content here", "Content here",
	    "Undeclared Prefix", NULL, "2024-06-18T07:00:00Z" },
	/* External entities are never loaded, nor do entities that refer
	 * to entities expand: their references read as written. */
	{ "xxe.xml", NULL, NULL, 0, "a&secret;b&remote;c",
	    "http://xxe.example/1", ANY, NULL, NULL, NULL, NULL, NULL },
	{ "billion-laughs.xml", NULL, NULL, 0, "&i;",
	    "http://laughs.example/1", ANY, NULL, NULL, NULL, NULL, NULL },
	/* Plain entities a DOCTYPE declares are expanded. */
	{ "doctype-entities.xml", NULL, NULL, 0,
	    "Kestrel Academy & &nested; \xc2\xa9", "http://doctype.example/1",
	    ANY, NULL, NULL, NULL, NULL, NULL },
};

START_TEST(test_feed_items)
{
	struct feed		*f;
	const struct feed_item	*it;
	size_t			 i = (size_t)_i;
	char			 what[256];

	f = parse_fixture(item_rows[i].file, item_rows[i].base,
	    item_rows[i].charset);
	ck_assert_msg(item_rows[i].n < f->nitems, "%s: only %zu items",
	    item_rows[i].file, f->nitems);
	it = &f->items[item_rows[i].n];
#define FIELD(x)							\
	snprintf(what, sizeof what, "%s[%zu] " #x, item_rows[i].file,	\
	    item_rows[i].n);						\
	check_str(what, it->x, item_rows[i].x)
	FIELD(title);
	FIELD(link);
	FIELD(id);
	FIELD(summary);
	FIELD(content);
	FIELD(author);
#undef FIELD
	snprintf(what, sizeof what, "%s[%zu] published", item_rows[i].file,
	    item_rows[i].n);
	check_date(what, it->published, item_rows[i].published);
	snprintf(what, sizeof what, "%s[%zu] updated", item_rows[i].file,
	    item_rows[i].n);
	check_date(what, it->updated, item_rows[i].updated);
	feed_free(f);
}
END_TEST

/* Every string of every fixture is valid UTF-8. */
START_TEST(test_feed_always_utf8)
{
	struct feed	*f;
	size_t		 i = (size_t)_i, j;

	f = parse_fixture(feed_rows[i].file, NULL, feed_rows[i].charset);
#define OK(s)	ck_assert_msg((s) == NULL || utf8_valid((s), strlen(s)),\
	    "%s: %s is not UTF-8", feed_rows[i].file, #s)
	OK(f->title);
	OK(f->link);
	for (j = 0; j < f->nitems; j++) {
		OK(f->items[j].title);
		OK(f->items[j].link);
		OK(f->items[j].id);
		OK(f->items[j].summary);
		OK(f->items[j].content);
		OK(f->items[j].author);
		OK(f->items[j].raw);
	}
#undef OK
	feed_free(f);
}
END_TEST

START_TEST(test_feed_raw_markup_kept)
{
	struct feed	*f;

	f = parse_fixture("rss2.xml", NULL, NULL);
	ck_assert_ptr_nonnull(strstr(f->items[0].raw, "<p>Full <i>text</i>"));
	ck_assert_ptr_nonnull(strstr(f->items[0].content, "text") );
	ck_assert_ptr_null(strstr(f->items[0].content, "alert"));
	ck_assert_str_eq(f->items[0].thumbnail, "/img/fair.jpg");
	feed_free(f);
	f = parse_fixture("atom1.xml", NULL, NULL);
	ck_assert_ptr_nonnull(strstr(f->items[0].raw, "<b>one</b>"));
	feed_free(f);
	f = parse_fixture("youtube.xml", NULL, NULL);
	ck_assert_str_eq(f->items[0].thumbnail,
	    "https://i1.ytimg.com/vi/AAAAAAAAAAA/hqdefault.jpg");
	feed_free(f);
}
END_TEST

/* The same item has the same id poll after poll; another item does not. */
START_TEST(test_feed_ids_stable)
{
	static const char *a = "<rss version=\"2.0\"><channel><item>"
	    "<title>Same</title><description>Text</description></item>"
	    "<item><title>Other</title><description>Text</description></item>"
	    "</channel></rss>";
	struct feed	*f1, *f2;

	f1 = parse(a, "http://one.example/feed");
	f2 = parse(a, "http://two.example/feed");
	ck_assert_str_eq(f1->items[0].id, f2->items[0].id);
	ck_assert_str_ne(f1->items[0].id, f1->items[1].id);
	feed_free(f1);
	feed_free(f2);
	/* A guid is kept as written even where a base could resolve it. */
	f1 = parse("<rss version=\"2.0\"><channel><item><guid>42</guid>"
	    "</item></channel></rss>", "http://one.example/feed");
	ck_assert_str_eq(f1->items[0].id, "42");
	ck_assert_ptr_null(f1->items[0].link);
	feed_free(f1);
}
END_TEST

START_TEST(test_feed_not_a_feed)
{
	struct feed	*f;
	char		*cause = NULL, *buf;
	size_t		 len;
	const char	*html = "<!doctype html><html><body>hi</body></html>";

	buf = slurp("broken-html.html", &len);
	ck_assert_int_eq(feed_parse_buffer(buf, len, NULL, NULL, &f, &cause),
	    -1);
	ck_assert_ptr_null(f);
	ck_assert_str_eq(cause, "not a feed: a web page; its feed is "
	    "/feed.xml");
	free(cause);
	ck_assert_int_eq(feed_parse_buffer(buf, len, "http://gazette.example/"
	    "news/", NULL, &f, &cause), -1);
	ck_assert_str_eq(cause, "not a feed: a web page; its feed is "
	    "http://gazette.example/feed.xml");
	free(cause);
	free(buf);
	ck_assert_int_eq(feed_parse_buffer("{\"a\": 1}", 8, NULL, NULL, &f,
	    &cause), -1);
	free(cause);
	ck_assert_int_eq(feed_parse_buffer("", 0, NULL, NULL, &f, &cause), -1);
	free(cause);
	ck_assert_int_eq(feed_parse_buffer(html, (size_t)FEED_MAX_SIZE + 1,
	    NULL, NULL, &f, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "larger"));
	free(cause);
	ck_assert(!feed_sniff(html, strlen(html)));
	ck_assert(feed_sniff("<?xml version='1.0'?><rss>", 26));
	ck_assert(feed_sniff("\n<feed xmlns=\"x\">", 17));
	ck_assert(!feed_sniff("<feedback>", 10));
	ck_assert(feed_sniff("{\"version\": "
	    "\"https://jsonfeed.org/version/1\"}", 45));
}
END_TEST

/* An HTML page wrapping a feed (a proxy's <pre>) is read, malformed. */
START_TEST(test_feed_wrapped_in_html)
{
	struct feed	*f;

	f = parse("<html><body><rss version=\"2.0\"><channel><title>In a page"
	    "</title><item><title>One</title></item></channel></rss></body>"
	    "</html>", NULL);
	ck_assert_int_eq(f->format, FEED_RSS2);
	ck_assert(f->malformed);
	ck_assert_str_eq(f->title, "In a page");
	ck_assert_uint_eq(f->nitems, 1);
	feed_free(f);
}
END_TEST

/* Deep nesting and huge numbers of items stay bounded. */
START_TEST(test_feed_bounded)
{
	char		*buf, *cause = NULL;
	struct feed	*f;
	size_t		 i, n = 0, depth = 100000;

	buf = malloc(depth * 7 + 64);
	n += (size_t)sprintf(buf, "<rss><channel><item><title>");
	for (i = 0; i < depth; i++)
		n += (size_t)sprintf(buf + n, "<a>");
	n += (size_t)sprintf(buf + n, "x");
	if (feed_parse_buffer(buf, n, NULL, NULL, &f, &cause) == 0) {
		ck_assert(f->malformed);
		feed_free(f);
	} else
		free(cause);
	free(buf);

	buf = malloc((FEED_MAX_ITEMS + 10) * 14 + 64);
	n = (size_t)sprintf(buf, "<rss><channel>");
	for (i = 0; i < FEED_MAX_ITEMS + 10; i++)
		n += (size_t)sprintf(buf + n, "<item></item>");
	n += (size_t)sprintf(buf + n, "</channel></rss>");
	ck_assert_int_eq(feed_parse_buffer(buf, n, NULL, NULL, &f, &cause), 0);
	ck_assert_uint_eq(f->nitems, FEED_MAX_ITEMS);
	feed_free(f);
	free(buf);
}
END_TEST

/* Relative references, resolved as RFC 3986, 5.4 says, and kept as
 * written (no escaping of an IRI). */
START_TEST(test_feed_links_rfc3986)
{
	static const struct {
		const char	*ref, *want;
	} rows[] = {
		{ "g", "http://a/b/c/g" },
		{ "./g", "http://a/b/c/g" },
		{ "g/", "http://a/b/c/g/" },
		{ "/g", "http://a/g" },
		{ "//g", "http://g" },
		{ "?y", "http://a/b/c/d;p?y" },
		{ "g?y", "http://a/b/c/g?y" },
		{ "#s", "http://a/b/c/d;p?q#s" },
		{ "g#s", "http://a/b/c/g#s" },
		{ "g?y#s", "http://a/b/c/g?y#s" },
		{ ";x", "http://a/b/c/;x" },
		{ "g;x", "http://a/b/c/g;x" },
		{ "g;x?y#s", "http://a/b/c/g;x?y#s" },
		{ ".", "http://a/b/c/" },
		{ "./", "http://a/b/c/" },
		{ "..", "http://a/b/" },
		{ "../", "http://a/b/" },
		{ "../g", "http://a/b/g" },
		{ "../..", "http://a/" },
		{ "../../", "http://a/" },
		{ "../../g", "http://a/g" },
		{ "../../../g", "http://a/g" },
		{ "../../../../g", "http://a/g" },
		{ "/./g", "http://a/g" },
		{ "/../g", "http://a/g" },
		{ "g.", "http://a/b/c/g." },
		{ "g..", "http://a/b/c/g.." },
		{ "..g", "http://a/b/c/..g" },
		{ "...g", "http://a/b/c/...g" },
		{ "./../g", "http://a/b/g" },
		{ "./g/.", "http://a/b/c/g/" },
		{ "g/./h", "http://a/b/c/g/h" },
		{ "g/../h", "http://a/b/c/h" },
		{ "g;x=1/./y", "http://a/b/c/g;x=1/y" },
		{ "g;x=1/../y", "http://a/b/c/y" },
		{ "g?y/./x", "http://a/b/c/g?y/./x" },
		{ "g?y/../x", "http://a/b/c/g?y/../x" },
		{ "g#s/./x", "http://a/b/c/g#s/./x" },
		{ "g#s/../x", "http://a/b/c/g#s/../x" },
		{ "http:///x/y", "http://x/y" },
		{ "HTTP://A/B", "http://A/B" },
		{ "http://a/\xc3\xa9 \xc3\xbc", "http://a/\xc3\xa9 \xc3\xbc" },
	};
	struct buf	 b;
	struct feed	*f;
	size_t		 i;

	buf_init(&b, 0);
	buf_adds(&b, "<rss version=\"2.0\"><channel>");
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++)
		buf_printf(&b, "<item><link>%s</link></item>", rows[i].ref);
	buf_adds(&b, "</channel></rss>");
	f = parse(buf_str(&b), "http://a/b/c/d;p?q");
	ck_assert_uint_eq(f->nitems, sizeof rows / sizeof rows[0]);
	for (i = 0; i < f->nitems; i++)
		check_str(rows[i].ref, f->items[i].link, rows[i].want);
	feed_free(f);
	buf_free(&b);
	f = parse("<rss><channel><item><link>javascript:alert(1)</link>"
	    "</item></channel></rss>", NULL);
	ck_assert_ptr_null(f->items[0].link);
	feed_free(f);
}
END_TEST

/* HTML nested without end in a description: read in linear time (Gumbo
 * would take minutes, then overflow its stack), the text kept. */
START_TEST(test_feed_deep_html)
{
	struct buf	 b;
	struct feed	*f;
	size_t		 i, n = 300000;

	buf_init(&b, 0);
	buf_adds(&b, "<rss><channel><item><description><![CDATA[");
	for (i = 0; i < n; i++)
		buf_adds(&b, "<b><div>");
	buf_adds(&b, "deep &amp; <i>down</i>]]></description></item>"
	    "</channel></rss>");
	f = parse(buf_str(&b), NULL);
	ck_assert_str_eq(f->items[0].summary, "deep & down");
	feed_free(f);
	buf_free(&b);
}
END_TEST

START_TEST(test_feed_http_charset)
{
	static const struct {
		const char	*in, *want;
	} rows[] = {
		{ "application/rss+xml; charset=ISO-8859-1", "ISO-8859-1" },
		{ "text/xml;charset=\"utf-8\"", "utf-8" },
		{ "text/xml; foo=bar; Charset = windows-1252 ",
		    "windows-1252" },
		{ "application/atom+xml", NULL },
		{ NULL, NULL },
	};
	size_t	 i;
	char	*s;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		s = feed_http_charset(rows[i].in);
		check_str(rows[i].in != NULL ? rows[i].in : "NULL", s,
		    rows[i].want);
		free(s);
	}
}
END_TEST

/* The original inline tests: each format read into the same items. */
START_TEST(test_feed_atom1_inline)
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

START_TEST(test_feed_broken_read_as_far_as_it_goes)
{
	struct feed	*f;

	/* An unescaped ampersand, an undefined entity, then truncation. */
	f = parse("<rss version=\"2.0\"><channel><title>Fish & Chips &nope;"
	    "</title><item><title>First</title><link>https://x.example/1</link>"
	    "</item><item><title>Second</title><link>https://x.example/2</link>"
	    "</item><item><title>Cut of", NULL);
	ck_assert(f->malformed);
	ck_assert_str_eq(f->title, "Fish & Chips &nope;");
	ck_assert_uint_eq(f->nitems, 3);
	ck_assert_str_eq(f->items[1].title, "Second");
	ck_assert_str_eq(f->items[2].title, "Cut of");
	feed_free(f);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Dates                                                                */
/* ------------------------------------------------------------------ */

static const struct {
	const char	*in;
	const char	*want;	/* NULL: unknown */
} date_rows[] = {
	/* RFC 822 / 1123 and their variants */
	{ "Sat, 15 Jun 2024 10:30:00 GMT", "2024-06-15T10:30:00Z" },
	{ "Sat, 15 Jun 2024 10:30:00 +0100", "2024-06-15T09:30:00Z" },
	{ "Sat, 15 Jun 2024 10:30:00 -05:00", "2024-06-15T15:30:00Z" },
	{ "15 Jun 2024 10:30:00 BST", "2024-06-15T09:30:00Z" },
	{ "Sat, 15 Jun 2024 10:30 GMT", "2024-06-15T10:30:00Z" },
	{ "Sat, 15 Jun 24 10:30:00 GMT", "2024-06-15T10:30:00Z" },
	{ "Tue, 15 Jun 99 10:30:00 GMT", "1999-06-15T10:30:00Z" },
	{ "  Sat,  15 Jun 2024   10:30:00   EST ", "2024-06-15T15:30:00Z" },
	{ "Sat, 15 Jun 2024 10:30:00 PDT", "2024-06-15T17:30:00Z" },
	{ "Sat, 15 Jun 2024 10:30:00 CEST", "2024-06-15T08:30:00Z" },
	{ "Sat, 15 Jun 2024 10:30:00 Z", "2024-06-15T10:30:00Z" },
	{ "Sat, 15 Jun 2024 10:30:00 A", "2024-06-15T11:30:00Z" },
	{ "Sat, 15 Jun 2024 10:30:00 N", "2024-06-15T09:30:00Z" },
	{ "Sat, 15 Jun 2024 10:30:00 Y", "2024-06-14T22:30:00Z" },
	{ "Sat, 15 Jun 2024 10:30:00 GMT+01:00", "2024-06-15T09:30:00Z" },
	{ "Sat, 15 Jun 2024 10:30:00 +0000 (UTC)", "2024-06-15T10:30:00Z" },
	{ "Sat, 15 Jun 2024 10:30:00", "2024-06-15T10:30:00Z" },
	{ "15 Jun 2024", "2024-06-15T00:00:00Z" },
	{ "15 Jun 2024 Sat 10:30:00 GMT", "2024-06-15T10:30:00Z" },
	{ "Jun 15 2024 10:30:00 GMT", "2024-06-15T10:30:00Z" },
	{ "Sat, 15-Jun-2024 10:30:00 GMT", "2024-06-15T10:30:00Z" },
	{ "Saturday, June 15, 2024 10:30 PM EDT", "2024-06-16T02:30:00Z" },
	{ "Saturday, June 15th, 2024 at 12:05 am", "2024-06-15T00:05:00Z" },
	{ "Sat Jun 15 10:30:00 2024", "2024-06-15T10:30:00Z" },
	{ "Saturday 15 June 2024 - 10:30 BST", "2024-06-15T09:30:00Z" },
	{ "Sat, 15 Jun 2024 10:30:00 UT", "2024-06-15T10:30:00Z" },
	{ "15 June 2024 9am", NULL },
	{ "15/06/2024 10:30", "2024-06-15T10:30:00Z" },
	{ "06/15/2024", "2024-06-15T00:00:00Z" },
	{ "Mon, 29 Feb 2024 10:30:00 GMT", "2024-02-29T10:30:00Z" },
	/* ISO 8601, RFC 3339, W3C-DTF */
	{ "2024-06-15T10:30:00Z", "2024-06-15T10:30:00Z" },
	{ "2024-06-15T11:30:00+01:00", "2024-06-15T10:30:00Z" },
	{ "2024-06-15T10:30:00.5Z", "2024-06-15T10:30:00Z" },
	{ "2024-06-15T10:30:00.123456-07:00", "2024-06-15T17:30:00Z" },
	{ "2024-06-15t10:30:00z", "2024-06-15T10:30:00Z" },
	{ "2024-06-15T10:30Z", "2024-06-15T10:30:00Z" },
	{ "2024-06-15T10:30", "2024-06-15T10:30:00Z" },
	{ "2024-06-15T10:30:00+0100", "2024-06-15T09:30:00Z" },
	{ "2024-06-15T10:30:00+01", "2024-06-15T09:30:00Z" },
	{ "2024-06-15 10:30:00", "2024-06-15T10:30:00Z" },
	{ "2024-06-15 10:30:00 +0100", "2024-06-15T09:30:00Z" },
	{ "2024-06-15T10:30:00 GMT", "2024-06-15T10:30:00Z" },
	{ "2024/06/15 10:30:00 EDT", "2024-06-15T14:30:00Z" },
	{ "20240615T103000Z", "2024-06-15T10:30:00Z" },
	{ "20240615", "2024-06-15T00:00:00Z" },
	{ "2024-06-15", "2024-06-15T00:00:00Z" },
	{ "2024-06", "2024-06-01T00:00:00Z" },
	{ "2024", "2024-01-01T00:00:00Z" },
	{ "2024-06-15T24:00:00Z", "2024-06-16T00:00:00Z" },
	/* Never a wrong date */
	{ "not a date", NULL },
	{ "", NULL },
	{ "Sat, 31 Feb 2024 10:30:00 GMT", NULL },
	{ "Thu, 29 Feb 2023 10:30:00 GMT", NULL },
	{ "Sat, 15 Jun 2024 10:30:00 IST", NULL },
	{ "Sat, 15 Jun 2024 10:30:00 XYZ", NULL },
	{ "Sat, 15 Jun 2024 25:30:00 GMT", NULL },
	{ "Sat, 15 Jun 2024 10:30:00 GMT junk", NULL },
	{ "06/07/2024", NULL },
	{ "2024-13-01", NULL },
	{ "2024-06-15T25:00:00Z", NULL },
	{ "2024-06-15T10:30:00+25:00", NULL },
	{ "0001-01-01T00:00:00Z", NULL },
	{ "15 Foo 2024", NULL },
};

START_TEST(test_feed_date)
{
	size_t	i = (size_t)_i;
	char	what[160];

	snprintf(what, sizeof what, "\"%s\"", date_rows[i].in);
	check_date(what, feed_date_parse(date_rows[i].in), date_rows[i].want);
}
END_TEST

#define NROWS(t)	((int)(sizeof t / sizeof t[0]))

int
main(void)
{
	Suite	*s = suite_create("feeds");
	TCase	*tc;
	SRunner	*sr;
	int	 failed;

	tc = tcase_create("feed");
	tcase_add_loop_test(tc, test_feed_formats, 0, NROWS(feed_rows));
	tcase_add_loop_test(tc, test_feed_items, 0, NROWS(item_rows));
	tcase_add_loop_test(tc, test_feed_always_utf8, 0, NROWS(feed_rows));
	tcase_add_test(tc, test_feed_raw_markup_kept);
	tcase_add_test(tc, test_feed_ids_stable);
	tcase_add_test(tc, test_feed_not_a_feed);
	tcase_add_test(tc, test_feed_wrapped_in_html);
	tcase_add_test(tc, test_feed_bounded);
	tcase_add_test(tc, test_feed_deep_html);
	tcase_add_test(tc, test_feed_http_charset);
	tcase_add_test(tc, test_feed_links_rfc3986);
	tcase_add_test(tc, test_feed_atom1_inline);
	tcase_add_test(tc, test_feed_broken_read_as_far_as_it_goes);
	suite_add_tcase(s, tc);
	tc = tcase_create("feed_date");
	tcase_add_loop_test(tc, test_feed_date, 0, NROWS(date_rows));
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE);
}
