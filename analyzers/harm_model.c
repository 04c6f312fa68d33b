/*
 * harm_model.c: a linear model of harmful text beside the harm rules.
 *
 * The rules of harm.c find harm by lexicons of the words for it; a writer
 * who says it in words no lexicon holds ("walked out of the school after
 * something with a year 10 girl, they're keeping it quiet") slips past
 * them. The model reads the same passages as a bag of words and word
 * pairs and gives the odds that a passage is an allegation, abuse or a
 * threat. Its weights are learnt from the project's labelled texts by
 * contrib/harm-model/train.py, which reads the features this file makes
 * (so training and use cannot drift apart) and writes
 * harm_model_table.c.
 *
 * Words are folded (analyzers/normalize.c) and unmasked ("sh1t"), so a
 * feature is the same however a text spells it. The school, its staff
 * and the trust, where the matcher found them, are the words "<school>",
 * "<staff>" and "<trust>": the model learns what is said of a school, not
 * which school the texts it learnt from named. Numbers are "<num>".
 */
#include "autoconfig.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/harm_model.h"
#include "analyzers/match.h"
#include "common/str.h"
#include "common/xmalloc.h"

#define TOKEN_MAX	40	/* bytes of a word the model reads */

/* Return 1 if byte "c" may be part of a word. Letters outside ASCII are
 * (their UTF-8 bytes), save general punctuation (U+2000.., lead byte
 * 0xe2: dashes, quotes) and Latin-1 signs (0xc2: "£", "«"). */
static int
word_byte(unsigned char c)
{
	return ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	    c == '*' || (c >= 0x80 && c < 0xc0) || (c >= 0xc3 && c < 0xf0 &&
	    c != 0xe2));
}

/* Return the placeholder of the matched name at folded offset "at", or
 * NULL; set "*span" to its index. */
static const char *
placeholder(const struct match_result *m, size_t at, size_t *span)
{
	size_t	i;

	for (i = 0; m != NULL && i < m->nspans; i++) {
		const struct match_span *sp = &m->spans[i];

		if (at < sp->nstart || at >= sp->nend)
			continue;
		*span = i;
		switch (sp->kind) {
		case MATCH_NAME:
		case MATCH_WEAK:
		case MATCH_BARE:
		case MATCH_STREET:
			return ("<school>");
		case MATCH_STAFF:
		case MATCH_SURNAME:
			return ("<staff>");
		case MATCH_TRUST:
			return ("<trust>");
		default:
			return (NULL);
		}
	}
	return (NULL);
}

/*
 * Call "fn" with every feature of the windows "win" ("nwin" pairs of
 * folded offsets) of folded text "d": each word, and each pair of words
 * in one sentence.
 */
