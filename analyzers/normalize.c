/*
 * normalize.c: folding text once before matching. Case is folded, marks
 * and invisible characters (zero-width joiners, soft hyphens) dropped,
 * compatibility forms unified (NFKC, with utf8proc), curly apostrophes
 * made straight, HTML entities decoded and white space folded to one
 * space. Every byte of the folded text remembers where it came from, so a
 * finding can quote the original words.
 */
#include "autoconfig.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "analyzers/normalize.h"
#include "common/str.h"
#include "common/xmalloc.h"

/* Decode one HTML entity at "s" ("&amp;", "&#8217;"); return its length
 * and the code point in "*cp", or 0 if it is not one. */
static size_t
entity(const char *s, size_t len, utf8proc_int32_t *cp)
{
	static const struct {
		const char		*name;
		utf8proc_int32_t	 cp;
	} names[] = {
		{ "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' },
		{ "apos", '\'' }, { "nbsp", ' ' }, { "rsquo", 0x2019 },
		{ "lsquo", 0x2018 }, { "ldquo", 0x201c }, { "rdquo", 0x201d },
		{ "ndash", 0x2013 }, { "mdash", 0x2014 }, { "hellip", 0x2026 },
		{ "shy", 0xad }, { "zwj", 0x200d }, { "zwnj", 0x200c },
		{ "pound", 0xa3 }, { "eacute", 0xe9 },
	};
	size_t	i, n;
	long	v;
	char	*end;

	if (len < 3 || s[0] != '&')
		return (0);
	if (s[1] == '#') {
		if (s[2] == 'x' || s[2] == 'X')
			v = strtol(s + 3, &end, 16);
		else
			v = strtol(s + 2, &end, 10);
		if (end == s + 2 || end == s + 3 || (size_t)(end - s) >= len ||
		    *end != ';' || v <= 0 || v > 0x10ffff)
			return (0);
		*cp = (utf8proc_int32_t)v;
		return ((size_t)(end - s) + 1);
	}
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		n = strlen(names[i].name);
		if (n + 2 <= len && strncmp(s + 1, names[i].name, n) == 0 &&
		    s[n + 1] == ';') {
			*cp = names[i].cp;
			return (n + 2);
		}
	}
	return (0);
}

static int
is_space(utf8proc_int32_t c)
{
	utf8proc_category_t	cat;

	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v')
		return (1);
	cat = utf8proc_category(c);
	return (cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
	    cat == UTF8PROC_CATEGORY_ZP);
}

static void
emit(struct normtext *nt, size_t *cap, const char *bytes, size_t n,
    size_t orig)
{
	size_t	i;

	if (n == 1 && nt->len + 2 <= *cap) {
		nt->s[nt->len] = bytes[0];
		nt->map[nt->len++] = (uint32_t)orig;
		return;
	}
	if (n > 0 && nt->len + n + 1 > NORM_MAX)
		return;		/* folded past what an offset holds */

	if (nt->len + n + 1 > *cap) {
		while (nt->len + n + 1 > *cap)
			*cap *= 2;
		nt->s = xrealloc(nt->s, *cap);
		nt->map = xreallocarray(nt->map, *cap, sizeof *nt->map);
	}
	for (i = 0; i < n; i++) {
		nt->s[nt->len] = bytes[i];
		nt->map[nt->len] = (uint32_t)orig;
		nt->len++;
	}
}

/*
 * Fold the "len" bytes at "text" into "nt" (see the top of this file).
 * Invalid UTF-8 bytes are skipped. Return 0.
 */
