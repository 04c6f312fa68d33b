/*
 * feed.c: reading a feed, whatever its format. The bytes are first made
 * UTF-8 (feed_charset.c) and, for XML, mended where real feeds are broken
 * (feed_repair.c); libxml2 then reads them in recover mode, never touching
 * the network and loading no external entity, or jansson reads JSON. The
 * parsers in the table below, one per format family, each recognise their
 * documents and fill a struct feed with the helpers of this file: element
 * keys that ignore namespace prefixes, text constructs made clean text
 * (HTML through Gumbo) with the markup kept, links (feed_url.c), people,
 * dates and stable item ids. The rules follow the specifications and,
 * where they are silent, what Python feedparser does, so that feeds read
 * the same here as in mature readers.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <openssl/evp.h>

#include "common/buf.h"
#include "common/hash.h"
#include "common/html.h"
#include "common/str.h"
#include "common/xmalloc.h"
#include "feeds/feed.h"
#include "feeds/feed_date.h"
#include "feeds/feed_int.h"

#define TEXT_MAX	(1024 * 1024)
#define HTML_DEPTH_MAX	256	/* deeper HTML is not given to Gumbo */
#define FIND_DEPTH	8

/* The format families, tried in order. */
static const struct feed_parser *parsers[] = {
	&feed_rss_parser,
	&feed_rdf_parser,
	&feed_atom_parser,
	&feed_json_parser,
};

static const char *format_names[] = {
	"unknown", "rss0.90", "rss0.91", "rss0.92", "rss2", "rss1",
	"atom0.3", "atom1", "jsonfeed",
};

/* Namespaces by their usual prefix; "" is the feed's own vocabulary. */
static const struct {
	const char	*uri;
	const char	*prefix;
} namespaces[] = {
	{ "http://www.w3.org/2005/Atom", "" },
	{ "http://purl.org/atom/ns#", "" },
	{ "http://purl.org/rss/1.0/", "" },
	{ "http://my.netscape.com/rdf/simple/0.9/", "" },
	{ "http://backend.userland.com/rss2", "" },
	{ "http://backend.userland.com/rss", "" },
	{ "http://blogs.law.harvard.edu/tech/rss", "" },
	{ "http://purl.org/rss/1.0/modules/rss091#", "" },
	{ "http://purl.org/echo/", "" },
	{ "http://purl.org/pie/", "" },
	{ "http://example.com/newformat#", "" },
	{ "http://example.com/necho", "" },
	{ "uri/of/echo/namespace#", "" },
	{ "http://purl.org/dc/elements/1.1/", "dc" },
	{ "http://purl.org/dc/elements/1.0/", "dc" },
	{ "http://purl.org/dc/terms/", "dcterms" },
	{ "http://purl.org/rss/1.0/modules/content/", "content" },
	{ "http://search.yahoo.com/mrss/", "media" },
	{ "http://search.yahoo.com/mrss", "media" },
	{ "http://www.itunes.com/dtds/podcast-1.0.dtd", "itunes" },
	{ "http://www.itunes.com/DTDs/Podcast-1.0.dtd", "itunes" },
	{ "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf" },
	{ "http://www.w3.org/1999/xhtml", "xhtml" },
	{ "http://www.w3.org/XML/1998/namespace", "xml" },
	{ "http://www.youtube.com/xml/schemas/2015", "yt" },
	{ "http://purl.org/rss/1.0/modules/slash/", "slash" },
	{ "http://wellformedweb.org/CommentAPI/", "wfw" },
};

#define NNAMESPACES	(sizeof namespaces / sizeof namespaces[0])

/* Return the name of "f" as `mentionwatch feed --json` prints it. */
const char *
feed_format_name(enum feed_format f)
{
	if ((size_t)f >= sizeof format_names / sizeof format_names[0])
		return (format_names[0]);
	return (format_names[f]);
}

/* ------------------------------------------------------------------ */
/* Elements and attributes                                              */
/* ------------------------------------------------------------------ */

/*
 * Write the key of element "n" into "buf" ("len" bytes) and return it:
 * "prefix:name" with the usual prefix of its namespace (see namespaces[]),
 * or just "name" for the feed's own vocabulary; lower case, because feeds
 * write "pubdate" and "PubDate" too. A prefix the document forgot to
 * declare is taken as written.
 */
const char *
feed_xml_key(const xmlNode *n, char *buf, size_t len)
{
	const char	*name = (const char *)n->name, *prefix = "", *colon;
	size_t		 i;

	if (n->ns != NULL && n->ns->href != NULL) {
		prefix = NULL;
		for (i = 0; i < NNAMESPACES; i++) {
			if (strcmp((const char *)n->ns->href,
			    namespaces[i].uri) == 0) {
				prefix = namespaces[i].prefix;
				break;
			}
		}
		if (prefix == NULL)
			prefix = n->ns->prefix != NULL ?
			    (const char *)n->ns->prefix : "";
	} else if ((colon = strchr(name, ':')) != NULL) {
		snprintf(buf, len, "%.*s:%s", (int)(colon - name), name,
		    colon + 1);
		for (char *p = buf; *p != '\0'; p++)
			*p = (char)tolower((unsigned char)*p);
		if (strncmp(buf, "atom:", 5) == 0)
			memmove(buf, buf + 5, strlen(buf + 5) + 1);
		return (buf);
	}
	if (*prefix != '\0')
		snprintf(buf, len, "%s:%s", prefix, name);
	else
		snprintf(buf, len, "%s", name);
	for (char *p = buf; *p != '\0'; p++)
		*p = (char)tolower((unsigned char)*p);
	return (buf);
}

