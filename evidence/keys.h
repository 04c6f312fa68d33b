/* keys.h: the install's signing key and keyed-hash secret. */
#ifndef MW_KEYS_H
#define MW_KEYS_H

#include <stddef.h>

#define KEYS_SECRET_LEN	32

struct config;

char	*keys_dir(const struct config *, const char *);
int	 keys_create(const char *, char **);
int	 keys_load_secret(const char *, unsigned char *, char **);

#endif
