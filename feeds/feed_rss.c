/*
 * feed_rss.c: RSS 0.91, 0.92 and 2.0 (and 0.93/0.94 as 0.92), the <rss>
 * family: a <channel> holding the feed's fields and its <item>s. RSS says
 * little about what text is, so titles are HTML only if they look like
 * it and descriptions are HTML; guid is a link unless isPermaLink says
 * "false". Items written beside the channel rather than in it (some 0.9x
 * writers) are read too.
 */
#include "autoconfig.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/xmalloc.h"
#include "feeds/feed_int.h"

/* Read the <item> "n" into a new item of the feed. */
static void
rss_item(struct feed_xml *x, xmlNode *n)
{
	struct feed_entry	 e;
	xmlNode			*c;

	memset(&e, 0, sizeof e);
	for (c = n->children; c != NULL; c = c->next)
		feed_entry_elem(x, &e, c);
	feed_entry_done(x->f, &e);
}

/* Return the RSS version of an <rss> document, or FEED_UNKNOWN. */
static enum feed_format
rss_detect(const struct feed_src *src)
{
	enum feed_format	 f;
	char			*v;

	if (src->root == NULL ||
	    strcasecmp((const char *)src->root->name, "rss") != 0)
		return (FEED_UNKNOWN);
	v = feed_xml_attr(src->root, "version");
	if (v == NULL)
		f = FEED_RSS2;
	else if (strncmp(v, "0.90", 4) == 0)
		f = FEED_RSS090;
	else if (strncmp(v, "0.91", 4) == 0)
		f = FEED_RSS091;
	else if (strncmp(v, "0.92", 4) == 0 || strncmp(v, "0.93", 4) == 0 ||
	    strncmp(v, "0.94", 4) == 0)
		f = FEED_RSS092;
	else
		f = FEED_RSS2;
	free(v);
	return (f);
}

/* Read the channel's fields, then its items, in document order. */
static void
rss_parse(const struct feed_src *src, struct feed *f)
{
	struct feed_xml	 x = { src, f, 0, 0 };
	xmlNode		*c, *g;

	for (c = src->root->children; c != NULL; c = c->next) {
		if (!feed_xml_is(c, "channel"))
			continue;
		for (g = c->children; g != NULL; g = g->next)
			if (!feed_xml_is(g, "item"))
				feed_channel_elem(&x, g);
	}
	for (c = src->root->children; c != NULL; c = c->next) {
		if (feed_xml_is(c, "item"))
			rss_item(&x, c);
		else if (feed_xml_is(c, "channel")) {
			for (g = c->children; g != NULL; g = g->next)
				if (feed_xml_is(g, "item"))
					rss_item(&x, g);
		}
	}
}

const struct feed_parser feed_rss_parser = {
	"rss",
	rss_detect,
	rss_parse,
};
