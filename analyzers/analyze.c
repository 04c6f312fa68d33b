/*
 * analyze.c: running the analyzers over one text. The matcher decides
 * which of the trust's schools the text is about; only then does each
 * analyzer of analyzers[] (harm, pupils, ...) read it and add findings.
 * Findings combine into the document's harm label and severity, which
 * later decide cases, alerts and the digest's order. A finding that
 * cannot say why is dropped here.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyzers/analyze.h"
#include "analyzers/harm.h"
#include "analyzers/normalize.h"
#include "analyzers/pupils.h"
#include "common/config.h"
#include "common/xmalloc.h"

static const struct analyzer *analyzers[] = {
	&harm_analyzer,
	&pupils_analyzer,
	NULL,
};

struct analyze_ctx {
	struct analyze_env	 env;
	struct matcher		*matcher;
	int			 shared;	/* the matcher is another's */
	void			*state[sizeof analyzers / sizeof analyzers[0]];
};

static const char *severity_names[] = { "none", "low", "medium", "high" };

const char *const analyze_school_heads[] = {
	"school", "grammar", "academy", "primary", "college", "high",
	"infants", "juniors", "academies", "comprehensive",
};
const size_t	analyze_nschool_heads = sizeof analyze_school_heads /
    sizeof analyze_school_heads[0];

/* Return the length of the school head word that "s" ("n" bytes of
 * folded text) begins with, as a whole word, or 0. */
int
analyze_school_head(const char *s, size_t n)
{
	size_t	k, l;

	for (k = 0; k < analyze_nschool_heads; k++) {
		l = strlen(analyze_school_heads[k]);
		if (l <= n && strncmp(s, analyze_school_heads[k], l) == 0 &&
		    (l == n || !isalpha((unsigned char)s[l])))
			return ((int)l);
	}
	return (0);
}

/* Return the name of "s". */
const char *
severity_name(enum severity s)
{
	return (severity_names[s]);
}

/* Parse a severity name into "*out"; return 0 or -1. */
int
severity_parse(const char *name, enum severity *out)
{
	size_t	i;

	for (i = 0; i < sizeof severity_names / sizeof severity_names[0];
	    i++) {
		if (strcasecmp(name, severity_names[i]) == 0) {
			*out = (enum severity)i;
			return (0);
		}
	}
	return (-1);
}

/* Build the matcher and every analyzer for "env"; "env->cf" must outlive
 * the context. */
struct analyze_ctx *
analyze_new(const struct analyze_env *env)
{
	return (analyze_new_sharing(env, NULL));
}

/*
 * As analyze_new, but use the matcher of "other" (NULL: build one), which
 * must then outlive the new context. The matcher is only read while
 * texts are analysed, so threads may share it: its automaton takes a
 * megabyte or more for a trust of a few schools.
 */
struct analyze_ctx *
analyze_new_sharing(const struct analyze_env *env,
    const struct analyze_ctx *other)
{
	struct analyze_ctx	*ctx;
	size_t			 i;

	ctx = xcalloc(1, sizeof *ctx);
	ctx->env = *env;
	if (other != NULL) {
		ctx->matcher = other->matcher;
		ctx->shared = 1;
	} else
		ctx->matcher = matcher_new(env->cf);
	for (i = 0; analyzers[i] != NULL; i++)
		ctx->state[i] = analyzers[i]->init(env);
	return (ctx);
}

/* Return the matcher of "ctx". */
const struct matcher *
analyze_matcher(const struct analyze_ctx *ctx)
{
	return (ctx->matcher);
}

/* Free "ctx"; NULL does nothing. */
void
analyze_free(struct analyze_ctx *ctx)
{
	size_t	i;

	if (ctx == NULL)
		return;
	for (i = 0; analyzers[i] != NULL; i++)
		analyzers[i]->free(ctx->state[i]);
	if (!ctx->shared)
		matcher_free(ctx->matcher);
	free(ctx);
}

/* Append an empty finding of "analyzer"/"category" to "a"; return it. */
struct finding *
analysis_add(struct analysis *a, const char *analyzer, const char *category)
{
	struct finding	*f;

	a->findings = xreallocarray(a->findings, a->nfindings + 1,
	    sizeof *a->findings);
	f = &a->findings[a->nfindings++];
	memset(f, 0, sizeof *f);
	f->analyzer = analyzer;
	f->category = xstrdup(category);
	return (f);
}

static void
finding_clear(struct finding *f)
{
	free(f->category);
	free(f->school);
	free(f->target);
	free(f->reason);
	free(f->quote);
	free(f->trace);
}

/* Return the rank of harm category "h": 0 none, 1 criticism (shown),
 * 2 and up the flags (abuse, allegation, threat). */
int
harm_rank(const char *h)
{
	static const char *order[] = {
		"none", "criticism", "abuse", "allegation", "threat",
	};
	int	i;

	for (i = 0; i < 5; i++) {
		if (strcmp(h, order[i]) == 0)
			return (i);
	}
	return (0);
}

