/*
 * feed_repair.c: the well-formedness errors real feeds make, mended
 * before libxml2 reads the text, because libxml2's recovery drops what it
 * cannot read (an undefined entity loses its text, a stray "<" can end the
 * document). What is mended: junk before the document (PHP warnings, white
 * space before the XML declaration), HTML entities that XML does not
 * define ("&nbsp;" becomes "&#160;"), bare ampersands, character
 * references to characters XML forbids (and the Windows-1252 ones feeds
 * write as "&#146;"), control characters, and a "<" that starts no tag.
 * A DOCTYPE is dropped, keeping only the entities it declares as plain
 * text, so that no entity can be loaded or expand without bound; any
 * other entity reads as written. CDATA sections, comments and processing
 * instructions are left alone.
 * The input is UTF-8 (feed_charset.c has made it so).
 */
#include "autoconfig.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/buf.h"
#include "common/str.h"
#include "common/xmalloc.h"
#include "feeds/feed_int.h"

#define ENTITY_NAME_MAX	32
#define DECLS_MAX	64	/* entity declarations kept */
#define DECL_MAX	1024	/* bytes of text of each */

static const unsigned short cp1252_c1[32] = {
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0,
};

/* The references HTML reads even without their semicolon ("&copy 2024"). */
static const char *legacy =
	    " AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH"
	    " Eacute Ecirc Egrave Euml GT Iacute Icirc Igrave Iuml LT Ntilde"
	    " Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN Uacute"
	    " Ucirc Ugrave Uuml Yacute aacute acirc acute aelig agrave amp"
	    " aring atilde auml brvbar ccedil cedil cent copy curren deg"
	    " divide eacute ecirc egrave eth euml frac12 frac14 frac34 gt"
	    " iacute icirc iexcl igrave iquest iuml laquo lt macr micro middot"
	    " nbsp not ntilde oacute ocirc ograve ordf ordm oslash otilde ouml"
	    " para plusmn pound quot raquo reg sect shy sup1 sup2 sup3 szlig"
	    " thorn times uacute ucirc ugrave uml uuml yacute yen yuml ";

/* Return 1 if the "n" bytes at "name" name a legacy reference. */
static int
is_legacy(const char *name, size_t n)
{
	const char	*p = legacy;

	while ((p = strstr(p, " ")) != NULL) {
		p++;
		if (strncmp(p, name, n) == 0 && p[n] == ' ')
			return (1);
	}
	return (0);
}

/* Return 1 if XML 1.0 allows code point "c" in a document. */
static int
xml_char(unsigned long c)
{
	return (c == 0x9 || c == 0xa || c == 0xd || (c >= 0x20 &&
	    c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 &&
	    c <= 0x10ffff));
}

/* Return 1 for a byte that text outside tags copies as it is. */
static int
plain(unsigned char c)
{
	return (c != '<' && c != '&' && c != 0xef && (c >= 0x20 ||
	    c == '\t' || c == '\n' || c == '\r'));
}

/* Return 1 if byte "c" may start an XML name. */
static int
name_start(unsigned char c)
{
	return (isalpha(c) || c == '_' || c == ':' || c >= 0x80);
}

/*
 * Find where the document starts: its XML declaration, doctype, comment
 * or root element; anything before it is junk. Return its offset.
 */
static size_t
doc_start(const char *s, size_t len)
{
	static const char	*marks[] = {
		"<?xml", "<rss", "<feed", "<rdf:RDF", "<RDF", "<!DOCTYPE",
		"<!--", "<html", "<?xml-stylesheet",
	};
	size_t			 i, best = len;
	size_t			 lim = len < 65536 ? len : 65536;
	const char		*p;

	i = 0;
	while (i < len && isspace((unsigned char)s[i]))
		i++;
	if (i < len && s[i] == '<' && (s[i + 1] == '?' || s[i + 1] == '!' ||
	    strncasecmp(s + i, "<rss", 4) == 0 ||
	    strncasecmp(s + i, "<feed", 5) == 0 ||
	    strncasecmp(s + i, "<rdf", 4) == 0))
		return (i);
	if (i < len && (s[i] == '{' || s[i] == '['))
		return (i);
	for (size_t m = 0; m < sizeof marks / sizeof marks[0]; m++) {
		p = memmem(s, lim, marks[m], strlen(marks[m]));
		if (p != NULL && (size_t)(p - s) < best)
			best = (size_t)(p - s);
	}
	return (best < len ? best : i);
}

/* Append a numeric reference to "c", mapping the C1 range as cp1252. */
static void
add_charref(struct buf *b, unsigned long c)
{
	if (c >= 0x80 && c <= 0x9f && cp1252_c1[c - 0x80] != 0)
		c = cp1252_c1[c - 0x80];
	if (!xml_char(c))
		c = 0xfffd;
	buf_printf(b, "&#%lu;", c);
}

/* The plain entities a document declares in its DOCTYPE. */
struct decls {
	char	*name[DECLS_MAX];
	char	*value[DECLS_MAX];
	int	 n;
};