void
harm_model_features(const char *d, const struct match_result *m,
    const size_t (*win)[2], size_t nwin, hm_feature_fn fn, void *arg)
{
	char	tok[TOKEN_MAX + 1], prev[TOKEN_MAX + 1];
	char	pair[2 * TOKEN_MAX + 2];
	size_t	w, i, s, e, ps = 0, span, lastspan;
	int	have_prev;

	for (w = 0; w < nwin; w++) {
		have_prev = 0;
		lastspan = (size_t)-1;
		for (i = win[w][0]; i < win[w][1]; ) {
			unsigned char	 c = (unsigned char)d[i];
			const char	*ph;
			size_t		 n;

			if (c == '!' || c == '?') {
				tok[0] = (char)c;
				tok[1] = '\0';
				s = i;
				while (i < win[w][1] && d[i] == (char)c)
					i++;
				e = i;
			} else if (c >= 0xf0 && c < 0xf5) {
				/* an emoji: a word of its own */
				s = i;
				for (n = 1; n < 4 && i + n < win[w][1]; n++)
					tok[n] = d[i + n];
				tok[0] = (char)c;
				tok[n] = '\0';
				i += n;
				e = i;
			} else if (word_byte(c)) {
				int	digit = 0;

				s = i;
				while (i < win[w][1] && (word_byte(
				    (unsigned char)d[i]) || (d[i] == '\'' &&
				    i + 1 < win[w][1] && i > s && word_byte(
				    (unsigned char)d[i + 1]))))
					i++;
				e = i;
				/* "the school's": "school" */
				if (e - s > 2 && d[e - 1] == 's' &&
				    d[e - 2] == '\'')
					e -= 2;
				while (e > s && d[e - 1] == '*')
					e--;
				if (e == s)
					continue;
				for (n = s; n < e; n++)
					if (d[n] >= '0' && d[n] <= '9')
						digit = 1;
				if (digit)
					snprintf(tok, sizeof tok, "<num>");
				else {
					n = e - s > TOKEN_MAX ? TOKEN_MAX :
					    e - s;
					memcpy(tok, d + s, n);
					tok[n] = '\0';
				}
				if ((ph = placeholder(m, s, &span)) != NULL) {
					/* one name, or two spans of it */
					if (span == lastspan || (lastspan !=
					    (size_t)-1 && have_prev &&
					    strcmp(prev, ph) == 0))
						continue;
					snprintf(tok, sizeof tok, "%s", ph);
					lastspan = span;
					/* the whole name */
					if (m->spans[span].nend > i &&
					    m->spans[span].nend <= win[w][1])
						e = i = m->spans[span].nend;
				} else
					lastspan = (size_t)-1;
			} else {
				/* a sentence ends: no pair across it */
				if (c == '.' || c == ';' || c == ':' ||
				    c == '\n')
					have_prev = 0;
				i++;
				continue;
			}
			fn(arg, tok, s, e);
			if (have_prev) {
				snprintf(pair, sizeof pair, "%s %s", prev,
				    tok);
				fn(arg, pair, ps, e);
			}
			snprintf(prev, sizeof prev, "%s", tok);
			ps = s;
			have_prev = 1;
		}
	}
}

/* Words too common to explain a score, though the model weighs them. */
static const char *const plain[] = {
	"a", "about", "after", "all", "also", "an", "and", "any", "are", "as",
	"at", "be", "been", "but", "by", "can", "did", "do", "does", "for",
	"from", "had", "has", "have", "he", "her", "him", "his", "i", "if",
	"in", "into", "is", "it", "its", "just", "me", "my", "no", "not",
	"now", "of", "on", "one", "or", "our", "out", "she", "so", "than",
	"that", "the", "their", "them", "then", "there", "they", "this", "to",
	"up", "us", "was", "we", "were", "what", "when", "which", "who",
	"will", "with", "you", "your",
};

static int
str_cmp(const void *a, const void *b)
{
	return (strcmp(*(const char *const *)a, *(const char *const *)b));
}

/* Return 1 if every word of feature "feat" is a plain word or a name. */
static int
plain_feature(const char *feat)
{
	char		 w[TOKEN_MAX + 1];
	const char	*p = feat, *sp, *k = w;
	size_t		 n;

	while (*p != '\0') {
		sp = strchr(p, ' ');
		n = sp != NULL ? (size_t)(sp - p) : strlen(p);
		if (n > TOKEN_MAX)
			return (0);
		memcpy(w, p, n);
		w[n] = '\0';
		if (w[0] != '<' && w[0] != '!' && w[0] != '?' && bsearch(&k,
		    plain, sizeof plain / sizeof plain[0], sizeof plain[0],
		    str_cmp) == NULL)
			return (0);
		p += n;
		if (*p == ' ')
			p++;
	}
	return (1);
}

struct collect {
	uint64_t	*h;
	char		*name;		/* the feature holds a name, or
					   only plain words */
	size_t		*s;
	size_t		*e;
	size_t		 n;
	size_t		 cap;
};

static void
collect(void *arg, const char *feat, size_t s, size_t e)
{
	struct collect	*c = arg;

	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 256;
		c->h = xreallocarray(c->h, c->cap, sizeof *c->h);
		c->name = xreallocarray(c->name, c->cap, 1);
		c->s = xreallocarray(c->s, c->cap, sizeof *c->s);
		c->e = xreallocarray(c->e, c->cap, sizeof *c->e);
	}
	c->h[c->n] = str_hash(feat);
	c->name[c->n] = strchr(feat, '<') != NULL || plain_feature(feat);
	c->s[c->n] = s;
	c->e[c->n] = e;
	c->n++;
}

