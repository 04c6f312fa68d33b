/*
 * prescan.c: a fast look at raw bytes for anything that could be a
 * mention, so that only documents that may name a school (or its trust or
 * staff) are parsed in full. Each configured name contributes its most
 * distinctive word ("Harrowden Park Academy" gives "harrowden"); one
 * Aho-Corasick automaton finds any of them in a single pass over the
 * bytes, folded as the matcher folds text: ASCII case, character
 * references decoded (&#72; &rsquo; &nbsp;), other characters through
 * NFKC with case folding and marks stripped, invisible characters
 * (soft hyphens, zero-width joiners) skipped. The contents of tags and
 * comments are skipped, except <meta> and <img> attributes, which the
 * page reader may use; everything else that is text, including scripts,
 * is looked at. A false alarm costs a full parse; a miss would lose a
 * mention, so when in doubt the answer is "maybe".
 */
#include "autoconfig.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "common/config.h"
#include "common/str.h"
#include "common/xmalloc.h"
#include "crawler/prescan.h"

#define SEP	0x80	/* stands for any character no keyword holds */
#define SPECIAL	0xffff	/* in the fast table: a byte to look at closer */

struct prescan {
	uint16_t	(*next)[256];	/* the automaton, failure links baked */
	uint16_t	(*fast)[256];	/* the same, 0x8000 marking a keyword's
					   end, SPECIAL for bytes to decode */
	uint8_t		*out;		/* 1: a keyword ends in this state */
	size_t		 nstates;
	int		 always;	/* some name cannot be pre-scanned */
	struct strlist	 words;
};

/* Words too common to tell a school from any other text. */
static const char *common_words[] = {
	"the", "and", "of", "st", "saint", "ce", "cofe", "rc", "school",
	"schools", "primary", "secondary", "academy", "academies", "trust",
	"learning", "church", "england", "infant", "infants", "junior",
	"juniors", "high", "college", "park", "vale", "community", "free",
	"grammar", "catholic", "nursery", "village", "upper", "lower",
	"first", "middle", "new", "old", "north", "south", "east", "west",
	"mr", "mrs", "ms", "miss", "dr", "sir",
};

static int
is_common(const char *w)
{
	size_t	i;

	for (i = 0; i < sizeof common_words / sizeof common_words[0]; i++) {
		if (strcmp(w, common_words[i]) == 0)
			return (1);
	}
	return (0);
}

/* Add the most distinctive word of "phrase" to "p". */
static void
add_phrase(struct prescan *p, const char *phrase)
{
	char		*best = NULL, *w;
	const char	*s = phrase, *e;
	int		 best_common = 1, c, nonascii;

	if (phrase == NULL)
		return;
	while (*s != '\0') {
		while (*s != '\0' && !isalnum((unsigned char)*s) &&
		    (unsigned char)*s < 0x80)
			s++;
		e = s;
		nonascii = 0;
		while (*e != '\0' && (isalnum((unsigned char)*e) ||
		    (unsigned char)*e >= 0x80)) {
			if ((unsigned char)*e >= 0x80)
				nonascii = 1;
			e++;
		}
		if (e == s)
			break;
		w = xstrndup(s, (size_t)(e - s));
		for (c = 0; w[c] != '\0'; c++)
			w[c] = (char)tolower((unsigned char)w[c]);
		if (nonascii) {
			/* Not folded here the way the matcher folds it. */
			p->always = 1;
			free(w);
			s = e;
			continue;
		}
		c = is_common(w);
		if (best == NULL || (best_common && !c) ||
		    (best_common == c && strlen(w) > strlen(best))) {
			free(best);
			best = w;
			best_common = c;
		} else
			free(w);
		s = e;
	}
	if (best == NULL)
		return;
	if (strlen(best) < 3)
		p->always = 1;	/* too short to look for alone */
	else if (!strlist_has(&p->words, best))
		strlist_add(&p->words, best);
	free(best);
}

