/*
 * hash.c: the hashes mentionwatch relies on, through OpenSSL's libcrypto:
 * SHA-256 names evidence bodies and links the capture log; HMAC-SHA-256
 * with the install's secret key turns pupil names into tokens that can be
 * matched but not read back.
 */
#include "autoconfig.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "common/hash.h"
#include "common/log.h"

/* Write lowercase hex of "n" bytes at "in" to "out" (2n+1 bytes). */
void
hash_hex(const unsigned char *in, size_t n, char *out)
{
	static const char	digits[] = "0123456789abcdef";
	size_t			i;

	for (i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 15];
	}
	out[2 * n] = '\0';
}

/* Compute the SHA-256 digest of "len" bytes at "p" into "md". */
void
hash_sha256(const void *p, size_t len, unsigned char md[32])
{
	unsigned int	mdlen = 32;

	if (EVP_Digest(p, len, md, &mdlen, EVP_sha256(), NULL) != 1)
		fatalx("hash: SHA-256 failed");
}

/* Compute SHA-256 of "len" bytes at "p" as hex into "out"; return "out". */
char *
hash_sha256_hex(const void *p, size_t len, char out[HASH_HEX_LEN])
{
	unsigned char	md[32];

	hash_sha256(p, len, md);
	hash_hex(md, 32, out);
	return (out);
}

/* Compute HMAC-SHA-256 of "p" under "key" as hex into "out". */
char *
hash_hmac_hex(const void *key, size_t keylen, const void *p, size_t len,
    char out[HASH_HEX_LEN])
{
	unsigned char	md[32];
	unsigned int	mdlen = 32;

	if (HMAC(EVP_sha256(), key, (int)keylen, p, len, md, &mdlen) == NULL)
		fatalx("hash: HMAC-SHA-256 failed");
	hash_hex(md, 32, out);
	return (out);
}

/* Fill "p" with "len" random bytes; return 0 or -1. */
int
hash_random(void *p, size_t len)
{
	return (RAND_bytes(p, (int)len) == 1 ? 0 : -1);
}
