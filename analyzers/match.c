/*
 * match.c: the mention matcher. Every name, alias, staff name, context
 * word and namesake of every school is compiled into one Aho-Corasick
 * automaton, so a text is read once however many schools there are.
 *
 * Matching runs on a "compact" form of the normalised text that keeps only
 * letters and digits and remembers where words begin. Punctuation and
 * spacing variants then agree ("St. Aldhelm's", "St Aldhelms",
 * "#HarrowdenPark"), while a match must still start and end on a word
 * boundary ("Harrowden Parkway" is not "Harrowden Park").
 *
 * The decision is per school: a name inside a namesake ("Harrowden Park
 * Rangers FC") does not count; an alias that a namesake shares needs a
 * context word or a school word nearby; a named member of staff names the
 * school.
 *
 * Beyond the configured names the matcher derives the variants a person
 * would accept: the core of the name without "Primary School" or
 * "Academy" ("Harrowden Park"), its initials ("HPA"), the place word that
 * begins it ("Harrowden"), a letter missing, doubled or a vowel changed in
 * its longest word ("Harrowdon", "Aldhems"), staff by surname alone, and
 * words run together in hashtags and handles (#StAldhelmsFamily). Those
 * weaker forms are scored: school words nearby, context words, the trust
 * or the school's staff named raise the score, words of a namesake (the
 * church, the park, the club) lower it, and the mention's reason says
 * which. Initials count in capitals ("HPA"), or in lower case where the
 * writer capitalises nothing or a school's word or "from"/"at" stands
 * beside them; a digit between letters reads as the letter it stands
 * for ("k3strel").
 *
 * A weaker form that scores too little, with no namesake's word near,
 * is kept as a "maybe" (match_result's "maybe"): analyze.c counts it
 * when the harm analyzer finds a threat, an allegation or abuse aimed at
 * it, since people do not threaten a park.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyzers/analyze.h"
#include "analyzers/match.h"
#include "analyzers/normalize.h"
#include "common/config.h"
#include "common/str.h"
#include "common/xmalloc.h"

#define ALPHA		165	/* a-z, 0-9, and the 128 high bytes */
#define QSYM		36	/* a-z, 0-9: all the quick read feeds */
#define QDEPTH		10	/* letters of a pattern the quick read
				   checks */

struct pattern {
	int		 school;	/* -1: the trust */
	int		 staff;		/* staff index, or -1 */
	int		 variant;	/* 1: a misspelling the matcher made;
					   2: initials; 3: a surname that is
					   an ordinary word */
	enum match_kind	 kind;
	const char	*text;		/* as configured */
	size_t		 len;		/* compact length */
	char		*cs;		/* compact form */
};

struct state {
	int		 out;		/* first pattern ending here, or -1 */
	int		 link;		/* next state with output, or -1 */
	int		 fail;
	int		 next[ALPHA];
};

struct matcher {
	const struct config	*cf;
	struct pattern		*pats;
	size_t			 npats;
	int			*outnext;	/* patterns sharing an end state */
	struct state		*st;
	size_t			 nst;
	size_t			 capst;
	struct strlist		 owned;		/* generated pattern texts */
	int			 nonascii;	/* a pattern is not ASCII */
	uint32_t		*quick;		/* the quick read's goto table,
						   see quick_build */
	uint64_t		*quicklens;	/* per quick state: bit l - 1,
						   a whole pattern of l letters
						   ends there; bit 63, a cut
						   one */
};

struct compact {
	char		*s;
	size_t		 len;
	uint32_t	*pos;		/* offset in the normalised text */
	unsigned char	*wstart;	/* 1 where a word begins */
};

static int
sym(unsigned char c)
{
	if (c >= 'a' && c <= 'z')
		return (c - 'a');
	if (c >= '0' && c <= '9')
		return (26 + c - '0');
	if (c >= 0x80)
		return (37 + c - 0x80);
	return (-1);
}

/* Return 1 if "c" is an ASCII capital. */
static int
is_up(int c)
{
	return (c >= 'A' && c <= 'Z');
}

/* Return 1 if "c" is an ASCII small letter. */
static int
is_low(int c)
{
	return (c >= 'a' && c <= 'z');
}

/* Return 1 if original byte "o" of "orig" begins a word inside a run of
 * letters of a hashtag, handle or page address: "#StAldhelmsFamily",
 * "#HPAsport", "facebook.com/StAldhelmsWexcombe". In
 * running text a capital inside a word ("KLTside") starts no word. */
static int
camel_start(const char *orig, size_t o)
{
	const unsigned char	*u = (const unsigned char *)orig;
	size_t			 w = o;

	/* a capital after a small letter, or a small letter after a run
	 * of two or more capitals ("HPA|sport"); these first, as they are
	 * cheap and rare, then the "#" or "@" before the word */
	if (o == 0 || !((is_up(u[o]) && is_low(u[o - 1])) || (is_low(u[o]) &&
	    o >= 2 && is_up(u[o - 1]) && is_up(u[o - 2]))))
		return (0);
	while (w > 0 && (isalnum(u[w - 1]) || u[w - 1] == '_'))
		w--;
	return (w > 0 && (u[w - 1] == '#' || u[w - 1] == '@' ||
	    u[w - 1] == '/'));
}

/* Return the letter that digit "c" stands for inside a word, written to
 * dodge a filter ("k3strel", "h4rrowden"), or 0. */
static int
leet(int c)
{
	switch (c) {
	case '0':
		return ('o');
	case '1':
		return ('i');
	case '3':
		return ('e');
	case '4':
		return ('a');
	case '5':
		return ('s');
	}
	return (0);
}

/* Return 1 if "c" is an ASCII letter. */
static int
is_alpha(int c)
{
	return (is_low(c) || is_up(c));
}

/* Build the compact form of normalised text "s"; with "orig" and "map",
 * also mark the word starts that capitals show inside a word. */
static void
compact_build2(const char *s, size_t len, const char *orig,
    const uint32_t *map, struct compact *c)
{
	size_t	i;
	int	inword = 0;

	c->s = xmalloc(len + 1);
	c->pos = xreallocarray(NULL, len + 1, sizeof *c->pos);
	c->wstart = xmalloc(len + 1);
	c->len = 0;
	for (i = 0; i < len; i++) {
		unsigned char	ch = (unsigned char)s[i];

		if (sym(ch) < 0) {
			inword = 0;
			continue;
		}
		/* a digit between letters stands for a letter */
		if (leet(ch) && i > 0 && i + 1 < len && is_alpha(s[i - 1]) &&
		    is_alpha(s[i + 1]))
			ch = (unsigned char)leet(ch);
		/* A UTF-8 continuation byte never starts a word. */
		c->wstart[c->len] = (!inword || (orig != NULL &&
		    ch < 0x80 && (i == 0 || map[i - 1] != map[i]) &&
		    camel_start(orig, map[i]))) && (ch & 0xc0) != 0x80;
		c->s[c->len] = (char)ch;
		c->pos[c->len] = (uint32_t)i;
		c->len++;
		inword = 1;
	}
	c->s[c->len] = '\0';
	c->wstart[c->len] = 1;
	c->pos[c->len] = (uint32_t)len;
}

/* Build the compact form of folded text "s". */
static void
compact_build(const char *s, size_t len, struct compact *c)
{
	compact_build2(s, len, NULL, NULL, c);
}

static void
compact_free(struct compact *c)
{
	free(c->s);
	free(c->pos);
	free(c->wstart);
}

static int
new_state(struct matcher *m)
{
	struct state	*s;

	if (m->nst == m->capst) {
		m->capst = m->capst ? m->capst * 2 : 256;
		m->st = xreallocarray(m->st, m->capst, sizeof *m->st);
	}
	s = &m->st[m->nst];
	memset(s->next, 0xff, sizeof s->next);	/* -1 */
	s->fail = 0;
	s->out = -1;
	s->link = -1;
	return ((int)m->nst++);
}

/* Add pattern "text" of "kind" for "school" (staff index "staff",
 * generated "variant") to the trie.
 */
static void
add_pattern3(struct matcher *m, int school, enum match_kind kind,
    const char *text, int staff, int variant)
{
	char		*norm;
	struct compact	 c;
	int		 cur = 0, sy;
	size_t		 i;

	norm = normalize_phrase(text);
	compact_build(norm, strlen(norm), &c);
	free(norm);
	if (c.len == 0) {
		compact_free(&c);
		return;
	}
	for (i = 0; i < c.len; i++) {
		sy = sym((unsigned char)c.s[i]);
		if (m->st[cur].next[sy] < 0) {
			int	n = new_state(m);

			m->st[cur].next[sy] = n;
		}
		cur = m->st[cur].next[sy];
	}
	m->pats = xreallocarray(m->pats, m->npats + 1, sizeof *m->pats);
	m->outnext = xreallocarray(m->outnext, m->npats + 1,
	    sizeof *m->outnext);
	for (i = 0; i < c.len; i++) {
		if ((unsigned char)c.s[i] >= 0x80)
			m->nonascii = 1;
	}
	m->pats[m->npats].school = school;
	m->pats[m->npats].staff = staff;
	m->pats[m->npats].variant = variant;
	m->pats[m->npats].kind = kind;
	m->pats[m->npats].text = text;
	m->pats[m->npats].len = c.len;
	m->pats[m->npats].cs = xstrdup(c.s);
	m->outnext[m->npats] = m->st[cur].out;
	m->st[cur].out = (int)m->npats;
	m->npats++;
	compact_free(&c);
}

/* Add pattern "text" of "kind" for "school" to the trie. */
static void
add_pattern(struct matcher *m, int school, enum match_kind kind,
    const char *text)
{
	add_pattern3(m, school, kind, text, -1, 0);
}

/* Turn the trie into an automaton: failure links and a full goto table. */
static void
build_links(struct matcher *m)
{
	int	*queue, head = 0, tail = 0, s, t, f, a;

	queue = xreallocarray(NULL, m->nst + 1, sizeof *queue);
	for (a = 0; a < ALPHA; a++) {
		t = m->st[0].next[a];
		if (t < 0)
			m->st[0].next[a] = 0;
		else {
			m->st[t].fail = 0;
			queue[tail++] = t;
		}
	}
	while (head < tail) {
		s = queue[head++];
		f = m->st[s].fail;
		m->st[s].link = m->st[f].out >= 0 ? f : m->st[f].link;
		for (a = 0; a < ALPHA; a++) {
			t = m->st[s].next[a];
			if (t < 0)
				m->st[s].next[a] = m->st[f].next[a];
			else {
				m->st[t].fail = m->st[f].next[a];
				queue[tail++] = t;
			}
		}
	}
	free(queue);
}

/* Return 1 if "alias" also begins or is inside one of "namesakes". */
static int
alias_is_shared(const char *alias, const struct strlist *namesakes)
{
	char	*a = normalize_phrase(alias), *n;
	size_t	 i;
	int	 shared = 0;

	for (i = 0; i < namesakes->n && !shared; i++) {
		n = normalize_phrase(namesakes->v[i]);
		shared = strstr(n, a) != NULL;
		free(n);
	}
	free(a);
	return (shared);
}

/* Add a pattern whose text the matcher generated and keeps. */
static void
add_owned(struct matcher *m, int school, enum match_kind kind,
    const char *text)
{
	strlist_add(&m->owned, text);
	add_pattern(m, school, kind, m->owned.v[m->owned.n - 1]);
}

/* Add "text", and its Saint/St twin: "St Aldhelm's" and "Saint Aldhelm's". */
static void
add_name(struct matcher *m, int school, enum match_kind kind,
    const char *text)
{
	char	*v;

	add_pattern(m, school, kind, text);
	if (str_casestartswith(text, "st ") || str_casestartswith(text, "st. ")) {
		xasprintf(&v, "Saint %s", strchr(text, ' ') + 1);
		add_owned(m, school, kind, v);
		free(v);
	} else if (str_casestartswith(text, "saint ")) {
		xasprintf(&v, "St %s", text + 6);
		add_owned(m, school, kind, v);
		free(v);
	}
}

/* Surnames that are also ordinary words: a member of staff alone only as
 * a person doing something among school words (common_surname_named). */
static const char *common_surnames[] = {
	"marsh", "vane", "bright", "day", "field", "hill", "grant", "green",
	"wood", "brown", "white", "black", "young", "king", "hall", "stone",
	"bell", "rich", "long", "little", "short", "park", "lane", "ford",
	"well", "moss", "banks", "brook", "may", "rose", "page", "cook",
	"baker", "smith", "turner", "hope", "head", "price", "law", "english",
	"french", "swift", "fox", "wolf", "lamb", "best", "hunt", "chase",
	"miller", "mason", "parker", "summer", "winter", "frost", "rain",
};

/* Return 1 if surname "w" is an ordinary word. */
static int
is_common_word(const char *w)
{
	size_t	i;

	for (i = 0; i < sizeof common_surnames / sizeof common_surnames[0];
	    i++) {
		if (strcasecmp(w, common_surnames[i]) == 0)
			return (1);
	}
	return (0);
}

/* Add the ways a member of staff is named: "Joanna Pettifer", "Mrs
 * Pettifer", "Mrs Joanna Pettifer", and a distinctive surname alone. */
static void
add_staff(struct matcher *m, int school, const struct staff *st, int idx,
    enum match_kind kind)
{
	char	*v;

	if (*st->first != '\0') {
		xasprintf(&v, "%s %s", st->first, st->surname);
		strlist_add(&m->owned, v);
		add_pattern3(m, school, kind, m->owned.v[m->owned.n - 1], idx,
		    0);
		free(v);
	}
	if (*st->title != '\0') {
		xasprintf(&v, "%s %s", st->title, st->surname);
		strlist_add(&m->owned, v);
		add_pattern3(m, school, kind, m->owned.v[m->owned.n - 1], idx,
		    0);
		free(v);
	}
	if (strlen(st->surname) >= 4)
		add_pattern3(m, school, MATCH_SURNAME, st->surname, idx,
		    is_common_word(st->surname) ? 3 : 0);
}

/* Words that say what kind of school a name is, not which one. */
static const char *type_words[] = {
	"church", "of", "england", "ce", "cofe", "c", "e", "primary",
	"school", "academy", "infant", "infants", "junior", "juniors",
	"college", "secondary", "high", "nursery", "community", "catholic",
	"rc", "free", "voluntary", "aided", "controlled", "first", "middle",
	"upper", "grammar", "&", "and",
};

/* Return 1 if "w" says what kind of school a name is. */
static int
is_type_word(const char *w)
{
	size_t	i;

	for (i = 0; i < sizeof type_words / sizeof type_words[0]; i++) {
		if (strcasecmp(w, type_words[i]) == 0)
			return (1);
	}
	return (0);
}

/* Add, as patterns of "kind", the misspellings a reader forgives in
 * "text"'s longest word (seven letters or more): a letter missing,
 * doubled or a vowel changed. */