/* Fill "t" from the [analysis] section of "cf". */
void
analyze_thresholds(const struct config *cf, struct analyze_thresholds *t)
{
	t->harm = cf != NULL && cf->harm_threshold > 0 ?
	    cf->harm_threshold / 100.0 : 0.5;
	t->pupil = cf != NULL && cf->pupil_threshold > 0 ?
	    cf->pupil_threshold / 100.0 : 0.5;
	t->model = cf != NULL && cf->harm_model_threshold > 0 ?
	    cf->harm_model_threshold / 100.0 : 0.6;
	t->model_keep = cf != NULL ? cf->harm_model_keep / 100.0 : 0.1;
}

/* Return the original words of folded bytes "ns".."ne" of "nt" (caller
 * frees) and their original offsets in "*s" and "*e". */
char *
analyze_quote(const char *text, const struct normtext *nt, size_t ns,
    size_t ne, size_t *s, size_t *e)
{
	*s = nt->map[ns];
	*e = normalize_orig_end(nt, ne);
	if (*e < *s)
		*e = *s;
	/* the folded text ends before trailing white space */
	while (*e > *s && (text[*e - 1] == '\n' || text[*e - 1] == ' ' ||
	    text[*e - 1] == '\r' || text[*e - 1] == '\t'))
		(*e)--;
	return (xstrndup(text + *s, *e - *s));
}

/* Free the findings of "a". */
static void
findings_clear(struct analysis *a)
{
	size_t	i;

	for (i = 0; i < a->nfindings; i++)
		finding_clear(&a->findings[i]);
	free(a->findings);
	a->findings = NULL;
	a->nfindings = 0;
	/* the names go with the findings that put them there: a trial run
	 * must not leave a pupil's name in the result */
	strlist_free(&a->pupils);
}

/* Count the names that "a" only may mean (match_result's "maybe") whose
 * "keep" is set as mentions, with their spans. */
static void
promote_maybe(struct analysis *a, const char *keep)
{
	struct match_result	*r = &a->match;
	size_t			 i;

	for (i = 0; i < r->nmaybe; i++) {
		if (!keep[i])
			continue;
		r->mentions = xreallocarray(r->mentions, r->nmentions + 1,
		    sizeof *r->mentions);
		r->mentions[r->nmentions++] = r->maybe[i].mention;
		r->spans = xreallocarray(r->spans, r->nspans + 1,
		    sizeof *r->spans);
		r->spans[r->nspans++] = r->maybe[i].span;
	}
}

#define MAYBE_TEXT	1500	/* a post or a short article, read whole */

/*
 * A short name with too little beside it to count ("F U C K harrowden
 * park", "gonna bring a blade to harrowden tmrw") still names the school
 * when the text aims a threat, an allegation or abuse at it: nobody
 * threatens a park, and a monitor had better show an ambiguous threat
 * than miss it. Likewise a pupil on the school's roster named beside it
 * ("Freya Lindqvist from St Aldhelm's"): pupils attend a school, not a
 * church. In a short text that names no school for sure, run analyzer
 * "an" as if each such name counted, and count those that a harmful
 * finding (or, for the pupil analyzer, any finding) is aimed at; "why"
 * is added to the mention's reason.
 */
static void
confirm_by(struct analyze_ctx *ctx, const char *text, size_t len,
    struct analysis *a, const struct analyzer *an, const char *why)
{
	struct match_result	*r = &a->match;
	size_t			 i, j, nspans = r->nspans;
	char			*keep;
	int			 any = 0;

	if (r->nmentions > 0 || r->nmaybe == 0 || a->norm->len >= MAYBE_TEXT)
		return;
	keep = xmalloc(r->nmaybe);
	memset(keep, 1, r->nmaybe);
	promote_maybe(a, keep);
	for (i = 0; analyzers[i] != NULL; i++) {
		if (analyzers[i] == an)
			analyzers[i]->run(ctx->state[i], text, len, a);
	}
	for (i = 0; i < r->nmaybe; i++) {
		keep[i] = 0;
		for (j = 0; j < a->nfindings; j++) {
			const struct finding *f = &a->findings[j];

			/* harm: a threat, an allegation or abuse; pupils:
			 * a roster pupil of that school by full name */
			if (strcmp(f->analyzer, an->name) == 0 &&
			    (an == &harm_analyzer ? harm_rank(f->category) >=
			    2 : f->trace != NULL && strstr(f->trace,
			    "\"pupils.roster\"") != NULL) &&
			    f->school != NULL &&
			    strcmp(f->school, r->maybe[i].mention.school_id) ==
			    0)
				keep[i] = 1;
		}
		any |= keep[i];
	}
	findings_clear(a);
	r->nmentions = 0;
	r->nspans = nspans;
	if (any) {
		promote_maybe(a, keep);
		for (i = 0; i < r->nmentions; i++) {
			struct mention	*mn = &r->mentions[i];
			size_t		 n = strlen(mn->reason), k;

			snprintf(mn->reason + n, sizeof mn->reason - n,
			    "; %s", why);
			/* no longer "not counted" */
			n = strlen(mn->school_id);
			for (j = k = 0; j < r->nrejects; j++) {
				if (strncmp(r->rejects[j], mn->school_id, n) ==
				    0 && r->rejects[j][n] == ':')
					continue;
				memmove(r->rejects[k++], r->rejects[j],
				    sizeof r->rejects[j]);
			}
			r->nrejects = k;
		}
	}
	free(keep);
}

