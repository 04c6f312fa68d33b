/*
 * buf.c: a growable byte buffer with a hard cap (curl's dynbuf). Anything
 * that grows from bytes off the network goes into one of these, so that a
 * hostile page or feed cannot exhaust memory: an append past the cap fails
 * and leaves the buffer as it was.
 */
#include "autoconfig.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/buf.h"
#include "common/xmalloc.h"

/* Start an empty buffer that will hold at most "max" bytes (0: no cap). */
void
buf_init(struct buf *b, size_t max)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	b->max = max;
}

/* Release the buffer's memory; it may be used again after buf_init. */
void
buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

/* Empty the buffer, keeping its memory. */
void
buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->data != NULL)
		b->data[0] = '\0';
}

/* Append "n" bytes; return -1 and change nothing if the cap would be passed. */
int
buf_add(struct buf *b, const void *p, size_t n)
{
	size_t	need;

	if (b->max != 0 && (n > b->max || b->len > b->max - n))
		return (-1);
	need = b->len + n + 1;
	if (need > b->cap) {
		size_t	ncap = b->cap ? b->cap : 64;

		while (ncap < need)
			ncap *= 2;
		b->data = xrealloc(b->data, ncap);
		b->cap = ncap;
	}
	if (n > 0)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
	return (0);
}

/* Append one byte. */
int
buf_addc(struct buf *b, char c)
{
	return (buf_add(b, &c, 1));
}

/* Append a NUL-terminated string. */
int
buf_adds(struct buf *b, const char *s)
{
	return (buf_add(b, s, strlen(s)));
}

/* Append formatted text. */
int
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;
	int	 n, r;

	va_start(ap, fmt);
	n = vasprintf(&s, fmt, ap);
	va_end(ap);
	if (n < 0)
		fatalx("out of memory formatting a string");
	r = buf_add(b, s, (size_t)n);
	free(s);
	return (r);
}

/* Return the contents as a string the caller frees; the buffer is emptied. */
char *
buf_detach(struct buf *b)
{
	char	*s;

	if (b->data == NULL)
		return (xstrdup(""));
	s = b->data;
	b->data = NULL;
	b->len = b->cap = 0;
	return (s);
}

/* Return the contents as a string owned by the buffer ("" when empty). */
const char *
buf_str(const struct buf *b)
{
	return (b->data != NULL ? b->data : "");
}