/* Return 1 if "n" is an element whose key is "key". */
int
feed_xml_is(const xmlNode *n, const char *key)
{
	char	buf[128];

	if (n->type != XML_ELEMENT_NODE)
		return (0);
	return (strcmp(feed_xml_key(n, buf, sizeof buf), key) == 0);
}

/* Return a copy of the attribute "name" of "n" (any namespace, any case),
 * or NULL. */
char *
feed_xml_attr(const xmlNode *n, const char *name)
{
	const xmlAttr	*a;
	xmlChar		*v;
	char		*out;

	for (a = n->properties; a != NULL; a = a->next) {
		if (strcasecmp((const char *)a->name, name) != 0)
			continue;
		v = xmlNodeGetContent((const xmlNode *)a);
		out = xstrdup(v != NULL ? (const char *)v : "");
		xmlFree(v);
		return (out);
	}
	return (NULL);
}

/* Return the text inside "n", trimmed. */
char *
feed_xml_string(const xmlNode *n)
{
	xmlChar	*s = xmlNodeGetContent(n);
	char	*out;

	out = xstrdup(s != NULL ? (const char *)s : "");
	xmlFree(s);
	str_strip(out);
	return (out);
}

/* Replace "*field" with "value" (which may be NULL). */
void
feed_set(char **field, char *value)
{
	free(*field);
	*field = value;
}

/* Set "*field" to "value" unless it has a value; free "value" if not. */
void
feed_set_first(char **field, char *value)
{
	if (*field == NULL || **field == '\0')
		feed_set(field, value);
	else
		free(value);
}

/* ------------------------------------------------------------------ */
/* Text                                                                 */
/* ------------------------------------------------------------------ */

/*
 * Return "s" with runs of white space (and no-break spaces) folded to one
 * space and trimmed;
 * with "lines", line breaks between blocks survive (one at most).
 */
char *
feed_text_tidy(const char *s, int lines)
{
	char	*out = xmalloc(strlen(s) + 1), *o = out;
	int	 space = 0, nl = 0;

	for (; *s != '\0'; s++) {
		if (isspace((unsigned char)*s)) {
			space = 1;
			if (*s == '\n' && lines)
				nl = 1;
			continue;
		}
		/* A no-break space is a space to a reader. */
		if ((unsigned char)s[0] == 0xc2 &&
		    (unsigned char)s[1] == 0xa0) {
			space = 1;
			s++;
			continue;
		}
		if (o != out && (space || nl))
			*o++ = nl ? '\n' : ' ';
		space = nl = 0;
		*o++ = *s;
	}
	*o = '\0';
	return (out);
}

/* Return 1 if the "len" bytes at "name" name an HTML element. */
static int
html_tag_known(const char *name, size_t len)
{
	static const char *tags[] = {
		"a", "abbr", "acronym", "address", "area", "article", "aside",
		"audio", "b", "bdi", "bdo", "big", "blink", "blockquote",
		"br", "button", "canvas", "caption", "center", "cite", "code",
		"col", "colgroup", "command", "datagrid", "datalist", "dd",
		"del", "details", "dfn", "dialog", "dir", "div", "dl", "dt",
		"em", "event-source", "fieldset", "figcaption", "figure",
		"font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
		"header", "hr", "i", "img", "input", "ins", "kbd", "keygen",
		"label", "legend", "li", "m", "map", "menu", "meter",
		"multicol", "nav", "nextid", "noscript", "ol", "optgroup",
		"option", "output", "p", "pre", "progress", "q", "s", "samp",
		"section", "select", "small", "sound", "source", "spacer",
		"span", "strike", "strong", "sub", "sup", "table", "tbody",
		"td", "textarea", "tfoot", "th", "thead", "time", "tr", "tt",
		"u", "ul", "var", "video", "wbr", "iframe", "script", "style",
		"object", "embed", "html", "body", "head", "title", "meta",
		"link", "svg", "math", "mark", "main", "picture", "summary",
	};
	size_t	i;

	for (i = 0; i < sizeof tags / sizeof tags[0]; i++)
		if (strlen(tags[i]) == len && strncasecmp(tags[i], name,
		    len) == 0)
			return (1);
	return (0);
}

/* Return 1 if the "len" bytes at "name" name an inline HTML element. */
static int
html_tag_inline(const char *name, size_t len)
{
	static const char *tags[] = {
		"a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "del",
		"dfn", "em", "font", "i", "img", "ins", "kbd", "mark", "q",
		"s", "samp", "small", "span", "strike", "strong", "sub", "sup",
		"time", "tt", "u", "var", "wbr",
	};
	size_t	i;

	for (i = 0; i < sizeof tags / sizeof tags[0]; i++)
		if (strlen(tags[i]) == len && strncasecmp(tags[i], name,
		    len) == 0)
			return (1);
	return (0);
}

/*
 * Return 1 if "s" reads as HTML (feedparser's rule for RSS, which does
 * not say): it has a closing tag or a character reference, every tag is
 * an HTML element, and every named reference is an HTML entity.
 */
