/* hash.h: SHA-256 and HMAC-SHA-256 as lowercase hex. */
#ifndef MW_HASH_H
#define MW_HASH_H

#include <stddef.h>

#define HASH_HEX_LEN 65		/* 64 hex digits and a NUL */

void	hash_sha256(const void *, size_t, unsigned char[32]);
char	*hash_sha256_hex(const void *, size_t, char[HASH_HEX_LEN]);
char	*hash_hmac_hex(const void *, size_t, const void *, size_t,
	    char[HASH_HEX_LEN]);
void	hash_hex(const unsigned char *, size_t, char *);
int	hash_random(void *, size_t);

#endif
