/*
 * feed.c: reading RSS and Atom with libxml2. The parser is tolerant (broken
 * feeds are read as far as they go and marked malformed), never touches
 * the network and expands no external entity. Every title and summary,
 * whether plain text, escaped HTML or CDATA, becomes clean text through
 * Gumbo; links are made absolute against the feed's URL.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>

#include "common/hash.h"
#include "common/html.h"
#include "common/mwtime.h"
#include "common/str.h"
#include "common/xmalloc.h"
#include "feeds/feed.h"
#include "feeds/feed_date.h"

#define NS_ATOM1	"http://www.w3.org/2005/Atom"
#define NS_ATOM03	"http://purl.org/atom/ns#"
#define NS_RSS1		"http://purl.org/rss/1.0/"
#define NS_RSS090	"http://my.netscape.com/rdf/simple/0.9/"
#define NS_DC		"http://purl.org/dc/elements/1.1/"
#define NS_CONTENT	"http://purl.org/rss/1.0/modules/content/"
#define TEXT_MAX	(1024 * 1024)

static const char *format_names[] = {
	"unknown", "rss0.90", "rss0.91", "rss0.92", "rss2", "rss1",
	"atom0.3", "atom1", "jsonfeed",
};

/* Return the name of "f" as `mentionwatch feed --json` prints it. */
const char *
feed_format_name(enum feed_format f)
{
	return (format_names[f]);
}

static int
name_is(const xmlNode *n, const char *name)
{
	return (n->type == XML_ELEMENT_NODE &&
	    strcasecmp((const char *)n->name, name) == 0);
}

static const char *
ns_of(const xmlNode *n)
{
	return (n->ns != NULL && n->ns->href != NULL ?
	    (const char *)n->ns->href : "");
}

/* Return the text of "n" as clean text: HTML-looking text goes through
 * Gumbo, plain text has its white space folded. */
static char *
clean_text(const char *s)
{
	size_t	len = strlen(s);
	char	*t, *out, *o;
	int	 space = 0;

	if (html_looks_like(s, len))
		t = html_text(s, len, TEXT_MAX);
	else
		t = xstrdup(s);
	out = xmalloc(strlen(t) + 1);
	o = out;
	for (char *p = t; *p != '\0'; p++) {
		if (isspace((unsigned char)*p)) {
			space = 1;
			continue;
		}
		if (space && o != out)
			*o++ = ' ';
		space = 0;
		*o++ = *p;
	}
	*o = '\0';
	free(t);
	return (out);
}

/* Return the markup inside "n" (an XHTML div or escaped HTML) as text. */
static char *
node_content(xmlDoc *doc, xmlNode *n)
{
	xmlChar	*type = xmlGetProp(n, (const xmlChar *)"type");
	char	*out;

	if (type != NULL && strcasecmp((char *)type, "xhtml") == 0) {
		xmlBufferPtr	 b = xmlBufferCreate();
		xmlNode		*c;

		for (c = n->children; c != NULL; c = c->next)
			xmlNodeDump(b, doc, c, 0, 0);
		out = xstrdup((const char *)xmlBufferContent(b));
		xmlBufferFree(b);
	} else {
		xmlChar	*s = xmlNodeGetContent(n);

		out = xstrdup(s != NULL ? (const char *)s : "");
		xmlFree(s);
	}
	xmlFree(type);
	return (out);
}

static char *
resolve(xmlNode *n, const char *base, const char *href)
{
	xmlChar	*nbase = NULL, *abs;
	char	*out;

	if (href == NULL)
		return (NULL);
	while (isspace((unsigned char)*href))
		href++;
	if (n != NULL)
		nbase = xmlNodeGetBase(n->doc, n);
	abs = xmlBuildURI((const xmlChar *)href,
	    nbase != NULL ? nbase : (const xmlChar *)base);
	if (abs != NULL && nbase != NULL && base != NULL &&
	    xmlStrstr(abs, (const xmlChar *)"://") == NULL) {
		xmlChar	*again = xmlBuildURI(abs, (const xmlChar *)base);

		xmlFree(abs);
		abs = again;
	}
	out = xstrdup(abs != NULL ? (const char *)abs : href);
	xmlFree(abs);
	xmlFree(nbase);
	str_trim(out);
	return (out);
}

