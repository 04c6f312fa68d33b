/* normalize.h: text folded for matching, with a map back to the original. */
#ifndef MW_NORMALIZE_H
#define MW_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

/* The longest text folded, and the longest folded text: offsets fit in
 * 32 bits (a body is at most 1 GiB). */
#define NORM_MAX	((size_t)UINT32_MAX - 1)

struct normtext {
	char		*s;	/* folded text, NUL-terminated */
	size_t		 len;
	uint32_t	*map;	/* map[i]: offset in the original of s[i];
				   map[len]: the original's length */
};

int	normalize_text(const char *, size_t, struct normtext *);
void	normalize_free(struct normtext *);
char	*normalize_phrase(const char *);
size_t	normalize_orig_end(const struct normtext *, size_t);

#endif