int
feed_looks_like_html(const char *s)
{
	const char	*p;
	int		 evidence = 0;
	unsigned int	 cp[2];

	for (p = s; *p != '\0'; p++) {
		size_t	n;

		if (*p == '<' && (isalpha((unsigned char)p[1]) ||
		    (p[1] == '/' && isalpha((unsigned char)p[2])))) {
			int	closing = p[1] == '/';

			p += closing ? 2 : 1;
			for (n = 0; isalnum((unsigned char)p[n]); n++)
				;
			if (!html_tag_known(p, n))
				return (0);
			if (closing && p[n] == '>')
				evidence = 1;
			p += n - 1;
		} else if (*p == '&') {
			if (p[1] == '#') {
				for (n = 2; isalnum((unsigned char)p[n]); n++)
					;
				if (n > 2 && p[n] == ';')
					evidence = 1;
				continue;
			}
			for (n = 1; isalnum((unsigned char)p[n]); n++)
				;
			if (n > 1 && p[n] == ';') {
				if (feed_entity_lookup(p + 1, n - 1, cp) == 0)
					return (0);
				evidence = 1;
			}
		}
	}
	return (evidence);
}

/* Return 1 if the tag named at "p" ("n" bytes) never has content. */
static int
void_tag(const char *p, size_t n)
{
	static const char *tags[] = {
		"area", "base", "br", "col", "embed", "hr", "img", "input",
		"link", "meta", "param", "source", "track", "wbr",
	};
	size_t	i;

	for (i = 0; i < sizeof tags / sizeof tags[0]; i++)
		if (strlen(tags[i]) == n && strncasecmp(p, tags[i], n) == 0)
			return (1);
	return (0);
}

/*
 * Return 1 if the HTML "s" nests deeper than HTML_DEPTH_MAX, counting
 * start tags less end tags. Gumbo takes time quadratic in that depth
 * (and its stack overflows at a few hundred thousand), so a hostile feed
 * could stall or crash the crawler.
 */
static int
html_too_deep(const char *s)
{
	long		 depth = 0;
	const char	*p;
	size_t		 n;

	for (p = strchr(s, '<'); p != NULL; p = strchr(p + 1, '<')) {
		if (p[1] == '/') {
			if (depth > 0)
				depth--;
			continue;
		}
		for (n = 0; isalnum((unsigned char)p[1 + n]); n++)
			;
		if (n == 0 || void_tag(p + 1, n))
			continue;
		if (++depth > HTML_DEPTH_MAX)
			return (1);
	}
	return (0);
}

/*
 * Return the text of the HTML "s" read without Gumbo: tags dropped (a
 * block tag a line break), the text of scripts and styles dropped, and
 * character references decoded. For markup too deep for Gumbo.
 */
static char *
strip_markup(const char *s)
{
	static const char	 alnum[] = "abcdefghijklmnopqrstuvwxyz"
				    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	struct buf		 b;
	const char		*p = s, *e, *name, *close;
	char			*end, u[8];
	unsigned int		 cp[2];
	unsigned long		 c;
	size_t			 n;
	int			 k;

	buf_init(&b, TEXT_MAX);
	while (*p != '\0') {
		if (*p == '<') {
			e = strchr(p, '>');
			if (e == NULL)
				break;
			name = p + 1 + (p[1] == '/');
			n = strspn(name, alnum);
			close = NULL;
			if (p[1] != '/' && n == 6 &&
			    strncasecmp(name, "script", 6) == 0)
				close = "</script";
			else if (p[1] != '/' && n == 5 &&
			    strncasecmp(name, "style", 5) == 0)
				close = "</style";
			if (close != NULL) {
				e = strcasestr(e, close);
				if (e == NULL || (e = strchr(e, '>')) == NULL)
					break;
			} else if (n > 0 && !html_tag_inline(name, n))
				buf_addc(&b, '\n');
			p = e + 1;
			continue;
		}
		if (*p == '&' && p[1] == '#') {
			if (p[2] == 'x' || p[2] == 'X')
				c = strtoul(p + 3, &end, 16);
			else
				c = strtoul(p + 2, &end, 10);
			if (end > p + 2 && *end == ';' && c > 0 &&
			    c <= 0x10ffff) {
				buf_add(&b, u, utf8_encode((unsigned)c, u));
				p = end + 1;
				continue;
			}
		} else if (*p == '&') {
			n = strspn(p + 1, alnum);
			k = 0;
			if (p[1 + n] == ';')
				k = feed_entity_lookup(p + 1, n, cp);
			if (k > 0) {
				buf_add(&b, u, utf8_encode(cp[0], u));
				if (k == 2)
					buf_add(&b, u, utf8_encode(cp[1], u));
				p += n + 2;
				continue;
			}
		}
		buf_addc(&b, *p++);
	}
	return (buf_detach(&b));
}

/* Return the text of "s" read as "mode", clean; "lines" keeps breaks. */
char *
feed_text_clean(const char *s, enum feed_text mode, int lines)
{
	char	*t, *out;

	if (mode == FEED_TEXT_GUESS)
		mode = feed_looks_like_html(s) ? FEED_TEXT_HTML :
		    FEED_TEXT_PLAIN;
	if (mode == FEED_TEXT_PLAIN || (strchr(s, '<') == NULL &&
	    strchr(s, '&') == NULL))
		return (feed_text_tidy(s, lines));
	if (html_too_deep(s))
		t = strip_markup(s);
	else
		t = html_text(s, strlen(s), TEXT_MAX);
	out = feed_text_tidy(t, lines);
	free(t);
	return (out);
}