static void
set_once(char **field, char *value)
{
	if (*field == NULL || **field == '\0') {
		free(*field);
		*field = value;
	} else
		free(value);
}

static void
item_make_id(struct feed_item *it)
{
	char		 hex[HASH_HEX_LEN];
	struct buf	 b;

	if (it->id != NULL && *it->id != '\0')
		return;
	free(it->id);
	if (it->link != NULL && *it->link != '\0') {
		it->id = xstrdup(it->link);
		return;
	}
	buf_init(&b, 0);
	buf_adds(&b, it->title != NULL ? it->title : "");
	buf_addc(&b, '\n');
	buf_adds(&b, it->summary != NULL ? it->summary : "");
	buf_addc(&b, '\n');
	buf_adds(&b, it->content != NULL ? it->content : "");
	hash_sha256_hex(b.data, b.len, hex);
	buf_free(&b);
	xasprintf(&it->id, "sha256:%s", hex);
}

static void
parse_atom_entry(xmlDoc *doc, xmlNode *e, const char *base,
    struct feed_item *it)
{
	xmlNode	*c;
	char	*s;

	for (c = e->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (name_is(c, "title")) {
			s = node_content(doc, c);
			set_once(&it->title, clean_text(s));
			free(s);
		} else if (name_is(c, "link")) {
			xmlChar	*rel = xmlGetProp(c, (const xmlChar *)"rel");
			xmlChar	*href = xmlGetProp(c, (const xmlChar *)"href");

			if (href != NULL && (rel == NULL ||
			    strcasecmp((char *)rel, "alternate") == 0))
				set_once(&it->link, resolve(c, base,
				    (char *)href));
			xmlFree(rel);
			xmlFree(href);
		} else if (name_is(c, "id")) {
			s = node_content(doc, c);
			set_once(&it->id, xstrdup(str_trim(s)));
			free(s);
		} else if (name_is(c, "summary")) {
			s = node_content(doc, c);
			set_once(&it->summary, clean_text(s));
			set_once(&it->raw, s);
		} else if (name_is(c, "content")) {
			s = node_content(doc, c);
			set_once(&it->content, clean_text(s));
			free(s);
		} else if (name_is(c, "author")) {
			xmlNode	*a;

			for (a = c->children; a != NULL; a = a->next) {
				if (name_is(a, "name")) {
					s = node_content(doc, a);
					set_once(&it->author, clean_text(s));
					free(s);
				}
			}
		} else if (name_is(c, "published") || name_is(c, "issued")) {
			s = node_content(doc, c);
			if (it->published == 0)
				it->published = feed_date_parse(s);
			free(s);
		} else if (name_is(c, "updated") || name_is(c, "modified")) {
			s = node_content(doc, c);
			if (it->updated == 0)
				it->updated = feed_date_parse(s);
			free(s);
		}
	}
}

static void
parse_rss_item(xmlDoc *doc, xmlNode *e, const char *base,
    struct feed_item *it)
{
	xmlNode	*c;
	char	*s;

	for (c = e->children; c != NULL; c = c->next) {
		const char	*ns = ns_of(c);

		if (c->type != XML_ELEMENT_NODE)
			continue;
		s = node_content(doc, c);
		if (name_is(c, "title") && strcmp(ns, NS_DC) != 0)
			set_once(&it->title, clean_text(s));
		else if (name_is(c, "link") && *ns == '\0')
			set_once(&it->link, resolve(c, base, str_trim(s)));
		else if (name_is(c, "link") && strcmp(ns, NS_RSS1) == 0)
			set_once(&it->link, resolve(c, base, str_trim(s)));
		else if (name_is(c, "guid"))
			set_once(&it->id, xstrdup(str_trim(s)));
		else if (name_is(c, "description")) {
			set_once(&it->summary, clean_text(s));
			set_once(&it->raw, xstrdup(s));
		} else if (name_is(c, "encoded") && strcmp(ns, NS_CONTENT) == 0)
			set_once(&it->content, clean_text(s));
		else if (name_is(c, "author") || name_is(c, "creator"))
			set_once(&it->author, clean_text(s));
		else if ((name_is(c, "pubDate") || name_is(c, "date")) &&
		    it->published == 0)
			it->published = feed_date_parse(s);
		free(s);
	}
	if (it->link == NULL) {
		xmlChar	*about = xmlGetProp(e, (const xmlChar *)"about");

		if (about != NULL)
			it->link = resolve(e, base, (char *)about);
		xmlFree(about);
	}
}

