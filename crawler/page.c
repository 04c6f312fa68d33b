/*
 * page.c: reading a web page with Gumbo. The visible text (what a person
 * would read: no scripts, styles, templates, comments, attributes or
 * hidden elements) is what the analyzers see; the title, canonical URL,
 * language, author, date (from <meta>, OpenGraph, JSON-LD or <time>),
 * links and image alt texts are kept beside it, and feeds the page
 * advertises are found for discovery. Gumbo takes time quadratic in the
 * nesting depth, so a page nested absurdly deep is cut where it passes
 * PAGE_MAX_NEST open elements.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <gumbo.h>
#include <jansson.h>
#include <libxml/uri.h>

#include "common/html.h"
#include "common/xmalloc.h"
#include "crawler/page.h"
#include "feeds/feed_date.h"

#define PAGE_MAX_DEPTH	256
#define PAGE_MAX_LINKS	2000
#define PAGE_MAX_ALT	(64 * 1024)
#define JSONLD_MAX	(256 * 1024)

struct visit {
	const char	*base;
	struct buf	 alt;
};

static char *
absolute(const char *base, const char *href)
{
	xmlChar	*abs;
	char	*out = NULL;

	while (*href == ' ' || *href == '\t' || *href == '\n')
		href++;
	abs = xmlBuildURI((const xmlChar *)href, (const xmlChar *)base);
	if (abs == NULL)
		return (NULL);
	if (strncasecmp((char *)abs, "http://", 7) == 0 ||
	    strncasecmp((char *)abs, "https://", 8) == 0) {
		char	*hash;

		out = xstrdup((char *)abs);
		hash = strchr(out, '#');
		if (hash != NULL)
			*hash = '\0';
	}
	xmlFree(abs);
	return (out);
}

static const char *
attr(const GumboElement *el, const char *name)
{
	GumboAttribute	*a = gumbo_get_attribute(&el->attributes, name);

	return (a != NULL ? a->value : NULL);
}

static void
set_once(char **field, const char *value)
{
	if (*field == NULL && value != NULL && *value != '\0')
		*field = xstrdup(value);
}

static const char *author_names[] = {
	"author", "article:author", "og:article:author", "byline",
	"dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
	"twitter:creator", NULL,
};

static const char *date_names[] = {
	"article:published_time", "og:published_time", "date", "dc.date",
	"dcterms.created", "dcterms.date", "pubdate", "publish-date",
	"publish_date", "parsely-pub-date", "sailthru.date", "datepublished",
	NULL,
};

static int
is_one_of(const char *name, const char **list)
{
	for (; *list != NULL; list++) {
		if (strcasecmp(name, *list) == 0)
			return (1);
	}
	return (0);
}

/* Take the author's name from a JSON-LD "author" value. */
static void
json_ld_author(json_t *a, struct page *p)
{
	if (json_is_string(a))
		set_once(&p->author, json_string_value(a));
	else if (json_is_object(a))
		set_once(&p->author, json_string_value(json_object_get(a,
		    "name")));
	else if (json_is_array(a) && json_array_size(a) > 0)
		json_ld_author(json_array_get(a, 0), p);
}

static void
json_ld_node(json_t *o, struct page *p, int depth)
{
	json_t	*v;
	size_t	 i;

	if (depth > 8)
		return;
	if (json_is_array(o)) {
		for (i = 0; i < json_array_size(o); i++)
			json_ld_node(json_array_get(o, i), p, depth + 1);
		return;
	}
	if (!json_is_object(o))
		return;
	if ((v = json_object_get(o, "@graph")) != NULL)
		json_ld_node(v, p, depth + 1);
	if ((v = json_object_get(o, "author")) != NULL)
		json_ld_author(v, p);
	if (p->published == 0 && json_is_string(v = json_object_get(o,
	    "datePublished")))
		p->published = feed_date_parse(json_string_value(v));
	if (p->title == NULL && json_is_string(v = json_object_get(o,
	    "headline")))
		set_once(&p->title, json_string_value(v));
}

