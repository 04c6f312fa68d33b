/*
 * feed_rdf.c: the RDF family, RSS 0.90 and RSS 1.0 (RDF Site Summary):
 * an <rdf:RDF> whose <channel> and <item>s are siblings. Each item's
 * rdf:about is its identity; the modules (Dublin Core, content) are read
 * by the shared item reader in feed.c.
 */
#include "autoconfig.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/xmalloc.h"
#include "feeds/feed_int.h"

#define NS_RSS090	"http://my.netscape.com/rdf/simple/0.9/"

/* Read the <item> "n" into a new item; its rdf:about is its id. */
static void
rdf_item(struct feed_xml *x, xmlNode *n)
{
	struct feed_entry	 e;
	xmlNode			*c;
	char			*about;

	memset(&e, 0, sizeof e);
	about = feed_xml_attr(n, "about");
	if (about != NULL && *about != '\0')
		e.it.id = feed_url_resolve(x->src, n, about, 0);
	free(about);
	for (c = n->children; c != NULL; c = c->next)
		feed_entry_elem(x, &e, c);
	feed_entry_done(x->f, &e);
}

/* Return FEED_RSS090 or FEED_RSS1 for an <rdf:RDF> document. */
static enum feed_format
rdf_detect(const struct feed_src *src)
{
	const char	*name;
	xmlNode		*c;
	xmlNs		*ns;

	if (src->root == NULL)
		return (FEED_UNKNOWN);
	name = (const char *)src->root->name;
	if (strcasecmp(name, "RDF") != 0 && strcasecmp(name, "rdf:RDF") != 0)
		return (FEED_UNKNOWN);
	for (ns = src->root->nsDef; ns != NULL; ns = ns->next)
		if (ns->href != NULL && strcmp((const char *)ns->href,
		    NS_RSS090) == 0 && ns->prefix == NULL)
			return (FEED_RSS090);
	for (c = src->root->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE && c->ns != NULL &&
		    strcmp((const char *)c->ns->href, NS_RSS090) == 0)
			return (FEED_RSS090);
	return (FEED_RSS1);
}

/* Read the channel's fields, then the items beside (or in) it. */
static void
rdf_parse(const struct feed_src *src, struct feed *f)
{
	struct feed_xml	 x = { src, f, 0, 0 };
	xmlNode		*c, *g;

	for (c = src->root->children; c != NULL; c = c->next) {
		if (!feed_xml_is(c, "channel"))
			continue;
		for (g = c->children; g != NULL; g = g->next)
			if (!feed_xml_is(g, "item") &&
			    !feed_xml_is(g, "items"))
				feed_channel_elem(&x, g);
	}
	for (c = src->root->children; c != NULL; c = c->next) {
		if (feed_xml_is(c, "item"))
			rdf_item(&x, c);
		else if (feed_xml_is(c, "channel")) {
			/* Items inside the channel: wrong, but seen. */
			for (g = c->children; g != NULL; g = g->next)
				if (feed_xml_is(g, "item"))
					rdf_item(&x, g);
		}
	}
}

const struct feed_parser feed_rdf_parser = {
	"rdf",
	rdf_detect,
	rdf_parse,
};
