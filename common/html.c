/*
 * html.c: turning HTML into the text a reader sees, with Gumbo (an HTML5
 * parser, so broken markup is read as browsers read it). Scripts, styles,
 * templates, comments, attributes and hidden elements are dropped; block
 * elements become line breaks; entities are decoded by the parser. Also the
 * escaping of any string we put into HTML of our own.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <gumbo.h>

#include "common/html.h"
#include "common/xmalloc.h"

#define HTML_MAX_DEPTH	256
#define REGION_FIRST	(16 * 1024)	/* a region's first chunk, at least */
#define REGION_CHUNK	(1024 * 1024)	/* and the next, at most */
#define REGION_ALIGN	sizeof(void *)	/* Gumbo allocates pointers, sizes,
					   integers and strings */

/*
 * Gumbo allocates every node, attribute, string and vector on its own (a
 * quarter of a million blocks, six to eight times the bytes of the page,
 * for a page of a megabyte) and frees them all together. A parse takes
 * them from a region of its own instead, a few large chunks freed
 * together afterwards, so that a long page neither fragments the heap
 * nor leaves its memory there, and freeing the tree costs nothing.
 */
struct html_chunk {
	struct html_chunk	*next;
	size_t			 size;		/* bytes after the header */
	size_t			 used;
};

struct html_region {
	struct html_chunk	*chunks;	/* the first is filled */
	size_t			 next;		/* size of the next chunk */
};

/* Make a chunk of "size" bytes, or more to hold "n". */
static struct html_chunk *
region_chunk(size_t size, size_t n)
{
	struct html_chunk	*c;

	if (size < sizeof *c + n)
		size = sizeof *c + n;
	c = xmalloc(size);
	c->size = size - sizeof *c;
	c->used = 0;
	c->next = NULL;
	return (c);
}

/* Gumbo's allocator: "n" bytes of the region "arg". */
static void *
region_alloc(void *arg, size_t n)
{
	struct html_region	*r = arg;
	struct html_chunk	*c = r->chunks, *big;

	n = (n + REGION_ALIGN - 1) & ~(REGION_ALIGN - 1);
	if (n > REGION_CHUNK / 4) {
		/* A block this big has a chunk of its own, behind the one
		 * being filled. */
		big = region_chunk(0, n);
		big->used = n;
		if (c != NULL) {
			big->next = c->next;
			c->next = big;
		} else
			r->chunks = big;
		return (big + 1);
	}
	if (c == NULL || c->size - c->used < n) {
		c = region_chunk(r->next, n);
		c->next = r->chunks;
		r->chunks = c;
		if (r->next < REGION_CHUNK / 2)
			r->next *= 2;
		else
			r->next = REGION_CHUNK;
	}
	c->used += n;
	return ((char *)(c + 1) + c->used - n);
}

/* Gumbo's deallocator: nothing, the region is freed as a whole. */
static void
region_free(void *arg, void *p)
{
	(void)arg;
	(void)p;
}

/*
 * Parse the "len" bytes of HTML at "html" with Gumbo (at most 100 errors
 * kept) into a tree held in a region of its own, set in "*rp". Free both
 * with html_parse_free, not gumbo_destroy_output. Return the tree, or
 * NULL.
 */
struct GumboInternalOutput *
html_parse(const char *html, size_t len, struct html_region **rp)
{
	GumboOptions		 opts = kGumboDefaultOptions;
	struct html_region	*r;

	r = xcalloc(1, sizeof *r);
	/* A tree takes some times the bytes of its page. */
	r->next = len < REGION_CHUNK / 8 ? len * 8 : REGION_CHUNK;
	if (r->next < REGION_FIRST)
		r->next = REGION_FIRST;
	opts.allocator = region_alloc;
	opts.deallocator = region_free;
	opts.userdata = r;
	opts.max_errors = 100;
	*rp = r;
	return (gumbo_parse_with_options(&opts, html, len));
}

