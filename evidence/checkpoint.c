/*
 * checkpoint.c: signed checkpoints of the chain head. A checkpoint is a
 * short text (sequence, hash, time) signed with the install's Ed25519 key
 * (keys/signing.key, made by `mentionwatch init`). One is made at least
 * daily and on every export; the daily digest prints the latest, so that
 * the school's mailbox holds an outside witness of what the log held when.
 * The same functions sign and check bundles' SHA256SUMS.
 *
 * With tsa_url set, each checkpoint is also time-stamped by an RFC 3161
 * authority (tsa.c).
 */
#include "autoconfig.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include "common/hash.h"
#include "common/log.h"
#include "common/mwtime.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "evidence/evidence.h"
#include "evidence/keys.h"

#define CHECKPOINT_EVERY	(24 * 3600)

/* Append the signed text of a checkpoint of ("seq", "hash", "at"). */
void
checkpoint_text(long long seq, const char *hash, time_t at, struct buf *out)
{
	char	t[MWTIME_RFC3339_LEN];

	mwtime_format(at, t, sizeof t);
	buf_printf(out, "mentionwatch-checkpoint-v1\n"
	    "seq %lld\n"
	    "hash %s\n"
	    "time %s\n", seq, hash, t);
}

/*
 * Sign "len" bytes at "msg" with the key of folder "keydir" into "sig" (64
 * bytes). Return 0, or -1 with "*cause" set.
 */
int
checkpoint_sign(const char *keydir, const void *msg, size_t len,
    unsigned char *sig, char **cause)
{
	EVP_PKEY	*pkey;
	EVP_MD_CTX	*md;
	char		*path;
	FILE		*fp;
	size_t		 siglen = 64;
	int		 r = -1;

	xasprintf(&path, "%s/signing.key", keydir);
	fp = fopen(path, "r");
	if (fp == NULL) {
		xasprintf(cause, "%s: %s (run `mentionwatch init`)", path,
		    strerror(errno));
		free(path);
		return (-1);
	}
	pkey = PEM_read_PrivateKey(fp, NULL, NULL, NULL);
	fclose(fp);
	if (pkey == NULL || EVP_PKEY_get_id(pkey) != EVP_PKEY_ED25519) {
		xasprintf(cause, "%s: not an Ed25519 private key", path);
		EVP_PKEY_free(pkey);
		free(path);
		return (-1);
	}
	md = EVP_MD_CTX_new();
	if (md != NULL && EVP_DigestSignInit(md, NULL, NULL, NULL, pkey) == 1 &&
	    EVP_DigestSign(md, sig, &siglen, msg, len) == 1 && siglen == 64)
		r = 0;
	else
		xasprintf(cause, "%s: signing failed", path);
	EVP_MD_CTX_free(md);
	EVP_PKEY_free(pkey);
	free(path);
	return (r);
}

/* Read Ed25519 public key PEM "pem"; return NULL if it is not one. */
static EVP_PKEY *
read_pub(const char *pem, size_t len)
{
	BIO		*bio;
	EVP_PKEY	*pkey;

	if (len > 16384)
		return (NULL);
	bio = BIO_new_mem_buf(pem, (int)len);
	if (bio == NULL)
		return (NULL);
	pkey = PEM_read_bio_PUBKEY(bio, NULL, NULL, NULL);
	BIO_free(bio);
	if (pkey != NULL && EVP_PKEY_get_id(pkey) != EVP_PKEY_ED25519) {
		EVP_PKEY_free(pkey);
		return (NULL);
	}
	return (pkey);
}

/*
 * Check signature "sig" over "msg" with PEM public key "pem". Return 1 if
 * it is good, 0 if not (or the key is not an Ed25519 public key).
 */
int
checkpoint_verify(const char *pem, size_t pemlen, const void *msg,
    size_t len, const unsigned char *sig, size_t siglen)
{
	EVP_PKEY	*pkey;
	EVP_MD_CTX	*md;
	int		 ok = 0;

	if (siglen != 64)
		return (0);
	pkey = read_pub(pem, pemlen);
	if (pkey == NULL)
		return (0);
	md = EVP_MD_CTX_new();
	if (md != NULL && EVP_DigestVerifyInit(md, NULL, NULL, NULL,
	    pkey) == 1 && EVP_DigestVerify(md, sig, siglen, msg, len) == 1)
		ok = 1;
	EVP_MD_CTX_free(md);
	EVP_PKEY_free(pkey);
	return (ok);
}

/*
 * Write the SHA-256 of the raw public key of PEM "pem" as hex into "out"
 * (65 bytes): the fingerprint the digest prints. Return 0 or -1.
 */
int
checkpoint_key_fingerprint(const char *pem, size_t len, char *out)
{
	EVP_PKEY	*pkey;
	unsigned char	 raw[32];
	size_t		 rawlen = sizeof raw;
	int		 r = -1;

	pkey = read_pub(pem, len);
	if (pkey == NULL)
		return (-1);
	if (EVP_PKEY_get_raw_public_key(pkey, raw, &rawlen) == 1 &&
	    rawlen == 32) {
		hash_sha256_hex(raw, rawlen, out);
		r = 0;
	}
	EVP_PKEY_free(pkey);
	return (r);
}

/* Decode base64 signature "b64" into "sig" (64 bytes); return 0 or -1. */
int
checkpoint_sig_decode(const char *b64, unsigned char *sig)
{
	unsigned char	out[96];
	size_t		len = strlen(b64);

	if (len != 88 || strcmp(b64 + 86, "==") != 0)
		return (-1);
	if (EVP_DecodeBlock(out, (const unsigned char *)b64, (int)len) != 66)
		return (-1);
	memcpy(sig, out, 64);
	return (0);
}