/*
 * Read the entity declarations in the "len" bytes of a DOCTYPE at "s"
 * into "d": only internal entities whose text holds no reference or
 * markup (so no expansion can explode, and nothing is loaded). Return 1
 * if a declaration was left out.
 */
static int
read_decls(const char *s, size_t len, struct decls *d)
{
	const char	*p = s, *end = s + len, *name, *v;
	size_t		 nlen, vlen;
	char		 q;
	int		 dropped = 0;

	while ((p = memmem(p, (size_t)(end - p), "<!ENTITY", 8)) != NULL) {
		p += 8;
		while (p < end && isspace((unsigned char)*p))
			p++;
		if (p < end && *p == '%') {
			dropped = 1;
			continue;
		}
		name = p;
		while (p < end && !isspace((unsigned char)*p) && *p != '>')
			p++;
		nlen = (size_t)(p - name);
		while (p < end && isspace((unsigned char)*p))
			p++;
		if (p >= end || (*p != '"' && *p != '\'')) {
			dropped = 1;	/* SYSTEM or PUBLIC: never loaded */
			continue;
		}
		q = *p++;
		v = p;
		while (p < end && *p != q)
			p++;
		vlen = (size_t)(p - v);
		if (nlen == 0 || nlen > ENTITY_NAME_MAX || vlen > DECL_MAX ||
		    memchr(v, '&', vlen) != NULL ||
		    memchr(v, '%', vlen) != NULL ||
		    memchr(v, '<', vlen) != NULL || d->n == DECLS_MAX) {
			dropped = 1;
			continue;
		}
		d->name[d->n] = xstrndup(name, nlen);
		d->value[d->n++] = xstrndup(v, vlen);
	}
	return (dropped);
}

/* Return the text "d" declares for the "n" bytes at "name", or NULL. */
static const char *
decl_value(const struct decls *d, const char *name, size_t n)
{
	int	i;

	for (i = 0; i < d->n; i++)
		if (strlen(d->name[i]) == n && strncmp(d->name[i], name,
		    n) == 0)
			return (d->value[i]);
	return (NULL);
}

/*
 * Mend the reference that starts with the "&" at "s" ("len" left) and
 * append it to "b"; return how many bytes it used. "d" holds the
 * entities the document declared.
 */
static size_t
fix_ref(const char *s, size_t len, struct buf *b, const struct decls *d,
    int *fixed)
{
	const char	*v;
	size_t		 i = 1, n;
	unsigned long	 c = 0;
	unsigned int	 cp[2];
	int		 k;

	if (i < len && s[i] == '#') {
		int	hex = 0, digits = 0;

		i++;
		if (i < len && (s[i] == 'x' || s[i] == 'X')) {
			hex = 1;
			i++;
		}
		while (i < len && (hex ? isxdigit((unsigned char)s[i]) :
		    isdigit((unsigned char)s[i])) && digits < 10) {
			c = c * (hex ? 16 : 10) + (unsigned long)(isdigit(
			    (unsigned char)s[i]) ? s[i] - '0' :
			    tolower((unsigned char)s[i]) - 'a' + 10);
			i++;
			digits++;
		}
		if (digits > 0 && i < len && s[i] == ';') {
			if (xml_char(c) && !(c >= 0x80 && c <= 0x9f)) {
				buf_add(b, s, i + 1);
				return (i + 1);
			}
			*fixed = 1;
			add_charref(b, c);
			return (i + 1);
		}
		if (digits > 0) {
			/* "&#39" without its semicolon. */
			*fixed = 1;
			add_charref(b, c);
			return (i);
		}
		*fixed = 1;
		buf_adds(b, "&amp;");
		return (1);
	}
	n = 0;
	while (i + n < len && n <= ENTITY_NAME_MAX &&
	    (isalnum((unsigned char)s[i + n]) || s[i + n] == '_' ||
	    s[i + n] == '-' || s[i + n] == '.'))
		n++;
	if (n > 0 && n <= ENTITY_NAME_MAX && i + n < len && s[i + n] == ';' &&
	    isalpha((unsigned char)s[i])) {
		const char	*name = s + i;

		if ((n == 3 && strncmp(name, "amp", 3) == 0) ||
		    (n == 2 && strncmp(name, "lt", 2) == 0) ||
		    (n == 2 && strncmp(name, "gt", 2) == 0) ||
		    (n == 4 && strncmp(name, "quot", 4) == 0) ||
		    (n == 4 && strncmp(name, "apos", 4) == 0)) {
			buf_add(b, s, i + n + 1);
			return (i + n + 1);
		}
		v = decl_value(d, name, n);
		if (v != NULL) {
			buf_adds(b, v);
			return (i + n + 1);
		}
		k = feed_entity_lookup(name, n, cp);
		if (k > 0) {
			*fixed = 1;
			buf_printf(b, "&#%u;", cp[0]);
			if (k == 2)
				buf_printf(b, "&#%u;", cp[1]);
			return (i + n + 1);
		}
	}
	if (n > 0 && n <= ENTITY_NAME_MAX && (i + n >= len ||
	    (s[i + n] != ';' && s[i + n] != '=')) && is_legacy(s + i, n) &&
	    feed_entity_lookup(s + i, n, cp) == 1) {
		*fixed = 1;
		buf_printf(b, "&#%u;", cp[0]);
		return (i + n);
	}
	*fixed = 1;
	buf_adds(b, "&amp;");
	return (1);
}

