/*
 * harm_model.h: a linear model of harmful text, learnt from the labelled
 * sets, beside the harm rules.
 */
#ifndef MW_HARM_MODEL_H
#define MW_HARM_MODEL_H

#include <stddef.h>
#include <stdint.h>

struct match_result;

/* The model's classes, in the order of the weights of a feature. */
enum hm_class {
	HM_NONE,		/* none or criticism */
	HM_ALLEGATION,
	HM_ABUSE,
	HM_THREAT,
	HM_NCLASS,
};

/* A row of the table harm_model_table.c holds, sorted by hash. */
struct hm_weight {
	uint64_t	h;		/* str_hash (FNV-1a 64) of the
					   feature */
	float		w[HM_NCLASS];
};

extern const struct hm_weight	hm_table[];
extern const size_t		hm_ntable;
extern const float		hm_bias[HM_NCLASS];

#define HM_TOP	4	/* words kept to explain a score */

/* A feature that raised the chosen class, at folded offsets s..e. */
struct hm_word {
	double	w;
	size_t	s;
	size_t	e;
};

struct hm_result {
	double		p[HM_NCLASS];	/* probability of each class */
	double		harm;		/* 1 - p[HM_NONE] */
	enum hm_class	cls;		/* the likeliest harmful class */
	struct hm_word	top[HM_TOP];	/* what raised "cls" most, names
					   of the school or staff aside */
	size_t		ntop;
	size_t		nfeatures;	/* known to the model */
};

/* Called with each feature: its text, and the folded offsets of its
 * words. */
typedef void	(*hm_feature_fn)(void *, const char *, size_t, size_t);

void	harm_model_features(const char *, const struct match_result *,
	    const size_t (*)[2], size_t, hm_feature_fn, void *);
void	harm_model_score(const char *, const struct match_result *,
	    const size_t (*)[2], size_t, struct hm_result *);

#endif
