/*
 * page.c: reading a web page with Gumbo. The visible text (what a person
 * would read: no scripts, styles, templates, comments, attributes or
 * hidden elements) is what the analyzers see; the title, canonical URL,
 * language, author, date and links are kept beside it, and feeds the page
 * advertises are found for discovery.
 */
#include "autoconfig.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <gumbo.h>
#include <libxml/uri.h>

#include "common/html.h"
#include "common/xmalloc.h"
#include "crawler/page.h"
#include "feeds/feed_date.h"

#define PAGE_MAX_DEPTH	256
#define PAGE_MAX_LINKS	2000

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

static void
visit(const GumboNode *n, const char *base, struct page *p, int depth)
{
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
		if (strcasecmp(name, "author") == 0)
			set_once(&p->author, content);
		else if ((strcasecmp(name, "article:published_time") == 0 ||
		    strcasecmp(name, "date") == 0) && p->published == 0)
			p->published = feed_date_parse(content);
		else if (strcasecmp(name, "og:title") == 0 && p->title == NULL)
			set_once(&p->title, content);
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
		visit(el->children.data[i], base, p, depth + 1);
}

/*
 * Read the page in "len" bytes at "html", fetched from "base", into "p"
 * (clear it with page_clear). Return 0.
 */
int
page_extract(const char *html, size_t len, const char *base, struct page *p)
{
	GumboOutput	*out;
	GumboOptions	 opts = kGumboDefaultOptions;
	struct buf	 b;
	char		*t;

	memset(p, 0, sizeof *p);
	opts.max_errors = 100;
	out = gumbo_parse_with_options(&opts, html, len);
	if (out == NULL) {
		p->text = xstrdup("");
		return (0);
	}
	visit(out->root, base != NULL ? base : "", p, 0);
	buf_init(&b, PAGE_TEXT_MAX);
	html_node_text((const struct GumboInternalNode *)out->root, &b);
	gumbo_destroy_output(&kGumboDefaultOptions, out);
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
	strlist_free(&p->links);
	strlist_free(&p->feeds);
	memset(p, 0, sizeof *p);
}
