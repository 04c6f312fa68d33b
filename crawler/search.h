/* search.h: search feeds named in a school's configuration, as sources. */
#ifndef MW_SEARCH_H
#define MW_SEARCH_H

#include <stddef.h>

struct config;
struct source;

char	*search_quote(const char *);
int	 search_expand(const struct config *, struct source **, size_t *,
	    char **);
void	 search_free(struct source *, size_t);

#endif
