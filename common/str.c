/*
 * str.c: small string helpers used across the program: lists and sets of
 * strings, trimming, edit distance (for "did you mean" suggestions), and
 * UTF-8 validation and repair, so that no invalid byte from the network
 * reaches the store, a log line or an email.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/str.h"
#include "common/xmalloc.h"

/* Append a copy of "s" to "l". */
void
strlist_add(struct strlist *l, const char *s)
{
	l->v = xreallocarray(l->v, l->n + 1, sizeof *l->v);
	l->v[l->n++] = xstrdup(s);
}

/* Free every string of "l" and empty it. */
void
strlist_free(struct strlist *l)
{
	size_t	i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/* Return 1 if "l" holds "s" (ASCII case ignored), else 0. */
int
strlist_has(const struct strlist *l, const char *s)
{
	size_t	i;

	for (i = 0; i < l->n; i++) {
		if (strcasecmp(l->v[i], s) == 0)
			return (1);
	}
	return (0);
}

/* Strip white space from both ends of "s" in place; return "s". */
char *
str_trim(char *s)
{
	char	*end;

	while (isspace((unsigned char)*s))
		s++;
	end = s + strlen(s);
	while (end > s && isspace((unsigned char)end[-1]))
		*--end = '\0';
	return (s);
}

/* Strip white space from both ends of "s", moving the text to its start. */
void
str_strip(char *s)
{
	char	*t = str_trim(s);

	if (t != s)
		memmove(s, t, strlen(t) + 1);
}

/* Return 1 if "s" starts with "prefix". */
int
str_startswith(const char *s, const char *prefix)
{
	return (strncmp(s, prefix, strlen(prefix)) == 0);
}

/* Return 1 if "s" starts with "prefix", ASCII case ignored. */
int
str_casestartswith(const char *s, const char *prefix)
{
	return (strncasecmp(s, prefix, strlen(prefix)) == 0);
}

/* Return 1 if the "n" bytes at "w" are one of the "nwords" "words". */
int
str_among(const char *w, size_t n, const char *const *words, size_t nwords)
{
	size_t	i;

	for (i = 0; i < nwords; i++) {
		if (strlen(words[i]) == n && strncmp(w, words[i], n) == 0)
			return (1);
	}
	return (0);
}

/* Split "s" at "sep" into trimmed, non-empty items appended to "l". */
int
str_split_list(const char *s, char sep, struct strlist *l)
{
	char	*copy, *p, *item, *t;
	int	 n = 0;

	copy = xstrdup(s);
	p = copy;
	while (p != NULL) {
		item = p;
		p = strchr(p, sep);
		if (p != NULL)
			*p++ = '\0';
		t = str_trim(item);
		if (*t != '\0') {
			strlist_add(l, t);
			n++;
		}
	}
	free(copy);
	return (n);
}

/* Return the Levenshtein distance between two short strings. */
size_t
str_edit_distance(const char *a, const char *b)
{
	size_t	 la = strlen(a), lb = strlen(b), i, j, *row, prev, tmp, d;

	if (la > 256 || lb > 256)
		return ((size_t)-1);
	row = xcalloc(lb + 1, sizeof *row);
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			tmp = row[j];
			d = prev + (tolower((unsigned char)a[i - 1]) !=
			    tolower((unsigned char)b[j - 1]));
			if (row[j] + 1 < d)
				d = row[j] + 1;
			if (row[j - 1] + 1 < d)
				d = row[j - 1] + 1;
			row[j] = d;
			prev = tmp;
		}
	}
	d = row[lb];
	free(row);
	return (d);
}

/* Return the length of the valid UTF-8 sequence at "s", or 0 if invalid. */
static size_t
utf8_seqlen(const unsigned char *s, size_t len)
{
	unsigned int	c = s[0], cp;
	size_t		n, i;

	if (c < 0x80)
		return (1);
	if (c >= 0xc2 && c <= 0xdf)
		n = 2;
	else if (c >= 0xe0 && c <= 0xef)
		n = 3;
	else if (c >= 0xf0 && c <= 0xf4)
		n = 4;
	else
		return (0);
	if (len < n)
		return (0);
	cp = c & (0xff >> (n + 1));
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return (0);
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
	    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return (0);
	return (n);
}

/* Return 1 if the "len" bytes at "s" are valid UTF-8 with no NUL. */
int
utf8_valid(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, n;

	while (i < len) {
		if (p[i] == 0)
			return (0);
		n = utf8_seqlen(p + i, len - i);
		if (n == 0)
			return (0);
		i += n;
	}
	return (1);
}

