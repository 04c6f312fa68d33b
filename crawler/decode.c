/*
 * decode.c: undoing the Content-Encoding of a response as it arrives.
 * libcurl could do this itself, but then the bytes as received (the
 * evidence) would be lost and a compression bomb would be inflated before
 * we saw its size. Here each chunk is decoded into a capped buffer, so a
 * bomb stops at the cap, whatever the encoding: gzip and deflate with
 * zlib (deflate sent raw, without zlib's wrapper, as many servers do, is
 * told apart by its first two bytes), br with libbrotlidec. Bytes after the end of the stream are
 * ignored.
 */
#include "autoconfig.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <brotli/decode.h>
#include <zlib.h>

#include "common/log.h"
#include "common/xmalloc.h"
#include "crawler/decode.h"

enum codec {
	CODEC_GZIP,		/* gzip, x-gzip and zlib-wrapped deflate */
	CODEC_DEFLATE,		/* deflate: zlib-wrapped or raw */
	CODEC_BROTLI,
};

struct decoder {
	enum codec		 codec;
	int			 ended;
	int			 z_started;
	unsigned char		 head[2];	/* deflate: the first bytes,
						   until the wrapper is known */
	size_t			 nhead;
	z_stream		 z;
	BrotliDecoderState	*br;
};

/* Return 1 if the Content-Encoding "enc" is one we decode (or none). */
int
decode_known(const char *enc)
{
	return (enc == NULL || *enc == '\0' ||
	    strcasecmp(enc, "identity") == 0 ||
	    strcasecmp(enc, "gzip") == 0 || strcasecmp(enc, "x-gzip") == 0 ||
	    strcasecmp(enc, "deflate") == 0 || strcasecmp(enc, "br") == 0);
}

/* Return a decoder for the Content-Encoding "enc", or NULL if the body is
 * taken as it is (none, identity, or one decode_known refuses). */
struct decoder *
decode_new(const char *enc)
{
	struct decoder	*d;

	if (enc == NULL || *enc == '\0' || strcasecmp(enc, "identity") == 0 ||
	    !decode_known(enc))
		return (NULL);
	d = xcalloc(1, sizeof *d);
	if (strcasecmp(enc, "br") == 0) {
		d->codec = CODEC_BROTLI;
		d->br = BrotliDecoderCreateInstance(NULL, NULL, NULL);
		if (d->br == NULL)
			fatalx("decode: cannot start brotli");
		return (d);
	}
	d->codec = strcasecmp(enc, "deflate") == 0 ? CODEC_DEFLATE :
	    CODEC_GZIP;
	return (d);
}

/* Free "d"; NULL does nothing. */
void
decode_free(struct decoder *d)
{
	if (d == NULL)
		return;
	if (d->br != NULL)
		BrotliDecoderDestroyInstance(d->br);
	if (d->z_started)
		inflateEnd(&d->z);
	free(d);
}

/* Return 1 if the encoded stream has come to its proper end. */
int
decode_ended(const struct decoder *d)
{
	return (d == NULL || d->ended);
}

static int
inflate_some(struct decoder *d, const void *p, size_t len, struct buf *out)
{
	unsigned char	buf[65536];
	int		rc;

	d->z.next_in = (Bytef *)(uintptr_t)p;
	d->z.avail_in = (uInt)len;
	/* Go on while there is input, or the last round filled the
	 * output (zlib may hold more back). */
	do {
		d->z.next_out = buf;
		d->z.avail_out = sizeof buf;
		rc = inflate(&d->z, Z_NO_FLUSH);
		if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
			return (DECODE_BAD);
		if (buf_add(out, buf, sizeof buf - d->z.avail_out) != 0)
			return (DECODE_FULL);
		if (rc == Z_STREAM_END) {
			d->ended = 1;
			break;
		}
		if (rc == Z_BUF_ERROR)
			break;		/* needs more input */
	} while (d->z.avail_in > 0 || d->z.avail_out == 0);
	return (DECODE_OK);
}

static int
add_zlib(struct decoder *d, const void *p, size_t len, struct buf *out)
{
	const unsigned char	*h = d->head;
	int			 bits, rc;
	size_t			 n;

	if (d->z_started)
		return (inflate_some(d, p, len, out));
	if (d->codec == CODEC_GZIP)
		bits = 15 + 32;	/* a gzip or zlib header, whichever comes */
	else {
		/* "deflate" is meant to be zlib-wrapped (RFC 9110) but is
		 * often sent raw: a zlib header says CM 8 and is a
		 * multiple of 31 (RFC 1950). */
		n = len < 2 - d->nhead ? len : 2 - d->nhead;
		memcpy(d->head + d->nhead, p, n);
		d->nhead += n;
		p = (const unsigned char *)p + n;
		len -= n;
		if (d->nhead < 2)
			return (DECODE_OK);
		bits = (h[0] & 0x0f) == 8 && (h[0] << 8 | h[1]) % 31 == 0 ?
		    15 : -15;
	}
	if (inflateInit2(&d->z, bits) != Z_OK)
		fatalx("decode: cannot start zlib");
	d->z_started = 1;
	if (d->nhead > 0 && (rc = inflate_some(d, d->head, d->nhead,
	    out)) != DECODE_OK)
		return (rc);
	return (len > 0 && !d->ended ? inflate_some(d, p, len, out) :
	    DECODE_OK);
}

static int
add_brotli(struct decoder *d, const void *p, size_t len, struct buf *out)
{
	uint8_t			 buf[65536], *next_out;
	const uint8_t		*next_in = p;
	size_t			 avail_in = len, avail_out;
	BrotliDecoderResult	 rc;

	for (;;) {
		next_out = buf;
		avail_out = sizeof buf;
		rc = BrotliDecoderDecompressStream(d->br, &avail_in, &next_in,
		    &avail_out, &next_out, NULL);
		if (rc == BROTLI_DECODER_RESULT_ERROR)
			return (DECODE_BAD);
		if (buf_add(out, buf, sizeof buf - avail_out) != 0)
			return (DECODE_FULL);
		if (rc == BROTLI_DECODER_RESULT_SUCCESS) {
			d->ended = 1;
			break;
		}
		if (rc == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT)
			break;
		/* BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: go round. */
	}
	return (DECODE_OK);
}

/*
 * Decode "len" bytes at "p" into "out", whose cap bounds what is made.
 * Return DECODE_OK, DECODE_FULL once "out" is full (a bomb, or just too
 * big) or DECODE_BAD. Once the stream has ended, further bytes are
 * ignored.
 */
int
decode_add(struct decoder *d, const void *p, size_t len, struct buf *out)
{
	if (d->ended || len == 0)
		return (DECODE_OK);
	if (d->codec == CODEC_BROTLI)
		return (add_brotli(d, p, len, out));
	return (add_zlib(d, p, len, out));
}

/*
 * Decode the whole body of "len" bytes at "p" sent with the
 * Content-Encoding "enc" into "out" (capped by its caller). Return as
 * decode_add; a stream that stops short of its end is DECODE_BAD.
 */
int
decode_buffer(const char *enc, const void *p, size_t len, struct buf *out)
{
	struct decoder	*d;
	int		 rc;

	if (!decode_known(enc))
		return (DECODE_BAD);
	d = decode_new(enc);
	if (d == NULL)
		return (buf_add(out, p, len) != 0 ? DECODE_FULL : DECODE_OK);
	rc = decode_add(d, p, len, out);
	if (rc == DECODE_OK && !decode_ended(d))
		rc = DECODE_BAD;
	decode_free(d);
	return (rc);
}