/* Copy checkpoint "k" into the struct db_checkpoint at "arg". */
static int
latest_cb(void *arg, const struct db_checkpoint *k)
{
	struct db_checkpoint	*out = arg;

	out->id = k->id;
	out->seq = k->seq;
	out->hash = xstrdup(k->hash);
	out->at = k->at;
	out->signature = xstrdup(k->signature);
	if (k->tsa_token != NULL) {
		out->tsa_token = xmalloc(k->tsa_len);
		memcpy(out->tsa_token, k->tsa_token, k->tsa_len);
		out->tsa_len = k->tsa_len;
	}
	return (0);
}

/*
 * Sign the chain head if "force" is set, or if the head moved since the
 * latest checkpoint, or that is a day old; ask the configured TSA, if
 * any, to time-stamp it (a TSA that fails is logged, not fatal). Fill
 * "out" (if not NULL; the caller clears it) with the latest checkpoint.
 * No transaction is held while the TSA answers: a checkpoint of entry N
 * stays true when N+1 is appended meanwhile. Return 0 or -1.
 */
int
evidence_checkpoint(struct evidence *ev, int force, struct db_checkpoint *out,
    char **cause)
{
	struct db		*db = evidence_db(ev);
	struct db_checkpoint	 last, k;
	struct buf		 text;
	unsigned char		 sig[64];
	char			 hash[HASH_HEX_LEN], b64[128], *tcause = NULL;
	long long		 seq;
	time_t			 now = mwtime_now();

	memset(&last, 0, sizeof last);
	memset(&k, 0, sizeof k);
	/* A signed head covers only files that are on disk. */
	if (evidence_flush(ev, cause) != 0)
		return (-1);
	if (db_evidence_head(db, &seq, hash, cause) != 0 ||
	    db_evidence_checkpoint_list(db, 1, latest_cb, &last, cause) != 0)
		goto fail;
	if (!force && last.hash != NULL && last.seq == seq &&
	    now - last.at < CHECKPOINT_EVERY) {
		if (out != NULL)
			*out = last;
		else
			db_checkpoint_clear(&last);
		return (0);
	}
	buf_init(&text, 0);
	checkpoint_text(seq, hash, now, &text);
	if (checkpoint_sign(evidence_keydir(ev), text.data, text.len, sig,
	    cause) != 0) {
		buf_free(&text);
		goto fail;
	}
	if (tsa_stamp(evidence_config(ev), text.data, text.len, &k.tsa_token,
	    &k.tsa_len, &tcause) != 0) {
		log_warnx("evidence: checkpoint %lld not time-stamped: %s",
		    seq, tcause);
		free(tcause);
	}
	buf_free(&text);
	EVP_EncodeBlock((unsigned char *)b64, sig, sizeof sig);
	k.seq = seq;
	k.hash = hash;
	k.at = now;
	k.signature = b64;
	if (db_evidence_checkpoint_add(db, &k, cause) != 0) {
		free(k.tsa_token);
		goto fail;
	}
	db_checkpoint_clear(&last);
	if (out != NULL) {
		out->seq = seq;
		out->hash = xstrdup(hash);
		out->at = now;
		out->signature = xstrdup(b64);
		out->tsa_token = k.tsa_token;
		out->tsa_len = k.tsa_len;
	} else
		free(k.tsa_token);
	return (0);
fail:
	if (*cause == NULL)
		xasprintf(cause, "%s: cannot record a checkpoint", db_path(db));
	db_checkpoint_clear(&last);
	return (-1);
}

/*
 * Make "*text" the signed chain head as printable text for the daily
 * digest: the checkpoint text, its signature (base64) and the key's
 * fingerprint. A checkpoint is made if the head moved or the last is a
 * day old; if "db" is read-only, the latest one is printed. Return 0, or
 * -1 with "*cause" set.
 */
int
evidence_signed_head(const struct config *cf, struct db *db, char **text,
    char **cause)
{
	struct evidence		*ev;
	struct db_checkpoint	 k;
	struct buf		 b, pub;
	char			*path, fp[HASH_HEX_LEN];

	*text = NULL;
	ev = evidence_open(cf, db, cause);
	if (ev == NULL)
		return (-1);
	memset(&k, 0, sizeof k);
	if (evidence_checkpoint(ev, 0, &k, cause) != 0) {
		/* A reader cannot sign: print the latest checkpoint. */
		if (db_evidence_checkpoint_list(db, 1, latest_cb, &k,
		    NULL) != 0 || k.hash == NULL) {
			evidence_close(ev);
			return (-1);
		}
		free(*cause);
		*cause = NULL;
	}
	buf_init(&b, 0);
	buf_init(&pub, 16384);
	snprintf(fp, sizeof fp, "unknown");
	xasprintf(&path, "%s/signing.pub", evidence_keydir(ev));
	{
		FILE	*f = fopen(path, "r");
		char	 chunk[4096];
		size_t	 n;

		if (f != NULL) {
			while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
				buf_add(&pub, chunk, n);
			fclose(f);
			if (checkpoint_key_fingerprint(pub.data, pub.len,
			    fp) != 0)
				snprintf(fp, sizeof fp, "unreadable");
		}
	}
	free(path);
	buf_adds(&b, "Evidence log, signed head:\n");
	checkpoint_text(k.seq, k.hash, k.at, &b);
	buf_printf(&b, "signature %s\nkey-sha256 %s\n", k.signature, fp);
	*text = buf_detach(&b);
	buf_free(&pub);
	db_checkpoint_clear(&k);
	evidence_close(ev);
	return (0);
}