/*
 * Analyze the "len" bytes of "text" into "a" (clear it with
 * analysis_clear). Return 0, or -1 if an analyzer failed.
 */
int
analyze_document(struct analyze_ctx *ctx, const char *text, size_t len,
    struct analysis *a)
{
	return (analyze_document_url(ctx, text, len, NULL, a));
}

/*
 * As analyze_document, for a text published at "url" (may be NULL): a
 * school's name or handle in the address names the school too.
 */
int
analyze_document_url(struct analyze_ctx *ctx, const char *text, size_t len,
    const char *url, struct analysis *a)
{
	size_t	i, j;
	int	r = 0;

	memset(a, 0, sizeof *a);
	a->harm = "none";
	if (url != NULL)
		matcher_run_url(ctx->matcher, url, &a->match);
	/* Most texts name nothing of the trust: one quick read decides. */
	if (a->match.nmentions == 0 && !a->match.trust &&
	    !matcher_maybe(ctx->matcher, text, len) &&
	    !(ctx->env.secret != NULL && ctx->env.db != NULL &&
	    pupils_hint(text, len)))
		return (0);
	a->norm = xcalloc(1, sizeof *a->norm);
	normalize_text(text, len, a->norm);
	{
		struct match_result	 byurl = a->match;

		matcher_run_norm(ctx->matcher, text, len, a->norm, &a->match);
		/* keep the schools and the trust the address named */
		a->match.trust |= byurl.trust;
		for (i = 0; i < byurl.nmentions; i++) {
			for (j = 0; j < a->match.nmentions; j++) {
				if (a->match.mentions[j].school ==
				    byurl.mentions[i].school)
					break;
			}
			if (j < a->match.nmentions)
				continue;
			a->match.mentions = xreallocarray(a->match.mentions,
			    a->match.nmentions + 1,
			    sizeof *a->match.mentions);
			a->match.mentions[a->match.nmentions++] =
			    byurl.mentions[i];
		}
		match_result_free(&byurl);
	}
	confirm_by(ctx, text, len, a, &harm_analyzer, "harm aimed at it");
	if (ctx->env.secret != NULL && ctx->env.db != NULL)
		confirm_by(ctx, text, len, a, &pupils_analyzer,
		    "a pupil on its roster named beside it");
	for (i = 0; analyzers[i] != NULL; i++) {
		if (analyzers[i]->run(ctx->state[i], text, len, a) != 0)
			r = -1;
	}
	/* A finding that cannot say why is not shown. */
	for (i = j = 0; i < a->nfindings; i++) {
		if (a->findings[i].reason == NULL ||
		    a->findings[i].quote == NULL) {
			finding_clear(&a->findings[i]);
			continue;
		}
		a->findings[j++] = a->findings[i];
	}
	a->nfindings = j;
	for (i = 0; i < a->nfindings; i++) {
		struct finding	*f = &a->findings[i];

		if (f->severity > a->severity)
			a->severity = f->severity;
		if (strcmp(f->analyzer, "harm") == 0 &&
		    harm_rank(f->category) > harm_rank(a->harm))
			a->harm = harm_rank(f->category) == 1 ? "criticism" :
			    harm_rank(f->category) == 2 ? "abuse" :
			    harm_rank(f->category) == 3 ? "allegation" :
			    "threat";
		if (strcmp(f->analyzer, "pupils") == 0)
			a->pupil_identifying = 1;
	}
	/* A harmful passage that names a pupil is shown redacted too. */
	for (i = 0; i < a->nfindings; i++) {
		struct finding	*p = &a->findings[i];

		if (strcmp(p->analyzer, "pupils") != 0)
			continue;
		for (j = 0; j < a->nfindings; j++) {
			struct finding	*f = &a->findings[j];

			if (f->start < p->end && p->start < f->end)
				f->redact = 1;
		}
	}
	return (r);
}

/*
 * Free the folded text of "a" (the text again, with an offset into the
 * original for each of its bytes), which only the analyzers read;
 * mentions and findings keep their offsets in the original text.
 */
void
analysis_drop_norm(struct analysis *a)
{
	if (a->norm != NULL) {
		normalize_free(a->norm);
		free(a->norm);
		a->norm = NULL;
	}
}

/* Free what "a" holds. */
void
analysis_clear(struct analysis *a)
{
	size_t	i;

	for (i = 0; i < a->nfindings; i++)
		finding_clear(&a->findings[i]);
	free(a->findings);
	strlist_free(&a->pupils);
	match_result_free(&a->match);
	if (a->norm != NULL) {
		normalize_free(a->norm);
		free(a->norm);
	}
	memset(a, 0, sizeof *a);
}