/* Copy up to and including "end" (or to the end); return bytes used. */
static size_t
copy_until(const char *s, size_t len, const char *end, struct buf *b)
{
	const char	*e = memmem(s, len, end, strlen(end));
	size_t		 n = e != NULL ? (size_t)(e - s) + strlen(end) : len;
	size_t		 i, run = 0;

	/* Control characters are not allowed even here. */
	for (i = 0; i < n; i++) {
		if ((unsigned char)s[i] < 0x20 && s[i] != '\t' &&
		    s[i] != '\n' && s[i] != '\r') {
			buf_add(b, s + run, i - run);
			run = i + 1;
		}
	}
	buf_add(b, s + run, n - run);
	return (n);
}

/*
 * Return a mended copy of the "len" bytes of UTF-8 at "s", its length in
 * "*outlen"; "*fixed" is set if anything had to be mended. The caller
 * frees the result.
 */
char *
feed_repair_xml(const char *s, size_t len, size_t *outlen, int *fixed)
{
	struct buf	 b;
	struct decls	 d;
	size_t		 i, start;
	int		 intag = 0, k;
	char		 quote = 0;

	*fixed = 0;
	buf_init(&b, 0);
	start = doc_start(s, len);
	if (start > 0)
		*fixed = 1;
	memset(&d, 0, sizeof d);
	i = start;
	while (i < len) {
		unsigned char	c = (unsigned char)s[i];

		if (!intag && plain(c)) {
			size_t	run = i;

			while (i < len && plain((unsigned char)s[i]))
				i++;
			buf_add(&b, s + run, i - run);
			continue;
		}
		if (c == '<' && !intag) {
			if (len - i >= 9 &&
			    memcmp(s + i, "<![CDATA[", 9) == 0) {
				i += copy_until(s + i, len - i, "]]>", &b);
				continue;
			}
			if (len - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
				i += copy_until(s + i, len - i, "-->", &b);
				continue;
			}
			if (len - i >= 2 && s[i + 1] == '?') {
				i += copy_until(s + i, len - i, "?>", &b);
				continue;
			}
			if (len - i >= 9 &&
			    memcmp(s + i, "<!DOCTYPE", 9) == 0) {
				/* Dropped, keeping only its plain entities
				 * (feedparser does the same). */
				const char	*e, *g, *end;
				size_t		 n;

				e = memchr(s + i, '[', len - i);
				g = memchr(s + i, '>', len - i);
				end = NULL;
				if (e != NULL && (g == NULL || e < g))
					end = memmem(e, len - (size_t)(e - s),
					    "]>", 2);
				else
					end = g;
				n = end != NULL ? (size_t)(end - (s + i)) +
				    (*end == ']' ? 2 : 1) : len - i;
				if (read_decls(s + i, n, &d))
					*fixed = 1;
				i += n;
				continue;
			}
			if (i + 1 < len &&
			    (name_start((unsigned char)s[i + 1]) ||
			    s[i + 1] == '/' || s[i + 1] == '!')) {
				intag = 1;
				quote = 0;
				buf_addc(&b, '<');
				i++;
				continue;
			}
			*fixed = 1;
			buf_adds(&b, "&lt;");
			i++;
			continue;
		}
		if (intag) {
			if (quote != 0 && c == (unsigned char)quote)
				quote = 0;
			else if (quote == 0 && (c == '"' || c == '\''))
				quote = (char)c;
			else if (quote == 0 && c == '>')
				intag = 0;
			else if (c == '<' && quote != 0) {
				/* "<" is not allowed in attribute values. */
				*fixed = 1;
				buf_adds(&b, "&lt;");
				i++;
				continue;
			}
		}
		if (c == '&') {
			i += fix_ref(s + i, len - i, &b, &d, fixed);
			continue;
		}
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
			*fixed = 1;
			i++;
			continue;
		}
		if (c == 0xef && i + 2 < len &&
		    (unsigned char)s[i + 1] == 0xbf &&
		    ((unsigned char)s[i + 2] == 0xbe ||
		    (unsigned char)s[i + 2] == 0xbf)) {
			/* U+FFFE and U+FFFF are not XML characters. */
			*fixed = 1;
			buf_adds(&b, "\xef\xbf\xbd");
			i += 3;
			continue;
		}
		buf_addc(&b, (char)c);
		i++;
	}
	for (k = 0; k < d.n; k++) {
		free(d.name[k]);
		free(d.value[k]);
	}
	*outlen = b.len;
	return (buf_detach(&b));
}
