/* xmalloc.h: allocation that never returns NULL. */
#ifndef MW_XMALLOC_H
#define MW_XMALLOC_H

#include <stddef.h>

#include "common/log.h"

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
int	 xasprintf(char **, const char *, ...) MW_PRINTF(2, 3);

#endif