/* Map a MIME type or Atom type name to how its text is read. */
static enum feed_text
type_mode(const char *type, enum feed_text dflt)
{
	if (type == NULL || *type == '\0')
		return (dflt);
	if (strcasecmp(type, "text") == 0 || strcasecmp(type, "plain") == 0 ||
	    strcasecmp(type, "text/plain") == 0)
		return (FEED_TEXT_PLAIN);
	if (strcasecmp(type, "html") == 0 ||
	    strcasecmp(type, "text/html") == 0)
		return (FEED_TEXT_HTML);
	if (strcasecmp(type, "xhtml") == 0 ||
	    strcasecmp(type, "application/xhtml+xml") == 0)
		return (FEED_TEXT_XHTML);
	if (strncasecmp(type, "text/", 5) == 0 || strstr(type, "xml") != NULL)
		return (FEED_TEXT_PLAIN);
	return (dflt);
}

/* Return the markup of the children of "n", serialised. */
static char *
inner_markup(xmlNode *n)
{
	xmlBufferPtr	 b = xmlBufferCreate();
	xmlNode		*c;
	char		*out;

	if (b == NULL)
		fatalx("feed: out of memory");
	for (c = n->children; c != NULL; c = c->next)
		xmlNodeDump(b, n->doc, c, 0, 0);
	out = xstrdup((const char *)xmlBufferContent(b));
	xmlBufferFree(b);
	return (out);
}