/* Build the automaton over the words of "p". */
static void
build(struct prescan *p)
{
	size_t		 i, cap = 1, head, tail, *queue;
	uint16_t	*fail;
	const char	*c;
	size_t		 s, b;

	for (i = 0; i < p->words.n; i++)
		cap += strlen(p->words.v[i]);
	if (cap > 30000) {
		p->always = 1;
		cap = 1;
	}
	p->next = xcalloc(cap, sizeof *p->next);
	p->out = xcalloc(cap, 1);
	fail = xcalloc(cap, sizeof *fail);
	queue = xcalloc(cap, sizeof *queue);
	p->nstates = 1;
	/* The trie; 0 means "no edge" while building (the root is 0). */
	for (i = 0; cap > 1 && i < p->words.n; i++) {
		s = 0;
		for (c = p->words.v[i]; *c != '\0'; c++) {
			b = (unsigned char)*c;
			if (p->next[s][b] == 0)
				p->next[s][b] = (uint16_t)p->nstates++;
			s = p->next[s][b];
		}
		p->out[s] = 1;
	}
	/* Failure links, breadth first, folded into the table. */
	head = tail = 0;
	for (b = 0; b < 256; b++) {
		if (p->next[0][b] != 0)
			queue[tail++] = p->next[0][b];
	}
	while (head < tail) {
		s = queue[head++];
		if (p->out[fail[s]])
			p->out[s] = 1;
		for (b = 0; b < 256; b++) {
			uint16_t	t = p->next[s][b];

			if (t != 0) {
				fail[t] = p->next[fail[s]][b];
				queue[tail++] = t;
			} else
				p->next[s][b] = p->next[fail[s]][b];
		}
	}
	/* Upper case walks as lower case. */
	for (s = 0; s < p->nstates; s++) {
		for (b = 'A'; b <= 'Z'; b++)
			p->next[s][b] = p->next[s][b + 32];
	}
	/* One lookup per plain byte in the common case. */
	p->fast = xcalloc(p->nstates, sizeof *p->fast);
	for (s = 0; s < p->nstates; s++) {
		for (b = 0; b < 256; b++) {
			uint16_t	t = p->next[s][b];

			if (b >= 0x80 || b == '<' || b == '&')
				p->fast[s][b] = SPECIAL;
			else
				p->fast[s][b] = t | (p->out[t] ? 0x8000 : 0);
		}
	}
	free(fail);
	free(queue);
}

/*
 * Make a prescan for every name in "cf": the trust's name and aliases,
 * each school's name and aliases, and staff surnames. Free with
 * prescan_free.
 */
struct prescan *
prescan_new(const struct config *cf)
{
	struct prescan	*p;
	size_t		 i, j;

	p = xcalloc(1, sizeof *p);
	add_phrase(p, cf->trust_name);
	for (i = 0; i < cf->trust_aliases.n; i++)
		add_phrase(p, cf->trust_aliases.v[i]);
	for (i = 0; i < cf->ntrust_staff; i++)
		add_phrase(p, cf->trust_staff[i].surname);
	for (i = 0; i < cf->nschools; i++) {
		const struct school	*sc = &cf->schools[i];

		add_phrase(p, sc->name);
		for (j = 0; j < sc->aliases.n; j++)
			add_phrase(p, sc->aliases.v[j]);
		for (j = 0; j < sc->nstaff; j++)
			add_phrase(p, sc->staff[j].surname);
	}
	build(p);
	return (p);
}

/* Free "p"; NULL does nothing. */
void
prescan_free(struct prescan *p)
{
	if (p == NULL)
		return;
	free(p->next);
	free(p->fast);
	free(p->out);
	strlist_free(&p->words);
	free(p);
}

/* Return the words "p" looks for. */
const struct strlist *
prescan_words(const struct prescan *p)
{
	return (&p->words);
}

/* Fold code point "cp" as the matcher would and walk each resulting
 * character from state "*s"; return 1 if a keyword ended. */
static int
walk_cp(const struct prescan *p, uint16_t *s, utf8proc_int32_t cp)
{
	utf8proc_int32_t	 out[16];
	utf8proc_ssize_t	 n, i;
	int			 last = 0;

	if (cp < 0x80 || cp == SEP) {
		*s = p->next[*s][(unsigned char)cp];
		return (p->out[*s]);
	}
	n = utf8proc_decompose_char(cp, out, 16, UTF8PROC_DECOMPOSE |
	    UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
	    UTF8PROC_IGNORE | UTF8PROC_STRIPCC, &last);
	if (n < 0 || n > 16) {
		*s = p->next[*s][SEP];
		return (0);
	}
	if (n == 0) {
		/* Invisible: the matcher drops it, so the word goes on. */
		return (0);
	}
	for (i = 0; i < n; i++) {
		*s = p->next[*s][out[i] < 0x80 ? (unsigned char)out[i] : SEP];
		if (p->out[*s])
			return (1);
	}
	return (0);
}

/* Decode a character reference at "b" (after the '&'); return its
 * length (up to and with ';' if present) and the code point in "*cp",
 * or 0 if it is not one. */