/* Read the author, date and headline of a JSON-LD block. */
static void
json_ld(const char *text, struct page *p)
{
	json_t		*o;
	json_error_t	 err;
	size_t		 len = strlen(text);

	if (len > JSONLD_MAX)
		return;
	o = json_loadb(text, len, JSON_DECODE_ANY, &err);
	if (o == NULL)
		return;
	json_ld_node(o, p, 0);
	json_decref(o);
}

static void
visit(const GumboNode *n, struct visit *v, struct page *p, int depth)
{
	const char	*base = v->base;
	const GumboElement	*el;
	const char		*rel, *href, *name, *content, *type;
	unsigned int		 i;

	if (n->type != GUMBO_NODE_ELEMENT || depth > PAGE_MAX_DEPTH)
		return;
	el = &n->v.element;
	switch (el->tag) {
	case GUMBO_TAG_HTML:
		set_once(&p->lang, attr(el, "lang"));
		break;
	case GUMBO_TAG_TITLE:
		if (p->title == NULL) {
			struct buf	b;

			buf_init(&b, 4096);
			html_node_text((const struct GumboInternalNode *)n, &b);
			p->title = buf_detach(&b);
			str_strip(p->title);
		}
		return;
	case GUMBO_TAG_LINK:
		rel = attr(el, "rel");
		href = attr(el, "href");
		type = attr(el, "type");
		if (rel == NULL || href == NULL)
			break;
		if (strcasecmp(rel, "canonical") == 0 && p->canonical == NULL)
			p->canonical = absolute(base, href);
		else if (strcasecmp(rel, "alternate") == 0 && type != NULL &&
		    (strcasestr(type, "rss") != NULL ||
		    strcasestr(type, "atom") != NULL ||
		    strcasestr(type, "feed+json") != NULL)) {
			char	*u = absolute(base, href);

			if (u != NULL && !strlist_has(&p->feeds, u))
				strlist_add(&p->feeds, u);
			free(u);
		}
		break;
	case GUMBO_TAG_META:
		name = attr(el, "name");
		if (name == NULL)
			name = attr(el, "property");
		content = attr(el, "content");
		if (name == NULL || content == NULL)
			break;
		if (is_one_of(name, author_names))
			set_once(&p->author, content);
		else if (is_one_of(name, date_names) && p->published == 0)
			p->published = feed_date_parse(content);
		else if (strcasecmp(name, "og:title") == 0 && p->title == NULL)
			set_once(&p->title, content);
		else if (strcasecmp(name, "description") == 0 ||
		    strcasecmp(name, "og:description") == 0)
			set_once(&p->description, content);
		else if (strcasecmp(name, "og:locale") == 0)
			set_once(&p->lang, content);
		else if (strcasecmp(name, "og:url") == 0 &&
		    p->canonical == NULL)
			p->canonical = absolute(v->base, content);
		break;
	case GUMBO_TAG_SCRIPT:
		type = attr(el, "type");
		if (type != NULL && strcasecmp(type, "application/ld+json") ==
		    0 && el->children.length == 1 &&
		    ((GumboNode *)el->children.data[0])->type ==
		    GUMBO_NODE_TEXT)
			json_ld(((GumboNode *)el->children.data[0])->v.text.text,
			    p);
		return;
	case GUMBO_TAG_IMG:
		content = attr(el, "alt");
		if (content != NULL && *content != '\0' &&
		    v->alt.len + strlen(content) < PAGE_MAX_ALT) {
			buf_adds(&v->alt, content);
			buf_addc(&v->alt, '\n');
		}
		break;
	case GUMBO_TAG_TIME:
		content = attr(el, "datetime");
		if (content != NULL && p->published == 0)
			p->published = feed_date_parse(content);
		break;
	case GUMBO_TAG_A:
		href = attr(el, "href");
		if (href != NULL && p->links.n < PAGE_MAX_LINKS) {
			char	*u = absolute(base, href);

			if (u != NULL && !strlist_has(&p->links, u))
				strlist_add(&p->links, u);
			free(u);
		}
		break;
	default:
		break;
	}
	for (i = 0; i < el->children.length; i++)
		visit(el->children.data[i], v, p, depth + 1);
}

