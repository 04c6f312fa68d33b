/*
 * feed_atom.c: Atom 1.0 (RFC 4287) and its draft Atom 0.3: a <feed> of
 * <entry>s, text constructs typed text, html or xhtml (0.3: a MIME type
 * and a mode, escaped, xml or base64), links with rel values of which
 * only "alternate" to a web page is the item's link. An entry without an
 * author takes its source's, else the feed's (RFC 4287, 4.2.1). A lone
 * <entry> document is read as a feed of one entry.
 */
#include "autoconfig.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/xmalloc.h"
#include "feeds/feed_int.h"

#define NS_ATOM03	"http://purl.org/atom/ns#"

/* Read the <entry> "n" into a new item of the feed. */
static void
atom_entry(struct feed_xml *x, xmlNode *n)
{
	struct feed_entry	 e;
	xmlNode			*c, *source = NULL, *a;

	memset(&e, 0, sizeof e);
	for (c = n->children; c != NULL; c = c->next) {
		if (feed_xml_is(c, "source"))
			source = c;
		else
			feed_entry_elem(x, &e, c);
	}
	if (!e.have_author && source != NULL) {
		for (a = source->children; a != NULL; a = a->next)
			if (feed_xml_is(a, "author"))
				feed_entry_elem(x, &e, a);
	}
	if (!e.have_author && x->f->author != NULL)
		e.it.author = xstrdup(x->f->author);
	feed_entry_done(x->f, &e);
}

/* Return FEED_ATOM03 or FEED_ATOM1 for a <feed> (or <entry>) document. */
static enum feed_format
atom_detect(const struct feed_src *src)
{
	const char		*name;
	char			*v;
	enum feed_format	 f = FEED_ATOM1;

	if (src->root == NULL)
		return (FEED_UNKNOWN);
	name = (const char *)src->root->name;
	if (strcasecmp(name, "feed") != 0 && strcasecmp(name, "entry") != 0)
		return (FEED_UNKNOWN);
	if (src->root->ns != NULL && strcmp((const char *)src->root->ns->href,
	    NS_ATOM03) == 0)
		return (FEED_ATOM03);
	v = feed_xml_attr(src->root, "version");
	if (v != NULL && (strcmp(v, "0.3") == 0 || strcmp(v, "0.2") == 0 ||
	    strcmp(v, "0.1") == 0))
		f = FEED_ATOM03;
	free(v);
	return (f);
}

/*
 * Read the feed's fields first (its author applies to entries), then entries.
 */
static void
atom_parse(const struct feed_src *src, struct feed *f)
{
	struct feed_xml	 x = { src, f, 1, f->format == FEED_ATOM03 };
	xmlNode		*c;

	if (strcasecmp((const char *)src->root->name, "entry") == 0) {
		atom_entry(&x, src->root);
		return;
	}
	for (c = src->root->children; c != NULL; c = c->next)
		if (!feed_xml_is(c, "entry"))
			feed_channel_elem(&x, c);
	for (c = src->root->children; c != NULL; c = c->next)
		if (feed_xml_is(c, "entry"))
			atom_entry(&x, c);
}

const struct feed_parser feed_atom_parser = {
	"atom",
	atom_detect,
	atom_parse,
};
