/*
 * feed_charset.c: turning the bytes of a feed into UTF-8 before anything
 * reads them. The encoding comes from, in order: a byte order mark, the
 * HTTP charset, the XML declaration, and UTF-8 by default (RFC 7303,
 * section 8). Feeds lie about it, so the bytes have the last word:
 * "UTF-8" that is not valid UTF-8 is read as Windows-1252 byte by byte
 * where it is invalid, and a single-byte charset whose bytes are all valid
 * multi-byte UTF-8 is read as UTF-8 (that does not happen by chance).
 * ISO-8859-1 and US-ASCII are read as Windows-1252, as browsers do, and
 * an HTTP charset of ISO-8859-1 (the old default of servers) gives way
 * to an XML declaration that names another code page.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/buf.h"
#include "common/str.h"
#include "common/xmalloc.h"
#include "feeds/feed_int.h"

/* Windows-1252 0x80 to 0x9f; 0: undefined. */
static const unsigned short cp1252[32] = {
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0,
};

enum cs {
	CS_UTF8,
	CS_LATIN,	/* ISO-8859-1, US-ASCII, Windows-1252 */
	CS_OTHER,	/* through iconv */
};

/* Return the code point of byte "c" in Windows-1252. */
static unsigned int
cp1252_char(unsigned char c)
{
	unsigned int	u;

	if (c < 0x80 || c >= 0xa0)
		return (c);
	u = cp1252[c - 0x80];
	return (u != 0 ? u : 0xfffd);
}

/* Return the length of the UTF-8 sequence at "p" ("len" left), or 0. */
static size_t
seqlen(const unsigned char *p, size_t len)
{
	unsigned int	cp;
	size_t		n, i;

	if (p[0] < 0x80)
		return (1);
	if (p[0] >= 0xc2 && p[0] <= 0xdf)
		n = 2;
	else if (p[0] >= 0xe0 && p[0] <= 0xef)
		n = 3;
	else if (p[0] >= 0xf0 && p[0] <= 0xf4)
		n = 4;
	else
		return (0);
	if (len < n)
		return (0);
	cp = p[0] & (0xff >> (n + 1));
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return (0);
		cp = (cp << 6) | (p[i] & 0x3f);
	}
	if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
	    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return (0);
	return (n);
}

/* Return 1 if all is valid UTF-8 and some of it is not ASCII. */
static int
is_utf8_multibyte(const unsigned char *p, size_t len)
{
	size_t	i = 0, n;
	int	multi = 0;

	while (i < len) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		n = seqlen(p + i, len - i);
		if (n == 0)
			return (0);
		if (n > 1)
			multi = 1;
		i += n;
	}
	return (multi);
}

/* Decode UTF-8, taking each invalid byte as Windows-1252. */
static void
from_utf8(const unsigned char *p, size_t len, struct buf *b, int *lied)
{
	char	u[4];
	size_t	i = 0, n, start = 0;

	while (i < len) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		n = seqlen(p + i, len - i);
		if (n != 0) {
			i += n;
			continue;
		}
		buf_add(b, p + start, i - start);
		buf_add(b, u, utf8_encode(cp1252_char(p[i]), u));
		*lied = 1;
		start = ++i;
	}
	buf_add(b, p + start, i - start);
}

/* Decode Windows-1252 (and so ISO-8859-1 and ASCII). */
static void
from_latin(const unsigned char *p, size_t len, struct buf *b)
{
	char	u[4];
	size_t	i;

	for (i = 0; i < len; i++) {
		if (p[i] < 0x80)
			buf_addc(b, (char)p[i]);
		else
			buf_add(b, u, utf8_encode(cp1252_char(p[i]), u));
	}
}

/*
 * Open a converter from "cs" to UTF-8, trying the spellings feeds use that
 * iconv(3) does not know ("ebcdic_cp_be", "x-mac-roman").
 */
