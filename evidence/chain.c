/*
 * chain.c: the canonical encoding of a capture log entry, its hash, and
 * the tab-separated line a bundle carries it in. docs/evidence-chain.md
 * describes the encoding so that anyone can recompute an entry's hash with
 * printf and sha256sum.
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/hash.h"
#include "common/mwtime.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "evidence/evidence.h"

/* Fill "e" with the chain entry of stored capture "c". */
void
chain_from_capture(const struct db_capture *c, struct chain_entry *e)
{
	memset(e, 0, sizeof *e);
	e->version = c->raw_sha256 != NULL ? 2 : 1;
	e->seq = c->seq;
	e->at_ms = c->at_ms;
	snprintf(e->url_sha256, sizeof e->url_sha256, "%s",
	    c->url_sha256 != NULL ? c->url_sha256 : "");
	snprintf(e->body_sha256, sizeof e->body_sha256, "%s",
	    c->body_sha256);
	snprintf(e->raw_sha256, sizeof e->raw_sha256, "%s",
	    c->raw_sha256 != NULL ? c->raw_sha256 : "");
	snprintf(e->headers_sha256, sizeof e->headers_sha256, "%s",
	    c->headers_sha256);
	snprintf(e->prev, sizeof e->prev, "%s", c->prev_hash);
	snprintf(e->hash, sizeof e->hash, "%s", c->hash);
}

/* Append the canonical encoding of entry "e" to "out". */
void
chain_canonical(const struct chain_entry *e, struct buf *out)
{
	char	t[MWTIME_RFC3339_LEN];

	mwtime_format_ms(e->at_ms, t, sizeof t);
	buf_printf(out, "mentionwatch-chain-v%d\n"
	    "seq %lld\n"
	    "time %s\n"
	    "url-sha256 %s\n"
	    "body-sha256 %s\n", e->version == 2 ? 2 : 1, e->seq, t,
	    e->url_sha256, e->body_sha256);
	if (e->version == 2)
		buf_printf(out, "raw-sha256 %s\n", e->raw_sha256);
	buf_printf(out, "headers-sha256 %s\n"
	    "prev %s\n", e->headers_sha256, e->prev);
}

/* Compute the hash of entry "e" (its canonical encoding) into "out". */
void
chain_hash(const struct chain_entry *e, char *out)
{
	struct buf	b;

	buf_init(&b, 0);
	chain_canonical(e, &b);
	hash_sha256_hex(b.data, b.len, out);
	buf_free(&b);
}

/*
 * Append the bundle line of "e" to "out": seq, time (ms), url-sha256,
 * body-sha256, headers-sha256, prev, hash, then raw-sha256 for a version 2
 * entry, then the URL ("-" when the entry is another document's and its
 * URL is withheld), tab-separated.
 */
void
chain_format_line(const struct chain_entry *e, const char *url,
    struct buf *out)
{
	char	t[MWTIME_RFC3339_LEN];

	mwtime_format_ms(e->at_ms, t, sizeof t);
	buf_printf(out, "%lld\t%s\t%s\t%s\t%s\t%s\t%s\t", e->seq, t,
	    e->url_sha256, e->body_sha256, e->headers_sha256, e->prev,
	    e->hash);
	if (e->version == 2)
		buf_printf(out, "%s\t", e->raw_sha256);
	if (url == NULL)
		buf_adds(out, "-");
	else {
		for (; *url != '\0'; url++) {
			/* URLs have no tabs or newlines; never let one in. */
			if (*url == '\t' || *url == '\n' || *url == '\r')
				buf_printf(out, "%%%02X", (unsigned char)*url);
			else
				buf_addc(out, *url);
		}
	}
	buf_addc(out, '\n');
}

static int
is_hex64(const char *s, size_t len)
{
	size_t	i;

	if (len != 64)
		return (0);
	for (i = 0; i < 64; i++) {
		if (!((s[i] >= '0' && s[i] <= '9') ||
		    (s[i] >= 'a' && s[i] <= 'f')))
			return (0);
	}
	return (1);
}

