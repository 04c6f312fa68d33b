/*
 * xmalloc.c: checked allocation. Running out of memory is fatal here, in
 * one place, so that callers carry no NULL branches (as tmux does). Memory
 * that grows from untrusted input is bounded by its owner (see buf.c), so
 * failing here means the machine itself is out of memory.
 */
#include "autoconfig.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/xmalloc.h"

/* Allocate "size" bytes or die. */
void *
xmalloc(size_t size)
{
	void	*p;

	if (size == 0)
		size = 1;
	p = malloc(size);
	if (p == NULL)
		fatalx("out of memory allocating %zu bytes", size);
	return (p);
}

/* Allocate "n" zeroed elements of "size" bytes or die. */
void *
xcalloc(size_t n, size_t size)
{
	void	*p;

	if (n == 0 || size == 0)
		n = size = 1;
	p = calloc(n, size);
	if (p == NULL)
		fatalx("out of memory allocating %zu * %zu bytes", n, size);
	return (p);
}

/* Resize "p" to "size" bytes or die. */
void *
xrealloc(void *p, size_t size)
{
	return (xreallocarray(p, 1, size));
}

/* Resize "p" to "n" elements of "size" bytes, checking for overflow. */
void *
xreallocarray(void *p, size_t n, size_t size)
{
	void	*np;

	if (n == 0 || size == 0)
		n = size = 1;
	if (SIZE_MAX / n < size)
		fatalx("allocation overflow: %zu * %zu bytes", n, size);
	np = realloc(p, n * size);
	if (np == NULL)
		fatalx("out of memory allocating %zu * %zu bytes", n, size);
	return (np);
}

/* Copy "s" or die. */
char *
xstrdup(const char *s)
{
	return (xstrndup(s, strlen(s)));
}

/* Copy at most "n" bytes of "s", NUL-terminated, or die. */
char *
xstrndup(const char *s, size_t n)
{
	char	*p;
	size_t	 len;

	len = strnlen(s, n);
	p = xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return (p);
}

/* Format into a new string stored in "*ret"; return its length. */
int
xasprintf(char **ret, const char *fmt, ...)
{
	va_list	ap;
	int	n;

	va_start(ap, fmt);
	n = vasprintf(ret, fmt, ap);
	va_end(ap);
	if (n < 0)
		fatalx("out of memory formatting a string");
	return (n);
}
