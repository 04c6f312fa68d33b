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
 */
#include "autoconfig.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyzers/match.h"
#include "analyzers/normalize.h"
#include "common/config.h"
#include "common/str.h"
#include "common/xmalloc.h"

#define ALPHA		165	/* a-z, 0-9, and the 128 high bytes */

struct pattern {
	int		 school;	/* -1: the trust */
	enum match_kind	 kind;
	const char	*text;		/* as configured */
	size_t		 len;		/* compact length */
};

struct state {
	int		 next[ALPHA];
	int		 fail;
	int		 out;		/* first pattern ending here, or -1 */
	int		 link;		/* next state with output, or -1 */
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
};

struct compact {
	char		*s;
	size_t		 len;
	size_t		*pos;		/* offset in the normalised text */
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

/* Build the compact form of normalised text "s". */
static void
compact_build(const char *s, size_t len, struct compact *c)
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
		/* A UTF-8 continuation byte never starts a word. */
		c->wstart[c->len] = !inword && (ch & 0xc0) != 0x80;
		c->s[c->len] = (char)ch;
		c->pos[c->len] = i;
		c->len++;
		inword = 1;
	}
	c->s[c->len] = '\0';
	c->wstart[c->len] = 1;
	c->pos[c->len] = len;
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

static void
add_pattern(struct matcher *m, int school, enum match_kind kind,
    const char *text)
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
	m->pats[m->npats].school = school;
	m->pats[m->npats].kind = kind;
	m->pats[m->npats].text = text;
	m->pats[m->npats].len = c.len;
	m->outnext[m->npats] = m->st[cur].out;
	m->st[cur].out = (int)m->npats;
	m->npats++;
	compact_free(&c);
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

/* Add the ways a member of staff is named: "Joanna Pettifer", "Mrs
 * Pettifer", "Mrs Joanna Pettifer". */
static void
add_staff(struct matcher *m, int school, const struct staff *st)
{
	char	*v;

	if (*st->first != '\0') {
		xasprintf(&v, "%s %s", st->first, st->surname);
		add_owned(m, school, MATCH_STAFF, v);
		free(v);
	}
	if (*st->title != '\0') {
		xasprintf(&v, "%s %s", st->title, st->surname);
		add_owned(m, school, MATCH_STAFF, v);
		free(v);
	}
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
		for (j = 0; j < s->context.n; j++)
			add_pattern(m, si, MATCH_CONTEXT, s->context.v[j]);
		for (j = 0; j < s->namesakes.n; j++)
			add_pattern(m, si, MATCH_NAMESAKE, s->namesakes.v[j]);
		for (j = 0; j < s->nstaff; j++)
			add_staff(m, si, &s->staff[j]);
	}
	if (cf->trust_name != NULL)
		add_pattern(m, -1, MATCH_TRUST, cf->trust_name);
	for (j = 0; j < cf->trust_aliases.n; j++)
		add_pattern(m, -1, MATCH_TRUST, cf->trust_aliases.v[j]);
	build_links(m);
	return (m);
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
	if (m == NULL)
		return;
	free(m->pats);
	free(m->outnext);
	free(m->st);
	strlist_free(&m->owned);
	free(m);
}

struct hit {
	int	pat;
	size_t	cstart;		/* compact offsets */
	size_t	cend;
};

/* Words that show a school (not a park or a club) is meant. */
static const char *school_words[] = {
	"school", "academy", "primary", "infants", "infant", "pupil",
	"pupils", "teacher", "teachers", "headteacher", "head teacher",
	"principal", "ofsted", "classroom", "lessons", "gcse", "gcses",
	"sixth form", "uniform", "detention", "year 7", "year 8", "year 9",
	"year 10", "year 11", "year 12", "year 13", "governors", "inset",
	"staff", "students", "parents evening", "term",
};

#define NEAR	160	/* bytes either side that count as "nearby" */

/* Return 1 if a school word stands within NEAR bytes of "start".."end"
 * of normalised text "norm" ("len" bytes). */