static void
add_item(struct feed *f, struct feed_item *it)
{
	item_make_id(it);
	f->items = xreallocarray(f->items, f->nitems + 1, sizeof *f->items);
	f->items[f->nitems++] = *it;
}

static void
parse_channel_meta(xmlDoc *doc, xmlNode *ch, const char *base, struct feed *f)
{
	xmlNode	*c;
	char	*s;

	for (c = ch->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (name_is(c, "title") && f->title == NULL) {
			s = node_content(doc, c);
			f->title = clean_text(s);
			free(s);
		} else if (name_is(c, "link") && f->link == NULL) {
			xmlChar	*href = xmlGetProp(c, (const xmlChar *)"href");
			xmlChar	*rel = xmlGetProp(c, (const xmlChar *)"rel");

			if (href != NULL) {
				if (rel == NULL || strcasecmp((char *)rel,
				    "alternate") == 0)
					f->link = resolve(c, base,
					    (char *)href);
			} else if (*ns_of(c) == '\0' ||
			    strcmp(ns_of(c), NS_RSS1) == 0 ||
			    strcmp(ns_of(c), NS_RSS090) == 0) {
				s = node_content(doc, c);
				f->link = resolve(c, base, str_trim(s));
				free(s);
			}
			xmlFree(href);
			xmlFree(rel);
		} else if (name_is(c, "ttl")) {
			s = node_content(doc, c);
			f->ttl = strtol(s, NULL, 10);
			if (f->ttl < 0 || f->ttl > 7 * 24 * 60)
				f->ttl = 0;
			free(s);
		}
	}
}

static enum feed_format
detect(xmlNode *root)
{
	const char	*ns = ns_of(root);
	xmlChar		*v;
	enum feed_format f = FEED_UNKNOWN;

	if (name_is(root, "feed"))
		return (strcmp(ns, NS_ATOM03) == 0 ? FEED_ATOM03 : FEED_ATOM1);
	if (name_is(root, "RDF")) {
		xmlNode	*c;

		for (c = root->children; c != NULL; c = c->next) {
			if (c->type == XML_ELEMENT_NODE &&
			    strcmp(ns_of(c), NS_RSS090) == 0)
				return (FEED_RSS090);
		}
		return (FEED_RSS1);
	}
	if (name_is(root, "rss")) {
		v = xmlGetProp(root, (const xmlChar *)"version");
		if (v == NULL || strncmp((char *)v, "2", 1) == 0)
			f = FEED_RSS2;
		else if (strcmp((char *)v, "0.91") == 0)
			f = FEED_RSS091;
		else if (strcmp((char *)v, "0.92") == 0 ||
		    strcmp((char *)v, "0.93") == 0 ||
		    strcmp((char *)v, "0.94") == 0)
			f = FEED_RSS092;
		else if (strcmp((char *)v, "0.90") == 0)
			f = FEED_RSS090;
		else
			f = FEED_RSS2;
		xmlFree(v);
	}
	return (f);
}

/* Parse items of every channel-like container under "root". */
static void
collect(xmlDoc *doc, xmlNode *root, const char *base, struct feed *f)
{
	xmlNode			*c, *g;
	struct feed_item	 it;

	if (f->format == FEED_ATOM1 || f->format == FEED_ATOM03) {
		parse_channel_meta(doc, root, base, f);
		for (c = root->children; c != NULL; c = c->next) {
			if (!name_is(c, "entry") || f->nitems >= FEED_MAX_ITEMS)
				continue;
			memset(&it, 0, sizeof it);
			parse_atom_entry(doc, c, base, &it);
			add_item(f, &it);
		}
		return;
	}
	for (c = root->children; c != NULL; c = c->next) {
		if (name_is(c, "channel")) {
			parse_channel_meta(doc, c, base, f);
			for (g = c->children; g != NULL; g = g->next) {
				if (!name_is(g, "item") ||
				    f->nitems >= FEED_MAX_ITEMS)
					continue;
				memset(&it, 0, sizeof it);
				parse_rss_item(doc, g, base, &it);
				add_item(f, &it);
			}
		} else if (name_is(c, "item") && f->nitems < FEED_MAX_ITEMS) {
			memset(&it, 0, sizeof it);
			parse_rss_item(doc, c, base, &it);
			add_item(f, &it);
		}
	}
}