static void
add_variants(struct matcher *m, int school, const char *text, int kind)
{
	char		*norm, *w, *best = NULL, *v;
	size_t		 bl = 0, i, n, pre;
	const char	*vowels = "aeiou";
	char		*save = NULL, *copy;

	norm = normalize_phrase(text);
	copy = xstrdup(norm);
	for (w = strtok_r(copy, " ", &save); w != NULL;
	    w = strtok_r(NULL, " ", &save)) {
		n = strlen(w);
		if (n > bl) {
			bl = n;
			best = w;
		}
	}
	if (best == NULL || bl < 7 || strspn(best,
	    "abcdefghijklmnopqrstuvwxyz'") != bl) {
		free(copy);
		free(norm);
		return;
	}
	pre = (size_t)(best - copy);
	v = xmalloc(strlen(norm) + 2);
	for (i = 1; i < bl; i++) {
		if (best[i] == '\'')
			continue;
		/* missing letter; not the "s" of a possessive ("St
		 * Aldhelm" is the saint, not the school) */
		if (!(i + 1 == bl && best[i] == 's' && best[i - 1] == '\'')) {
			memcpy(v, norm, pre + i);
			strcpy(v + pre + i, norm + pre + i + 1);
			strlist_add(&m->owned, v);
			add_pattern3(m, school, kind,
			    m->owned.v[m->owned.n - 1], -1, 1);
		}
		/* doubled letter */
		if (best[i] != best[i - 1]) {
			memcpy(v, norm, pre + i + 1);
			strcpy(v + pre + i + 1, norm + pre + i);
			strlist_add(&m->owned, v);
			add_pattern3(m, school, kind,
			    m->owned.v[m->owned.n - 1], -1, 1);
		}
		/* a vowel changed */
		if (strchr(vowels, best[i]) != NULL) {
			const char	*x;

			for (x = vowels; *x != '\0'; x++) {
				if (*x == best[i])
					continue;
				strcpy(v, norm);
				v[pre + i] = *x;
				strlist_add(&m->owned, v);
				add_pattern3(m, school, kind,
				    m->owned.v[m->owned.n - 1], -1, 1);
			}
		}
	}
	free(v);
	free(copy);
	free(norm);
}

/* Add the names a school is called by that its configuration does not
 * spell out: the core of its name, its initials, the place word that
 * begins it, and their misspellings. */
static void
add_derived(struct matcher *m, int school, const struct school *s)
{
	char	*copy, *w, *save = NULL, core[256], ini[16];
	size_t	 nwords = 0, ncore = 0, j;
	int	 typed = 0;

	core[0] = '\0';
	ini[0] = '\0';
	copy = xstrdup(s->name);
	for (w = strtok_r(copy, " ", &save); w != NULL;
	    w = strtok_r(NULL, " ", &save)) {
		nwords++;
		if (strlen(ini) + 1 < sizeof ini && isupper((unsigned char)*w))
			strncat(ini, w, 1);
		if (is_type_word(w)) {
			typed = 1;
			continue;
		}
		if (typed)
			continue;	/* "X Primary School Wexcombe" */
		if (strlen(core) + strlen(w) + 2 >= sizeof core)
			continue;
		if (*core != '\0')
			strcat(core, " ");
		strcat(core, w);
		ncore++;
	}
	free(copy);
	if (typed && ncore >= 1 && *core != '\0') {
		strlist_add(&m->owned, core);
		add_name(m, school, MATCH_WEAK, m->owned.v[m->owned.n - 1]);
		add_variants(m, school, core, MATCH_WEAK);
	}
	/* a saint's name cut to its initial, as parents say it: "St A's" */
	if (ncore == 2 && (strncasecmp(core, "st ", 3) == 0 ||
	    strncasecmp(core, "saint ", 6) == 0)) {
		char	cut[16];
		const char *sw = strchr(core, ' ') + 1;

		if (isupper((unsigned char)*sw)) {
			snprintf(cut, sizeof cut, "St %c's", *sw);
			strlist_add(&m->owned, cut);
			add_name(m, school, MATCH_WEAK,
			    m->owned.v[m->owned.n - 1]);
		}
	}
	add_variants(m, school, s->name, MATCH_WEAK);
	if (nwords >= 3 && nwords <= 4 && strlen(ini) >= 3) {
		strlist_add(&m->owned, ini);
		/* variant 2: initials, only as capitals in the text */
		add_pattern3(m, school, MATCH_WEAK,
		    m->owned.v[m->owned.n - 1], -1, 2);
	}
	/* A context word that begins the core: "Harrowden", "Fenwick". */
	for (j = 0; j < s->context.n; j++) {
		size_t	l = strlen(s->context.v[j]);

		if (ncore >= 2 && strncasecmp(core, s->context.v[j], l) == 0 &&
		    core[l] == ' ') {
			add_pattern(m, school, MATCH_BARE, s->context.v[j]);
			/* "the y10 lot at harrowdon" */
			add_variants(m, school, s->context.v[j], MATCH_BARE);
		}
	}
}

/*
 * Build the quick read's automaton. It is not the full one: every
 * pattern is cut to its first QDEPTH letters, so the automaton is small
 * enough to stay in the cache (the full one, for a hundred schools with
 * their staff and misspellings, is 55,000 states, 8 MB of goto table).
 * A cut pattern that begins a word answers "maybe" at once, as its end
 * cannot be checked; a whole one must also end a word. States are
 * numbered breadth first, so the shallow states most steps visit share a
 * few pages, and each goto entry carries in its low bit whether the
 * state it leads to ends a pattern, so one load makes a step.
 */
static void
quick_build(struct matcher *m)
{
	struct qnode {
		int		next[QSYM];
		int		fail;
		uint64_t	lens;	/* bit l - 1: a whole pattern of
					   l letters ends here */
		int		cut;	/* a cut pattern ends here */
	}		*t = NULL;
	size_t		 nt, cap, p, i, head = 0, tail = 0;
	int		*order, *id, cur, a, s, u;

	if (m->nonascii)
		return;		/* the quick read answers 1 at once */
	cap = 1024;
	t = xreallocarray(NULL, cap, sizeof *t);
	memset(&t[0], 0, sizeof t[0]);
	memset(t[0].next, 0xff, sizeof t[0].next);	/* -1 */
	nt = 1;
	for (p = 0; p < m->npats; p++) {
		const char	*cs = m->pats[p].cs;
		size_t		 len = m->pats[p].len;

		cur = 0;
		for (i = 0; i < len && i < QDEPTH; i++) {
			a = sym((unsigned char)cs[i]);
			if (t[cur].next[a] < 0) {
				if (nt == cap) {
					cap *= 2;
					t = xreallocarray(t, cap, sizeof *t);
				}
				memset(&t[nt], 0, sizeof t[nt]);
				memset(t[nt].next, 0xff, sizeof t[nt].next);
				t[cur].next[a] = (int)nt++;
			}
			cur = t[cur].next[a];
		}
		if (len > QDEPTH)
			t[cur].cut = 1;
		else
			t[cur].lens |= (uint64_t)1 << (len - 1);
	}
	/* failure links, breadth first, and the full goto table */
	order = xreallocarray(NULL, nt, sizeof *order);
	id = xreallocarray(NULL, nt, sizeof *id);
	order[tail++] = 0;
	t[0].fail = 0;
	while (head < tail) {
		s = order[head++];
		for (a = 0; a < QSYM; a++) {
			u = t[s].next[a];
			if (u < 0) {
				t[s].next[a] = s == 0 ? 0 : t[t[s].fail].next[a];
				continue;
			}
			t[u].fail = s == 0 ? 0 : t[t[s].fail].next[a];
			t[u].lens |= t[t[u].fail].lens;
			t[u].cut |= t[t[u].fail].cut;
			order[tail++] = u;
		}
	}
	for (i = 0; i < nt; i++)
		id[order[i]] = (int)i;
	m->quick = xreallocarray(NULL, nt * QSYM, sizeof *m->quick);
	m->quicklens = xreallocarray(NULL, nt, sizeof *m->quicklens);
	for (i = 0; i < nt; i++) {
		const struct qnode	*q = &t[order[i]];

		m->quicklens[i] = q->lens | (uint64_t)q->cut << 63;
		for (a = 0; a < QSYM; a++) {
			u = q->next[a];
			m->quick[i * QSYM + a] = (uint32_t)id[u] << 1 |
			    (t[u].lens != 0 || t[u].cut);
		}
	}
	free(order);
	free(id);
	free(t);
}

/* Build a matcher for every school of "cf"; "cf" must outlive it. */
struct matcher *
matcher_new(const struct config *cf)
{
	struct matcher	*m;
	size_t		 i, j;

	m = xcalloc(1, sizeof *m);
	m->cf = cf;
	new_state(m);
	for (i = 0; i < cf->nschools; i++) {
		const struct school	*s = &cf->schools[i];
		int			 si = (int)i;

		add_name(m, si, alias_is_shared(s->name, &s->namesakes) ?
		    MATCH_WEAK : MATCH_NAME, s->name);
		for (j = 0; j < s->aliases.n; j++) {
			add_name(m, si, alias_is_shared(s->aliases.v[j],
			    &s->namesakes) ? MATCH_WEAK : MATCH_NAME,
			    s->aliases.v[j]);
		}
		add_derived(m, si, s);
		for (j = 0; j < s->context.n; j++)
			add_pattern(m, si, MATCH_CONTEXT, s->context.v[j]);
		for (j = 0; j < s->streets.n; j++)
			add_pattern(m, si, MATCH_STREET, s->streets.v[j]);
		for (j = 0; j < s->namesakes.n; j++)
			add_pattern(m, si, MATCH_NAMESAKE, s->namesakes.v[j]);
		for (j = 0; j < s->nstaff; j++)
			add_staff(m, si, &s->staff[j], (int)j, MATCH_STAFF);
	}
	if (cf->trust_name != NULL)
		add_pattern(m, -1, MATCH_TRUST, cf->trust_name);
	for (j = 0; j < cf->trust_aliases.n; j++)
		add_pattern(m, -1, MATCH_TRUST, cf->trust_aliases.v[j]);
	for (j = 0; j < cf->ntrust_staff; j++)
		add_staff(m, -1, &cf->trust_staff[j], (int)j, MATCH_TRUST);
	build_links(m);
	quick_build(m);
	return (m);
}

/* ASCII bytes as automaton symbols plus one (case folded); 0: not a
 * letter or digit. */
static const unsigned char ascii_sym[256] = {
	['a'] = 1, ['A'] = 1, ['b'] = 2, ['B'] = 2, ['c'] = 3, ['C'] = 3,
	['d'] = 4, ['D'] = 4, ['e'] = 5, ['E'] = 5, ['f'] = 6, ['F'] = 6,
	['g'] = 7, ['G'] = 7, ['h'] = 8, ['H'] = 8, ['i'] = 9, ['I'] = 9,
	['j'] = 10, ['J'] = 10, ['k'] = 11, ['K'] = 11,
	['l'] = 12, ['L'] = 12, ['m'] = 13, ['M'] = 13,
	['n'] = 14, ['N'] = 14, ['o'] = 15, ['O'] = 15,
	['p'] = 16, ['P'] = 16, ['q'] = 17, ['Q'] = 17,
	['r'] = 18, ['R'] = 18, ['s'] = 19, ['S'] = 19,
	['t'] = 20, ['T'] = 20, ['u'] = 21, ['U'] = 21,
	['v'] = 22, ['V'] = 22, ['w'] = 23, ['W'] = 23,
	['x'] = 24, ['X'] = 24, ['y'] = 25, ['Y'] = 25,
	['z'] = 26, ['Z'] = 26, ['0'] = 27, ['1'] = 28, ['2'] = 29,
	['3'] = 30, ['4'] = 31, ['5'] = 32, ['6'] = 33, ['7'] = 34,
	['8'] = 35, ['9'] = 36,
};