/* Return 1 if "n" has an element among its children. */
static int
has_element_child(const xmlNode *n)
{
	const xmlNode	*c;

	for (c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			return (1);
	return (0);
}

/* Return the base64 text "s" decoded (Atom 0.3 mode="base64"), as UTF-8. */
static char *
base64_text(const char *s)
{
	size_t		 len = strlen(s), i, j = 0;
	char		*clean = xmalloc(len + 1);
	unsigned char	*out;
	int		 n;

	for (i = 0; i < len; i++)
		if (!isspace((unsigned char)s[i]))
			clean[j++] = s[i];
	clean[j] = '\0';
	out = xmalloc(j / 4 * 3 + 4);
	n = EVP_DecodeBlock(out, (unsigned char *)clean, (int)j);
	free(clean);
	if (n < 0) {
		free(out);
		return (xstrdup(s));
	}
	/* EVP_DecodeBlock counts the padding as NUL bytes. */
	while (n > 0 && out[n - 1] == '\0')
		n--;
	out[n] = '\0';
	{
		char	*r = utf8_repair((char *)out, (size_t)n, NULL);

		free(out);
		return (r);
	}
}

/*
 * Return the text construct "n" as clean text, read as "dflt" unless its
 * attributes say otherwise (Atom "type", Atom 0.3 "mode"); "lines" keeps
 * line breaks between blocks. When "raw" is not NULL it receives the
 * original text or markup, for evidence.
 */
char *
feed_xml_text(struct feed_xml *x, xmlNode *n, enum feed_text dflt, int lines,
    char **raw)
{
	char		*type, *mode, *s, *out;
	enum feed_text	 how;

	type = feed_xml_attr(n, "type");
	how = type_mode(type, dflt);
	mode = x->atom03 ? feed_xml_attr(n, "mode") : NULL;
	if (mode != NULL && strcasecmp(mode, "escaped") == 0 &&
	    how == FEED_TEXT_XHTML)
		how = FEED_TEXT_HTML;
	if (how == FEED_TEXT_XHTML || has_element_child(n)) {
		s = inner_markup(n);
		if (how == FEED_TEXT_PLAIN)
			how = FEED_TEXT_HTML;
	} else {
		xmlChar	*c = xmlNodeGetContent(n);

		s = xstrdup(c != NULL ? (const char *)c : "");
		xmlFree(c);
		if (mode != NULL && strcasecmp(mode, "base64") == 0) {
			char	*d = base64_text(s);

			free(s);
			s = d;
		}
	}
	if (how == FEED_TEXT_XHTML)
		how = FEED_TEXT_HTML;
	out = feed_text_clean(s, how, lines);
	if (raw != NULL)
		feed_set(raw, s);
	else
		free(s);
	free(type);
	free(mode);
	return (out);
}

/* ------------------------------------------------------------------ */
/* Links                                                                */
/* ------------------------------------------------------------------ */

/* Return 1 if "type" (may be NULL) is a web page's type. */
static int
html_type(const char *type)
{
	return (type == NULL || *type == '\0' ||
	    strcasecmp(type, "text/html") == 0 ||
	    strcasecmp(type, "application/xhtml+xml") == 0 ||
	    strcasecmp(type, "html") == 0 || strcasecmp(type, "xhtml") == 0);
}

/*
 * Read a <link>: RSS's text form, or Atom's href form where only
 * rel="alternate" (the default) to a web page counts. Set "*link" (the
 * last such wins, as in feedparser) and return 1 if it was a link to use.
 */
static int
read_link(struct feed_xml *x, xmlNode *n, char **link)
{
	char	*href, *rel, *type, *u = NULL;

	href = feed_xml_attr(n, "href");
	if (href == NULL) {
		if (has_element_child(n)) {
			/* RSS 0.90 <link><url>: no such thing; ignore. */
			return (0);
		}
		/* Text form; an Atom writer's rel still says what it is. */
		rel = feed_xml_attr(n, "rel");
		if (rel != NULL &&
		    strcasecmp(str_trim(rel), "alternate") != 0) {
			free(rel);
			return (0);
		}
		free(rel);
		href = feed_xml_string(n);
		u = feed_url_resolve(x->src, n, href, 1);
	} else {
		rel = feed_xml_attr(n, "rel");
		type = feed_xml_attr(n, "type");
		if ((rel == NULL || strcasecmp(str_trim(rel),
		    "alternate") == 0) && html_type(type))
			u = feed_url_resolve(x->src, n, href, 1);
		free(rel);
		free(type);
	}
	free(href);
	if (u == NULL || !feed_url_allowed(u)) {
		free(u);
		return (0);
	}
	/* "a=1&amp;b=2" written twice escaped: undo it, as feedparser does */
	{
		char	*amp;

		while ((amp = strstr(u, "&amp;")) != NULL)
			memmove(amp + 1, amp + 5, strlen(amp + 5) + 1);
	}
	feed_set(link, u);
	return (1);
}

/* ------------------------------------------------------------------ */
/* Items                                                                */
/* ------------------------------------------------------------------ */

/* Read an Atom person construct (name, email) or an RSS person string. */
static void
read_person(struct feed_xml *x, xmlNode *n, struct feed_entry *e)
{
	xmlNode	*c;
	char	*name = NULL, *email = NULL;

	if (!has_element_child(n)) {
		char	*s = feed_xml_string(n);
		char	*t = feed_text_clean(s, FEED_TEXT_PLAIN, 0);

		free(s);
		if (*t == '\0') {
			free(t);
			return;
		}
		feed_set(&e->it.author, t);
		feed_set(&e->author_name, NULL);
		feed_set(&e->author_email, NULL);
		e->have_author = 1;
		return;
	}
	for (c = n->children; c != NULL; c = c->next) {
		if (feed_xml_is(c, "name"))
			feed_set(&name, feed_xml_text(x, c, FEED_TEXT_PLAIN, 0,
			    NULL));
		else if (feed_xml_is(c, "email"))
			feed_set(&email, feed_xml_string(c));
	}
	if ((name == NULL || *name == '\0') && (email == NULL ||
	    *email == '\0')) {
		free(name);
		free(email);
		return;
	}
	feed_set(&e->author_name, name);
	feed_set(&e->author_email, email);
	feed_set(&e->it.author, NULL);
	e->have_author = 1;
}

/* Read the date in "n" into "*field". */
static void
set_date(time_t *field, xmlNode *n)
{
	char	*s = feed_xml_string(n);
	time_t	 t = feed_date_parse(s);

	/* The last date wins, as in feedparser; an unreadable one does not
	 * erase a readable one. */
	if (t != 0 || *field == 0)
		*field = t;
	free(s);
}

/* Read "c" as the summary, or as the content if a summary came first. */
static void
set_summary(struct feed_xml *x, struct feed_entry *e, xmlNode *c,
    enum feed_text mode)
{
	char	*raw = NULL, *t;

	t = feed_xml_text(x, c, mode, 1, &raw);
	if (!e->summary_explicit) {
		feed_set(&e->it.summary, t);
		feed_set(&e->raw_summary, raw);
		e->summary_explicit = 1;
	} else if (e->it.content == NULL) {
		/* A second summary is the content (feedparser). */
		feed_set(&e->it.content, t);
		feed_set(&e->raw_content, raw);
	} else {
		free(t);
		free(raw);
	}
}

/* Read "c" as the content, unless it is out of line or not the first. */
static void
set_content(struct feed_xml *x, struct feed_entry *e, xmlNode *c,
    enum feed_text mode)
{
	char	*raw = NULL, *t, *src, *type;

	src = feed_xml_attr(c, "src");
	if (src != NULL) {
		/* Out-of-line content: nothing to read here. */
		free(src);
		return;
	}
	type = feed_xml_attr(c, "type");
	if (type != NULL && strchr(type, '/') != NULL &&
	    strncasecmp(type, "text/", 5) != 0 &&
	    strstr(type, "xml") == NULL) {
		/* An image or other media, base64-encoded (RFC 4287,
		 * 4.1.3.3): no text in it. */
		free(type);
		return;
	}
	free(type);
	if (e->it.content != NULL)
		return;
	t = feed_xml_text(x, c, mode, 1, &raw);
	feed_set(&e->it.content, t);
	feed_set(&e->raw_content, raw);
}

/* Read a Media RSS element "c" (key "k"), inside groups to "depth" 3. */
static void
media_elem(struct feed_xml *x, struct feed_entry *e, xmlNode *c,
    const char *k, int depth)
{
	xmlNode	*g;
	char	*s;

	if (strcmp(k, "media:title") == 0 && e->title_rank == 0) {
		feed_set(&e->it.title, feed_xml_text(x, c, FEED_TEXT_PLAIN,
		    0, NULL));
		e->title_rank = 1;
	} else if (strcmp(k, "media:description") == 0) {
		/* A description like any other (feedparser): the summary,
		 * or the content when the summary came first. */
		set_summary(x, e, c, FEED_TEXT_PLAIN);
	} else if (strcmp(k, "media:thumbnail") == 0 &&
	    e->it.thumbnail == NULL) {
		s = feed_xml_attr(c, "url");
		e->it.thumbnail = feed_url_resolve(x->src, c, s, 1);
		free(s);
	} else if ((strcmp(k, "media:group") == 0 ||
	    strcmp(k, "media:content") == 0) && depth < 3) {
		if (strcmp(k, "media:content") == 0 &&
		    e->it.thumbnail == NULL) {
			char	*medium = feed_xml_attr(c, "medium");
			char	*type = feed_xml_attr(c, "type");

			if ((medium != NULL && strcasecmp(medium,
			    "image") == 0) || (type != NULL &&
			    strncasecmp(type, "image/", 6) == 0)) {
				s = feed_xml_attr(c, "url");
				e->it.thumbnail = feed_url_resolve(x->src, c,
				    s, 1);
				free(s);
			}
			free(medium);
			free(type);
		}
		for (g = c->children; g != NULL; g = g->next) {
			char	kb[128];

			if (g->type == XML_ELEMENT_NODE)
				media_elem(x, e, g, feed_xml_key(g, kb,
				    sizeof kb), depth + 1);
		}
	}
}

/*
 * Read one child "c" of an item or entry into "e": the elements of every
 * format and the common extensions, so that a feed mixing them (Atom
 * links in RSS, Dublin Core everywhere) reads as its writer meant.
 */
void
feed_entry_elem(struct feed_xml *x, struct feed_entry *e, xmlNode *c)
{
	char		 kb[128];
	const char	*k;
	char		*s, *perma;

	if (c->type != XML_ELEMENT_NODE)
		return;
	k = feed_xml_key(c, kb, sizeof kb);
	if (strcmp(k, "title") == 0 || strcmp(k, "dc:title") == 0) {
		if (e->title_rank < 2) {
			feed_set(&e->it.title, feed_xml_text(x, c, x->atom ?
			    FEED_TEXT_PLAIN : FEED_TEXT_GUESS, 0, NULL));
			e->title_rank = 2;
		}
	} else if (strcmp(k, "link") == 0) {
		if (read_link(x, c, &e->it.link))
			e->guid_is_link = 0;
	} else if (strcmp(k, "guid") == 0 || strcmp(k, "id") == 0) {
		perma = feed_xml_attr(c, "isPermaLink");
		s = feed_xml_string(c);
		if (*s == '\0') {
			free(s);
			free(perma);
			return;
		}
		if (perma == NULL ||
		    strcasecmp(str_trim(perma), "true") == 0) {
			char	*u = feed_url_resolve(x->src, c, s, 0);

			free(s);
			s = u;
			u = feed_url_resolve(x->src, c, s, 1);
			/* Only a guid that is a URL by itself is a link:
			 * "42" is an id, whatever isPermaLink says. */
			if ((e->it.link == NULL || e->guid_is_link) &&
			    (strncasecmp(s, "http://", 7) == 0 ||
			    strncasecmp(s, "https://", 8) == 0)) {
				feed_set(&e->it.link, u);
				e->guid_is_link = 1;
			} else
				free(u);
		}
		feed_set(&e->it.id, s);
		free(perma);
	} else if (strcmp(k, "description") == 0 ||
	    strcmp(k, "dc:description") == 0) {
		set_summary(x, e, c, FEED_TEXT_HTML);
	} else if (strcmp(k, "summary") == 0 || strcmp(k, "abstract") == 0 ||
	    strcmp(k, "itunes:summary") == 0) {
		set_summary(x, e, c, x->atom ? FEED_TEXT_PLAIN :
		    FEED_TEXT_GUESS);
	} else if (strcmp(k, "content:encoded") == 0 ||
	    strcmp(k, "fullitem") == 0) {
		set_content(x, e, c, FEED_TEXT_HTML);
	} else if (strcmp(k, "content") == 0) {
		set_content(x, e, c, x->atom ? FEED_TEXT_PLAIN :
		    FEED_TEXT_HTML);
	} else if (strcmp(k, "xhtml:body") == 0 || strcmp(k, "body") == 0) {
		set_content(x, e, c, FEED_TEXT_XHTML);
	} else if (strcmp(k, "author") == 0 || strcmp(k, "dc:creator") == 0 ||
	    strcmp(k, "dc:author") == 0 || strcmp(k, "itunes:author") == 0) {
		read_person(x, c, e);
	} else if (strcmp(k, "pubdate") == 0 || strcmp(k, "published") == 0 ||
	    strcmp(k, "issued") == 0 || strcmp(k, "dcterms:issued") == 0) {
		set_date(&e->it.published, c);
	} else if (strcmp(k, "updated") == 0 || strcmp(k, "modified") == 0 ||
	    strcmp(k, "dc:date") == 0 || strcmp(k, "dcterms:modified") == 0 ||
	    strcmp(k, "lastbuilddate") == 0) {
		set_date(&e->it.updated, c);
	} else if (strncmp(k, "media:", 6) == 0)
		media_elem(x, e, c, k, 0);
}

/* Replace "*s" with a copy in valid UTF-8 if it is not. */
static void
make_valid(char **s)
{
	const unsigned char	*p;
	char			*r;

	if (*s == NULL)
		return;
	/* Most text is ASCII: only look closer when it is not. */
	for (p = (const unsigned char *)*s; *p != '\0' && *p < 0x80; p++)
		;
	if (*p == '\0' || utf8_valid((const char *)p, strlen((const char *)p)))
		return;
	r = utf8_repair(*s, strlen(*s), NULL);
	free(*s);
	*s = r;
}

/* Give the item its stable id: guid/id, else link, else a hash. */
static void
make_id(struct feed_item *it)
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

/*
 * Finish "e" and add its item to "f" (or drop it past FEED_MAX_ITEMS);
 * "e" is cleared.
 */
void
feed_entry_done(struct feed *f, struct feed_entry *e)
{
	struct feed_item	*it = &e->it;

	if (it->author == NULL && (e->author_name != NULL ||
	    e->author_email != NULL)) {
		const char	*n = e->author_name, *m = e->author_email;

		if (n != NULL && *n != '\0' && m != NULL && *m != '\0')
			xasprintf(&it->author, "%s (%s)", n, m);
		else
			it->author = xstrdup(n != NULL && *n != '\0' ? n : m);
	}
	/* Never changed means last changed when published (feedparser). */
	if (it->updated == 0)
		it->updated = it->published;
	if (it->summary == NULL && it->content != NULL) {
		it->summary = xstrdup(it->content);
		if (e->raw_summary == NULL && e->raw_content != NULL)
			e->raw_summary = xstrdup(e->raw_content);
	}
	it->raw = e->raw_content != NULL ? e->raw_content : e->raw_summary;
	if (it->raw == e->raw_content)
		free(e->raw_summary);
	else
		free(e->raw_content);
	free(e->author_name);
	free(e->author_email);
	make_valid(&it->title);
	make_valid(&it->link);
	make_valid(&it->id);
	make_valid(&it->summary);
	make_valid(&it->content);
	make_valid(&it->author);
	make_valid(&it->raw);
	make_valid(&it->thumbnail);
	make_id(it);
	if (f->nitems >= FEED_MAX_ITEMS) {
		feed_item_clear(it);
		memset(e, 0, sizeof *e);
		return;
	}
	/* Grow by doubling: the count is a power of two when full. */
	if ((f->nitems & (f->nitems - 1)) == 0)
		f->items = xreallocarray(f->items, f->nitems == 0 ? 1 :
		    f->nitems * 2, sizeof *f->items);
	f->items[f->nitems++] = *it;
	memset(e, 0, sizeof *e);
}

/* Read one child "c" of a channel or Atom feed into the feed's fields. */
void
feed_channel_elem(struct feed_xml *x, xmlNode *c)
{
	char		 kb[128];
	const char	*k;
	char		*s;

	if (c->type != XML_ELEMENT_NODE)
		return;
	k = feed_xml_key(c, kb, sizeof kb);
	if (strcmp(k, "title") == 0 || strcmp(k, "dc:title") == 0) {
		if (x->f->title == NULL)
			x->f->title = feed_xml_text(x, c, x->atom ?
			    FEED_TEXT_PLAIN : FEED_TEXT_GUESS, 0, NULL);
	} else if (strcmp(k, "link") == 0) {
		read_link(x, c, &x->f->link);
	} else if (strcmp(k, "ttl") == 0) {
		s = feed_xml_string(c);
		x->f->ttl = strtol(s, NULL, 10);
		if (x->f->ttl < 0 || x->f->ttl > 7 * 24 * 60)
			x->f->ttl = 0;
		free(s);
	} else if (strcmp(k, "author") == 0 || strcmp(k, "dc:creator") == 0 ||
	    strcmp(k, "managingeditor") == 0 ||
	    strcmp(k, "itunes:author") == 0) {
		struct feed_entry	e;

		memset(&e, 0, sizeof e);
		read_person(x, c, &e);
		if (e.it.author == NULL && (e.author_name != NULL ||
		    e.author_email != NULL)) {
			if (e.author_name != NULL && e.author_email != NULL &&
			    *e.author_name != '\0' && *e.author_email != '\0')
				xasprintf(&e.it.author, "%s (%s)",
				    e.author_name, e.author_email);
			else
				e.it.author = xstrdup(e.author_name != NULL &&
				    *e.author_name != '\0' ? e.author_name :
				    e.author_email);
		}
		if (e.it.author != NULL)
			feed_set(&x->f->author, e.it.author);
		free(e.author_name);
		free(e.author_email);
	}
}

/* ------------------------------------------------------------------ */
/* Documents                                                            */
/* ------------------------------------------------------------------ */

/* Say nothing: libxml2's complaints about broken feeds are expected. */
static void
silent(void *ctx, const char *msg, ...)
{
}

/* Say nothing, for libxml2's structured errors. */
static void
silent_structured(void *ctx, xmlErrorPtr err)
{
}

/* Find a feed root inside an HTML page that wraps one; NULL if none. */
static xmlNode *
find_feed_root(xmlNode *n, int depth)
{
	xmlNode	*c, *r;

	if (depth > FIND_DEPTH)
		return (NULL);
	for (c = n->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (strcasecmp((const char *)c->name, "rss") == 0 ||
		    strcasecmp((const char *)c->name, "feed") == 0 ||
		    strcasecmp((const char *)c->name, "RDF") == 0 ||
		    strcasecmp((const char *)c->name, "rdf:RDF") == 0)
			return (c);
		r = find_feed_root(c, depth + 1);
		if (r != NULL)
			return (r);
	}
	return (NULL);
}

/* Return 1 if the bytes look like a JSON document. */
static int
is_json(const char *s, size_t len)
{
	size_t	i = 0;

	while (i < len && isspace((unsigned char)s[i]))
		i++;
	return (i < len && s[i] == '{');
}

/* Read "len" bytes of UTF-8 XML into "src" in recover mode; 0 or -1. */
static int
xml_read(const char *text, size_t len, struct feed_src *src, int *wellformed)
{
	xmlParserCtxtPtr	 ctx;
	int			 opts;

	ctx = xmlNewParserCtxt();
	if (ctx == NULL)
		fatalx("feed: out of memory");
	xmlSetGenericErrorFunc(NULL, silent);
	xmlSetStructuredErrorFunc(NULL, silent_structured);
	opts = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_COMPACT |
	    XML_PARSE_IGNORE_ENC;
	src->doc = xmlCtxtReadMemory(ctx, text, (int)len, NULL, "UTF-8", opts);
	*wellformed = ctx->wellFormed;
	xmlFreeParserCtxt(ctx);
	if (src->doc == NULL)
		return (-1);
	src->root = xmlDocGetRootElement(src->doc);
	return (src->root != NULL ? 0 : -1);
}

/* Initialise libxml2 once, before any thread parses (xmlInitParser(3)). */
static void
init_libxml2(void)
{
	xmlInitParser();
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
	struct feed_src		 src;
	struct feed		*f;
	char			*utf8, *text = NULL;
	size_t			 ulen, tlen, i;
	int			 lied, mended = 0, wellformed = 1;
	enum feed_format	 fmt = FEED_UNKNOWN;
	const struct feed_parser *p = NULL;

	static pthread_once_t	 once = PTHREAD_ONCE_INIT;

	pthread_once(&once, init_libxml2);
	*out = NULL;
	if (len > FEED_MAX_SIZE) {
		xasprintf(cause, "feed is larger than %d bytes",
		    FEED_MAX_SIZE);
		return (-1);
	}
	memset(&src, 0, sizeof src);
	src.base = base != NULL && *base != '\0' ? base : NULL;
	utf8 = feed_charset_utf8(buf, len, charset, &ulen, &lied);
	if (is_json(utf8, ulen)) {
		json_error_t	err;

		src.json = json_loadb(utf8, ulen, JSON_DISABLE_EOF_CHECK,
		    &err);
		if (src.json == NULL) {
			xasprintf(cause, "not a feed: JSON unreadable at line "
			    "%d: %s", err.line, err.text);
			free(utf8);
			return (-1);
		}
	} else {
		text = feed_repair_xml(utf8, ulen, &tlen, &mended);
		if (xml_read(text, tlen, &src, &wellformed) != 0) {
			char	*url = feed_discover(utf8, ulen, src.base);

			if (url != NULL)
				xasprintf(cause, "not a feed: a web page; "
				    "its feed is %s", url);
			else
				xasprintf(cause, "not a feed: no XML "
				    "document in it");
			free(url);
			if (src.doc != NULL)
				xmlFreeDoc(src.doc);
			free(text);
			free(utf8);
			return (-1);
		}
		if (strcasecmp((const char *)src.root->name, "html") == 0) {
			xmlNode	*r = find_feed_root(src.root, 0);

			if (r != NULL) {
				src.root = r;
				wellformed = 0;
			}
		}
	}
	for (i = 0; i < sizeof parsers / sizeof parsers[0]; i++) {
		fmt = parsers[i]->detect(&src);
		if (fmt != FEED_UNKNOWN) {
			p = parsers[i];
			break;
		}
	}
	if (p == NULL) {
		if (src.json != NULL)
			xasprintf(cause, "not a feed: JSON without a JSON "
			    "Feed version or items");
		else if (strcasecmp((const char *)src.root->name,
		    "html") == 0) {
			char	*url = feed_discover(utf8, ulen, src.base);

			if (url != NULL)
				xasprintf(cause, "not a feed: a web page; "
				    "its feed is %s", url);
			else
				xasprintf(cause, "not a feed: a web page "
				    "that links to no feed");
			free(url);
		}
		else
			xasprintf(cause, "not a feed: the document is <%s>",
			    (const char *)src.root->name);
		if (src.doc != NULL)
			xmlFreeDoc(src.doc);
		json_decref(src.json);
		free(text);
		free(utf8);
		return (-1);
	}
	f = xcalloc(1, sizeof *f);
	f->format = fmt;
	f->malformed = lied || mended || !wellformed;
	p->parse(&src, f);
	make_valid(&f->title);
	make_valid(&f->link);
	make_valid(&f->author);
	if (src.doc != NULL)
		xmlFreeDoc(src.doc);
	json_decref(src.json);
	free(text);
	free(utf8);
	*out = f;
	return (0);
}

/* Return 1 if "buf" starts with the tag "name" after "<". */
static int
starts(const char *p, size_t len, const char *name)
{
	size_t	n = strlen(name);

	return (len > n && strncasecmp(p, name, n) == 0 &&
	    (isspace((unsigned char)p[n]) || p[n] == '>' || p[n] == ':' ||
	    p[n] == '/'));
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
		    starts(buf + i + 1, n - i - 1, "rdf"));
	}
	return (0);
}

