/*
 * feed_discover.c: finding the feed a web page points to, from its
 * <link rel="alternate" type="application/rss+xml" href="..."> (and the
 * Atom and JSON Feed types), read with Gumbo as browsers read pages. It
 * tells an administrator who gave a page's URL as a feed which URL to
 * give instead.
 */
#include "autoconfig.h"

#include <string.h>
#include <strings.h>

#include <gumbo.h>

#include "common/xmalloc.h"
#include "feeds/feed.h"
#include "feeds/feed_int.h"

#define DISCOVER_DEPTH	32

/* Return 1 if "rel" (space-separated tokens) holds "alternate". */
static int
rel_alternate(const char *rel)
{
	const char	*p = rel;
	size_t		 n;

	while (*p != '\0') {
		p += strspn(p, " \t\r\n\f");
		n = strcspn(p, " \t\r\n\f");
		if (n == 9 && strncasecmp(p, "alternate", 9) == 0)
			return (1);
		p += n;
	}
	return (0);
}

/* Return the href of the first feed link under "n", or NULL. */
static const char *
find_link(const GumboNode *n, int depth)
{
	static const char	*types[] = {
		"application/rss+xml", "application/atom+xml",
		"application/feed+json", "application/rdf+xml",
	};
	const GumboVector	*kids;
	GumboAttribute		*rel, *type, *href;
	const char		*found;
	unsigned int		 i;
	size_t			 t;

	if (n->type != GUMBO_NODE_ELEMENT || depth > DISCOVER_DEPTH)
		return (NULL);
	if (n->v.element.tag == GUMBO_TAG_LINK) {
		rel = gumbo_get_attribute(&n->v.element.attributes, "rel");
		type = gumbo_get_attribute(&n->v.element.attributes, "type");
		href = gumbo_get_attribute(&n->v.element.attributes, "href");
		if (rel == NULL || type == NULL || href == NULL ||
		    !rel_alternate(rel->value))
			return (NULL);
		for (t = 0; t < sizeof types / sizeof types[0]; t++)
			if (strcasecmp(type->value, types[t]) == 0)
				return (href->value);
		return (NULL);
	}
	kids = &n->v.element.children;
	for (i = 0; i < kids->length; i++) {
		found = find_link(kids->data[i], depth + 1);
		if (found != NULL)
			return (found);
	}
	return (NULL);
}

/*
 * Return the absolute URL of the feed that the web page in "len" bytes of
 * UTF-8 at "html", found at "base" (may be NULL), links to; NULL if none.
 * The caller frees the result.
 */
char *
feed_discover(const char *html, size_t len, const char *base)
{
	struct feed_src	 src;
	GumboOutput	*out;
	const char	*href;
	char		*url = NULL;

	out = gumbo_parse_with_options(&kGumboDefaultOptions, html, len);
	if (out == NULL)
		return (NULL);
	href = find_link(out->root, 0);
	if (href != NULL) {
		memset(&src, 0, sizeof src);
		src.base = base;
		url = feed_url_resolve(&src, NULL, href, 1);
	}
	gumbo_destroy_output(&kGumboDefaultOptions, out);
	return (url);
}
