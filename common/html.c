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
	GumboOutput	*out;
	struct buf	 b;
	GumboOptions	 opts = kGumboDefaultOptions;
	char		*s;

	buf_init(&b, max);
	opts.max_errors = 100;
	out = gumbo_parse_with_options(&opts, html, len);
	if (out == NULL)
		return (xstrdup(""));
	walk(out->root, &b, 0);
	gumbo_destroy_output(&kGumboDefaultOptions, out);
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