int
normalize_text(const char *text, size_t len, struct normtext *nt)
{
	const utf8proc_uint8_t	*p = (const utf8proc_uint8_t *)text;
	utf8proc_int32_t	 cp, out[32];
	utf8proc_ssize_t	 n, m, k;
	size_t			 i = 0, cap = len + 16, ent;
	int			 space = 1, opts;
	char			 u[4];

	if (len > NORM_MAX) {
		len = NORM_MAX;		/* read only as far as offsets go */
		cap = len + 16;
	}
	nt->s = xmalloc(cap);
	nt->map = xreallocarray(NULL, cap, sizeof *nt->map);
	nt->len = 0;
	opts = UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
	    UTF8PROC_IGNORE | UTF8PROC_DECOMPOSE;
	while (i < len) {
		size_t	start = i;

		/* Plain ASCII needs no table: fold case and spaces here. */
		if (p[i] < 0x80 && p[i] != '&' && p[i] != '`') {
			char	c = (char)p[i];

			i++;
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
			    c == '\f' || c == '\v') {
				if (!space)
					emit(nt, &cap, " ", 1, start);
				space = 1;
				continue;
			}
			if (c >= 'A' && c <= 'Z')
				c = (char)(c - 'A' + 'a');
			if ((unsigned char)c < 0x20 || c == 0x7f)
				continue;	/* controls are ignorable */
			emit(nt, &cap, &c, 1, start);
			space = 0;
			continue;
		}
		if (p[i] == '&' && (ent = entity(text + i, len - i, &cp)) > 0) {
			i += ent;
		} else {
			n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i),
			    &cp);
			if (n <= 0) {
				i++;
				continue;
			}
			i += (size_t)n;
		}
		if (cp == 0x2019 || cp == 0x2018 || cp == 0x02bc ||
		    cp == 0x2032 || cp == '`' || cp == 0xb4)
			cp = '\'';
		if (cp == 0xad || cp == 0x200b || cp == 0x200c ||
		    cp == 0x200d || cp == 0x2060 || cp == 0xfeff)
			continue;
		if (is_space(cp) || cp == 0xa0) {
			if (!space)
				emit(nt, &cap, " ", 1, start);
			space = 1;
			continue;
		}
		m = utf8proc_decompose_char(cp, out, 32, opts, NULL);
		if (m <= 0 || m > 32)
			continue;
		for (k = 0; k < m; k++) {
			size_t	ul;

			if (out[k] == 0x2019 || out[k] == 0x2018)
				out[k] = '\'';
			if (is_space(out[k])) {
				if (!space)
					emit(nt, &cap, " ", 1, start);
				space = 1;
				continue;
			}
			ul = (size_t)utf8proc_encode_char(out[k],
			    (utf8proc_uint8_t *)u);
			emit(nt, &cap, u, ul, start);
			space = 0;
		}
	}
	while (nt->len > 0 && nt->s[nt->len - 1] == ' ')
		nt->len--;
	emit(nt, &cap, "", 0, len);
	nt->s[nt->len] = '\0';
	nt->map[nt->len] = (uint32_t)len;
	return (0);
}

/* Return the original offset just past folded byte "end - 1". */
size_t
normalize_orig_end(const struct normtext *nt, size_t end)
{
	size_t	o;
	const unsigned char *s;

	if (end >= nt->len)
		return (nt->map[nt->len]);
	o = nt->map[end];
	/* "end" may map into the middle of the same source character as
	 * "end - 1" (a ligature); then take the next source character. */
	if (end > 0 && nt->map[end - 1] == o) {
		while (end < nt->len && nt->map[end] == o)
			end++;
		o = end < nt->len ? nt->map[end] : nt->map[nt->len];
	}
	(void)s;
	return (o);
}

/* Free what "nt" holds. */
void
normalize_free(struct normtext *nt)
{
	free(nt->s);
	free(nt->map);
	nt->s = NULL;
	nt->map = NULL;
	nt->len = 0;
}

/* Return "phrase" folded as normalize_text folds text; caller frees. */
char *
normalize_phrase(const char *phrase)
{
	struct normtext	 nt;
	char		*s;

	normalize_text(phrase, strlen(phrase), &nt);
	s = xstrdup(nt.s);
	normalize_free(&nt);
	return (s);
}