/* Write code point "cp" as UTF-8 into "out" (4 bytes room); return length. */
size_t
utf8_encode(unsigned int cp, char *out)
{
	unsigned char	*o = (unsigned char *)out;

	if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		cp = 0xfffd;
	if (cp < 0x80) {
		o[0] = cp;
		return (1);
	}
	if (cp < 0x800) {
		o[0] = 0xc0 | (cp >> 6);
		o[1] = 0x80 | (cp & 0x3f);
		return (2);
	}
	if (cp < 0x10000) {
		o[0] = 0xe0 | (cp >> 12);
		o[1] = 0x80 | ((cp >> 6) & 0x3f);
		o[2] = 0x80 | (cp & 0x3f);
		return (3);
	}
	o[0] = 0xf0 | (cp >> 18);
	o[1] = 0x80 | ((cp >> 12) & 0x3f);
	o[2] = 0x80 | ((cp >> 6) & 0x3f);
	o[3] = 0x80 | (cp & 0x3f);
	return (4);
}

/*
 * Return a NUL-terminated copy of "len" bytes at "s" in which every invalid
 * UTF-8 sequence is replaced by U+FFFD and every NUL dropped; its length is
 * stored in "*outlen" when not NULL. The caller frees the result.
 */
char *
utf8_repair(const char *s, size_t len, size_t *outlen)
{
	const unsigned char	*p = (const unsigned char *)s;
	char			*out, *o;
	size_t			 i = 0, n;

	out = xmalloc(len * 3 + 1);
	o = out;
	while (i < len) {
		if (p[i] == 0) {
			i++;
			continue;
		}
		n = utf8_seqlen(p + i, len - i);
		if (n == 0) {
			o += utf8_encode(0xfffd, o);
			i++;
			continue;
		}
		memcpy(o, p + i, n);
		o += n;
		i += n;
	}
	*o = '\0';
	if (outlen != NULL)
		*outlen = (size_t)(o - out);
	return (out);
}

/*
 * Return an excerpt of "text" ("len" bytes) around bytes "start" to "end":
 * about "context" bytes either side, cut on UTF-8 boundaries and white
 * space folded, with "..." where text was cut. The caller frees it.
 */
char *
str_excerpt(const char *text, size_t len, size_t start, size_t end,
    size_t context)
{
	size_t	 a, b, i;
	char	*out, *o;
	int	 space = 0;

	if (start > len)
		start = len;
	if (end > len)
		end = len;
	a = start > context ? start - context : 0;
	b = end + context < len ? end + context : len;
	while (a > 0 && ((unsigned char)text[a] & 0xc0) == 0x80)
		a--;
	while (b < len && ((unsigned char)text[b] & 0xc0) == 0x80)
		b++;
	out = xmalloc(b - a + 7);
	o = out;
	if (a > 0) {
		memcpy(o, "...", 3);
		o += 3;
	}
	for (i = a; i < b; i++) {
		if (isspace((unsigned char)text[i])) {
			space = 1;
			continue;
		}
		if (space && o != out)
			*o++ = ' ';
		space = 0;
		*o++ = text[i];
	}
	if (b < len) {
		memcpy(o, "...", 3);
		o += 3;
	}
	*o = '\0';
	return (out);
}

/* The FNV-1a 64-bit hash of "s": the string sets' slots, and how the
 * harm model's table names a feature. */
uint64_t
str_hash(const char *s)
{
	uint64_t	h = 0xcbf29ce484222325ULL;

	for (; *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 0x100000001b3ULL;
	}
	return (h);
}

/*
 * Fill "set" with the "n" strings of "v", which must outlive it: one
 * hash and one comparison answer strset_has, where a sorted list takes
 * one comparison per halving.
 */
void
strset_init(struct strset *set, const char *const *v, size_t n)
{
	size_t	i, j, size = 16;

	while (size < 2 * n)
		size *= 2;
	set->slot = xcalloc(size, sizeof *set->slot);
	set->mask = size - 1;
	for (i = 0; i < n; i++) {
		for (j = str_hash(v[i]) & set->mask; set->slot[j] != NULL;
		    j = (j + 1) & set->mask) {
			if (strcmp(set->slot[j], v[i]) == 0)
				break;
		}
		set->slot[j] = v[i];
	}
}

int
strset_has(const struct strset *set, const char *s)
{
	size_t	j;

	if (set->slot == NULL)
		return (0);
	for (j = str_hash(s) & set->mask; set->slot[j] != NULL;
	    j = (j + 1) & set->mask) {
		if (strcmp(set->slot[j], s) == 0)
			return (1);
	}
	return (0);
}

void
strset_free(struct strset *set)
{
	free(set->slot);
	set->slot = NULL;
	set->mask = 0;
}
