/* str.h: string lists and sets, trimming, UTF-8 repair, edit distance. */
#ifndef MW_STR_H
#define MW_STR_H

#include <stddef.h>
#include <stdint.h>

struct strlist {
	char	**v;
	size_t	  n;
};

/* A fixed set of strings, for membership tests in hot loops. */
struct strset {
	const char	**slot;
	size_t		  mask;
};

void	 strlist_add(struct strlist *, const char *);
void	 strlist_free(struct strlist *);
int	 strlist_has(const struct strlist *, const char *);

uint64_t str_hash(const char *);
void	 strset_init(struct strset *, const char *const *, size_t);
int	 strset_has(const struct strset *, const char *);
void	 strset_free(struct strset *);

char	*str_trim(char *);
void	 str_strip(char *);
int	 str_startswith(const char *, const char *);
int	 str_casestartswith(const char *, const char *);
int	 str_among(const char *, size_t, const char *const *, size_t);
int	 str_split_list(const char *, char, struct strlist *);
size_t	 str_edit_distance(const char *, const char *);
int	 utf8_valid(const char *, size_t);
char	*utf8_repair(const char *, size_t, size_t *);
size_t	 utf8_encode(unsigned int, char *);
char	*str_excerpt(const char *, size_t, size_t, size_t, size_t);

#endif