static int
school_word_near(const char *norm, size_t len, size_t start, size_t end)
{
	size_t		 i, n, a, b;
	const char	*p, *lim;

	a = start > NEAR ? start - NEAR : 0;
	b = end + NEAR < len ? end + NEAR : len;
	lim = norm + b;
	for (i = 0; i < sizeof school_words / sizeof school_words[0]; i++) {
		n = strlen(school_words[i]);
		for (p = norm + a; (p = strstr(p, school_words[i])) != NULL &&
		    p + n <= lim; p += n) {
			if ((p == norm || !isalnum((unsigned char)p[-1])) &&
			    !isalnum((unsigned char)p[n]))
				return (1);
		}
	}
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
	struct normtext	 nt;
	struct compact	 c;
	struct hit	*hits = NULL;
	size_t		 nhits = 0, caphits = 0, i, j, k;
	int		 cur = 0, p, o;
	const struct config *cf = m->cf;

	memset(res, 0, sizeof *res);
	normalize_text(text, len, &nt);
	compact_build(nt.s, nt.len, &c);
	for (i = 0; i < c.len; i++) {
		cur = m->st[cur].next[sym((unsigned char)c.s[i])];
		for (o = m->st[cur].out >= 0 ? cur : m->st[cur].link; o >= 0;
		    o = m->st[o].link) {
			for (p = m->st[o].out; p >= 0; p = m->outnext[p]) {
				size_t	st = i + 1 - m->pats[p].len;

				if (!c.wstart[st] || !c.wstart[i + 1])
					continue;
				if (nhits == caphits) {
					caphits = caphits ? caphits * 2 : 16;
					hits = xreallocarray(hits, caphits,
					    sizeof *hits);
				}
				hits[nhits].pat = p;
				hits[nhits].cstart = st;
				hits[nhits].cend = i + 1;
				nhits++;
			}
		}
	}
	for (k = 0; k < cf->nschools; k++) {
		struct hit	*best = NULL;
		int		 staff = 0;
		const char	*why = NULL;

		for (i = 0; i < nhits; i++) {
			const struct pattern *pt = &m->pats[hits[i].pat];

			if (pt->school == (int)k && pt->kind == MATCH_STAFF)
				staff = 1;
		}
		for (i = 0; i < nhits; i++) {
			const struct pattern *pt = &m->pats[hits[i].pat];
			int	inside = 0;

			if (pt->school != (int)k || (pt->kind != MATCH_NAME &&
			    pt->kind != MATCH_WEAK && pt->kind != MATCH_STAFF))
				continue;
			for (j = 0; j < nhits; j++) {
				const struct pattern *ns = &m->pats[hits[j].pat];

				if (ns->kind == MATCH_NAMESAKE &&
				    hits[j].cstart <= hits[i].cstart &&
				    hits[j].cend >= hits[i].cend &&
				    ns->len > pt->len)
					inside = 1;
			}
			if (inside)
				continue;
			/* A name a namesake shares (the park) needs school
			 * words beside it, or the school's staff named. */
			if (pt->kind == MATCH_WEAK) {
				int	near = school_word_near(nt.s, nt.len,
				    c.pos[hits[i].cstart],
				    c.pos[hits[i].cend - 1] + 1);

				if (!near && !staff)
					continue;
				why = near ? "a name a namesake shares, with "
				    "school words beside it" : "a name a "
				    "namesake shares, with the school's staff "
				    "named";
			} else if (pt->kind == MATCH_STAFF)
				why = "a member of the school's staff is named";
			else
				why = "the school's name or alias";
			if (best == NULL || (m->pats[best->pat].kind !=
			    MATCH_NAME && pt->kind == MATCH_NAME))
				best = &hits[i];
		}
		if (best == NULL)
			continue;
		res->mentions = xreallocarray(res->mentions,
		    res->nmentions + 1, sizeof *res->mentions);
		{
			struct mention	*mn = &res->mentions[res->nmentions++];
			const struct pattern *pt = &m->pats[best->pat];

			mn->school = (int)k;
			mn->school_id = cf->schools[k].id;
			mn->alias = pt->text;
			mn->start = nt.map[c.pos[best->cstart]];
			mn->end = normalize_orig_end(&nt,
			    c.pos[best->cend - 1] + 1);
			mn->confidence = pt->kind == MATCH_NAME ? 0.95 : 0.75;
			snprintf(mn->reason, sizeof mn->reason, "%s (\"%s\")",
			    why, pt->text);
		}
	}
	for (i = 0; i < nhits; i++) {
		if (m->pats[hits[i].pat].kind == MATCH_TRUST) {
			res->trust = 1;
			res->trust_start = nt.map[c.pos[hits[i].cstart]];
			res->trust_end = normalize_orig_end(&nt,
			    c.pos[hits[i].cend - 1] + 1);
			break;
		}
	}
	free(hits);
	compact_free(&c);
	normalize_free(&nt);
	return (0);
}

/* Free what "res" holds. */
void
match_result_free(struct match_result *res)
{
	free(res->mentions);
	memset(res, 0, sizeof *res);
}