/* Free a tree from html_parse with its region; NULL does nothing. */
void
html_parse_free(struct html_region *r)
{
	struct html_chunk	*c, *next;

	if (r == NULL)
		return;
	for (c = r->chunks; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	free(r);
}

static int
is_hidden(const GumboElement *el)
{
	GumboAttribute	*a;

	switch (el->tag) {
	case GUMBO_TAG_SCRIPT:
	case GUMBO_TAG_STYLE:
	case GUMBO_TAG_TEMPLATE:
	case GUMBO_TAG_NOSCRIPT:
	case GUMBO_TAG_HEAD:
	case GUMBO_TAG_IFRAME:
	case GUMBO_TAG_OBJECT:
	case GUMBO_TAG_SVG:
	case GUMBO_TAG_MATH:
	case GUMBO_TAG_SELECT:
	case GUMBO_TAG_TEXTAREA:
		return (1);
	default:
		break;
	}
	if (gumbo_get_attribute(&el->attributes, "hidden") != NULL)
		return (1);
	a = gumbo_get_attribute(&el->attributes, "aria-hidden");
	if (a != NULL && strcasecmp(a->value, "true") == 0)
		return (1);
	a = gumbo_get_attribute(&el->attributes, "style");
	if (a != NULL) {
		char	 s[256];
		size_t	 i, j = 0;

		/* "display: none" and "visibility:hidden", spaces ignored */
		for (i = 0; a->value[i] != '\0' && j < sizeof s - 1; i++) {
			if (!isspace((unsigned char)a->value[i]))
				s[j++] = tolower((unsigned char)a->value[i]);
		}
		s[j] = '\0';
		if (strstr(s, "display:none") != NULL ||
		    strstr(s, "visibility:hidden") != NULL)
			return (1);
	}
	return (0);
}

static int
is_block(GumboTag tag)
{
	switch (tag) {
	case GUMBO_TAG_P:
	case GUMBO_TAG_DIV:
	case GUMBO_TAG_BR:
	case GUMBO_TAG_LI:
	case GUMBO_TAG_UL:
	case GUMBO_TAG_OL:
	case GUMBO_TAG_H1:
	case GUMBO_TAG_H2:
	case GUMBO_TAG_H3:
	case GUMBO_TAG_H4:
	case GUMBO_TAG_H5:
	case GUMBO_TAG_H6:
	case GUMBO_TAG_TR:
	case GUMBO_TAG_TD:
	case GUMBO_TAG_TH:
	case GUMBO_TAG_TABLE:
	case GUMBO_TAG_SECTION:
	case GUMBO_TAG_ARTICLE:
	case GUMBO_TAG_HEADER:
	case GUMBO_TAG_FOOTER:
	case GUMBO_TAG_NAV:
	case GUMBO_TAG_ASIDE:
	case GUMBO_TAG_BLOCKQUOTE:
	case GUMBO_TAG_PRE:
	case GUMBO_TAG_FIGURE:
	case GUMBO_TAG_FIGCAPTION:
	case GUMBO_TAG_HR:
	case GUMBO_TAG_DT:
	case GUMBO_TAG_DD:
	case GUMBO_TAG_DL:
	case GUMBO_TAG_MAIN:
	case GUMBO_TAG_ADDRESS:
	case GUMBO_TAG_FORM:
	case GUMBO_TAG_CAPTION:
		return (1);
	default:
		return (0);
	}
}

static void
add_break(struct buf *b)
{
	if (b->len > 0 && b->data[b->len - 1] != '\n')
		buf_addc(b, '\n');
}

/* Append text with runs of white space folded to one space. */
static void
add_text(struct buf *b, const char *s)
{
	int	space = b->len > 0 && (b->data[b->len - 1] == ' ' ||
		    b->data[b->len - 1] == '\n');

	for (; *s != '\0'; s++) {
		if (isspace((unsigned char)*s)) {
			if (!space && b->len > 0)
				buf_addc(b, ' ');
			space = 1;
			continue;
		}
		/* A no-break space is a space to a reader. */
		if ((unsigned char)s[0] == 0xc2 && (unsigned char)s[1] == 0xa0) {
			if (!space && b->len > 0)
				buf_addc(b, ' ');
			space = 1;
			s++;
			continue;
		}
		space = 0;
		buf_addc(b, *s);
	}
}

static void
walk(const GumboNode *n, struct buf *b, int depth)
{
	const GumboElement	*el;
	GumboAttribute		*alt;
	unsigned int		 i;

	if (depth > HTML_MAX_DEPTH)
		return;
	switch (n->type) {
	case GUMBO_NODE_TEXT:
	case GUMBO_NODE_CDATA:
	case GUMBO_NODE_WHITESPACE:
		add_text(b, n->v.text.text);
		return;
	case GUMBO_NODE_ELEMENT:
	case GUMBO_NODE_TEMPLATE:
		break;
	default:
		return;		/* comments, the doctype */
	}
	el = &n->v.element;
	if (n->type == GUMBO_NODE_TEMPLATE || is_hidden(el))
		return;
	if (el->tag == GUMBO_TAG_IMG) {
		alt = gumbo_get_attribute(&el->attributes, "alt");
		if (alt != NULL && *alt->value != '\0') {
			add_text(b, " ");
			add_text(b, alt->value);
			add_text(b, " ");
		}
		return;
	}
	if (is_block(el->tag))
		add_break(b);
	for (i = 0; i < el->children.length; i++)
		walk(el->children.data[i], b, depth + 1);
	if (is_block(el->tag))
		add_break(b);
}

/* Append the visible text under "node" to "b". */
void
html_node_text(const struct GumboInternalNode *node, struct buf *b)
{
	walk((const GumboNode *)node, b, 0);
}

/*
 * Return the visible text of the HTML in "len" bytes at "html", at most
 * "max" bytes of it (0: no cap), white space folded and each block on its
 * own line. The caller frees the result.
 */
char *
html_text(const char *html, size_t len, size_t max)
{
	GumboOutput		*out;
	struct html_region	*region;
	struct buf		 b;
	char			*s;

	buf_init(&b, max);
	out = html_parse(html, len, &region);
	if (out == NULL) {
		html_parse_free(region);
		return (xstrdup(""));
	}
	walk(out->root, &b, 0);
	html_parse_free(region);
	while (b.len > 0 && isspace((unsigned char)b.data[b.len - 1]))
		b.data[--b.len] = '\0';
	s = buf_detach(&b);
	if (*s == ' ' || *s == '\n') {
		char	*t = xstrdup(s + strspn(s, " \n"));

		free(s);
		s = t;
	}
	return (s);
}

/* Append "s" to "b" with & < > " ' escaped; return 0 or -1 at the cap. */
int
html_escape(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		const char	*rep = NULL;
		int		 r;

		switch (*s) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '"':
			rep = "&quot;";
			break;
		case '\'':
			rep = "&#39;";
			break;
		default:
			break;
		}
		r = rep != NULL ? buf_adds(b, rep) : buf_addc(b, *s);
		if (r != 0)
			return (-1);
	}
	return (0);
}

/* Return 1 if the text looks like HTML markup rather than plain text. */
int
html_looks_like(const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i + 1 < len; i++) {
		if (s[i] == '<' && (isalpha((unsigned char)s[i + 1]) ||
		    s[i + 1] == '/' || s[i + 1] == '!'))
			return (1);
		if (s[i] == '&' && (isalpha((unsigned char)s[i + 1]) ||
		    s[i + 1] == '#'))
			return (1);
	}
	return (0);
}