static iconv_t
open_charset(const char *cs)
{
	static const struct {
		const char	*name, *iconv;
	} aliases[] = {
		{ "cp_is", "CP861" }, { "mac-roman", "MACINTOSH" },
		{ "x-mac-roman", "MACINTOSH" }, { "macroman", "MACINTOSH" },
		{ "x-sjis", "SHIFT_JIS" }, { "sjis", "SHIFT_JIS" },
		{ "x-euc-jp", "EUC-JP" }, { "ks_c_5601-1987", "CP949" },
		{ "x-mac-cyrillic", "MAC-CYRILLIC" },
		{ "gb_2312-80", "GB2312" },
	};
	char	 name[64];
	iconv_t	 cd;
	size_t	 i;

	cd = iconv_open("UTF-8", cs);
	if (cd != (iconv_t)-1)
		return (cd);
	for (i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
		if (strcasecmp(cs, aliases[i].name) == 0)
			return (iconv_open("UTF-8", aliases[i].iconv));
	snprintf(name, sizeof name, "%s", cs);
	for (i = 0; name[i] != '\0'; i++)
		if (name[i] == '_')
			name[i] = '-';
	return (iconv_open("UTF-8", name));
}

/* Decode with iconv; return -1 if it does not know "cs". */
static int
from_iconv(const char *cs, const unsigned char *p, size_t len,
    struct buf *b)
{
	iconv_t	 cd;
	char	*copy, out[4096], *in, *o;
	size_t	 inleft = len, oleft, r;

	cd = open_charset(cs);
	if (cd == (iconv_t)-1)
		return (-1);
	copy = xmalloc(len + 1);	/* iconv(3) takes no const input */
	memcpy(copy, p, len);
	in = copy;
	while (inleft > 0) {
		o = out;
		oleft = sizeof out;
		r = iconv(cd, &in, &inleft, &o, &oleft);
		buf_add(b, out, sizeof out - oleft);
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG)
			continue;
		/* An invalid or cut sequence: mark it and go on. */
		buf_add(b, "\xef\xbf\xbd", 3);
		in++;
		inleft--;
	}
	o = out;
	oleft = sizeof out;
	iconv(cd, NULL, NULL, &o, &oleft);
	buf_add(b, out, sizeof out - oleft);
	iconv_close(cd);
	free(copy);
	return (0);
}

/* Copy the encoding named in an XML declaration at "p" into "cs". */
static void
xml_decl_charset(const char *p, size_t len, char *cs, size_t cslen)
{
	const char	*end, *e;
	char		 q;
	size_t		 n;

	if (len < 6 || strncmp(p, "<?xml", 5) != 0)
		return;
	end = memmem(p, len < 512 ? len : 512, "?>", 2);
	if (end == NULL)
		return;
	e = memmem(p, (size_t)(end - p), "encoding", 8);
	if (e == NULL)
		return;
	e += 8;
	while (e < end && (isspace((unsigned char)*e) || *e == '='))
		e++;
	if (e >= end || (*e != '"' && *e != '\''))
		return;
	q = *e++;
	for (n = 0; e + n < end && e[n] != q; n++)
		;
	if (n == 0 || n >= cslen)
		return;
	memcpy(cs, e, n);
	cs[n] = '\0';
}

/* Return which decoder reads charset "cs". */
static enum cs
classify(const char *cs)
{
	static const char *utf8[] = { "utf-8", "utf8", "unicode-1-1-utf-8" };
	static const char *latin[] = {
		"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1",
		"l1", "us-ascii", "ascii", "windows-1252", "cp1252",
		"x-cp1252", "iso-ir-100", "ansi_x3.4-1968", "cp819",
	};
	size_t	i;

	for (i = 0; i < sizeof utf8 / sizeof utf8[0]; i++)
		if (strcasecmp(cs, utf8[i]) == 0)
			return (CS_UTF8);
	for (i = 0; i < sizeof latin / sizeof latin[0]; i++)
		if (strcasecmp(cs, latin[i]) == 0)
			return (CS_LATIN);
	/* UTF-16 or UTF-32 without a byte order mark is a lie. */
	if (strncasecmp(cs, "utf-16", 6) == 0 ||
	    strncasecmp(cs, "utf-32", 6) == 0 ||
	    strncasecmp(cs, "ucs-", 4) == 0)
		return (CS_UTF8);
	return (CS_OTHER);
}