/* A feature's hash and its place in the order found. */
struct hplace {
	uint64_t		 h;
	size_t			 i;
	const struct hm_weight	*row;	/* its weights, once looked up */
};

/* Order features by hash, then by place. */
static int
first_cmp(const void *a, const void *b)
{
	const struct hplace	*x = a, *y = b;

	if (x->h != y->h)
		return (x->h < y->h ? -1 : 1);
	return (x->i < y->i ? -1 : x->i > y->i);
}

static int
row_cmp(const void *k, const void *r)
{
	uint64_t	h = *(const uint64_t *)k;
	uint64_t	rh = ((const struct hm_weight *)r)->h;

	return (h < rh ? -1 : h > rh);
}

/*
 * Score the windows "win" of folded text "d" with the model: the
 * probability of each class, and the words that raised the likeliest
 * harmful class most against "none". A feature counts once, at its first
 * place.
 */
void
harm_model_score(const char *d, const struct match_result *m,
    const size_t (*win)[2], size_t nwin, struct hm_result *r)
{
	struct collect		 c;
	const struct hm_weight	*row;
	struct hplace		*ix;
	double			 z[HM_NCLASS], max, sum, w;
	size_t			 i, j, k;

	memset(r, 0, sizeof *r);
	memset(&c, 0, sizeof c);
	harm_model_features(d, m, win, nwin, collect, &c);
	/* a feature counts once, at its first place */
	ix = xcalloc(c.n + 1, sizeof *ix);
	for (i = 0; i < c.n; i++) {
		ix[i].h = c.h[i];
		ix[i].i = i;
	}
	qsort(ix, c.n, sizeof *ix, first_cmp);
	for (k = 0; k < HM_NCLASS; k++)
		z[k] = hm_bias[k];
	for (i = 0, j = 0; i < c.n; i++) {
		if (i > 0 && ix[i].h == ix[i - 1].h)
			continue;
		row = bsearch(&ix[i].h, hm_table, hm_ntable,
		    sizeof *hm_table, row_cmp);
		if (row == NULL)
			continue;
		for (k = 0; k < HM_NCLASS; k++)
			z[k] += row->w[k];
		ix[i].row = row;
		ix[j++] = ix[i];	/* keep the known ones */
	}
	r->nfeatures = j;
	max = z[0];
	for (k = 1; k < HM_NCLASS; k++)
		if (z[k] > max)
			max = z[k];
	sum = 0;
	for (k = 0; k < HM_NCLASS; k++)
		sum += (r->p[k] = exp(z[k] - max));
	for (k = 0; k < HM_NCLASS; k++)
		r->p[k] /= sum;
	r->harm = 1 - r->p[HM_NONE];
	r->cls = HM_ALLEGATION;
	for (k = HM_ABUSE; k < HM_NCLASS; k++)
		if (r->p[k] > r->p[r->cls])
			r->cls = (enum hm_class)k;
	/* the words that raised that class most against "none" */
	for (i = 0; i < r->nfeatures; i++) {
		row = ix[i].row;
		w = row->w[r->cls] - row->w[HM_NONE];
		if (w <= 0 || c.name[ix[i].i])
			continue;	/* (the target is not the harm;
					   "the" says nothing) */
		for (j = r->ntop; j > 0 && r->top[j - 1].w < w; j--)
			if (j < HM_TOP)
				r->top[j] = r->top[j - 1];
		if (j < HM_TOP) {
			r->top[j].w = w;
			r->top[j].s = c.s[ix[i].i];
			r->top[j].e = c.e[ix[i].i];
			if (r->ntop < HM_TOP)
				r->ntop++;
		}
	}
	free(ix);
	free(c.h);
	free(c.name);
	free(c.s);
	free(c.e);
}