static size_t
reference(const char *b, size_t len, utf8proc_int32_t *cp)
{
	static const struct {
		const char		*name;
		utf8proc_int32_t	 cp;
	} names[] = {
		{ "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' },
		{ "apos", '\'' }, { "nbsp", ' ' }, { "rsquo", 0x2019 },
		{ "lsquo", 0x2018 }, { "shy", 0xad }, { "zwj", 0x200d },
		{ "zwnj", 0x200c }, { "ndash", 0x2013 }, { "mdash", 0x2014 },
		{ "hellip", 0x2026 }, { "ldquo", 0x201c }, { "rdquo", 0x201d },
	};
	static const char	*marks[] = { "acute", "grave", "uml", "circ",
				    "tilde", "ring", "cedil", "slash", "caron",
				    "macr", "ogon", "dot", "breve" };
	size_t			 i, n;
	unsigned long		 v = 0;

	if (len > 0 && b[0] == '#') {
		int	hex = len > 1 && (b[1] == 'x' || b[1] == 'X');

		i = hex ? 2 : 1;
		n = i;
		while (i < len && i < 12 && (hex ?
		    isxdigit((unsigned char)b[i]) :
		    isdigit((unsigned char)b[i]))) {
			v = v * (hex ? 16 : 10) + (unsigned long)(isdigit(
			    (unsigned char)b[i]) ? b[i] - '0' :
			    tolower((unsigned char)b[i]) - 'a' + 10);
			i++;
		}
		if (i == n || v > 0x10ffff)
			return (0);
		*cp = (utf8proc_int32_t)v;
		return (i < len && b[i] == ';' ? i + 1 : i);
	}
	for (n = 0; n < len && n < 32 && isalnum((unsigned char)b[n]); n++)
		;
	if (n == 0)
		return (0);
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (strlen(names[i].name) == n &&
		    strncmp(names[i].name, b, n) == 0) {
			*cp = names[i].cp;
			return (n < len && b[n] == ';' ? n + 1 : n);
		}
	}
	/* &eacute; and its kin: the letter, its mark stripped. */
	for (i = 0; i < sizeof marks / sizeof marks[0]; i++) {
		size_t	m = strlen(marks[i]);

		if (n == m + 1 && strncmp(b + 1, marks[i], m) == 0 &&
		    isalpha((unsigned char)b[0])) {
			*cp = tolower((unsigned char)b[0]);
			return (n < len && b[n] == ';' ? n + 1 : n);
		}
	}
	*cp = SEP;	/* some other named character */
	return (n < len && b[n] == ';' ? n + 1 : n);
}

/* Return the length of the tag or comment at "b" (b[0] == '<') to skip,
 * or 0 if it is text; "*scan" is set if its attributes must be read. */
static size_t
tag_length(const char *b, size_t len, int *scan)
{
	const char	*e;
	size_t		 i;

	*scan = 0;
	if (len < 2)
		return (0);
	if (len >= 4 && memcmp(b, "<!--", 4) == 0) {
		/* "<!-->" and "<!--->" end at once, as in HTML5 */
		if (len >= 5 && b[4] == '>')
			return (5);
		if (len >= 6 && b[4] == '-' && b[5] == '>')
			return (6);
		for (i = 4; i + 2 < len; i++) {
			if (b[i] == '-' && b[i + 1] == '-' &&
			    (b[i + 2] == '>' || (b[i + 2] == '!' &&
			    i + 3 < len && b[i + 3] == '>')))
				return (i + (b[i + 2] == '>' ? 3 : 4));
		}
		return (len);	/* an unclosed comment runs to the end */
	}
	if (!isalpha((unsigned char)b[1]) && b[1] != '/' && b[1] != '!' &&
	    b[1] != '?')
		return (0);
	if (len >= 5 && (strncasecmp(b + 1, "meta", 4) == 0 ||
	    strncasecmp(b + 1, "img", 3) == 0))
		*scan = 1;
	e = memchr(b, '>', len);
	return (e != NULL ? (size_t)(e - b) + 1 : len);
}

/* Look at "len" bytes at "b", as HTML if "html" (tags and comments
 * skipped) or as text already extracted. */
static int
scan(const struct prescan *p, const char *b, size_t len, int html)
{
	const unsigned char	*u = (const unsigned char *)b;
	uint16_t		 s = 0;
	size_t			 i = 0, n;
	utf8proc_ssize_t	 k;
	utf8proc_int32_t	 cp;
	int			 scan;

	if (p->always)
		return (1);
	if (p->words.n == 0)
		return (0);
	while (i < len) {
		unsigned char	c = u[i];
		uint16_t	v = p->fast[s][c];

		if (v < 0x8000) {
			s = v;
			i++;
			continue;
		}
		if (v != SPECIAL)
			return (1);
		if (c == '<' && !html) {
			s = p->next[s]['<'];
			i++;
			continue;
		}
		if (c == '<') {
			n = tag_length(b + i, len - i, &scan);
			if (n == 0 || scan) {
				/* text, or attributes to read */
				s = p->next[s]['<'];
				i++;
				continue;
			}
			i += n;
			continue;
		}
		if (c == '&') {
			n = reference(b + i + 1, len - i - 1, &cp);
			if (n == 0) {
				s = p->next[s]['&'];
				i++;
				continue;
			}
			if (walk_cp(p, &s, cp))
				return (1);
			i += n + 1;
			continue;
		}
		k = utf8proc_iterate(u + i, (utf8proc_ssize_t)(len - i), &cp);
		if (k <= 0 || cp < 0) {
			s = p->next[s][SEP];
			i++;
			continue;
		}
		if (walk_cp(p, &s, cp))
			return (1);
		i += (size_t)k;
	}
	return (0);
}

/*
 * Return 1 if the HTML in "len" bytes at "b" may name anything "p" looks
 * for in its visible text, 0 if it certainly does not.
 */
int
prescan_maybe(const struct prescan *p, const char *b, size_t len)
{
	return (scan(p, b, len, 1));
}

/* Return 1 if the text (not markup) in "len" bytes at "b" may name
 * anything "p" looks for, 0 if it certainly does not. */
int
prescan_text(const struct prescan *p, const char *b, size_t len)
{
	return (scan(p, b, len, 0));
}