/*
 * Return the "len" bytes at "buf" as UTF-8 with no byte order mark and no
 * NUL, its length in "*outlen"; "charset" is the HTTP charset (may be
 * NULL). "*lied" is set when the declared encoding was wrong. The caller
 * frees the result.
 */
char *
feed_charset_utf8(const char *buf, size_t len, const char *charset,
    size_t *outlen, int *lied)
{
	const unsigned char	*p = (const unsigned char *)buf;
	const char		*bom = NULL;
	char			 cs[64] = "", *out;
	struct buf		 b;
	size_t			 skip = 0;
	enum cs			 kind;

	*lied = 0;
	buf_init(&b, 0);
	if (len >= 4 && memcmp(p, "\xff\xfe\0\0", 4) == 0) {
		bom = "UTF-32LE";
		skip = 4;
	} else if (len >= 4 && memcmp(p, "\0\0\xfe\xff", 4) == 0) {
		bom = "UTF-32BE";
		skip = 4;
	} else if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0) {
		bom = "UTF-8";
		skip = 3;
	} else if (len >= 2 && memcmp(p, "\xfe\xff", 2) == 0) {
		bom = "UTF-16BE";
		skip = 2;
	} else if (len >= 2 && memcmp(p, "\xff\xfe", 2) == 0) {
		bom = "UTF-16LE";
		skip = 2;
	} else if (len >= 4 && memcmp(p, "<\0?\0", 4) == 0)
		bom = "UTF-16LE";
	else if (len >= 4 && memcmp(p, "\0<\0?", 4) == 0)
		bom = "UTF-16BE";
	else if (len >= 4 && memcmp(p, "\x4c\x6f\xa7\x94", 4) == 0) {
		/* "<?xm" in EBCDIC: read the declaration in IBM037 to learn
		 * which EBCDIC page the rest is in. */
		struct buf	decl;

		buf_init(&decl, 0);
		from_iconv("IBM037", p, len < 256 ? len : 256, &decl);
		xml_decl_charset(buf_str(&decl), decl.len, cs, sizeof cs);
		buf_free(&decl);
		if (*cs == '\0' || from_iconv(cs, p, len, &b) != 0)
			from_iconv("IBM037", p, len, &b);
		goto done;
	}
	p += skip;
	len -= skip;

	if (bom != NULL && strcmp(bom, "UTF-8") != 0) {
		if (from_iconv(bom, p, len, &b) != 0)
			from_utf8(p, len, &b, lied);
		goto done;
	}
	if (bom == NULL && charset != NULL && *charset != '\0' &&
	    strlen(charset) < sizeof cs)
		snprintf(cs, sizeof cs, "%s", charset);
	if (bom == NULL && *cs == '\0')
		xml_decl_charset((const char *)p, len, cs, sizeof cs);
	else if (bom == NULL && classify(cs) == CS_LATIN) {
		char	decl[64] = "";

		/* ISO-8859-1 is what servers say by default (RFC 2616); a
		 * declaration naming another code page knows better. */
		xml_decl_charset((const char *)p, len, decl, sizeof decl);
		if (*decl != '\0' && classify(decl) == CS_OTHER)
			snprintf(cs, sizeof cs, "%s", decl);
	}
	kind = *cs == '\0' ? CS_UTF8 : classify(cs);
	if (kind != CS_UTF8 && is_utf8_multibyte(p, len)) {
		*lied = 1;
		kind = CS_UTF8;
	}
	if (kind == CS_OTHER && from_iconv(cs, p, len, &b) != 0)
		kind = CS_UTF8;
	if (kind == CS_UTF8)
		from_utf8(p, len, &b, lied);
	else if (kind == CS_LATIN)
		from_latin(p, len, &b);
done:
	/* NUL is not a character XML or C can carry. */
	if (b.len > 0 && memchr(b.data, '\0', b.len) != NULL) {
		size_t	i, j = 0;

		for (i = 0; i < b.len; i++)
			if (b.data[i] != '\0')
				b.data[j++] = b.data[i];
		b.len = j;
		b.data[j] = '\0';
	}
	*outlen = b.len;
	out = buf_detach(&b);
	return (out);
}
