/* harm.h: threats, allegations, abuse and criticism in a text. */
#ifndef MW_HARM_H
#define MW_HARM_H

#include <stdint.h>

#include "analyzers/analyze.h"

extern const struct analyzer harm_analyzer;

/* Shared with pupils.c: sentences of the folded text. */
struct sentence {
	size_t	start;		/* offsets in the folded text */
	size_t	end;
	int	para;		/* paragraph (post) number */
	size_t	pstart;		/* the paragraph's offsets */
	size_t	pend;
};

size_t	harm_sentences(const char *, const struct normtext *,
	    struct sentence **);
char	*harm_deobfuscate(const char *, size_t);
char	*harm_squeeze(const char *, size_t, uint32_t **);

#endif
