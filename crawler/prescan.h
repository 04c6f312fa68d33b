/* prescan.h: may these bytes name a school? One fast pass decides. */
#ifndef MW_PRESCAN_H
#define MW_PRESCAN_H

#include <stddef.h>

struct config;
struct prescan;
struct strlist;

struct prescan		*prescan_new(const struct config *);
void			 prescan_free(struct prescan *);
int			 prescan_maybe(const struct prescan *, const char *,
			    size_t);
int			 prescan_text(const struct prescan *, const char *,
			    size_t);
const struct strlist	*prescan_words(const struct prescan *);

#endif
