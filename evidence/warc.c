/*
 * warc.c: WARC/1.1 (ISO 28500) records for evidence bundles, and a strict
 * reader that checks them. Each record is written as its own gzip member
 * (as web archives expect), with a SHA-256 block digest and, for HTTP
 * messages, a payload digest, both "sha256:" and base32. Compression goes
 * through libarchive's raw format, so no other library is needed.
 */
#include "autoconfig.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <archive.h>
#include <archive_entry.h>

#include "common/hash.h"
#include "common/xmalloc.h"
#include "evidence/evidence.h"

#define WARC_MAX	(256 * 1024 * 1024)	/* uncompressed, when read */

static const char b32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

static void
base32(const unsigned char *in, size_t n, char *out)
{
	unsigned int	acc = 0;
	int		bits = 0;
	size_t		i, o = 0;

	for (i = 0; i < n; i++) {
		acc = (acc << 8) | in[i];
		bits += 8;
		while (bits >= 5) {
			out[o++] = b32[(acc >> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	if (bits > 0)
		out[o++] = b32[(acc << (5 - bits)) & 31];
	while (o % 8 != 0)
		out[o++] = '=';
	out[o] = '\0';
}

/* Write the WARC digest ("sha256:" and base32) of "p" to "out". */
static void
digest(const void *p, size_t len, char *out)
{
	unsigned char	md[32];

	hash_sha256(p, len, md);
	memcpy(out, "sha256:", 7);
	base32(md, 32, out + 7);
}

/* Make a record id (urn:uuid) from "seed" and "type" into "out" (64). */
void
warc_record_id(const char *seed, const char *type, char *out)
{
	unsigned char	md[32];
	char		hex[HASH_HEX_LEN], *in;

	xasprintf(&in, "%s %s", seed, type);
	hash_sha256(in, strlen(in), md);
	free(in);
	md[6] = (md[6] & 0x0f) | 0x50;
	md[8] = (md[8] & 0x3f) | 0x80;
	hash_hex(md, 16, hex);
	snprintf(out, 64, "<urn:uuid:%.8s-%.4s-%.4s-%.4s-%.12s>", hex,
	    hex + 8, hex + 12, hex + 16, hex + 20);
}

/* Append WARC header "name: v" to "b", dropping line breaks. */
static void
header_value(struct buf *b, const char *name, const char *v)
{
	if (v == NULL)
		return;
	buf_printf(b, "%s: ", name);
	for (; *v != '\0'; v++) {
		if (*v != '\r' && *v != '\n')
			buf_addc(b, *v);
	}
	buf_adds(b, "\r\n");
}

/* Append "p" to "out" as one gzip member; return 0 or -1. */
static int
gzip_member(struct buf *out, const void *p, size_t len)
{
	struct archive		*a;
	struct archive_entry	*e;
	void			*mem;
	size_t			 cap = len + len / 100 + 1024, used = 0;
	int			 r = -1;

	mem = xmalloc(cap);
	a = archive_write_new();
	archive_write_add_filter_gzip(a);
	/* Speed over size: the bundle's export must stay well under 1 s. */
	archive_write_set_filter_option(a, "gzip", "compression-level", "3");
	archive_write_set_format_raw(a);
	archive_write_set_bytes_in_last_block(a, 1);
	if (archive_write_open_memory(a, mem, cap, &used) != ARCHIVE_OK)
		goto out;
	e = archive_entry_new();
	archive_entry_set_filetype(e, AE_IFREG);
	archive_entry_set_size(e, (la_int64_t)len);
	if (archive_write_header(a, e) == ARCHIVE_OK &&
	    (len == 0 || archive_write_data(a, p, len) == (la_ssize_t)len) &&
	    archive_write_close(a) == ARCHIVE_OK)
		r = 0;
	archive_entry_free(e);
	if (r == 0 && buf_add(out, mem, used) != 0)
		r = -1;
out:
	archive_write_free(a);
	free(mem);
	return (r);
}

/*
 * Append record "w" to "out" as one gzip member. The block is the HTTP
 * header block (if any) followed by the payload. Return 0 or -1.
 */
int
warc_write(struct buf *out, const struct warc_record *w)
{
	struct buf	 rec, block;
	char		 bd[80], pd[80];
	int		 r;

	buf_init(&block, 0);
	if (w->http_head != NULL)
		buf_add(&block, w->http_head, w->http_head_len);
	if (w->payload_len > 0)
		buf_add(&block, w->payload, w->payload_len);
	digest(block.data != NULL ? block.data : "", block.len, bd);
	digest(w->payload != NULL ? w->payload : "", w->payload_len, pd);

	buf_init(&rec, 0);
	buf_adds(&rec, "WARC/1.1\r\n");
	header_value(&rec, "WARC-Type", w->type);
	header_value(&rec, "WARC-Record-ID", w->id);
	header_value(&rec, "WARC-Date", w->date);
	header_value(&rec, "WARC-Target-URI", w->target);
	header_value(&rec, "WARC-IP-Address", w->ip);
	header_value(&rec, "WARC-Concurrent-To", w->concurrent_to);
	header_value(&rec, "WARC-Refers-To", w->refers_to);
	header_value(&rec, "WARC-Block-Digest", bd);
	if (w->http_head != NULL)
		header_value(&rec, "WARC-Payload-Digest", pd);
	header_value(&rec, "Content-Type", w->content_type);
	buf_printf(&rec, "Content-Length: %zu\r\n\r\n", block.len);
	if (block.len > 0)
		buf_add(&rec, block.data, block.len);
	buf_adds(&rec, "\r\n\r\n");
	r = gzip_member(out, rec.data, rec.len);
	buf_free(&rec);
	buf_free(&block);
	return (r);
}

/* Inflate every gzip member of "p" into "out"; return 0 or -1. */
static int
gunzip_all(const void *p, size_t len, struct buf *out)
{
	struct archive		*a;
	struct archive_entry	*e;
	char			 chunk[65536];
	la_ssize_t		 n;
	int			 r = -1;

	a = archive_read_new();
	archive_read_support_filter_gzip(a);
	archive_read_support_format_raw(a);
	if (archive_read_open_memory(a, p, len) != ARCHIVE_OK ||
	    archive_read_next_header(a, &e) != ARCHIVE_OK)
		goto out;
	if (archive_filter_code(a, 0) != ARCHIVE_FILTER_GZIP)
		goto out;
	while ((n = archive_read_data(a, chunk, sizeof chunk)) > 0) {
		if (buf_add(out, chunk, (size_t)n) != 0)
			goto out;
	}
	if (n == 0)
		r = 0;
out:
	archive_read_free(a);
	return (r);
}

static const char *
find_crlf2(const char *p, const char *end)
{
	for (; p + 3 < end; p++) {
		if (p[0] == '\r' && p[1] == '\n' && p[2] == '\r' &&
		    p[3] == '\n')
			return (p);
	}
	return (NULL);
}

/*
 * Return the last block of header blocks "blocks" that starts with
 * "prefix" (or any), its length in "*len" (up to its empty line), or NULL.
 */
const char *
warc_last_block(const char *blocks, const char *prefix, size_t *len)
{
	const char	*p = blocks, *start = NULL, *nl;
	int		 at_start = 1;

	*len = 0;
	if (blocks == NULL)
		return (NULL);
	while (*p != '\0') {
		nl = strchr(p, '\n');
		nl = nl != NULL ? nl + 1 : p + strlen(p);
		if (at_start && (prefix == NULL ||
		    strncmp(p, prefix, strlen(prefix)) == 0))
			start = p;
		at_start = (nl - p == 1 || (nl - p == 2 && *p == '\r'));
		p = nl;
	}
	if (start == NULL)
		return (NULL);
	/* The block ends at its empty line. */
	for (p = start; *p != '\0'; p = nl) {
		nl = strchr(p, '\n');
		nl = nl != NULL ? nl + 1 : p + strlen(p);
		if (p != start && (nl - p == 1 || (nl - p == 2 && *p == '\r'))) {
			*len = (size_t)(nl - start);
			return (start);
		}
	}
	*len = strlen(start);
	return (start);
}

/* Return a copy of header "name" of block "head", or NULL. */
char *
warc_field(const char *head, size_t len, const char *name)
{
	const char	*p = head, *end = head + len, *nl;
	size_t		 n = strlen(name);

	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		if ((size_t)(nl - p) > n && strncasecmp(p, name, n) == 0 &&
		    p[n] == ':') {
			const char	*v = p + n + 1, *ve = nl;

			while (v < ve && (*v == ' ' || *v == '\t'))
				v++;
			while (ve > v && (ve[-1] == '\r' || ve[-1] == ' '))
				ve--;
			return (xstrndup(v, (size_t)(ve - v)));
		}
		p = nl + 1;
	}
	return (NULL);
}

/* Return 1 if labelled digest "want" is that of "p". */
static int
digest_matches(const char *want, const void *p, size_t len)
{
	char		 got[80], hex[HASH_HEX_LEN];

	if (want == NULL)
		return (0);
	digest(p, len, got);
	if (strcmp(want, got) == 0)
		return (1);
	hash_sha256_hex(p, len, hex);
	return (strncasecmp(want, "sha256:", 7) == 0 &&
	    strcasecmp(want + 7, hex) == 0);
}

/*
 * Check every record of the gzipped WARC at "p": the WARC/1.1 header, the
 * length, the block digest and, for HTTP messages, the payload digest.
 * Add one line per failure to "failures", naming the record and its byte
 * range in the uncompressed stream; set "*nrecords". Return 0 if all is
 * well, else -1.
 */
int
warc_check(const void *p, size_t len, struct strlist *failures,
    size_t *nrecords)
{
	struct buf	 all;
	const char	*s, *end, *hend, *block, *sep;
	char		*msg, *type, *clen, *bd, *pd, *ctype, *endp;
	unsigned long long n;
	size_t		 rec = 0, off;
	int		 bad = 0;

	*nrecords = 0;
	buf_init(&all, WARC_MAX);
	if (gunzip_all(p, len, &all) != 0) {
		strlist_add(failures, "captures.warc.gz: not a complete gzip "
		    "stream (or larger than 256 MiB uncompressed)");
		buf_free(&all);
		return (-1);
	}
	s = all.data != NULL ? all.data : "";
	end = s + all.len;
	while (s < end) {
		rec++;
		off = (size_t)(s - all.data);
		hend = find_crlf2(s, end);
		if ((size_t)(end - s) < 10 || strncmp(s, "WARC/1.1\r\n", 10) != 0 ||
		    hend == NULL) {
			xasprintf(&msg, "captures.warc.gz: record %zu (byte %zu "
			    "of the uncompressed stream): not a WARC/1.1 "
			    "header", rec, off);
			strlist_add(failures, msg);
			free(msg);
			bad = 1;
			break;
		}
		type = warc_field(s, (size_t)(hend - s), "WARC-Type");
		clen = warc_field(s, (size_t)(hend - s), "Content-Length");
		bd = warc_field(s, (size_t)(hend - s), "WARC-Block-Digest");
		pd = warc_field(s, (size_t)(hend - s), "WARC-Payload-Digest");
		ctype = warc_field(s, (size_t)(hend - s), "Content-Type");
		block = hend + 4;
		n = clen != NULL ? strtoull(clen, &endp, 10) : 0;
		if (clen == NULL || *endp != '\0' || *clen == '\0' ||
		    n > (unsigned long long)(end - block) ||
		    (size_t)(end - block) - n < 4 ||
		    memcmp(block + n, "\r\n\r\n", 4) != 0) {
			xasprintf(&msg, "captures.warc.gz: record %zu (%s, "
			    "bytes %zu-%zu of the uncompressed stream): "
			    "Content-Length does not match the record", rec,
			    type != NULL ? type : "no type", off, all.len);
			strlist_add(failures, msg);
			free(msg);
			bad = 1;
			free(type);
			free(clen);
			free(bd);
			free(pd);
			free(ctype);
			break;
		}
		if (!digest_matches(bd, block, (size_t)n)) {
			xasprintf(&msg, "captures.warc.gz: record %zu (%s, "
			    "bytes %zu-%zu of the uncompressed stream): block "
			    "digest %s", rec, type != NULL ? type : "no type",
			    (size_t)(block - all.data),
			    (size_t)(block - all.data) + (size_t)n,
			    bd != NULL ? "does not match" : "missing");
			strlist_add(failures, msg);
			free(msg);
			bad = 1;
		}
		if (ctype != NULL && strncmp(ctype, "application/http", 16) ==
		    0) {
			sep = find_crlf2(block, block + n);
			if (sep == NULL || !digest_matches(pd, sep + 4,
			    (size_t)(block + n - (sep + 4)))) {
				xasprintf(&msg, "captures.warc.gz: record %zu "
				    "(%s, bytes %zu-%zu of the uncompressed "
				    "stream): payload digest %s", rec,
				    type != NULL ? type : "no type",
				    (size_t)(block - all.data),
				    (size_t)(block - all.data) + (size_t)n,
				    pd == NULL ? "missing" : sep == NULL ?
				    "has no HTTP header block to follow" :
				    "does not match");
				strlist_add(failures, msg);
				free(msg);
				bad = 1;
			}
		}
		free(type);
		free(clen);
		free(bd);
		free(pd);
		free(ctype);
		s = block + n + 4;
	}
	*nrecords = rec;
	buf_free(&all);
	return (bad ? -1 : 0);
}