static void
silent(void *ctx, const char *msg, ...)
{
}

/* Return 1 if "name" (of length "n") starts the bytes at "p" ("len"). */
static int
starts(const char *p, size_t len, const char *name)
{
	size_t	n = strlen(name);

	return (len >= n && strncasecmp(p, name, n) == 0);
}

/*
 * Return 1 if the bytes look like a feed rather than a web page: the first
 * element (after any XML declaration, comments and doctype) is <rss>,
 * <feed>, <rdf:RDF>, or the text is a JSON object with a feed version.
 */
int
feed_sniff(const char *buf, size_t len)
{
	size_t	i, n = len < 4096 ? len : 4096;

	for (i = 0; i < n; i++) {
		if (buf[i] == '{')
			return (memmem(buf, n, "jsonfeed.org/version", 20) !=
			    NULL);
		if (buf[i] != '<' || i + 1 >= n || buf[i + 1] == '?' ||
		    buf[i + 1] == '!')
			continue;
		return (starts(buf + i + 1, n - i - 1, "rss") ||
		    starts(buf + i + 1, n - i - 1, "feed") ||
		    starts(buf + i + 1, n - i - 1, "rdf:rdf") ||
		    starts(buf + i + 1, n - i - 1, "rdf "));
	}
	return (0);
}

/*
 * Parse the feed in "len" bytes at "buf", fetched from "base" (for
 * relative links; may be NULL), whose HTTP charset was "charset" (may be
 * NULL). On success "*out" holds the feed for feed_free; on failure
 * return -1 with "*cause" set.
 */
int
feed_parse_buffer(const char *buf, size_t len, const char *base,
    const char *charset, struct feed **out, char **cause)
{
	xmlParserCtxtPtr	 ctx;
	xmlDoc			*doc;
	xmlNode			*root;
	struct feed		*f;
	int			 opts;

	*out = NULL;
	if (len > FEED_MAX_SIZE) {
		xasprintf(cause, "feed is larger than %d bytes", FEED_MAX_SIZE);
		return (-1);
	}
	ctx = xmlNewParserCtxt();
	if (ctx == NULL)
		fatalx("feed: out of memory");
	xmlSetGenericErrorFunc(NULL, silent);
	opts = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
	doc = xmlCtxtReadMemory(ctx, buf, (int)len, base, charset, opts);
	if (doc == NULL || (root = xmlDocGetRootElement(doc)) == NULL) {
		xasprintf(cause, "not XML, or nothing readable in it");
		if (doc != NULL)
			xmlFreeDoc(doc);
		xmlFreeParserCtxt(ctx);
		return (-1);
	}
	f = xcalloc(1, sizeof *f);
	f->malformed = !ctx->wellFormed;
	f->format = detect(root);
	if (f->format == FEED_UNKNOWN) {
		xasprintf(cause, "not a feed: the document is <%s>",
		    (const char *)root->name);
		xmlFreeDoc(doc);
		xmlFreeParserCtxt(ctx);
		feed_free(f);
		return (-1);
	}
	collect(doc, root, base, f);
	xmlFreeDoc(doc);
	xmlFreeParserCtxt(ctx);
	*out = f;
	return (0);
}

/* Free "f"; NULL does nothing. */
void
feed_free(struct feed *f)
{
	size_t	i;

	if (f == NULL)
		return;
	for (i = 0; i < f->nitems; i++) {
		struct feed_item	*it = &f->items[i];

		free(it->title);
		free(it->link);
		free(it->id);
		free(it->summary);
		free(it->content);
		free(it->author);
		free(it->raw);
	}
	free(f->items);
	free(f->title);
	free(f->link);
	free(f);
}
