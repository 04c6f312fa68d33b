/*
 * keys.c: the keys of one install, made once by `mentionwatch init`: an
 * Ed25519 key pair that signs the evidence chain and bundles (the private
 * half mode 0600, the public half for anyone to check with openssl), and a
 * random secret under which pupil names are turned into keyed hashes that
 * can be matched but not read back.
 */
#include "autoconfig.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include "common/config.h"
#include "common/hash.h"
#include "common/xmalloc.h"
#include "evidence/keys.h"

/* Return the key folder: key_dir, else keys/ beside "dbpath". */
char *
keys_dir(const struct config *cf, const char *dbpath)
{
	char	*copy, *dir;

	if (cf->key_dir != NULL)
		return (config_resolve_path(cf, cf->key_dir));
	copy = xstrdup(dbpath);
	xasprintf(&dir, "%s/keys", dirname(copy));
	free(copy);
	return (dir);
}

static FILE *
create_private(const char *path, char **cause)
{
	int	fd;
	FILE	*fp;

	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (fd == -1) {
		xasprintf(cause, "%s: %s", path, strerror(errno));
		return (NULL);
	}
	fp = fdopen(fd, "w");
	if (fp == NULL)
		fatal("fdopen");
	return (fp);
}

/*
 * Create the keys in folder "dir" (made mode 0700 if missing). Keys that
 * exist are kept: they sign evidence already given out. Return 0, or -1
 * with "*cause" set.
 */
int
keys_create(const char *dir, char **cause)
{
	EVP_PKEY	*pkey = NULL;
	EVP_PKEY_CTX	*ctx;
	unsigned char	 secret[KEYS_SECRET_LEN];
	char		*priv, *pub, *sec;
	FILE		*fp;
	int		 r = -1;

	if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
		xasprintf(cause, "%s: %s", dir, strerror(errno));
		return (-1);
	}
	xasprintf(&priv, "%s/signing.key", dir);
	xasprintf(&pub, "%s/signing.pub", dir);
	xasprintf(&sec, "%s/secret.key", dir);
	if (access(priv, F_OK) != 0) {
		ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, NULL);
		if (ctx == NULL || EVP_PKEY_keygen_init(ctx) != 1 ||
		    EVP_PKEY_keygen(ctx, &pkey) != 1) {
			xasprintf(cause, "cannot make an Ed25519 key");
			EVP_PKEY_CTX_free(ctx);
			goto out;
		}
		EVP_PKEY_CTX_free(ctx);
		if ((fp = create_private(priv, cause)) == NULL)
			goto out;
		PEM_write_PrivateKey(fp, pkey, NULL, NULL, 0, NULL, NULL);
		if (fclose(fp) != 0) {
			xasprintf(cause, "%s: %s", priv, strerror(errno));
			goto out;
		}
		fp = fopen(pub, "w");
		if (fp == NULL) {
			xasprintf(cause, "%s: %s", pub, strerror(errno));
			goto out;
		}
		PEM_write_PUBKEY(fp, pkey);
		fclose(fp);
	}
	if (access(sec, F_OK) != 0) {
		if (hash_random(secret, sizeof secret) != 0) {
			xasprintf(cause, "no random bytes for the secret");
			goto out;
		}
		if ((fp = create_private(sec, cause)) == NULL)
			goto out;
		fwrite(secret, 1, sizeof secret, fp);
		if (fclose(fp) != 0) {
			xasprintf(cause, "%s: %s", sec, strerror(errno));
			goto out;
		}
	}
	r = 0;
out:
	EVP_PKEY_free(pkey);
	free(priv);
	free(pub);
	free(sec);
	return (r);
}

/* Read the keyed-hash secret of folder "dir" into "out". */
int
keys_load_secret(const char *dir, unsigned char *out, char **cause)
{
	char	*sec;
	FILE	*fp;
	size_t	 n;

	xasprintf(&sec, "%s/secret.key", dir);
	fp = fopen(sec, "r");
	if (fp == NULL) {
		xasprintf(cause, "%s: %s (run `mentionwatch init`)", sec,
		    strerror(errno));
		free(sec);
		return (-1);
	}
	n = fread(out, 1, KEYS_SECRET_LEN, fp);
	fclose(fp);
	if (n != KEYS_SECRET_LEN) {
		xasprintf(cause, "%s: shorter than %d bytes", sec,
		    KEYS_SECRET_LEN);
		free(sec);
		return (-1);
	}
	free(sec);
	return (0);
}