/* 1 for the ASCII small letters and digits. */
static const unsigned char low_digit[256] = {
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
	['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
	['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1, ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1,
	['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
};

/* Return 1 if a whole UTF-8 character (lead and continuation bytes)
 * begins at "u" ("len" bytes left). */
static int
utf8_whole(const unsigned char *u, size_t len)
{
	size_t	n, k;

	if (u[0] >= 0xc2 && u[0] <= 0xdf)
		n = 2;
	else if (u[0] >= 0xe0 && u[0] <= 0xef)
		n = 3;
	else if (u[0] >= 0xf0 && u[0] <= 0xf4)
		n = 4;
	else
		return (0);
	if (n > len)
		return (0);
	for (k = 1; k < n; k++) {
		if (u[k] < 0x80 || u[k] > 0xbf)
			return (0);
	}
	return (1);
}

/*
 * Return 1 if a whole pattern ending at quick state "qs" (at the latest
 * letter read) begins a word, 2 if a cut one does (so the text may name
 * a school whatever follows), else 0; bit j of "ws" says if the letter j
 * before the latest begins a word.
 */
static int
quick_ends(const struct matcher *m, size_t qs, uint64_t ws)
{
	uint64_t	lens = m->quicklens[qs];

	if ((lens >> 63) && (ws >> (QDEPTH - 1) & 1))
		return (2);
	return ((lens & ws & ~((uint64_t)1 << 63)) != 0);
}

/* Return 1 if the named entity "name" ("n" bytes, no "&" or ";") stands
 * for a character the folded text drops: an apostrophe, a soft hyphen,
 * a zero-width joiner. */
static int
invisible_entity(const char *name, size_t n)
{
	static const char *names[] = {
		"apos", "rsquo", "lsquo", "shy", "zwj", "zwnj",
	};
	size_t	k;

	for (k = 0; k < sizeof names / sizeof names[0]; k++) {
		if (strlen(names[k]) == n && strncmp(names[k], name, n) == 0)
			return (1);
	}
	return (0);
}

/*
 * Return 0 if the "len" bytes at "text" cannot hold any pattern (a name,
 * alias, staff name, context word or namesake), 1 if they may. This reads
 * the raw bytes once through the automaton, folding ASCII case, skipping
 * apostrophes, entities and invisible characters and reading Latin-1
 * letters as their base letter, so most texts (which name no school) need
 * no normalisation at all. Anything it cannot fold for sure (other
 * letters, numeric entities) answers 1.
 */
int
matcher_maybe(const struct matcher *m, const char *text, size_t len)
{
	/* Latin-1 letters U+00C0..U+00FF as the folded letter, 0: unsure */
	static const char latin1[64] =
	    "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyts"
	    "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyty";
	static const char latinext[129] =
	    "aaaaaaccccccccdd??eeeeeeeeeegggggggghh??iiiiiiiii?!!jjkk?llllll!"
	    "!??nnnnnn!??oooooo??rrrrrrsssssssstttt??uuuuuuuuuuuuwwyyyzzzzzzs";
	const unsigned char	*u = (const unsigned char *)text;
	size_t			 i = 0, k, cur = 0;
	uint32_t		 v;
	uint64_t		 ws = 0;	/* bit j: the letter j before
						   the latest begins a word */
	int			 c, sep = 1, pending = 0;
	int			 pend_s = 0;	/* a name and an "s" ("mr
						   nowickis"): a possessive
						   if the word ends */
	int			 up1 = 0, up2 = 0, low1 = 0, up;

	if (m->nonascii)
		return (1);
	while (i < len) {
		unsigned char	b = u[i];

		/* the common case: a run of ASCII letters in a word that
		 * no pattern is under way in */
		if (cur == 0 && !pending && !sep && ascii_sym[b] != 0 &&
		    !((b >= 'A' && b <= 'Z') ? low1 : (b >= 'a' &&
		    b <= 'z' && up1 && up2))) {
			/* inside a word, not at a capital that starts one,
			 * with no pattern under way: no pattern can start
			 * here (it must start a word), so stay at the root */
			up2 = up1;
			up1 = is_up(b);
			low1 = is_low(b);
			pend_s = 0;
			k = ++i;
			/* after a small letter or a digit, small letters
			 * and digits go the same way: skip them in a
			 * tight loop */
			if (!up1) {
				while (i < len && low_digit[u[i]])
					i++;
				if (i > k) {
					up2 = 0;
					low1 = is_low(u[i - 1]);
				}
			}
			k = i - k + 1;
			ws = k < 64 ? ws << k : 0;
			continue;
		}
		if (cur != 0 && is_low(b) && !sep && !(up1 && up2)) {
			/* a small letter inside a word, not after two
			 * capitals, begins no word: step the automaton and
			 * no more, and so on for the small letters after
			 * it while no pattern ends */
			pend_s = pending && b == 's';
			pending = 0;
			up2 = up1;
			up1 = 0;
			low1 = 1;
			for (;;) {
				ws <<= 1;
				v = m->quick[cur * QSYM + u[i] - 'a'];
				cur = v >> 1;
				i++;
				if (v & 1) {
					if ((pending = quick_ends(m, cur,
					    ws)) == 2)
						return (1);
					break;
				}
				if (i == len || !is_low(u[i]) || cur == 0)
					break;
				up2 = 0;
				pend_s = 0;
			}
			continue;
		}
		up = b >= 'A' && b <= 'Z';
		if (b >= 0x80 && !utf8_whole(u + i, len - i)) {
			/* not UTF-8: the full read skips the byte too */
			if (pending || pend_s)
				return (1);
			sep = 1;
			up1 = up2 = low1 = 0;
			i++;
			continue;
		}

		if (b < 0x80) {
			c = ascii_sym[b] - 1;
			if (c >= 26 && leet(b) && i > 0 && i + 1 < len &&
			    is_alpha(u[i - 1]) && is_alpha(u[i + 1]))
				c = leet(b) - 'a';	/* "k3strel" */
			else if (b == '&') {
				/* an entity: skip a known one, else unsure */
				for (k = i + 1; k < len && k < i + 10 &&
				    isalnum(u[k]); k++)
					;
				if (k < len && u[k] == ';' && k > i + 1) {
					if (u[i + 1] == '#' ||
					    !isalpha(u[i + 1]))
						return (1);
					if (strncmp(text + i, "&eacute;", 8) == 0)
						return (1);
					/* an apostrophe or an invisible
					 * character vanishes; any other ends
					 * a word, as "&" or a space does */
					if (invisible_entity(text + i + 1,
					    k - i - 1)) {
						i = k + 1;
						continue;
					}
					c = -1;
					i = k;
				}
				if (i + 1 < len && u[i + 1] == '#')
					return (1);
			}
			i++;
		} else if (b == 0xc3 && i + 1 < len && u[i + 1] >= 0x80 &&
		    u[i + 1] <= 0xbf) {
			char	f = latin1[u[i + 1] - 0x80];

			if (f == '\0' && u[i + 1] != 0x97 && u[i + 1] != 0xb7)
				return (1);
			c = f >= 'a' && f <= 'z' ? f - 'a' : -1;
			if (u[i + 1] == 0x9f)	/* sharp s: "ss" */
				return (1);
			i += 2;
		} else if (b == 0xc2) {
			/* Latin-1 punctuation; soft hyphen is invisible */
			c = i + 1 < len && u[i + 1] == 0xad ? -2 : -1;
			if (i + 1 < len && (u[i + 1] == 0xaa || u[i + 1] == 0xb2 ||
			    u[i + 1] == 0xb3 || u[i + 1] == 0xb9 ||
			    u[i + 1] == 0xba))
				return (1);	/* superscripts, ordinals */
			i += 2;
		} else if (b == 0xe2 && i + 2 < len && u[i + 1] == 0x80) {
			/* general punctuation: zero-width characters and
			 * apostrophes vanish, the rest separate words */
			unsigned char	t = u[i + 2];

			c = (t >= 0x8b && t <= 0x8d) || t == 0x8f ? -2 : -1;
			i += 3;
		} else if (b == 0xe2 && i + 2 < len && (u[i + 1] == 0x84 ||
		    u[i + 1] == 0x85 || (u[i + 1] >= 0x91 &&
		    u[i + 1] <= 0x93) || (u[i + 1] == 0x81 &&
		    u[i + 2] >= 0xb0) || (u[i + 1] == 0x82 &&
		    u[i + 2] < 0xa0))) {
			/* letterlike, Roman numerals, enclosed letters,
			 * super- and subscripts: NFKC makes them letters */
			return (1);
		} else if (b == 0xe2 && i + 2 < len && u[i + 1] == 0x81 &&
		    u[i + 2] == 0xa0) {
			c = -2;			/* word joiner */
			i += 3;
		} else if ((b == 0xc4 || b == 0xc5) && i + 1 < len &&
		    u[i + 1] >= 0x80 && u[i + 1] <= 0xbf) {
			/* Latin Extended-A: the base letter; "?" a letter
			 * of its own (a separator here), "!" unsure */
			char	f = latinext[(b - 0xc4) * 64 + u[i + 1] - 0x80];

			if (f == '!')
				return (1);
			c = f == '?' ? -1 : f - 'a';
			i += 2;
		} else if (b == 0xcc || (b == 0xcd && i + 1 < len &&
		    u[i + 1] < 0xb0)) {
			c = -2;		/* combining marks are stripped */
			i += 2;
		} else if (b >= 0xcd && b <= 0xdf) {
			/* Greek, Cyrillic, Hebrew, Arabic...: letters that
			 * never fold to ASCII */
			c = -1;
			i += 2;
		} else if ((b >= 0xc4 && b <= 0xdf) || b == 0xe1 ||
		    b == 0xef || b == 0xf0) {
			/* other letters, fullwidth forms, mathematical
			 * letters: fold them properly, or emoji */
			if (b == 0xf0 && i + 1 < len && u[i + 1] == 0x9f) {
				c = -1;		/* emoji */
				i += 4;
			} else if (b == 0xef && i + 1 < len &&
			    u[i + 1] == 0xbb) {
				c = -2;		/* byte-order mark */
				i += 3;
			} else if (b == 0xef && i + 1 < len &&
			    (u[i + 1] == 0xb8 || u[i + 1] == 0xbf)) {
				c = -1;		/* variation selectors */
				i += 3;
			} else
				return (1);
		} else {
			/* three- and four-byte characters: punctuation,
			 * symbols, scripts without ASCII letters */
			c = -1;
			i += b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 1;
		}
		if (c == -2)
			continue;	/* invisible: as if not there */
		if (c < 0) {
			/* a separator: the compact form joins across it
			 * (so keep the state), and a word ends */
			if (pending || pend_s)
				return (1);
			sep = 1;
			up1 = up2 = low1 = 0;
			continue;
		}
		/* a letter or digit: does a word begin here? */
		ws = ws << 1 | (sep || (up && low1) || (is_low(b) && up1 &&
		    up2));
		if ((pending || pend_s) && (ws & 1))
			return (1);
		pend_s = pending && (b == 's' || b == 'S');
		pending = 0;
		sep = 0;
		up2 = up1;
		up1 = up;
		low1 = b < 0x80 && b >= 'a' && b <= 'z';
		v = m->quick[cur * QSYM + c];
		cur = v >> 1;
		if ((v & 1) && (pending = quick_ends(m, cur, ws)) == 2)
			return (1);
	}
	return (pending || pend_s);
}

/* Return how many patterns the matcher holds. */
size_t
matcher_patterns(const struct matcher *m)
{
	return (m->npats);
}

/* Free "m"; NULL does nothing. */
void
matcher_free(struct matcher *m)
{
	size_t	i;

	if (m == NULL)
		return;
	for (i = 0; i < m->npats; i++)
		free(m->pats[i].cs);
	free(m->pats);
	free(m->outnext);
	free(m->st);
	free(m->quick);
	free(m->quicklens);
	strlist_free(&m->owned);
	free(m);
}

/* Words that show a school (not a park or a club) is meant. */
static const char *school_words[] = {
	"school", "schools", "academy", "primary", "infants", "infant",
	"pupil", "pupils", "teacher", "teachers", "teaching", "headteacher",
	"head teacher", "the head", "deputy", "principal", "ofsted",
	"requires improvement", "classroom", "class", "classes", "lesson",
	"lessons", "gcse", "gcses", "a-level", "sats", "sixth form",
	"sixth former", "uniform", "detention", "isolation", "exclusion",
	"excluded", "reception", "year 1", "year 2", "year 3", "year 4",
	"year 5", "year 6", "year 7", "year 8", "year 9", "year 10",
	"year 11", "year 12", "year 13", "y1", "y2", "y3", "y4", "y5", "y6",
	"y7", "y8", "y9", "y10", "y11", "y12", "y13", "y7s", "y8s", "y9s",
	"y10s", "y11s", "y12s", "y13s", "year 7s", "year 8s", "year 9s",
	"year 10s", "year 11s", "year 12s", "year 13s", "yr 7", "yr 8",
	"yr 9", "yr 10", "yr 11", "yr 12", "yr 13", "yr7", "yr8", "yr9",
	"yr10", "yr11", "yr12", "yr13", "yr 7s", "yr 8s", "yr 9s", "yr 10s",
	"yr 11s", "yr 12s", "yr 13s", "skl", "skool", "prim", "governors",
	"governor", "governing", "inset", "staff", "staffroom", "staff room",
	"students", "student",
	"parents evening", "parents' evening",
	"homework", "assembly", "phonics", "pick-up", "pick up", "drop-off",
	"drop off", "breaks up", "school office", "senco", "sen", "ehcp",
	"pta", "slt", "ta", "tutor", "form tutor", "head of year",
	"coursework", "maths", "science", "history", "geography", "pe",
	"open evening", "open morning", "prom", "book bag",
	"teaching assistant", "safeguarding", "residential", "curriculum",
	"sports day", "nativity", "timetable", "lunchtime", "school run",
	"school gate", "school gates", "the gates", "hall", "headmaster",
	"zig-zags", "zig zags", "zigzags", "zig-zag lines", "school keep clear",
	"headmistress", "exclusions", "suspension", "sixth formers",
	"sen", "send", "dyslexia", "autism", "adhd", "mocks", "blazer",
	"blazers", "tie", "pe kit", "school bus", "the school",
	"dsl", "designated safeguarding lead", "safeguarding lead",
	"head of pe", "pe teacher", "science teacher", "maths teacher",
	"form teacher", "class teacher", "supply teacher",
	"exam results", "year group", "lollipop man", "lollipop lady",
	"lollipop men", "crossing patrol", "key stage", "ks1", "ks2", "ks3",
	"ks4", "sixth-form",
	/* the rest of school life, field by field: behaviour and rewards */
	"behaviour policy", "behaviour system", "behaviour points",
	"behavior policy", "behavior system", "house points", "merits",
	"demerits", "reward chart", "golden time", "star of the week",
	"student of the week", "pupil of the week", "headteacher's award",
	"internal exclusion", "late gate", "attendance award",
	"attendance officer", "unauthorised absence", "isolation room",
	/* the school year and its days */
	"term dates", "inset day", "inset days", "open day", "induction day",
	"transition day", "moving up day", "leavers' assembly",
	"leavers assembly", "results day", "gcse results", "a-level results",
	"mock exams", "options evening", "revision sessions", "exam season",
	"exam hall", "invigilator", "invigilators", "prize giving",
	"prize-giving", "speech day", "awards evening", "celebration assembly",
	"harvest festival", "christmas fair", "summer fair", "school fair",
	"non-uniform day", "non uniform day", "own clothes day", "mufti day",
	"world book day", "school play", "school production", "school photo",
	"school photos", "class photo", "school report", "school trip",
	"school trips", "snow day", "science fair", "science week",
	"maths week", "book week", "spelling test", "times tables",
	"phonics screening", "multiplication check", "reading record",
	/* the school day, its people and its places */
	"homework club", "school dinners", "school meals", "free school meals",
	"dinner hall", "lunch hall", "dinner lady", "dinner ladies",
	"midday supervisor", "lunchtime supervisor", "playtime", "break time",
	"school council", "head boy", "head girl", "prefect", "prefects",
	"form group", "tutor time", "registration", "cover teacher", "nqt",
	"ect", "teaching staff", "support staff", "sports hall", "science lab",
	"music lessons", "pe lessons", "school uniform", "uniform policy",
	"pupil premium", "sendco", "nurture group", "forest school",
	"early years", "eyfs", "reception class", "nursery class",
	"class dojo", "dojo points", "parentmail", "parentpay",
	"google classroom", "show my homework", "satchel one", "letter home",
	"letters home", "school newsletter", "eco council", "school choir",
	"school orchestra", "school team", "school's team", "school's new",
	/* the school kitchen signs its menus */
	"lunch menu", "dinner menu", "school menu", "kitchen team",
	"catering team", "jacket potatoes",
	/* admissions */
	"admissions", "catchment", "catchment area", "waiting list",
	"school place", "school places", "in-year admission", "year 7 intake",
	"reception intake", "intake", "secondary transfer", "11 plus",
	"eleven plus", "offer day", "national offer day",
};

/* Return 1 if a form code ("in 7W", "from 7R") stands within "near"
 * bytes. */
static int
form_near(const char *norm, size_t len, size_t start, size_t end,
    size_t near)
{
	size_t	a = start > near ? start - near : 0, b, i, o;

	b = end + near < len ? end + near : len;
	for (i = a; i + 5 <= b; i++) {
		if (i > 0 && isalnum((unsigned char)norm[i - 1]))
			continue;
		if (strncmp(norm + i, "in ", 3) == 0)
			o = i + 3;
		else if (strncmp(norm + i, "from ", 5) == 0)
			o = i + 5;
		else
			continue;
		if (o + 2 <= b && isdigit((unsigned char)norm[o]) &&
		    isalpha((unsigned char)norm[o + 1]) && (o + 2 == len ||
		    !isalnum((unsigned char)norm[o + 2])))
			return (1);
		if (o + 3 <= b && norm[o] == '1' &&
		    isdigit((unsigned char)norm[o + 1]) &&
		    isalpha((unsigned char)norm[o + 2]) && (o + 3 == len ||
		    !isalnum((unsigned char)norm[o + 3])))
			return (1);
	}
	return (0);
}

/* School words that parks and clubs share: half weight. */
static const char *weak_school_words[] = {
	"kids", "children", "parents", "mum", "dad", "trip",
	"results", "staff", "students", "student", "my son", "my daughter",
	"office", "mums", "dads", "punishment", "cards", "fair",
	"ds", "dd", "my kid", "my lad", "dinner", "exam", "spelling bee",
	"exams", "bullying", "bullied", "bully", "the trust",
	"academy trust", "minibus", "reading app", "reading scheme",
	"reading books", "reading book", "mock", "mocks", "first day",
	"last day", "back to school", "leavers", "starters", "year 1s",
	"year 2s", "year 3s", "year 4s", "year 5s", "year 6s", "year 7s",
	"year 8s", "year 9s", "year 10s", "year 11s", "year 12s",
	"year 13s", "little girl", "little boy", "decision", "decisions",
	"fire alarm", "that head", "new head", "our head", "their head",
	"placards", "exclude", "excluded", "exclusion", "expel",
	"expelled",
	"school's", "lunches", "toilets", "admissions", "appeal",
	"our son", "our daughter", "our kids", "our boy", "our girl",
	"our little one", "my little one", "my boy", "my girl", "my kids",
	"my child", "my children", "lunch", "juniors", "infants",
	"my grandson", "my granddaughter",
	"transition", "local authority", "portions", "packed lunch",
	"wraparound", "breakfast club", "after-school club",
	"after school club",
	/* fundraising and the days that raise money: a church or a club
	 * raises money too, so these weigh less */
	"fundraising", "fundraiser", "raised", "raising", "raise money",
	"cake sale", "bake sale", "raffle", "tombola", "fete",
	"sponsored walk", "sponsored run", "sponsored silence",
	"sponsored read", "children in need", "red nose day",
	"comic relief", "jeans for genes", "charity day", "playground",
	"new building", "new classrooms", "classrooms", "behaviour",
	"behavior", "closed today", "closure", "reopen", "reopens",
	"teachers' strike", "strike day", "spellings", "lunch money",
	"dinner money", "assemblies", "head's", "proud of", "so proud",
	/* how a school deals with parents and rules its pupils, which a
	 * park or a church does not: "Harrowden Park's communication" */
	"communication", "communications", "comms", "letters home",
	"letter home", "parentmail", "class dojo", "strict", "haircut",
	"haircuts", "hairstyles",
	/* a lockdown drill is a school's, not a park's */
	"lockdown", "lockdown drill", "fire drill", "intruder",
};

#define NWORDS(a)	(sizeof a / sizeof a[0])

static const char *word_near(const char **, size_t, const char *, size_t,
    size_t, size_t, size_t);

/* Return how many different weak school words stand nearby. */
static size_t
weak_count(const char *norm, size_t len, size_t start, size_t end,
    size_t near)
{
	size_t	i, n = 0;

	for (i = 0; i < NWORDS(weak_school_words); i++) {
		if (word_near(&weak_school_words[i], 1, norm, len, start, end,
		    near) != NULL)
			n++;
	}
	return (n);
}

/* Namesake words that anywhere in a text show the namesake is meant. */
static const char *namesake_doc_words[] = {
	"splash pad", "play area", "parkrun", "tennis courts", "bowls club",
	"zip wire", "nature reserve", "garden centre", "vicar", "parish",
	"skate park", "nothing to do with the academy",
	"nothing to do with the school",
	"christening", "evensong", "communion", "kick-off", "league",
	"friends of", "playing fields", "bandstand",
	/* the park's own people: its grants come from the council through
	 * residents, a school's from its trust */
	"residents' association", "residents association",
	"council grant",
};

/* Words that show a namesake is meant: the church, the park, the club. */
static const char *namesake_words[] = {
	"church", "vicar", "parish", "christening", "christenings",
	"worship", "communion", "evensong", "congregation", "rev",
	"footpath", "pilgrims", "splash pad", "play area", "swings",
	"tennis courts", "parkrun", "cafe", "bowls", "fc", "rangers",
	"league", "nature reserve", "wildlife", "birding", "garden centre",
	"grotto", "compost", "fireworks", "road", "roundabout",
	"street", "lane", "kick-off", "striker", "scones", "picnic",
	"lake", "pond", "ducks", "bells", "bell ringers", "vicar's",
	"sermon", "goalkeeper",
	/* what a park is blamed for, and a churchyard's occasions: harm
	 * aimed at a short name beside them is not aimed at a school */
	"needles", "litter", "dog walkers", "dog poo", "dog mess",
	"benches", "junkies", "flowerbeds", "bins", "churchyard",
	"graveyard", "funeral", "funerals", "wedding", "weddings",
	"baptism", "pews", "bell tower", "organist", "hymns",
	/* a park after dark, a garden centre's tills */
	"skate ramp", "bandstand", "my dog",
	"the dog", "tills", "shrubs",
};

#define NEAR	160	/* bytes either side that count as "nearby" */
#define MENTION_THRESHOLD 0.55	/* least score of a weaker form */
#define TIGHT	60	/* ...for a bare place word */
#define NEAR_MISS_MIN 4	/* letters a longer name must add to make a
				   near miss of a shorter one */

/* Return 1 if word "w" at "p" in "norm" is a hall of a church, a
 * village or a club ("the church hall"), not the school's. */
static int
others_hall(const char *norm, const char *p, const char *w)
{
	static const char *owners[] = {
		"church ", "parish ", "village ", "community ", "scout ",
		"town ", "memorial ", "methodist ", "chapel ", "sports ",
	};
	size_t	k, n;

	if (strcmp(w, "hall") != 0)
		return (0);
	for (k = 0; k < sizeof owners / sizeof owners[0]; k++) {
		n = strlen(owners[k]);
		if ((size_t)(p - norm) >= n &&
		    memcmp(p - n, owners[k], n) == 0 &&
		    (p - n == norm || !isalnum((unsigned char)p[-n - 1])))
			return (1);
	}
	return (0);
}

/* Return the first of "words" (nwords) that stands within "near" bytes
 * of "start".."end" of normalised text "norm" ("len" bytes), or NULL. */
static const char *
word_near(const char **words, size_t nwords, const char *norm, size_t len,
    size_t start, size_t end, size_t near)
{
	size_t		 i, n, a, b;
	const char	*p, *lim;

	a = start > near ? start - near : 0;
	b = end + near < len ? end + near : len;
	lim = norm + b;
	for (i = 0; i < nwords; i++) {
		n = strlen(words[i]);
		for (p = norm + a; p + n <= lim && (p = memmem(p,
		    (size_t)(lim - p), words[i], n)) != NULL; p += n) {
			if (p >= norm + start && p < norm + end)
				continue;	/* inside the name itself */
			if ((p == norm || !isalnum((unsigned char)p[-1])) &&
			    !isalnum((unsigned char)p[n]) &&
			    !others_hall(norm, p, words[i]))
				return (words[i]);
		}
	}
	return (NULL);
}

/* Return the one of the "n" "words" that stands right after "end" of
 * "norm", past spaces, as whole words, or NULL. */
static const char *
word_after(const char *norm, size_t len, size_t end,
    const char *const *words, size_t n)
{
	size_t	i, l;

	while (end < len && norm[end] == ' ')
		end++;
	for (i = 0; i < n; i++) {
		l = strlen(words[i]);
		if (end + l <= len && strncmp(norm + end, words[i], l) == 0 &&
		    (end + l == len || !isalnum((unsigned char)norm[end + l])))
			return (words[i]);
	}
	return (NULL);
}

/* Return the school's word that follows the name ending at "end" of
 * "norm" ("the Fenwick Vale head", "HPA teachers"), or NULL. */
static const char *
school_after(const char *norm, size_t len, size_t end)
{
	static const char *words[] = {
		"head", "headteacher", "head teacher", "teachers", "teacher",
		"staff", "kids", "pupils", "students", "pta", "governors",
		"parents", "mums", "dads", "reception", "nursery", "sixth",
		"sats", "gcse", "gcses", "ofsted", "prom", "leavers",
		"nativity", "newsletter", "website", "uniform", "office",
		"principal", "deputy", "senco", "class", "classes", "gates",
		"gate", "school run", "car park", "canteen", "year",
		"dsl", "tas", "lot", "sixth form", "sixth formers",
		/* a school's team is its pupils ("the Fenwick Vale
		 * girls"); a club names itself "Rangers" or "FC" first,
		 * and boys merely taken to a park do not follow its name */
		"lads", "boys", "girls", "team", "squad",
		/* staff by role: "the Harrowden Park bursar" */
		"bursar", "business manager", "head of year",
		/* one of its pupils: "any Fenwick Vale kid" */
		"kid", "pupil", "student", "mum", "dad",
		/* its days: "the St Aldhelm's talent show" */
		"talent show", "sports day", "school disco", "open evening",
		/* its mornings and afternoons: "the St Aldhelm's drop-off" */
		"drop-off", "drop off", "pick-up", "pick up",
	};

	/* a possessive: "Fenwick Vale's head" */
	if (end + 2 <= len && strncmp(norm + end, "'s", 2) == 0 &&
	    (end + 2 == len || !isalnum((unsigned char)norm[end + 2])))
		end += 2;
	return (word_after(norm, len, end, words, NWORDS(words)));
}

/* Return the part of a school right after a bare place word ending at
 * "end" of "norm" ("Harrowden canteen", "the Fenwick staff"), or NULL:
 * a town has no canteen, sixth form or head teacher. */
static const char *
part_after(const char *norm, size_t len, size_t end)
{
	static const char *words[] = {
		"canteen", "headteacher", "head teacher", "teachers",
		"teacher", "sixth form", "sixth formers", "ofsted",
		"principal", "deputy head", "senco", "school gates", "dsl",
		"sats", "gcse", "gcses", "pta", "governors", "dinner hall",
		"sports hall", "staffroom", "staff room",
	};

	return (word_after(norm, len, end, words, NWORDS(words)));
}

/* Return 1 if words of attending a school end right before "start" of
 * "norm" ("goes to", "started at", "pupils at"). */
static int
attends(const char *norm, size_t start)
{
	static const char *words[] = {
		"goes to ", "attends ",
		"attended ", "attending ", "started at ", "starts at ",
		"starting at ", "moved to ", "moving to ", "pupils at ",
		"pupil at ", "teacher at ", "teachers at ", "head at ",
		"staff at ", "kids at ", "students at ", "student at ",
		"place at ", "places at ", "is at ", "are at ",
	};
	size_t	i, n;

	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		n = strlen(words[i]);
		if (start >= n && strncmp(norm + start - n, words[i], n) == 0 &&
		    (start == n || !isalnum((unsigned char)norm[start - n -
		    1])))
			return (1);
	}
	return (0);
}

/* Return 1 if a plural verb follows the name ending at "end" of "norm"
 * ("St Aldhelm's have", "Harrowden Park are"). */
static int
plural_verb(const char *norm, size_t len, size_t end)
{
	static const char *verbs[] = {
		"are", "have", "were", "'ve", "'re", "do", "don't", "need",
		"want", "keep", "think", "say", "said", "dont",
	};
	size_t	i, n;

	if (end < len && norm[end] == '\'')
		return (0);	/* a possessive: "Harrowden Park's" */
	if (end < len && norm[end] == ' ')
		end++;
	for (i = 0; i < sizeof verbs / sizeof verbs[0]; i++) {
		n = strlen(verbs[i]);
		if (end + n <= len && strncmp(norm + end, verbs[i], n) == 0 &&
		    (end + n == len || !isalnum((unsigned char)norm[end + n])))
			return (1);
	}
	return (0);
}

/* Return the first namesake word right after "end" ("Harrowden Park
 * Road", "St Aldhelm's church"), or NULL. */
static const char *
namesake_after(const char *norm, size_t len, size_t end)
{
	static const char *heads[] = {
		"road", "rd", "street", "lane", "avenue", "close", "way",
		"roundabout", "rangers", "fc", "united", "club", "bowls",
		"nature", "reserve", "garden", "centre", "church", "chapel",
		"well", "parkrun", "cafe", "cafe's", "hotel", "arms", "surgery",
		"library", "estate", "car park", "pub", "allotments",
	};
	size_t	i, n;

	while (end < len && (norm[end] == ' ' || norm[end] == '\''))
		end++;
	for (i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		n = strlen(heads[i]);
		if (end + n <= len && strncmp(norm + end, heads[i], n) == 0 &&
		    (end + n == len || !isalnum((unsigned char)norm[end + n])))
			return (heads[i]);
	}
	return (NULL);
}


/*
 * Return 1 if the member of staff named at "start".."end" of "norm" is
 * described as someone else: an apposition that gives an age or not and
 * then what the person is ("Graham Leese, 71, a retired plumber"), with
 * no school word in it nor near the name. Staff are named as staff ("a
 * PE teacher at", "head of"); a namesake is introduced by his own trade.
 */
static int
staff_otherwise(const char *norm, size_t len, size_t start, size_t end)
{
	size_t	p = end, q;

	if (p + 2 > len || norm[p] != ',')
		return (0);
	p += 1;
	while (p < len && norm[p] == ' ')
		p++;
	if (p < len && isdigit((unsigned char)norm[p])) {
		/* ", 71," */
		while (p < len && isdigit((unsigned char)norm[p]))
			p++;
		if (p >= len || norm[p] != ',')
			return (0);
		p++;
		while (p < len && norm[p] == ' ')
			p++;
	}
	if (p + 2 <= len && strncmp(norm + p, "a ", 2) == 0)
		p += 2;
	else if (p + 3 <= len && strncmp(norm + p, "an ", 3) == 0)
		p += 3;
	else
		return (0);
	for (q = p; q < len && q - p < 60 && strchr(",.;!?", norm[q]) ==
	    NULL; q++)
		;
	if (q == p)
		return (0);
	if (word_near(school_words, NWORDS(school_words), norm, q, p, p,
	    q - p) != NULL)
		return (0);	/* ", a teacher at" */
	return (word_near(school_words, NWORDS(school_words), norm, len,
	    start, end, NEAR) == NULL);
}

struct hit {
	int	pat;
	size_t	cstart;		/* compact offsets */
	size_t	cend;
	size_t	nstart;		/* normalised offsets */
	size_t	nend;
	int	dead;		/* 1: inside a namesake; 2: after
				   another title; 3: an ordinary word */
};

/* Record where accepted pattern "pt" stands, for the analyzers. */
static void
add_span(struct match_result *res, const struct pattern *pt,
    const struct hit *h)
{
	struct match_span	*sp;

	res->spans = xreallocarray(res->spans, res->nspans + 1,
	    sizeof *res->spans);
	sp = &res->spans[res->nspans++];
	sp->kind = pt->kind;
	sp->school = pt->school;
	sp->staff = pt->staff;
	sp->nstart = h->nstart;
	sp->nend = h->nend;
}

/* Keep weak hit "h" of school "k" (score "score", explained by "why")
 * as a name that may count. */
static void
add_maybe(struct match_result *res, const struct matcher *m,
    const char *text, const struct normtext *nt, int k, const struct hit *h,
    double score, const char *why)
{
	const struct pattern	*pt = &m->pats[h->pat];
	struct match_maybe	*mb;
	struct mention		*mn;

	res->maybe = xreallocarray(res->maybe, res->nmaybe + 1,
	    sizeof *res->maybe);
	mb = &res->maybe[res->nmaybe++];
	memset(mb, 0, sizeof *mb);
	mn = &mb->mention;
	mn->school = k;
	mn->school_id = m->cf->schools[k].id;
	mn->alias = pt->text;
	mn->start = nt->map[h->nstart];
	mn->end = normalize_orig_end(nt, h->nend);
	while (mn->end > mn->start && (text[mn->end - 1] == '\n' ||
	    text[mn->end - 1] == ' ' || text[mn->end - 1] == '\r' ||
	    text[mn->end - 1] == '\t'))
		mn->end--;
	mn->confidence = score;
	snprintf(mn->reason, sizeof mn->reason, "%s", why);
	mb->span.kind = pt->kind;
	mb->span.school = k;
	mb->span.staff = pt->staff;
	mb->span.nstart = h->nstart;
	mb->span.nend = h->nend;
}

/*
 * Return 1 if the word that name hit "i" runs on into ends with one of
 * the same school's context words ("#StAldhelmsWexcombe": the school and
 * its village), so the longer word is still the school.
 */
static int
runs_on_context(const struct matcher *m, const struct compact *c,
    const struct hit *hits, size_t nhits, size_t i)
{
	const struct pattern	*pt = &m->pats[hits[i].pat];
	size_t			 j;

	for (j = 0; j < nhits; j++) {
		const struct pattern *q = &m->pats[hits[j].pat];

		if (q->kind == MATCH_CONTEXT && q->school == pt->school &&
		    hits[j].cstart == hits[i].cend &&
		    c->pos[hits[j].cstart] == c->pos[hits[i].cend - 1] + 1 &&
		    (hits[j].cend == c->len || c->pos[hits[j].cend] >
		    c->pos[hits[j].cend - 1] + 1))
			return (1);
	}
	return (0);
}

/* Return 1 if a possessive written without its apostrophe follows
 * staff name or school name "p" at compact offset "e" ("mr nowickis
 * revision", "HPA milburys windows"). */
static int
possessive_s(const struct matcher *m, const struct compact *c, int p,
    size_t e)
{
	return ((m->pats[p].kind == MATCH_STAFF ||
	    m->pats[p].kind == MATCH_SURNAME ||
	    (m->pats[p].kind == MATCH_NAME && m->pats[p].variant == 0)) &&
	    e < c->len &&
	    c->s[e] == 's' && (e + 1 == c->len || c->wstart[e + 1]));
}

/*
 * Return 1 if the ordinary word at "ns".."ne" of normalised "nt" (of
 * "text") is a person's surname: capitalised, not after an article or a
 * word of place ("the marsh", "across Marsh"), the subject of a person's
 * verb ("Marsh told the site team", "Marsh's lot"), with a school word
 * near.
 */
static int
common_surname_named(const char *text, const struct normtext *nt,
    size_t ns, size_t ne)
{
	static const char *before[] = {
		"the", "a", "an", "this", "that", "on", "in", "at", "across",
		"over", "by", "through", "of", "to", "from", "near", "into",
		"his", "her", "my", "our", "their", "your", "its", "some",
		"salt", "st", "saint", "old", "new", "upper", "lower", "great",
		"little", "and", "&",
	};
	static const char *verbs[] = {
		"told", "tells", "said", "says", "has told", "had told",
		"wants", "wanted", "made", "makes", "gave", "gives", "sent",
		"shouted", "screamed", "called", "refused", "knows", "knew",
		"lied", "lies", "covered", "let", "keeps", "kept", "went",
		"did", "does", "decided", "ordered", "threatened", "hid",
		"deleted", "ignored", "blamed", "claimed", "admitted",
		"denied", "needs", "should", "must", "better", "thinks",
		"reckons", "personally",
	};
	const char	*s = nt->s;
	size_t		 p, n;

	if (!isupper((unsigned char)text[nt->map[ns]]))
		return (0);
	/* the word before */
	p = ns;
	while (p > 0 && s[p - 1] == ' ')
		p--;
	n = p;
	while (p > 0 && (isalnum((unsigned char)s[p - 1]) || s[p - 1] ==
	    '&'))
		p--;
	if (n > p && str_among(s + p, n - p, before, NWORDS(before)))
		return (0);
	/* "Rainham Marsh", "Romney Marsh": a place's name */
	if (n > p && n == ns - 1 && isupper((unsigned char)text[nt->map[p]]))
		return (0);
	/* a possessive, or a person's verb after */
	if (!(ne + 2 <= nt->len && s[ne] == '\'' && s[ne + 1] == 's' &&
	    (ne + 2 == nt->len || !isalnum((unsigned char)s[ne + 2]))) &&
	    word_after(s, nt->len, ne, verbs, NWORDS(verbs)) == NULL)
		return (0);
	return (word_near(school_words, NWORDS(school_words), s, nt->len,
	    ns, ne, NEAR) != NULL);
}

/*
 * Return 1 if the line of "text" that holds folded offset "at" of "nt" is
 * a headline in title case: four words or more, most of them capitalised
 * ("St Aldhelm's in Special Measures After Damning Ofsted Report").
 */
static int
title_case(const char *text, const struct normtext *nt, size_t at)
{
	const char	*lo, *hi, *q;
	size_t		 o = nt->map[at], end = nt->map[nt->len];
	int		 words = 0, caps = 0;

	for (lo = text + o; lo > text && lo[-1] != '\n'; lo--)
		;
	hi = memchr(text + o, '\n', end - o);
	if (hi == NULL)
		hi = text + end;
	for (q = lo; q < hi; q++) {
		if (isalpha((unsigned char)*q) && (q == lo ||
		    !isalnum((unsigned char)q[-1])) && (q == lo || q[-1] !=
		    '\'')) {
			words++;
			caps += isupper((unsigned char)*q) != 0;
		}
	}
	return (words >= 4 && caps * 10 >= words * 7);
}

/* Return 1 if the words "w" (any case) stand whole at folded offset "p"
 * of "nt". */
static int
phrase_at(const struct normtext *nt, size_t p, const char *w)
{
	size_t	n = strlen(w);

	return (p + n <= nt->len && strncasecmp(w, nt->s + p, n) == 0 &&
	    (p + n == nt->len || !isalnum((unsigned char)nt->s[p + n])));
}

/*
 * Return why the short name of school "k" at "ns".."ne" of "nt" (of
 * "text") is a place and not the school, or NULL: a park or a vale
 * after "in", "around" or "through" ("played in the rain in Harrowden
 * Park"), or the name of a school somewhere else ("St Aldhelm's in
 * Poole": a capitalised place that is none of the school's).
 */
static const char *
place_named(const struct config *cf, int k, const char *text,
    const struct normtext *nt, size_t ns, size_t ne)
{
	static const char *grounds[] = {
		"park", "vale", "hill", "green", "field", "fields", "common",
		"wood", "woods", "meadow", "meadows",
	};
	static const char *preps[] = {
		"in ", "around ", "round ", "through ", "across ", "walk in ",
		"near ",
	};
	static const char *not_places[] = {
		"year", "reception", "nursery", "class", "key", "ks1", "ks2",
		"the", "my", "our", "his", "her", "their", "september",
		"january", "february", "march", "april", "may", "june", "july",
		"august", "october", "november", "december", "spring",
		"summer", "autumn", "winter", "maths", "english", "science",
		"art", "music", "pe", "history", "geography", "french",
		"spanish", "german", "computing", "drama", "re", "year's",
		/* a time, not a place: "to St Aldhelm's in Sept" */
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
		"oct", "nov", "dec", "monday", "tuesday", "wednesday",
		"thursday", "friday", "saturday", "sunday", "term",
	};
	const struct school	*sc = &cf->schools[k];
	const char		*s = nt->s, *w;
	size_t			 i, n, p, e;

	/* the grounds: the name ends in "park", "vale" ... (and no
	 * school's word follows: "near Harrowden Park Academy") */
	for (p = ne; p > ns && s[p - 1] != ' '; p--)
		;
	for (i = 0; i < NWORDS(preps) && str_among(s + p, ne - p, grounds,
	    NWORDS(grounds)) && word_after(s, nt->len, ne,
	    analyze_school_heads, analyze_nschool_heads) == NULL; i++) {
		n = strlen(preps[i]);
		if (ns >= n && strncmp(s + ns - n, preps[i], n) == 0 &&
		    (ns == n || !isalnum((unsigned char)s[ns - n - 1])))
			return ("stands after \"in\": the place");
	}
	/* somewhere else: "in Poole" */
	p = ne;
	if (p + 2 <= nt->len && strncmp(s + p, "'s", 2) == 0)
		return (NULL);
	if (p + 4 <= nt->len && strncmp(s + p, " in ", 4) == 0)
		p += 4;
	else
		return (NULL);
	if (p >= nt->len || !isupper((unsigned char)text[nt->map[p]]))
		return (NULL);
	for (e = p; e < nt->len && (isalpha((unsigned char)s[e]) ||
	    s[e] == '-'); e++)
		;
	if (e - p < 3 || str_among(s + p, e - p, not_places,
	    NWORDS(not_places)))
		return (NULL);
	/* a place of the school's own, in full ("in Upper Wexcombe", not
	 * "in Upper Slaughter") */
	for (i = 0; i <= sc->context.n + sc->streets.n; i++) {
		w = i < sc->context.n ? sc->context.v[i] : i < sc->context.n +
		    sc->streets.n ? sc->streets.v[i - sc->context.n] :
		    sc->name;
		if (phrase_at(nt, p, w))
			return (NULL);
	}
	/* a headline in title case: "St Aldhelm's in Special Measures
	 * After Damning Report" */
	if (title_case(text, nt, p))
		return (NULL);
	return ("is followed by \"in\" and a place that is not the "
	    "school's: a school of the same name elsewhere");
}

/*
 * Return 1 if the place word of school "k" at "ns".."ne" of "nt" (of
 * "text") is where a person lives, as news gives it: after a name and an
 * age ("Martin Selway, 47, of Harrowden") or before the school's town
 * ("Sue Parr, of Harrowden, Milbury"), not after a school's role ("the
 * head of Harrowden, Milbury").
 */
static int
home_named(const struct config *cf, int k, const char *text,
    const struct normtext *nt, size_t ns, size_t ne)
{
	static const char *roles[] = {
		"head", "headteacher", "principal", "pupils", "pupil",
		"staff", "parents", "governor", "governors", "teacher",
		"teachers", "students", "children", "families", "chair",
	};
	const struct school	*sc = &cf->schools[k];
	const char		*s = nt->s;
	size_t			 i, p, w;

	if (ns < 3 || strncmp(s + ns - 3, "of ", 3) != 0 || (ns > 3 &&
	    isalnum((unsigned char)s[ns - 4])))
		return (0);
	p = ns - 3;
	/* the word before "of", past a comma */
	for (w = p; w > 0 && (s[w - 1] == ' ' || s[w - 1] == ','); w--)
		;
	for (i = w; i > 0 && isalpha((unsigned char)s[i - 1]); i--)
		;
	if (w > i && str_among(s + i, w - i, roles, NWORDS(roles)))
		return (0);
	/* "Selway, 47, of": an age after a capitalised name */
	if (p >= 4 && s[p - 1] == ' ' && s[p - 2] == ',' &&
	    isdigit((unsigned char)s[p - 3])) {
		for (i = p - 3; i > 0 && isdigit((unsigned char)s[i - 1]);
		    i--)
			;
		if (i >= 3 && s[i - 1] == ' ' && s[i - 2] == ',' &&
		    isalpha((unsigned char)s[i - 3])) {
			for (i -= 2; i > 0 && isalpha((unsigned char)
			    s[i - 1]); i--)
				;
			return (isupper((unsigned char)text[nt->map[i]]));
		}
		return (0);
	}
	/* "of Harrowden, Milbury" */
	if (ne + 2 > nt->len || strncmp(s + ne, ", ", 2) != 0)
		return (0);
	for (i = 0; i < sc->context.n; i++) {
		if (phrase_at(nt, ne + 2, sc->context.v[i]))
			return (1);
	}
	return (0);
}

/*
 * Return 1 if the short name at "ns".."ne" of "nt" (of "text") opens a
 * title in quotation marks that goes on in capitalised words: a quiz
 * team "Harrowden Park Life", a song, a show.
 */
static int
quoted_title(const char *text, const struct normtext *nt, size_t ns,
    size_t ne)
{
	static const char *parts[] = {
		"academy", "school", "primary", "infants", "infant", "pta",
		"sixth", "ce", "cofe", "church", "staff", "pupils", "parents",
	};
	static const char *said[] = {
		"us", "me", "my", "our", "you", "your", "them", "him", "her",
		"it", "is", "are", "was", "were", "has", "have", "had", "lied",
		"let", "must", "should", "will", "won't", "can't", "does",
		"did", "do", "not", "never", "fails", "lies", "hides",
	};
	const char	*s = nt->s;
	size_t		 p = ne, w, words = 0;

	if (ns == 0 || s[ns - 1] != '"')
		return (0);
	while (p < nt->len && s[p] == ' ' && words < 4) {
		w = ++p;
		if (p >= nt->len || !isupper((unsigned char)text[nt->map[p]]))
			return (0);
		while (p < nt->len && isalnum((unsigned char)s[p]))
			p++;
		/* a part of a school, or words said, not a name:
		 * "Harrowden Park Ignored Us" */
		if (str_among(s + w, p - w, parts, NWORDS(parts)) ||
		    (p - w > 2 && strncmp(s + p - 2, "ed", 2) == 0) ||
		    str_among(s + w, p - w, said, NWORDS(said)))
			return (0);
		words++;
	}
	return (words > 0 && words <= 3 && p < nt->len && s[p] == '"');
}

/* Return a number for the kind of title "t" ("n" bytes): Mrs, Ms and
 * Miss are one kind; 0 if "t" is no title. */
static int
title_kind(const char *t, size_t n)
{
	static const char *titles[] = {
		"mr", "mrs", "ms", "miss", "dr", "prof", "rev", "sir", "dame",
	};
	static const int kinds[] = { 1, 2, 2, 2, 3, 4, 5, 1, 2 };
	size_t	i;

	for (i = 0; i < NWORDS(titles); i++) {
		if (strlen(titles[i]) == n && strncasecmp(t, titles[i], n) == 0)
			return (kinds[i]);
	}
	return (0);
}

/*
 * Return 1 if the surname of staff pattern "pt" at "ns" of "nt" (of
 * "text") names someone else: after a title of another kind ("Dr Okafor"
 * is not Mr Okafor), after another initial ("Dr R. Sandhu" when she is
 * not an R), or after another given name inside a sentence ("old Ron
 * Pettifer") or before a court report's age ("Craig Devereux, 38,").
 */
static int
other_person(const struct config *cf, const struct pattern *pt,
    const char *text, const struct normtext *nt, size_t ns)
{
	static const char *not_given[] = {
		"yesterday", "today", "tonight", "thanks", "thank", "cheers",
		"well", "and", "but", "then", "when", "if", "also", "because",
		"even", "poor", "dear", "oh", "okay", "yes", "hi", "hello",
		"hey", "congrats", "congratulations", "ask", "tell", "blame",
		"love", "sir", "please", "sorry", "why", "what", "how", "who",
		"where", "head", "headteacher", "deputy", "principal", "coach",
		"teacher", "governor", "chair", "senco", "bursar", "vice",
		"captain", "father", "sister", "park", "academy", "school",
		"primary", "vale", "the", "old", "big", "new", "now", "just",
		"only", "said", "says", "saw", "met", "with", "from",
		"for", "not", "has", "had", "was", "did", "does", "got", "see",
		"like", "know", "knows", "bless", "hats", "shout", "after",
		"before", "miss", "team", "class", "year", "form", "dept",
	};
	const struct staff	*st;
	const char		*w;
	size_t			 p, e, n;
	int			 k, own;

	if (pt->staff < 0)
		return (0);
	st = pt->school >= 0 ? &cf->schools[pt->school].staff[pt->staff] :
	    &cf->trust_staff[pt->staff];
	own = title_kind(st->title, strlen(st->title));
	p = ns;
	while (p > 0 && (nt->s[p - 1] == ' ' || nt->s[p - 1] == '.'))
		p--;
	e = p;
	while (p > 0 && isalpha((unsigned char)nt->s[p - 1]))
		p--;
	w = nt->s + p;
	n = e - p;
	if ((k = title_kind(w, n)) != 0)
		return (own != 0 && k != own);
	if (n == 1 && st->first[0] != '\0') {
		/* an initial: another one is another person; the same one
		 * after another title too */
		if (tolower((unsigned char)*w) != tolower((unsigned char)
		    st->first[0]))
			return (1);
		while (p > 0 && (nt->s[p - 1] == ' ' || nt->s[p - 1] == '.'))
			p--;
		e = p;
		while (p > 0 && isalpha((unsigned char)nt->s[p - 1]))
			p--;
		k = title_kind(nt->s + p, e - p);
		return (k != 0 && own != 0 && k != own);
	}
	/* a given name, capitalised, one space before the surname, that
	 * is not the member of staff's (nor short for it: "Dan" for
	 * "Daniel") */
	if (n < 3 || ns != e + 1 || nt->s[e] != ' ' || st->first[0] == '\0' ||
	    !isupper((unsigned char)text[nt->map[p]]) ||
	    str_among(w, n, not_given, NWORDS(not_given)) ||
	    strncasecmp(st->first, w, n) == 0 ||
	    (strlen(st->first) <= n && strncasecmp(st->first, w,
	    strlen(st->first)) == 0))
		return (0);
	/* a small word before it ("old Ron Pettifer"): inside a sentence,
	 * where only a name is capitalised ("Parents Slam Leese", "Can
	 * Leese explain" are a headline and a question) */
	if (p >= 2 && nt->s[p - 1] == ' ' && islower((unsigned char)
	    text[nt->map[p - 2]]))
		return (1);
	/* a court report's age after it: "Craig Devereux, 38," */
	e = ns;
	while (e < nt->len && isalpha((unsigned char)nt->s[e]))
		e++;
	return (e + 3 < nt->len && nt->s[e] == ',' && nt->s[e + 1] == ' ' &&
	    isdigit((unsigned char)nt->s[e + 2]));
}

/* Find the hits of every pattern in "nt" into "*hitsp"; return how many. */
static size_t
find_hits(const struct matcher *m, const char *text,
    const struct normtext *nt, struct compact *c, struct hit **hitsp)
{
	struct hit	*hits = NULL;
	size_t		 nhits = 0, caphits = 0, i;
	int		 cur = 0, p, o;

	compact_build2(nt->s, nt->len, text, nt->map, c);
	for (i = 0; i < c->len; i++) {
		cur = m->st[cur].next[sym((unsigned char)c->s[i])];
		if (m->st[cur].out < 0 && m->st[cur].link < 0)
			continue;
		for (o = m->st[cur].out >= 0 ? cur : m->st[cur].link; o >= 0;
		    o = m->st[o].link) {
			for (p = m->st[o].out; p >= 0; p = m->outnext[p]) {
				size_t	st = i + 1 - m->pats[p].len;

				if (!c->wstart[st] || (!c->wstart[i + 1] &&
				    !possessive_s(m, c, p, i + 1)))
					continue;
				if (nhits == caphits) {
					caphits = caphits ? caphits * 2 : 16;
					hits = xreallocarray(hits, caphits,
					    sizeof *hits);
				}
				hits[nhits].pat = p;
				hits[nhits].cstart = st;
				hits[nhits].cend = i + 1;
				hits[nhits].nstart = c->pos[st];
				hits[nhits].nend = c->pos[i] + 1;
				hits[nhits].dead = 0;
				nhits++;
			}
		}
	}
	/*
	 * A near miss: where a longer configured name (NEAR_MISS_MIN or more
	 * letters longer if a space follows the shorter one) of the same school
	 * begins at the hit but runs on inside a word ("Fenwick Vale Infant
	 * Schoolside", "@StAldhelmsWexton"), the writer wrote another word,
	 * and the shorter name inside it is not a mention either.
	 */
	for (i = 0; i < nhits; i++) {
		const struct pattern	*pt = &m->pats[hits[i].pat];
		size_t			 k, end;

		if (pt->kind != MATCH_NAME && pt->kind != MATCH_WEAK &&
		    pt->kind != MATCH_BARE)
			continue;
		for (k = 0; k < m->npats && !hits[i].dead; k++) {
			const struct pattern *q = &m->pats[k];

			/* After a space or a stop, a few letters more
			 * ("@HarrowdenParkAc" over "harrowden park
			 * according") are the next word's start, not
			 * another name. */
			if (q->school != pt->school || q->len <= pt->len ||
			    (hits[i].cend < c->len && c->pos[hits[i].cend] >
			    c->pos[hits[i].cend - 1] + 1 &&
			    q->len < pt->len + NEAR_MISS_MIN) ||
			    (q->kind != MATCH_NAME && q->kind != MATCH_WEAK) ||
			    q->variant != 0)
				continue;
			end = hits[i].cstart + q->len;
			if (end < c->len && !c->wstart[end] &&
			    memcmp(c->s + hits[i].cstart, q->cs, q->len) == 0 &&
			    !runs_on_context(m, c, hits, nhits, i))
				hits[i].dead = 1;
		}
	}
	/* A surname that is an ordinary word ("Marsh") names someone only
	 * as a person doing something, among school words; a surname
	 * after another title ("Dr Okafor" for Mr Okafor) is someone
	 * else. */
	for (i = 0; i < nhits; i++) {
		const struct pattern	*pt = &m->pats[hits[i].pat];

		if (pt->kind != MATCH_SURNAME)
			continue;
		if (pt->variant == 3 && !common_surname_named(text, nt,
		    hits[i].nstart, hits[i].nend))
			hits[i].dead = 3;
		else if (other_person(m->cf, pt, text, nt, hits[i].nstart))
			hits[i].dead = 2;
	}
	/* A name inside a namesake ("Harrowden Park Rangers FC") is the
	 * namesake. */
	for (i = 0; i < nhits; i++) {
		const struct pattern	*pt = &m->pats[hits[i].pat];
		size_t			 j;

		if (pt->kind == MATCH_NAMESAKE || pt->kind == MATCH_CONTEXT)
			continue;
		for (j = 0; j < nhits; j++) {
			const struct pattern *ns = &m->pats[hits[j].pat];

			if (ns->kind == MATCH_NAMESAKE &&
			    hits[j].cstart <= hits[i].cstart &&
			    hits[j].cend >= hits[i].cend && ns->len > pt->len)
				hits[i].dead = 1;
		}
	}
	*hitsp = hits;
	return (nhits);
}

/* Return 1 if no word of the "len" bytes at "text" is capitalised (a
 * capital before a small letter): the writer types in lower case, if
 * now and then shouting a word ("the day BEFORE the actual gcse"). */
static int
typed_lower(const char *text, size_t len)
{
	size_t	i;

	for (i = 0; i + 1 < len; i++) {
		if (isupper((unsigned char)text[i]) &&
		    islower((unsigned char)text[i + 1]))
			return (0);
	}
	return (1);
}

/* Return 1 if the original text capitalises the word at normalised
 * offset "n" ("Leese", not "leese"). */
static int
capitalised(const char *text, const struct normtext *nt, size_t n)
{
	if (isupper((unsigned char)text[nt->map[n]]))
		return (1);
	/* a text in lower case capitalises nothing */
	return (typed_lower(text, nt->map[nt->len]));
}

/* Return 1 if every letter of folded "ns".."ne" is a capital in the
 * original ("HPA", not "hpa" inside a sentence). */
static int
all_capitals(const char *text, const struct normtext *nt, size_t ns,
    size_t ne)
{
	size_t	i;

	for (i = ns; i < ne; i++) {
		unsigned char	c = (unsigned char)text[nt->map[i]];

		if (isalpha(c) && !isupper(c))
			return (0);
	}
	return (1);
}

/* Return 1 if the initials at folded "ns".."ne" are meant as a name:
 * written in capitals ("HPA"), or in lower case by a writer who
 * capitalises nothing, with a school's word right after ("hpa
 * teachers") or after "from" or "at" ("that girl from hpa"); never
 * after a number ("1013 hpa" is a pressure). */
static int
initials_ok(const char *text, const struct normtext *nt, size_t ns,
    size_t ne)
{
	size_t	i = ns;

	while (i > 0 && nt->s[i - 1] == ' ')
		i--;
	/* "1013 hPa" is a pressure; "year 7 hpa", "y13 hpa" a pupil's year
	 * at the school */
	if (i > 0 && isdigit((unsigned char)nt->s[i - 1])) {
		size_t	j = i;

		while (j > 0 && isdigit((unsigned char)nt->s[j - 1]))
			j--;
		if (i - j > 2 || !((j >= 5 && strncmp(nt->s + j - 5, "year ",
		    5) == 0) || (j >= 3 && strncmp(nt->s + j - 3, "yr ", 3) ==
		    0) || (j >= 2 && strncmp(nt->s + j - 2, "yr", 2) == 0) ||
		    (j >= 1 && nt->s[j - 1] == 'y')))
			return (0);
		return (1);
	}
	if (all_capitals(text, nt, ns, ne))
		return (1);
	if (school_after(nt->s, nt->len, ne) != NULL)
		return (1);
	if ((i >= 5 && strncmp(nt->s + i - 5, " from", 5) == 0) ||
	    (i >= 3 && strncmp(nt->s + i - 3, " at", 3) == 0) ||
	    (i == 4 && strncmp(nt->s, "from", 4) == 0) ||
	    (i == 2 && strncmp(nt->s, "at", 2) == 0))
		return (1);
	return (capitalised(text, nt, ns));
}

#define MAYBE_MIN	0.35	/* least score of a name kept as "maybe" */

/*
 * Return 1 if a word for a school stands before the street at normalised
 * offset "at", with at most four words of place between ("the school on
 * Vale Road", "that church school up on rose hill", "the primary at the
 * top of Rose Hill").
 */
static int
school_on(const char *norm, size_t at)
{
	static const char *kinds[] = {
		"school", "primary", "infants", "infant", "academy", "juniors",
		"nursery", "primaries", "schools",
	};
	static const char *between[] = {
		"on", "up", "down", "at", "off", "in", "along", "the", "top",
		"of", "bottom", "end", "by", "near", "round",
	};
	size_t	e = at, s, n, k;
	int	words;

	for (words = 0; words <= 4; words++) {
		while (e > 0 && norm[e - 1] == ' ')
			e--;
		for (s = e; s > 0 && isalpha((unsigned char)norm[s - 1]); s--)
			;
		n = e - s;
		if (n == 0)
			return (0);
		for (k = 0; k < NWORDS(kinds); k++)
			if (strlen(kinds[k]) == n && strncmp(norm + s,
			    kinds[k], n) == 0)
				return (words > 0);
		for (k = 0; k < NWORDS(between); k++)
			if (strlen(between[k]) == n && strncmp(norm + s,
			    between[k], n) == 0)
				break;
		if (k == NWORDS(between))
			return (0);
		e = s;
	}
	return (0);
}

/*
 * Return 1 if the street at normalised offsets "at".."end" of "norm" is
 * where things happen in a notice to a school's families: the street is
 * where something stands or is shut ("the gates on Rose Hill", "Rose
 * Hill will be closed"), and the text speaks to parents of school days in
 * two ways or more ("Breakfast club is running as normal", "Parents'
 * evening booking opens Monday").
 */
static int
school_notice(const char *norm, size_t len, size_t at, size_t end)
{
	static const char *before[] = {
		"on", "up", "down", "along", "off", "via", "closure", "closed",
	};
	static const char *after[] = {
		"will be closed", "is closed", "closed", "will be shut",
	};
	static const char *notice[] = {
		"parents", "breakfast club", "after school club",
		"parents evening", "parents' evening", "pick-up", "drop-off",
		"home time", "school office", "newsletter", "sats", "assembly",
		"book bags", "reading raffle", "book token", "pupils",
	};
	size_t	e = at, s, k, seen = 0;

	while (e > 0 && norm[e - 1] == ' ')
		e--;
	for (s = e; s > 0 && isalpha((unsigned char)norm[s - 1]); s--)
		;
	if (!str_among(norm + s, e - s, before, NWORDS(before)) &&
	    word_after(norm, len, end, after, NWORDS(after)) == NULL)
		return (0);
	for (k = 0; k < NWORDS(notice) && seen < 2; k++)
		seen += word_near(&notice[k], 1, norm, len, 0, 0, len) != NULL;
	return (seen >= 2);
}

/* Return the pattern of a namesake of school "k" that is a school too
 * and that the text names in full ("St Aldhelm's Academy", in Poole), or
 * NULL. (A road or a park of the name says nothing of the school: "Harrowden
 * Park parents: the underpass by Harrowden Park Road".) */
static const struct pattern *
namesake_named(const struct matcher *m, const struct hit *hits,
    size_t nhits, int k)
{
	size_t	i, j;
	const char *w;

	for (i = 0; i < nhits; i++) {
		const struct pattern *pt = &m->pats[hits[i].pat];

		if (pt->kind != MATCH_NAMESAKE || pt->school != k)
			continue;
		for (w = pt->text; (w = strchr(w, ' ')) != NULL; ) {
			w++;
			for (j = 0; j < analyze_nschool_heads; j++) {
				if (strcasecmp(w, analyze_school_heads[j]) ==
				    0)
					return (pt);
			}
		}
	}
	return (NULL);
}

/*
 * Return 1 if each time namesake word "w" stands in "norm" it is where a
 * class went ("the garden centre trip", "a visit to the nature
 * reserve"), in a text with a word of school life: the outing is the
 * school's, not the namesake's (a camera club's trip is the club's).
 */
static int
outing(const char *norm, size_t len, const char *w)
{
	static const char *after[] = { " trip", " visit", " outing" };
	static const char *before[] = { "trip to the ", "visit to the ",
	    "trip to ", "visit to " };
	const char	*p, *end = norm + len;
	size_t		 n = strlen(w), k;
	int		 seen = 0;

	for (p = norm; p + n <= end && (p = memmem(p, (size_t)(end - p), w,
	    n)) != NULL; p += n) {
		if ((p > norm && isalnum((unsigned char)p[-1])) ||
		    (p + n < end && isalnum((unsigned char)p[n])))
			continue;
		for (k = 0; k < NWORDS(after); k++) {
			if ((size_t)(end - p - n) >= strlen(after[k]) &&
			    strncmp(p + n, after[k], strlen(after[k])) == 0)
				break;
		}
		if (k == NWORDS(after)) {
			for (k = 0; k < NWORDS(before); k++) {
				size_t	l = strlen(before[k]);

				if ((size_t)(p - norm) >= l &&
				    strncmp(p - l, before[k], l) == 0)
					break;
			}
			if (k == NWORDS(before))
				return (0);
		}
		seen = 1;
	}
	return (seen && word_near(school_words, NWORDS(school_words), norm,
	    len, 0, 0, len) != NULL);
}

/*
 * Return the first namesake word within 60 bytes of hit "i" of "hits",
 * or NULL, passing over a word that only makes another hit of the same
 * school a namesake ("Harrowden Park parents: the underpass by Harrowden
 * Park Road is unlit"): that road is another place, and says nothing of
 * what this name means.
 */
static const char *
namesake_near(const struct matcher *m, const struct hit *hits,
    size_t nhits, size_t i, const struct normtext *nt)
{
	const char	*nw, *na;
	size_t		 j, k;

	for (k = 0; k < NWORDS(namesake_words); k++) {
		nw = word_near(&namesake_words[k], 1, nt->s, nt->len,
		    hits[i].nstart, hits[i].nend, 60);
		if (nw == NULL || outing(nt->s, nt->len, nw))
			continue;
		/* a street is a namesake only when it bears the name
		 * ("Fenwick Vale Road"); another street nearby ("parents
		 * of Fenwick Vale: on Vale Road") is only where things are */
		if ((strcmp(nw, "road") == 0 || strcmp(nw, "street") == 0 ||
		    strcmp(nw, "lane") == 0) && (na = namesake_after(nt->s,
		    nt->len, hits[i].nend)) != nw)
			continue;
		for (j = 0; j < nhits; j++) {
			if (j == i || m->pats[hits[j].pat].school !=
			    m->pats[hits[i].pat].school ||
			    hits[j].nstart == hits[i].nstart)
				continue;
			na = namesake_after(nt->s, nt->len, hits[j].nend);
			if (na != NULL && strcmp(na, nw) == 0)
				break;
		}
		if (j == nhits)
			return (nw);
	}
	return (NULL);
}

/* Return 1 if a match's score, one or two digits a side, stands right
 * beside folded span "s".."e" ("Harrowden Park 0-5 Milbury Town", "2-1
 * Harrowden Park"): a team's name; not "Years 7-11", "2024-25". */
static int
scoreline(const struct normtext *nt, size_t s, size_t e)
{
	const char	*t = nt->s;
	size_t		 n = nt->len, i, a;

	/* before: "2-1 " */
	if (s >= 4 && t[s - 1] == ' ') {
		for (i = s - 1; i > 0 && isdigit((unsigned char)t[i - 1]); i--)
			;
		if (i < s - 1 && s - 1 - i <= 2 && i >= 2 && t[i - 1] == '-') {
			for (a = i - 1; a > 0 &&
			    isdigit((unsigned char)t[a - 1]); a--)
				;
			if (a < i - 1 && i - 1 - a <= 2 && (a == 0 ||
			    !isalnum((unsigned char)t[a - 1])))
				return (1);
		}
	}
	/* after: " 0-5" */
	if (e + 3 < n && t[e] == ' ') {
		for (i = e + 1; i < n && isdigit((unsigned char)t[i]); i++)
			;
		if (i == e + 1 || i - e - 1 > 2 || i + 1 >= n || t[i] != '-')
			return (0);
		for (a = i + 1; a < n && isdigit((unsigned char)t[a]); a++)
			;
		if (a > i + 1 && a - i - 1 <= 2 && (a == n ||
		    !isalnum((unsigned char)t[a])))
			return (1);
	}
	return (0);
}

/* Return 1 if namesake "name" is a sports club's ("Harrowden Park
 * Rangers FC"): its last word is a club's. */
static int
club_name(const char *name)
{
	static const char *words[] = {
		"albion", "athletic", "city", "county", "fc", "rangers",
		"rfc", "rovers", "town", "united", "wanderers",
	};
	const char	*w = strrchr(name, ' ');
	size_t		 k;

	w = w != NULL ? w + 1 : name;
	for (k = 0; k < sizeof words / sizeof words[0]; k++) {
		if (strcasecmp(w, words[k]) == 0)
			return (1);
	}
	return (0);
}

/*
 * Return how much the namesakes of school "k" lower weak hit "i" of
 * "hits", and set "*nw" to the namesake or its word that does: one named
 * near it (0.3); one that is a school, named in full anywhere, when
 * "ours" (a context word, staff or the trust) is not (0.3; 0.7 with a
 * school word "sw" near, which fits that school as well as ours); a
 * team's, with a match's score beside the hit, a club named in full
 * anywhere (0.5); or a
 * namesake's word anywhere in the text (0.2, found once per text into
 * "*docns").
 */
static double
namesake_weight(const struct matcher *m, const struct hit *hits,
    size_t nhits, size_t i, int k, const struct normtext *nt,
    const char *sw, int ours, const char **docns, const char **nw)
{
	const struct pattern	*nsp;

	if ((*nw = namesake_near(m, hits, nhits, i, nt)) != NULL)
		return (0.3);
	/* "Harrowden Park 0-5 Milbury Town ... if Harrowden Park Rangers
	 * go down" */
	if (scoreline(nt, hits[i].nstart, hits[i].nend)) {
		size_t	j;

		for (j = 0; j < nhits; j++) {
			nsp = &m->pats[hits[j].pat];
			if (nsp->kind == MATCH_NAMESAKE && nsp->school == k &&
			    club_name(nsp->text)) {
				*nw = nsp->text;
				return (0.5);
			}
		}
	}
	if (!ours && (nsp = namesake_named(m, hits, nhits, k)) != NULL) {
		/* "livid with St Aldhelm's Academy in Poole ...
		 * #StAldhelms": the short name is the namesake named in
		 * full, and its "Academy" is no school word of ours */
		*nw = nsp->text;
		return (sw != NULL ? 0.7 : 0.3);
	}
	if (*docns == NULL) {
		*docns = word_near(namesake_doc_words,
		    NWORDS(namesake_doc_words), nt->s, nt->len, 0, 0,
		    nt->len);
		if (*docns == NULL || outing(nt->s, nt->len, *docns))
			*docns = "";
	}
	if (**docns == '\0')
		return (0);
	*nw = *docns;
	return (0.2);
}

/*
 * Find the schools named in the "len" bytes at "text", already folded
 * into "nt", into "res" (free it with match_result_free). Return 0.
 */
int
matcher_run_norm(const struct matcher *m, const char *text, size_t len,
    const struct normtext *nt, struct match_result *res)
{
	struct compact	 c;
	struct hit	*hits = NULL;
	size_t		 nhits, i, k;
	int		 trust = 0, lower;
	const char	*docns = NULL;	/* a namesake word in the text */
	const struct config *cf = m->cf;

	memset(res, 0, sizeof *res);
	nhits = find_hits(m, text, nt, &c, &hits);
	/* a text typed with no capital at all names staff in lower case
	 * too ("ashcombe better start sleeping with one eye open") */
	for (i = 0, lower = 0; i < nhits && !lower; i++)
		if (m->pats[hits[i].pat].kind == MATCH_SURNAME)
			lower = 1;
	if (lower)
		lower = typed_lower(text, len);
	for (i = 0; i < nhits; i++) {
		const struct pattern	*pt = &m->pats[hits[i].pat];

		if (pt->kind == MATCH_TRUST && !hits[i].dead)
			trust = 1;
		if (pt->kind == MATCH_CONTEXT && !hits[i].dead)
			res->context = 1;
	}
	for (k = 0; k < cf->nschools; k++) {
		struct hit	*best = NULL;
		double		 bestscore = 0;
		int		 staff = 0, context = 0;
		char		 why[160], rej[224];
		double		 rejscore = 0, maybescore = 0;
		size_t		 rejlen = 0;
		struct hit	*maybe = NULL;
		char		 maybewhy[160];

		rej[0] = '\0';
		why[0] = '\0';
		for (i = 0; i < nhits; i++) {
			const struct pattern *pt = &m->pats[hits[i].pat];

			if (pt->school != (int)k || hits[i].dead)
				continue;
			if ((pt->kind == MATCH_STAFF || (pt->kind ==
			    MATCH_SURNAME && capitalised(text, nt,
			    hits[i].nstart))) && !staff_otherwise(nt->s,
			    nt->len, hits[i].nstart, hits[i].nend))
				staff = 1;
			if (pt->kind == MATCH_CONTEXT) {
				size_t	j;
				int	inside = 0;

				/* "Harrowden" inside "Harrowden Park" is the
				 * name, not context. */
				for (j = 0; j < nhits; j++) {
					const struct pattern *q =
					    &m->pats[hits[j].pat];

					if (j != i && q->kind != MATCH_CONTEXT &&
					    hits[j].cstart <= hits[i].cstart &&
					    hits[j].cend >= hits[i].cend)
						inside = 1;
				}
				if (!inside)
					context = 1;
			}
		}
		for (i = 0; i < nhits; i++) {
			const struct pattern *pt = &m->pats[hits[i].pat];
			const char	*sw = NULL, *nw = NULL, *sw2, *notus;
			double		 score;
			char		 w[160];

			if (pt->school != (int)k)
				continue;
			if (hits[i].dead) {
				if (pt->kind != MATCH_CONTEXT &&
				    pt->kind != MATCH_NAMESAKE &&
				    hits[i].dead != 3 &&
				    rejscore == 0 && pt->len > rejlen) {
					rejlen = pt->len;
					snprintf(rej, sizeof rej, "\"%s\" %s",
					    pt->text, hits[i].dead == 2 ?
					    "follows another title than the "
					    "staff member's" : "is part of a "
					    "namesake's name");
				}
				continue;
			}
			switch (pt->kind) {
			case MATCH_NAME:
				score = 0.95;
				snprintf(w, sizeof w, "the school's name or "
				    "alias (\"%s\")", pt->text);
				break;
			case MATCH_STAFF:
				if (staff_otherwise(nt->s, nt->len,
				    hits[i].nstart, hits[i].nend)) {
					if (*rej == '\0')
						snprintf(rej, sizeof rej,
						    "\"%s\" is described as "
						    "someone else: a namesake",
						    pt->text);
					continue;
				}
				score = 0.9;
				snprintf(w, sizeof w, "a member of the "
				    "school's staff is named (\"%s\")",
				    pt->text);
				break;
			case MATCH_STREET:
				/* "that church school up on rose hill" */
				if (!school_on(nt->s, hits[i].nstart) &&
				    !school_notice(nt->s, nt->len,
				    hits[i].nstart, hits[i].nend)) {
					hits[i].dead = 1;
					continue;
				}
				score = 0.6;
				snprintf(w, sizeof w, "a school on \"%s\", "
				    "where it stands", pt->text);
				break;
			case MATCH_SURNAME:
				if (!lower && !capitalised(text, nt,
				    hits[i].nstart))
					continue;
				/* "Ashcombe Road": a place with the name, and
				 * no one to aim harm at */
				if (namesake_after(nt->s, nt->len,
				    hits[i].nend) != NULL) {
					hits[i].dead = 1;
					continue;
				}
				if (staff_otherwise(nt->s, nt->len,
				    hits[i].nstart, hits[i].nend))
					continue;	/* as above */
				score = 0.8;
				snprintf(w, sizeof w, "a member of the "
				    "school's staff is named by surname "
				    "(\"%s\")", pt->text);
				break;
			case MATCH_WEAK:
			case MATCH_BARE:
				if (pt->variant == 2 && !initials_ok(text, nt,
				    hits[i].nstart, hits[i].nend))
					continue;
				nw = namesake_after(nt->s, nt->len,
				    hits[i].nend);
				if (pt->kind == MATCH_WEAK && nw == NULL &&
				    (nw = place_named(m->cf, k, text, nt,
				    hits[i].nstart, hits[i].nend)) != NULL) {
					/* "played in Harrowden Park", "St
					 * Aldhelm's in Poole" */
					if (*rej == '\0')
						snprintf(rej, sizeof rej,
						    "\"%s\" %s", pt->text, nw);
					continue;
				}
				notus = NULL;
				if (nw == NULL && pt->kind == MATCH_BARE &&
				    home_named(m->cf, (int)k, text, nt,
				    hits[i].nstart, hits[i].nend))
					notus = "is where someone lives";
				else if (nw == NULL && quoted_title(text, nt,
				    hits[i].nstart, hits[i].nend))
					notus = "opens a title in quotation "
					    "marks";
				if (notus != NULL) {
					if (*rej == '\0')
						snprintf(rej, sizeof rej,
						    "\"%s\" %s", pt->text,
						    notus);
					continue;
				}
				if (nw != NULL) {
					/* "... Road", "... church", a team
					 * "Harrowden Park Life" */
					if (*rej == '\0')
						snprintf(rej, sizeof rej,
						    "\"%s\" is followed by "
						    "\"%s\": a namesake",
						    pt->text, nw);
					continue;
				}
				score = pt->kind == MATCH_BARE ? (pt->variant ?
				    0.1 : 0.2) : pt->variant == 1 ? 0.3 : 0.35;
				sw = word_near(school_words,
				    NWORDS(school_words), nt->s, nt->len,
				    hits[i].nstart, hits[i].nend,
				    pt->kind == MATCH_BARE ? TIGHT : NEAR);
				if (sw != NULL)
					score += 0.4;
				else if (form_near(nt->s, nt->len,
				    hits[i].nstart, hits[i].nend,
				    pt->kind == MATCH_BARE ? TIGHT : NEAR)) {
					sw = "a form code";
					score += 0.4;
				} else if ((sw = word_near(weak_school_words,
				    NWORDS(weak_school_words), nt->s, nt->len,
				    hits[i].nstart, hits[i].nend,
				    pt->kind == MATCH_BARE ? TIGHT : NEAR)) !=
				    NULL) {
					score += 0.2;
					/* a second one counts too */
					if (weak_count(nt->s, nt->len,
					    hits[i].nstart, hits[i].nend,
					    pt->kind == MATCH_BARE ? TIGHT :
					    NEAR) >= 2)
						score += 0.2;
				}
				if (pt->kind == MATCH_BARE && hits[i].nstart >= 3 &&
				    (strncmp(nt->s + hits[i].nstart - 3, "at ",
				    3) == 0 || strncmp(nt->s + hits[i].nstart -
				    3, "to ", 3) == 0 || (hits[i].nstart >= 4 &&
				    strncmp(nt->s + hits[i].nstart - 4, "in2 ",
				    4) == 0)))
					score += 0.2;
				/* a hashtag or handle of the name */
				if (pt->kind == MATCH_WEAK &&
				    nt->map[hits[i].nstart] > 0 &&
				    (text[nt->map[hits[i].nstart] - 1] == '#' ||
				    text[nt->map[hits[i].nstart] - 1] == '@'))
					score += 0.25;
				if (pt->kind == MATCH_WEAK && hits[i].nstart >= 3 &&
				    strncmp(nt->s + hits[i].nstart - 3, "at ",
				    3) == 0)
					score += 0.1;
				/* "the Fenwick Vale head", "HPA teachers" */
				if (pt->kind == MATCH_WEAK && (sw2 =
				    school_after(nt->s, nt->len, hits[i].nend)) !=
				    NULL) {
					if (sw == NULL) {
						sw = sw2;
						score += 0.4;
					} else if (!str_among(sw2, strlen(sw2),
					    weak_school_words,
					    NWORDS(weak_school_words)))
						score += 0.2;	/* its part too (a
								   park has kids) */
				} else if (pt->kind == MATCH_BARE && sw == NULL &&
				    (sw = part_after(nt->s, nt->len,
				    hits[i].nend)) != NULL)
					score += 0.4;
				/* "goes to Fenwick Vale": a child attends it */
				if (pt->kind == MATCH_WEAK && attends(nt->s,
				    hits[i].nstart))
					score += 0.2;
				/* "Harrowden Park are...": a body of people, as
				 * a school is and a park or a church is not */
				if (pt->kind == MATCH_WEAK && plural_verb(nt->s,
				    nt->len, hits[i].nend)) {
					score += 0.1;
					if (sw == NULL)
						sw = "a plural verb";
				} else if (pt->kind == MATCH_BARE && sw == NULL &&
				    pt->variant == 0 && plural_verb(nt->s,
				    nt->len, hits[i].nend)) {
					/* "if harrowden dont let us out": the
					 * place does not, the school may */
					score += 0.15;
					sw = "a plural verb";
				}
				if (context && pt->kind != MATCH_BARE)
					score += 0.1;
				if (trust)
					score += 0.2;
				if (staff)
					score += 0.4;
				/* the initials ("HPA") are the school's
				 * own: the park and the club go by no
				 * initials, so their words weigh nothing */
				if (pt->variant != 2)
					score -= namesake_weight(m, hits,
					    nhits, i, (int)k, nt, sw, context ||
					    staff || trust, &docns, &nw);
				if (score > 0.9)
					score = 0.9;	/* a name proper wins */
				snprintf(w, sizeof w, "%s \"%s\"%s%s%s%s%s%s%s%s",
				    pt->kind == MATCH_BARE ? (pt->variant ?
				    "a misspelling of the place word" :
				    "the place word") :
				    pt->variant == 2 ? "the initials" :
				    pt->variant ? "a misspelling of" :
				    "a short name", pt->text,
				    sw ? ", school word \"" : "", sw ? sw : "",
				    sw ? "\" nearby" : "",
				    context ? ", a context word" : "",
				    staff ? ", its staff named" : "",
				    trust ? ", the trust named" : "",
				    nw ? ", but namesake word " : "",
				    nw ? nw : "");
				break;
			default:
				continue;
			}
			if (score < MENTION_THRESHOLD && nw == NULL &&
			    score >= MAYBE_MIN && score > maybescore) {
				maybe = &hits[i];
				maybescore = score;
				snprintf(maybewhy, sizeof maybewhy, "%s", w);
			}
			if (score < MENTION_THRESHOLD) {
				if (score > rejscore || *rej == '\0') {
					rejscore = score;
					snprintf(rej, sizeof rej, "%s: score "
					    "%.2f, below %.2f", w, score,
					    MENTION_THRESHOLD);
				}
				continue;
			}
			if (best == NULL || score > bestscore) {
				best = &hits[i];
				bestscore = score;
				snprintf(why, sizeof why, "%s", w);
			}
		}
		if (best == NULL) {
			/* say why a school named in some way is not
			 * counted */
			if (*rej != '\0') {
				res->rejects = xreallocarray(res->rejects,
				    res->nrejects + 1, sizeof *res->rejects);
				snprintf(res->rejects[res->nrejects++],
				    sizeof *res->rejects, "%s: not counted: %s",
				    cf->schools[k].id, rej);
			}
			if (rejscore >= 0.35) {
				res->unsure = xreallocarray(res->unsure,
				    res->nunsure + 1, sizeof *res->unsure);
				res->unsure[res->nunsure++] = (int)k;
			}
			if (maybe != NULL)
				add_maybe(res, m, text, nt, (int)k, maybe,
				    maybescore, maybewhy);
			continue;
		}
		res->mentions = xreallocarray(res->mentions,
		    res->nmentions + 1, sizeof *res->mentions);
		{
			struct mention	*mn = &res->mentions[res->nmentions++];
			const struct pattern *pt = &m->pats[best->pat];

			mn->school = (int)k;
			mn->school_id = cf->schools[k].id;
			mn->alias = pt->text;
			mn->start = nt->map[best->nstart];
			mn->end = normalize_orig_end(nt, best->nend);
			while (mn->end > mn->start && (text[mn->end - 1] ==
			    '\n' || text[mn->end - 1] == ' ' ||
			    text[mn->end - 1] == '\r' ||
			    text[mn->end - 1] == '\t'))
				mn->end--;
			mn->confidence = bestscore > 1 ? 1 : bestscore;
			snprintf(mn->reason, sizeof mn->reason, "%s", why);
		}
	}
	/* Spans of the accepted schools, their staff, and the trust. */
	for (i = 0; i < nhits; i++) {
		const struct pattern	*pt = &m->pats[hits[i].pat];

		if (hits[i].dead || pt->kind == MATCH_CONTEXT ||
		    pt->kind == MATCH_NAMESAKE)
			continue;
		if (pt->kind == MATCH_SURNAME && !lower && !capitalised(text,
		    nt, hits[i].nstart))
			continue;
		if (pt->school >= 0) {
			for (k = 0; k < res->nmentions; k++) {
				if (res->mentions[k].school == pt->school)
					break;
			}
			if (k == res->nmentions)
				continue;
		}
		add_span(res, pt, &hits[i]);
		if (pt->school < 0 && !res->trust) {
			res->trust = 1;
			res->trust_start = nt->map[hits[i].nstart];
			res->trust_end = normalize_orig_end(nt, hits[i].nend);
		}
	}
	free(hits);
	compact_free(&c);
	return (0);
}

/*
 * Find the schools named in the "len" bytes at "text" into "res" (free it
 * with match_result_free). Return 0.
 */
int
matcher_run(const struct matcher *m, const char *text, size_t len,
    struct match_result *res)
{
	struct normtext	nt;

	normalize_text(text, len, &nt);
	matcher_run_norm(m, text, len, &nt, res);
	normalize_free(&nt);
	return (0);
}

/* Add to "res" a mention of the school of pattern "pt", named by a text's
 * address, unless it has one; "why" says how, quoting "shown". */
static void
url_mention(const struct matcher *m, struct match_result *res,
    const struct pattern *pt, const char *why, const char *shown)
{
	struct mention	*mn;
	size_t		 k;

	for (k = 0; k < res->nmentions; k++) {
		if (res->mentions[k].school == pt->school)
			return;
	}
	res->mentions = xreallocarray(res->mentions, res->nmentions + 1,
	    sizeof *res->mentions);
	mn = &res->mentions[res->nmentions++];
	memset(mn, 0, sizeof *mn);
	mn->school = pt->school;
	mn->school_id = m->cf->schools[pt->school].id;
	mn->alias = pt->text;
	mn->confidence = 0.9;
	snprintf(mn->reason, sizeof mn->reason, "%s (\"%s\")", why, shown);
}

/* Return 1 if "s" is only words of the kind of school "sc" is, run
 * together ("infants", "ceprimary"), or nothing. */
static int
kind_words(const struct school *sc, const char *s)
{
	static const char *words[] = {
		"academy", "cofe", "ce", "college", "infants", "infant",
		"juniors", "junior", "nursery", "primary", "school",
		"secondary",
	};
	size_t	k, n, j;
	int	named;

	if (*s == '\0')
		return (1);
	for (k = 0; k < sizeof words / sizeof words[0]; k++) {
		n = strlen(words[k]);
		if (strncmp(s, words[k], n) != 0)
			continue;
		/* a kind of school this one is: "fenwickvaleinfants", not
		 * "fenwickvalejuniors" (another school) */
		named = strcasestr(sc->name, words[k]) != NULL;
		for (j = 0; j < sc->aliases.n && !named; j++)
			named = strcasestr(sc->aliases.v[j], words[k]) != NULL;
		if (named && kind_words(sc, s + n))
			return (1);
	}
	return (0);
}

/* Return the longest pattern of a kind in "kinds" (a bit per kind) that
 * begins compact label "l", or NULL: the automaton read from its root,
 * where a pattern as long as what was read ends is that much of "l". */
static const struct pattern *
label_prefix(const struct matcher *m, const char *l, unsigned kinds)
{
	const struct pattern	*best = NULL, *pt;
	size_t			 d;
	int			 cur = 0, o, sy;

	for (d = 0; l[d] != '\0'; d++) {
		if ((sy = sym((unsigned char)l[d])) < 0)
			break;
		cur = m->st[cur].next[sy];
		for (o = m->st[cur].out; o >= 0; o = m->outnext[o]) {
			pt = &m->pats[o];
			if (pt->len == d + 1 && (kinds & (1u << pt->kind)) &&
			    pt->variant == 0 && pt->staff < 0 && pt->len >= 6)
				best = pt;
		}
	}
	return (best);
}

/*
 * Add the schools whose own site "url" is on: a label of its host that
 * spells the school's name. The name alone ("fenwickvale.sch.uk"), or
 * with words of a school's kind after it ("fenwickvaleinfants.org.uk"),
 * is the school's; with any other word after it ("staldhelms-wexcombe")
 * only on a schools' domain (.sch.uk) or the trust's, a label that is
 * the trust's name ("harrowdenpark.kestreltrust.org.uk"). A namesake's name spelt at
 * least as long wins ("harrowdenparkrangers.co.uk").
 */
static void
host_names(const struct matcher *m, const char *url, struct match_result *res)
{
	char			 host[256], lab[256];
	const char		*h, *e, *p;
	const struct pattern	*pt, *ns;
	size_t			 n, k;
	int			 ours = 0, pass;

	/* the scheme, if any: letters, then "://" */
	h = url;
	if (isalpha((unsigned char)*h)) {
		for (p = h; isalnum((unsigned char)*p) || *p == '+' ||
		    *p == '-' || *p == '.'; p++)
			;
		if (strncmp(p, "://", 3) == 0)
			h = p + 3;
	}
	/* the authority, past any "user@", before any ":port" */
	n = strcspn(h, "/?#");
	for (p = h + n; p > h && p[-1] != '@'; p--)
		;
	n -= (size_t)(p - h);
	h = p;
	n = strcspn(h, ":") < n ? strcspn(h, ":") : n;
	while (n > 0 && h[n - 1] == '.')
		n--;
	if (n == 0 || n >= sizeof host)
		return;
	for (k = 0; k < n; k++)
		host[k] = (char)tolower((unsigned char)h[k]);
	host[n] = '\0';
	ours = n > 7 && strcmp(host + n - 7, ".sch.uk") == 0;
	/* two passes: the trust's name first, then the schools' */
	for (pass = 0; pass < 2; pass++) {
		for (p = host; *p != '\0'; p = *e != '\0' ? e + 1 : e) {
			e = p + strcspn(p, ".");
			for (n = 0; p < e && n + 1 < sizeof lab; p++) {
				if (isalnum((unsigned char)*p))
					lab[n++] = *p;
			}
			lab[n] = '\0';
			if (pass == 0) {
				pt = label_prefix(m, lab, 1u << MATCH_TRUST);
				if (pt != NULL && lab[pt->len] == '\0')
					ours = 1;
				continue;
			}
			pt = label_prefix(m, lab, 1u << MATCH_NAME |
			    1u << MATCH_WEAK);
			if (pt == NULL || pt->school < 0)
				continue;
			ns = label_prefix(m, lab, 1u << MATCH_NAMESAKE);
			if (ns != NULL && ns->len >= pt->len)
				continue;
			if (!ours && (!kind_words(&m->cf->schools[pt->school],
			    lab + pt->len) ||
			    (pt->kind == MATCH_WEAK && lab[pt->len] == '\0')))
				continue;
			url_mention(m, res, pt, "published on the school's "
			    "own site, its name in the address", host);
		}
	}
}

/*
 * Add to "res" the schools whose name or handle "url" holds (the page of
 * the school, its own account): "x.com/StAldhelmsWex",
 * "maps/place/Fenwick+Vale+Infant+School". Return 0.
 */
int
matcher_run_url(const struct matcher *m, const char *url,
    struct match_result *res)
{
	struct normtext	 nt;
	struct compact	 c;
	struct hit	*hits = NULL;
	size_t		 nhits, i;
	char		*u, *p;

	u = xstrdup(url);
	for (p = u; *p != '\0'; p++) {
		if (*p == '+' || *p == '-' || *p == '_')
			*p = ' ';
		else if (p[0] == '%' && p[1] == '2' && p[2] == '7') {
			p[0] = '\'';
			memmove(p + 1, p + 3, strlen(p + 3) + 1);
		}
	}
	normalize_text(u, strlen(u), &nt);
	nhits = find_hits(m, u, &nt, &c, &hits);
	for (i = 0; i < nhits; i++) {
		const struct pattern	*pt = &m->pats[hits[i].pat];

		/* the trust's name in full: "/Kestrel-Learning-Trust-Reviews" */
		if (!hits[i].dead && pt->kind == MATCH_TRUST &&
		    pt->staff < 0 && strchr(pt->text, ' ') != NULL)
			res->trust = 1;
		if (hits[i].dead || pt->kind != MATCH_NAME || pt->school < 0)
			continue;
		url_mention(m, res, pt, "published where the school's name "
		    "or handle is the address", pt->text);
	}
	free(hits);
	compact_free(&c);
	normalize_free(&nt);
	free(u);
	host_names(m, url, res);
	return (0);
}

/* Free what "res" holds. */
void
match_result_free(struct match_result *res)
{
	free(res->mentions);
	free(res->spans);
	free(res->rejects);
	free(res->unsure);
	free(res->maybe);
	memset(res, 0, sizeof *res);
}