/*
 * Return the charset parameter of the HTTP Content-Type "ctype" (may be
 * NULL), unquoted, or NULL if it has none. The caller frees the result.
 */
char *
feed_http_charset(const char *ctype)
{
	const char	*p;
	size_t		 n;

	if (ctype == NULL)
		return (NULL);
	for (p = strchr(ctype, ';'); p != NULL; p = strchr(p + 1, ';')) {
		const char	*q = p + 1;

		while (isspace((unsigned char)*q))
			q++;
		if (strncasecmp(q, "charset", 7) != 0)
			continue;
		q += 7;
		while (isspace((unsigned char)*q))
			q++;
		if (*q != '=')
			continue;
		q++;
		while (isspace((unsigned char)*q))
			q++;
		if (*q == '"' || *q == '\'') {
			char	quote = *q++;

			n = strcspn(q, quote == '"' ? "\"" : "'");
		} else
			n = strcspn(q, " \t;");
		if (n == 0 || n > 40)
			return (NULL);
		return (xstrndup(q, n));
	}
	return (NULL);
}

/* Free the strings of "it" and clear it. */
void
feed_item_clear(struct feed_item *it)
{
	free(it->title);
	free(it->link);
	free(it->id);
	free(it->summary);
	free(it->content);
	free(it->author);
	free(it->raw);
	free(it->thumbnail);
	memset(it, 0, sizeof *it);
}

/* Free "f"; NULL does nothing. */
void
feed_free(struct feed *f)
{
	size_t	i;

	if (f == NULL)
		return;
	for (i = 0; i < f->nitems; i++)
		feed_item_clear(&f->items[i]);
	free(f->items);
	free(f->title);
	free(f->link);
	free(f->author);
	free(f);
}