/* Return 1 if an element "name" ("len" bytes) is left open by design
 * (void, or with an optional end tag), so it does not count as nesting. */
static int
not_nesting(const char *name, size_t len)
{
	static const char	*names[] = {
		"area", "base", "br", "col", "embed", "hr", "img", "input",
		"link", "meta", "source", "track", "wbr", "p", "li", "dt", "dd",
		"option", "optgroup", "tr", "td", "th", "tbody", "thead",
		"tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body",
		"param", "keygen", "frame", NULL,
	};
	const char		**n;

	for (n = names; *n != NULL; n++) {
		if (strlen(*n) == len && strncasecmp(*n, name, len) == 0)
			return (1);
	}
	return (0);
}

/* Return how many bytes of "html" to parse: all, unless more than
 * PAGE_MAX_NEST elements are open at once. */
static size_t
nest_bound(const char *html, size_t len)
{
	const char	*p = html, *end = html + len, *name;
	long		 depth = 0;
	size_t		 n;
	int		 closing;

	while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		p++;
		closing = p < end && *p == '/';
		if (closing)
			p++;
		name = p;
		while (p < end && (isalnum((unsigned char)*p) || *p == '-'))
			p++;
		n = (size_t)(p - name);
		if (n == 0 || not_nesting(name, n))
			continue;
		if (n == 6 && strncasecmp(name, "script", 6) == 0 && !closing) {
			/* Script text is not markup. */
			const char	*e = p;

			while ((e = memchr(e, '<', (size_t)(end - e))) != NULL &&
			    (end - e < 8 || strncasecmp(e, "</script", 8) != 0))
				e++;
			p = e != NULL ? e : end;
			continue;
		}
		if (closing) {
			if (depth > 0)
				depth--;
			continue;
		}
		/* A self-closing tag opens nothing. */
		{
			const char	*gt = memchr(p, '>', (size_t)(end - p));

			if (gt != NULL && gt > p && gt[-1] == '/')
				continue;
		}
		if (++depth > PAGE_MAX_NEST)
			return ((size_t)(name - html - 1));
	}
	return (len);
}

/*
 * Read the page in "len" bytes at "html", fetched from "base", into "p"
 * (clear it with page_clear). Return 0.
 */
int
page_extract(const char *html, size_t len, const char *base, struct page *p)
{
	GumboOutput		*out;
	struct html_region	*region;
	struct buf		 b;
	struct visit		 v;
	char			*t;
	size_t			 n;

	memset(p, 0, sizeof *p);
	n = nest_bound(html, len);
	if (n < len) {
		p->truncated = 1;
		len = n;
	}
	out = html_parse(html, len, &region);
	if (out == NULL) {
		html_parse_free(region);
		p->text = xstrdup("");
		return (0);
	}
	memset(&v, 0, sizeof v);
	v.base = base != NULL ? base : "";
	buf_init(&v.alt, 0);
	visit(out->root, &v, p, 0);
	if (v.alt.len > 0) {
		p->alt = buf_detach(&v.alt);
		str_strip(p->alt);
	}
	buf_free(&v.alt);
	buf_init(&b, PAGE_TEXT_MAX);
	html_node_text((const struct GumboInternalNode *)out->root, &b);
	html_parse_free(region);
	t = buf_detach(&b);
	p->text = xstrdup(str_trim(t));
	free(t);
	return (0);
}

/* Free what "p" holds. */
void
page_clear(struct page *p)
{
	free(p->title);
	free(p->text);
	free(p->canonical);
	free(p->lang);
	free(p->author);
	free(p->alt);
	free(p->description);
	strlist_free(&p->links);
	strlist_free(&p->feeds);
	memset(p, 0, sizeof *p);
}