/* Parse "2026-11-21T14:19:42.478Z" into ms since 1970; return 0 or -1. */
static int
parse_time_ms(const char *s, long long *out)
{
	char		 base[32];
	time_t		 t;
	size_t		 n = strlen(s);
	int		 ms;

	/* 2026-11-21T14:12:18.123Z */
	if (n != 24 || s[19] != '.' || s[23] != 'Z')
		return (-1);
	memcpy(base, s, 19);
	memcpy(base + 19, "Z", 2);
	if (s[20] < '0' || s[20] > '9' || s[21] < '0' || s[21] > '9' ||
	    s[22] < '0' || s[22] > '9')
		return (-1);
	ms = (s[20] - '0') * 100 + (s[21] - '0') * 10 + (s[22] - '0');
	if (mwtime_parse(base, &t) != 0)
		return (-1);
	*out = (long long)t * 1000 + ms;
	return (0);
}

/*
 * Parse bundle line "line" (no newline) into "e" and "*url" (NULL for
 * "-"; the caller frees it): 8 fields for a version 1 entry, 9 for a
 * version 2 one. Return 0, or -1 with "*cause" set.
 */
int
chain_parse_line(const char *line, struct chain_entry *e, char **url,
    char **cause)
{
	const char	*f[9], *p = line, *tab;
	size_t		 len[9], i, nf = 1;
	char		 tmp[32], *end;
	long long	 v;

	*url = NULL;
	memset(e, 0, sizeof *e);
	for (p = line; (p = strchr(p, '\t')) != NULL; p++)
		nf++;
	if (nf != 8 && nf != 9) {
		xasprintf(cause, "has %zu fields, not 8 or 9", nf);
		return (-1);
	}
	e->version = nf == 9 ? 2 : 1;
	for (p = line, i = 0; i < nf; i++) {
		tab = i < nf - 1 ? strchr(p, '\t') : p + strlen(p);
		f[i] = p;
		len[i] = (size_t)(tab - p);
		p = tab + 1;
	}
	if (len[0] == 0 || len[0] >= sizeof tmp) {
		xasprintf(cause, "bad sequence number");
		return (-1);
	}
	memcpy(tmp, f[0], len[0]);
	tmp[len[0]] = '\0';
	v = strtoll(tmp, &end, 10);
	if (*end != '\0' || v <= 0) {
		xasprintf(cause, "bad sequence number");
		return (-1);
	}
	e->seq = v;
	if (len[1] >= sizeof tmp) {
		xasprintf(cause, "bad time");
		return (-1);
	}
	memcpy(tmp, f[1], len[1]);
	tmp[len[1]] = '\0';
	if (parse_time_ms(tmp, &e->at_ms) != 0) {
		xasprintf(cause, "bad time \"%s\"", tmp);
		return (-1);
	}
	for (i = 2; i < nf - 1; i++) {
		/* A version 2 body not hashed (EVIDENCE_UNHASHED) is "-". */
		if (i == 3 && e->version == 2 && len[i] == 1 &&
		    f[i][0] == '-')
			continue;
		if (!is_hex64(f[i], len[i])) {
			xasprintf(cause, "field %zu is not a SHA-256 in hex",
			    i + 1);
			return (-1);
		}
	}
	memcpy(e->url_sha256, f[2], 64);
	memcpy(e->body_sha256, f[3], len[3]);
	memcpy(e->headers_sha256, f[4], 64);
	memcpy(e->prev, f[5], 64);
	memcpy(e->hash, f[6], 64);
	if (e->version == 2)
		memcpy(e->raw_sha256, f[7], 64);
	if (!(len[nf - 1] == 1 && f[nf - 1][0] == '-'))
		*url = xstrndup(f[nf - 1], len[nf - 1]);
	return (0);
}
