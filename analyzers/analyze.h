/* analyze.h: what a text says about the trust's schools, and why. */
#ifndef MW_ANALYZE_H
#define MW_ANALYZE_H

#include <stddef.h>

#include "analyzers/match.h"
#include "common/str.h"

struct analyze_ctx;
struct config;
struct db;
struct normtext;

/* Severity of a finding or a document; ordered. */
enum severity {
	SEV_NONE,
	SEV_LOW,
	SEV_MEDIUM,
	SEV_HIGH,
};

struct finding {
	const char	*analyzer;	/* "harm", "pupils" */
	char		*category;	/* "threat", "pupil-named", ... */
	double		 score;		/* 0..1 */
	enum severity	 severity;
	char		*school;	/* school id, or NULL */
	char		*target;	/* "school", "staff: Mr Leese", ... */
	char		*reason;	/* one sentence, quoting the words */
	char		*quote;		/* the original words */
	size_t		 start;		/* byte offsets in the text */
	size_t		 end;
	char		*trace;		/* JSON: recogniser, cues, threshold */
	int		 redact;	/* the quote names a pupil */
};

struct analysis {
	struct match_result	 match;
	struct finding		*findings;
	size_t			 nfindings;
	const char		*harm;	/* none criticism abuse allegation
					   threat */
	int			 pupil_identifying;
	struct strlist		 pupils;	/* names as written */
	enum severity		 severity;
	struct normtext		*norm;	/* the folded text, for analyzers */
};

struct normtext;

/* Thresholds of the analyzers: the [analysis] section. */
struct analyze_thresholds {
	double	harm;		/* a harm finding at or above this */
	double	pupil;		/* a pupil finding at or above this */
	double	model;		/* the harm model flags at or above this */
	double	model_keep;	/* a rule's flag stays a flag at or above
				   this model score */
};

/* What analyzers may use beyond the text. */
struct analyze_env {
	const struct config	*cf;
	struct db		*db;		/* roster tokens; may be NULL */
	const unsigned char	*secret;	/* keyed-hash key; may be NULL */
	size_t			 secretlen;
	/* for contrib/harm-model: each feature the harm model reads */
	void			(*harm_features)(void *, const char *,
				    size_t, size_t);
	void			*harm_features_arg;
};

void			 analyze_thresholds(const struct config *,
			    struct analyze_thresholds *);
char			*analyze_quote(const char *, const struct normtext *,
			    size_t, size_t, size_t *, size_t *);
int			 analyze_document_url(struct analyze_ctx *,
			    const char *, size_t, const char *,
			    struct analysis *);

/* One analyzer: a row of analyzers[] in analyze.c. */
struct analyzer {
	const char	*name;
	void		*(*init)(const struct analyze_env *);
	int		 (*run)(void *, const char *, size_t,
			    struct analysis *);
	void		 (*free)(void *);
};

struct analyze_ctx;

struct analyze_ctx	*analyze_new(const struct analyze_env *);
struct analyze_ctx	*analyze_new_sharing(const struct analyze_env *,
			    const struct analyze_ctx *);
void			 analyze_free(struct analyze_ctx *);
const struct matcher	*analyze_matcher(const struct analyze_ctx *);
int			 analyze_document(struct analyze_ctx *, const char *,
			    size_t, struct analysis *);
void			 analysis_clear(struct analysis *);
void			 analysis_drop_norm(struct analysis *);
struct finding		*analysis_add(struct analysis *, const char *,
			    const char *);
const char		*severity_name(enum severity);
int			 harm_rank(const char *);
int			 severity_parse(const char *, enum severity *);

/* Words that end a school's name ("Milbury Grammar", "Compton School"),
 * which the harm and pupil analyzers read another school's name by. */
extern const char *const analyze_school_heads[];
extern const size_t	 analyze_nschool_heads;
int			 analyze_school_head(const char *, size_t);

#endif
