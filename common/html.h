/* html.h: HTML to visible text (Gumbo), and escaping for our own HTML. */
#ifndef MW_HTML_H
#define MW_HTML_H

#include <stddef.h>

#include "common/buf.h"

struct GumboInternalNode;
struct GumboInternalOutput;
struct html_region;

struct GumboInternalOutput *html_parse(const char *, size_t,
	    struct html_region **);
void	 html_parse_free(struct html_region *);
char	*html_text(const char *, size_t, size_t);
void	 html_node_text(const struct GumboInternalNode *, struct buf *);
int	 html_escape(struct buf *, const char *);
int	 html_looks_like(const char *, size_t);

#endif
