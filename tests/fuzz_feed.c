/*
 * fuzz_feed.c: a libFuzzer target for feed_parse_buffer. The first byte
 * picks an HTTP charset to pretend the feed was served with, so that the
 * charset paths are fuzzed too; the rest is the feed. Every string of the
 * result must be valid UTF-8. Built by `make fuzz`, not by `make check`.
 */
#include "autoconfig.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/str.h"
#include "feeds/feed.h"

static const char *charsets[] = {
	NULL, "utf-8", "iso-8859-1", "windows-1252", "utf-16", "koi8-r",
	"shift_jis", "bogus",
};

static void
valid(const char *s)
{
	if (s != NULL && !utf8_valid(s, strlen(s)))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct feed	*f;
	char		*cause = NULL;
	size_t		 i;
	const char	*cs;

	if (size < 1)
		return (0);
	cs = charsets[data[0] % (sizeof charsets / sizeof charsets[0])];
	if (feed_parse_buffer((const char *)data + 1, size - 1,
	    "http://fuzz.example/dir/feed.xml", cs, &f, &cause) != 0) {
		free(cause);
		return (0);
	}
	valid(f->title);
	valid(f->link);
	for (i = 0; i < f->nitems; i++) {
		valid(f->items[i].title);
		valid(f->items[i].link);
		valid(f->items[i].id);
		valid(f->items[i].summary);
		valid(f->items[i].content);
		valid(f->items[i].author);
		if (f->items[i].id == NULL)
			abort();
	}
	feed_free(f);
	return (0);
}
